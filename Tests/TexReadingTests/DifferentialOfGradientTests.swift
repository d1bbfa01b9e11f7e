import Testing

@testable import TexReading

/// `d \nabla_x f` (with or without a space after `d`) is the differential of the gradient, so
/// a link `\text{vec}(d \nabla_x f) = M \text{vec}(dx)` states the Hessian `M`.
@Suite struct DifferentialOfGradientTests {
    @Test func theHessianByDifferentials() {
        let note = """
            $$\\text{vec}(d \\nabla_x J) = (A + A^T) \\text{vec}(dx)$$
            $$\\text{vec}(d\\nabla_x J) = 2 A \\, \\text{vec}(dx)$$
            """
        let report = checkNote(note, frontMatter: "where x: n, A: n x n\nlet J = x'*A*x")
        #expect(report.results.map(\.verdict.name) == ["proved", "refuted"])
        #expect(report.results.first?.claim == "jac(grad(J, x), x) == A + A'")
    }
}
