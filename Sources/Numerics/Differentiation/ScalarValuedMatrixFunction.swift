/// A scalar function `X ↦ f(X)` of a matrix, written once for every scalar
/// (see ``MatrixFunction``).
public protocol ScalarValuedMatrixFunction: Sendable {
    /// `f(X)` in any scalar type with the elementary functions.
    func callAsFunction<S: ElementaryFunctions & RealConstant>(_ x: Matrix<S>) throws -> S
}
