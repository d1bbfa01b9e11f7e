/// What a step of a derivation claims, which decides how it is checked.
public enum StepKind: String, Sendable, CaseIterable {
    /// An identity: both sides are equal for every value of the symbols.
    case equality
    /// A definition the note introduces; checked as an identity against our
    /// own definition of the same object.
    case definition
    /// An approximation: exact under a stated condition (checked under that
    /// condition); without it, the size of the dropped term is shown
    /// numerically.
    case approximation
    /// A change of convention (e.g. the note's denominator-layout Jacobian
    /// versus our numerator layout): the stated relation is checked.
    case convention
    /// A shape annotation: the shape the note writes under an expression.
    case shape
}
