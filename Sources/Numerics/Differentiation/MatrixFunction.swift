/// A map `X ↦ F(X)` between matrices written once for every scalar, so it
/// can be evaluated on `Double` (finite differences), ``Dual`` (forward
/// mode), ``HyperDual`` (second derivatives) and ``Complex`` (complex step).
///
/// ```swift
/// struct Sandwich: MatrixFunction {
///     let a: Matrix<Double>, b: Matrix<Double>
///     func callAsFunction<S: ElementaryFunctions & RealConstant>(
///         _ x: Matrix<S>
///     ) throws -> Matrix<S> {
///         try a.map(S.constant) * x * b.map(S.constant)
///     }
/// }
/// ```
public protocol MatrixFunction: Sendable {
    /// `F(X)` in any scalar type with the elementary functions.
    func callAsFunction<S: ElementaryFunctions & RealConstant>(_ x: Matrix<S>) throws -> Matrix<S>
}

