import Foundation
import MatrixNumerics

/// `f(x) = sum(σ(W₂ · tanh(W₁ · x)))` for a column `x`, the test function of
/// the derivative-accuracy benchmark and the self-check, written once for
/// every scalar so it runs on `Double`, ``Dual``, ``HyperDual`` and ``Complex``.
struct SigmoidTanhNetwork: ScalarValuedMatrixFunction {
    let inner: Matrix<Double>  // W₁: hidden × inputs
    let outer: Matrix<Double>  // W₂: outputs × hidden

    /// Weights with entries `N(0, 1/fan-in)` from `generator`.
    init(inputs: Int, hidden: Int, outputs: Int, using generator: inout Xoshiro256StarStar) throws {
        inner =
            try Matrix.random(rows: hidden, cols: inputs, using: &generator)
            / Double(inputs).squareRoot()
        outer =
            try Matrix.random(rows: outputs, cols: hidden, using: &generator)
            / Double(hidden).squareRoot()
    }

    func callAsFunction<S: ElementaryFunctions & RealConstant>(_ x: Matrix<S>) throws -> S {
        let hidden = try Self.constants(inner) * x
        let output = try Self.constants(outer) * hidden.map { S.tanh($0) }
        return output.map { S.sigmoid($0) }.sum
    }

    /// The weights in scalar type `S` (no copy when `S` is `Double`).
    static func constants<S: RealConstant & Ring>(_ weights: Matrix<Double>) -> Matrix<S> {
        (weights as? Matrix<S>) ?? weights.map { S.constant($0) }
    }

    /// The closed-form gradient `W₁ᵀ (sech²(z₁) ⊙ W₂ᵀ σ′(z₂))`, with
    /// `z₁ = W₁x`, `z₂ = W₂ tanh z₁`, `σ′ = σ(1 − σ)`.
    func gradient(at x: Matrix<Double>) throws -> Matrix<Double> {
        let parts = try layers(at: x)
        let back = try outer.transposed * Matrix(column: parts.sigmoidPrime)
        let scaled = try back.hadamard(Matrix(column: parts.tanhPrime))
        return try inner.transposed * scaled
    }

    /// The closed-form Hessian
    /// `W₁ᵀ [diag(tanh″(z₁) ⊙ W₂ᵀσ′) + diag(tanh′) W₂ᵀ diag(σ″) W₂ diag(tanh′)] W₁`.
    func hessian(at x: Matrix<Double>) throws -> Matrix<Double> {
        let parts = try layers(at: x)
        let back = try outer.transposed * Matrix(column: parts.sigmoidPrime)
        let first = Matrix.diagonal(zip(parts.tanhSecond, back.entries).map { $0 * $1 })
        let scaledOuter =
            try Matrix.diagonal(parts.sigmoidSecond) * outer * Matrix.diagonal(parts.tanhPrime)
        let second = try (outer * Matrix.diagonal(parts.tanhPrime)).transposed * scaledOuter
        return try inner.transposed * (first + second) * inner
    }

    /// Pre-activation derivatives of both layers.
    private func layers(
        at x: Matrix<Double>
    ) throws -> (
        tanhPrime: [Double], tanhSecond: [Double], sigmoidPrime: [Double], sigmoidSecond: [Double]
    ) {
        let z1 = try inner * x
        let t = z1.entries.map { Double.tanh($0) }
        let tanhPrime = z1.entries.map { z in
            let c = 1 / Foundation.cosh(z); return c * c
        }
        let tanhSecond = zip(t, tanhPrime).map { -2 * $0 * $1 }
        let z2 = try outer * Matrix(column: t)
        let s = z2.entries.map { Double.sigmoid($0) }
        let sigmoidPrime = z2.entries.map { Double.sigmoid($0) * Double.sigmoid(-$0) }
        let sigmoidSecond = zip(sigmoidPrime, s).map { $0 * (1 - 2 * $1) }
        return (tanhPrime, tanhSecond, sigmoidPrime, sigmoidSecond)
    }
}
