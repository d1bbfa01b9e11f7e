/// Comparisons, `abs` and `Double` literals for the scalars a derivative
/// check runs generic code on, so a loss reads as it would over `Double`:
///
/// ```swift
/// func callAsFunction<S: ElementaryFunctions & RealConstant>(_ x: Matrix<S>) throws -> S {
///     let top = x.entries.max() ?? .zero                      // compares real values
///     let sum = x.entries.reduce(S.zero) { $0 + S.exp($1 - top) }
///     return top + S.log(sum) + S(0.5) * S.abs(x[0, 0])
/// }
/// ```
///
/// Comparisons look at the real value only (the value part of a dual
/// number, the real part of a complex step), which is how forward mode
/// differentiates `max`, `abs` and branches: along the branch taken.
extension RealConstant {
    /// The constant `value` (zero derivative or imaginary part): `S(0.5)`.
    @inlinable
    public init(_ value: Double) { self = .constant(value) }
}

extension RealConstant where Self: Ring {
    /// `|x|`, decided by the sign of the real value (at 0 the branch `x`).
    @inlinable
    public static func abs(_ x: Self) -> Self { x.realValue < 0 ? -x : x }
}

extension Dual: Comparable {
    /// Orders by the value part.
    @inlinable
    public static func < (lhs: Dual, rhs: Dual) -> Bool { lhs.realValue < rhs.realValue }
}

extension HyperDual: Comparable {
    /// Orders by the value part.
    @inlinable
    public static func < (lhs: HyperDual, rhs: HyperDual) -> Bool { lhs.realValue < rhs.realValue }
}

extension Complex: Comparable {
    /// Orders by the real part (the convention of complex-step differentiation).
    @inlinable
    public static func < (lhs: Complex, rhs: Complex) -> Bool { lhs.realValue < rhs.realValue }
}
