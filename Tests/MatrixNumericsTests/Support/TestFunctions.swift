import Foundation
import MatrixNumerics

/// `X ↦ AXB`, whose Jacobian is `Bᵀ ⊗ A`.
struct Sandwich: MatrixFunction {
    let left: Matrix<Double>, right: Matrix<Double>
    func callAsFunction<S: ElementaryFunctions & RealConstant>(
        _ x: Matrix<S>
    ) throws -> Matrix<S> {
        try left.map { S.constant($0) } * x * right.map { S.constant($0) }
    }
}

/// `X ↦ X⁻¹`, whose Jacobian is `−(X⁻ᵀ ⊗ X⁻¹)`.
struct Inversion: MatrixFunction {
    func callAsFunction<S: ElementaryFunctions & RealConstant>(
        _ x: Matrix<S>
    ) throws -> Matrix<S> {
        try x.inverse()
    }
}

/// A nonlinear composite `X ↦ tanh(X) · X⁻¹ + σ(X)ᵀ` (no closed form used;
/// methods are compared with each other).
struct Composite: MatrixFunction {
    func callAsFunction<S: ElementaryFunctions & RealConstant>(
        _ x: Matrix<S>
    ) throws -> Matrix<S> {
        try x.map { S.tanh($0) } * x.inverse() + x.map { S.sigmoid($0) }.transposed
    }
}

/// `f(X) = ½ xᵀMx + Σ sin xᵢ` with `x = vec X` and `M` symmetric:
/// `∇f = Mx + cos x`, `H = M − diag(sin x)`.
struct QuadraticPlusSine: ScalarValuedMatrixFunction {
    let m: Matrix<Double>
    func callAsFunction<S: ElementaryFunctions & RealConstant>(_ x: Matrix<S>) throws -> S {
        let v = x.vec
        let quadratic = try (v.transposed * m.map { S.constant($0) } * v).entry(0, 0)
        return quadratic / S(2) + v.map { S.sin($0) }.sum
    }
    func gradient(at x: Matrix<Double>) throws -> Matrix<Double> {
        try (m * x.vec + x.vec.map { Foundation.cos($0) }).unvec(rows: x.rows, cols: x.cols)
    }
    func hessian(at x: Matrix<Double>) throws -> Matrix<Double> {
        try m - Matrix.diagonal(x.entries.map { Foundation.sin($0) })
    }
}

/// `max |a − b| / max(|b|, tiny)`: normwise relative difference.
func normwiseError(_ a: Matrix<Double>, _ b: Matrix<Double>) -> Double {
    let scale = b.entries.map { Swift.abs($0) }.max() ?? 0
    let difference = zip(a.entries, b.entries).map { Swift.abs($0 - $1) }.max() ?? .infinity
    return a.shape == b.shape ? difference / Swift.max(scale, .leastNormalMagnitude) : .infinity
}

/// A well-conditioned random square matrix: standard normal plus `n·I`.
func wellConditioned(_ n: Int, using generator: inout Xoshiro256StarStar) throws -> Matrix<Double> {
    try Matrix<Double>.random(rows: n, cols: n, using: &generator) + Matrix.identity(n) * Double(n)
}
