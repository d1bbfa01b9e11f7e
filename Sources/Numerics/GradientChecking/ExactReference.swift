/// Which exact reference a check of a generic function (``ScalarValuedMatrixFunction``,
/// ``MatrixFunction``) uses for first derivatives. Finite differences then
/// serve as the independent cross-check of that reference.
public enum ExactReference: Sendable, Equatable {
    /// Forward-mode dual numbers, `f(X + V ε)`.
    case dual
    /// The complex step `Im f(X + i h V)/h` with `h = 10⁻²⁰⁰` (Squire & Trapp 1998);
    /// exact to rounding for real-analytic code (not through `relu` or `abs` kinks).
    case complexStep

    @usableFromInline var method: ReferenceMethod { self == .dual ? .dual : .complexStep }
}
