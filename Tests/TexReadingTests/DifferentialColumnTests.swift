import Testing

@testable import TexReading

/// Differentials of a matrix outside `vec` (`dz = dW a`): a column is its own `vec`, and
/// `vec(dW · a)` is `jac(W a, W) vec(dW)`.
@Suite struct DifferentialColumnTests {
    static let matter = """
        where W: n x m, a: m, b: n, c: m, V: n x n
        let z = W*a + b
        """

    @Test func aColumnIsItsOwnVec() {
        let note = """
            $$dz = dW \\cdot a$$
            $$\\text{vec}(dz) = \\text{vec}(dW a)$$
            $$dz = dW \\cdot c$$
            $$dz = a^T dW$$
            """
        let report = checkNote(note, frontMatter: Self.matter)
        // dW c (c ≠ a) is false; aᵀ dW is not a column of the right shape: not read
        #expect(
            report.summaryLines == ["1:1 proved", "2:1 proved", "3:1 refuted", "4:1 not parsed"])
        #expect(report.results[0].claim == "jac(z, W) == jac(W * a, W)")
    }

    @Test func aFactorUsingTheVariableIsNotRead() {
        // vec(dV · V a): the coefficient would depend on V itself; the product rule is not read.
        let note = "$$\\text{vec}(dz) = \\text{vec}(dV \\, V a)$$"
        let report = checkNote(note, frontMatter: Self.matter)
        #expect(report.summaryLines == ["1:1 not parsed"])
    }

    @Test func anEntrywiseProductWithADifferentialIsADiagonal() {
        let note = """
            $$d\\sigma(a) = \\sigma'(a) \\odot da$$
            $$d\\sigma(a) = \\sigma(a) \\odot da$$
            """
        let report = checkNote(note, frontMatter: Self.matter)
        #expect(report.summaryLines == ["1:1 proved", "2:1 refuted"])
        #expect(
            report.results[0].claim
                == "jac(sigmoid(a), a) == diag(sigmoid(a) .* (1 - sigmoid(a)))")
    }
}
