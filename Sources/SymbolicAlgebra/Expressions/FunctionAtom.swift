

/// A function applied to a canonical argument, e.g. `σ(a + b)`: a indeterminate
/// of the polynomial ring, like a variable.
///
/// Two atoms are the same when their functions agree and their arguments
/// have identical canonical forms, so `sigmoid(a+b)` and `sigmoid(b+a)` are
/// one atom.
public struct FunctionAtom: Hashable, Sendable {
    /// The function.
    public let function: AtomFunction
    /// The (normalised) argument.
    public let argument: Symbolic

    public static func == (lhs: FunctionAtom, rhs: FunctionAtom) -> Bool {
        lhs.function == rhs.function && lhs.argument.numerator == rhs.argument.numerator
            && lhs.argument.denominator == rhs.argument.denominator
            && lhs.argument.undefinedReason == rhs.argument.undefinedReason
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(function)
        hasher.combine(argument.numerator)
        hasher.combine(argument.denominator)
    }
}

package typealias Atom = FunctionAtom
