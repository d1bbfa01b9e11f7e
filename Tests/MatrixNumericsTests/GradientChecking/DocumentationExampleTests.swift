// The example of docs/gradient-checking.md, verbatim: it must compile and pass.
import MatrixNumerics
import Testing

/// The loss, written once for every scalar so the checker can run it on dual numbers.
struct Rosenbrock: ScalarValuedMatrixFunction {
    func callAsFunction<S: ElementaryFunctions & RealConstant>(_ x: Matrix<S>) throws -> S {
        let a = S(1) - x[0, 0], b = x[1, 0] - x[0, 0] * x[0, 0]
        return a * a + S(100) * b * b
    }
}

/// Your hand-written gradient, in the shape of x.
func rosenbrockGradient(_ x: Matrix<Double>) -> Matrix<Double> {
    let (p, q) = (x[0, 0], x[1, 0])
    return Matrix(column: [-2 * (1 - p) - 400 * p * (q - p * p), 200 * (q - p * p)])
}

@Test func rosenbrockGradientIsRight() throws {
    let x = Matrix(column: [0.3, -1.2])

    // Every entry against dual numbers (finite differences cross-check the reference).
    let check = try DerivativeCheck.gradient(of: Rosenbrock(), claimed: rosenbrockGradient, at: x)
    #expect(check.passed, "\(check)")

    // O(1) evaluations whatever the size: seeded random probes uᵀJv.
    let fast = try DerivativeCheck.gradient(
        of: Rosenbrock(), claimed: rosenbrockGradient, at: x,
        options: DerivativeCheckOptions(mode: .fast, seed: 42))
    #expect(fast.passed, "\(fast)")

    // No step size, no tolerance: the remainder must shrink like h².
    let taylor = try DerivativeCheck.taylorRemainder(
        of: { try Rosenbrock()($0) }, claimed: rosenbrockGradient, at: x)
    #expect(taylor.passed, "\(taylor)")
}

@Test func aWrongGradientIsCaught() throws {
    let x = Matrix(column: [0.3, -1.2])
    let slightlyWrong: (Matrix<Double>) -> Matrix<Double> = { x in
        var g = rosenbrockGradient(x)
        g[1, 0] *= 1 + 1e-9
        return g
    }
    let check = try DerivativeCheck.gradient(of: Rosenbrock(), claimed: slightlyWrong, at: x)
    #expect(!check.passed)
    #expect(check.worstEntry?.label == "∂f/∂x[1]")
}
