import ClaimLanguage

/// What a derivation needs from a claim checker: a verdict on a claim in a
/// context, and the shape of an expression.
public protocol StepClaimChecking: Sendable {
    /// Checks the claim `text` (`lhs == rhs`) in a context of definitions,
    /// declarations and assumptions (e.g. `f'' = 0`).
    func check(_ text: String, in context: ClaimContext) -> ClaimOutcome
    /// Checks the shape annotation `rows × cols` of an expression in a context.
    ///
    /// Returns `.proved` when the inferred shape equals the annotation for
    /// every value of the dimension variables, `.refuted` with the inferred
    /// shape (or the shape error) in the detail otherwise, `.error` when the
    /// expression cannot be read.
    func checkShape(_ annotation: ShapeAnnotation, in context: ClaimContext) -> ClaimOutcome
}
