@testable import TexReading
import Testing

/// Shapes declared by the prose: layer names and dimensions, scalars, lists, products.
@Suite struct ProseDeclarationTests {
    @Test func layerNamesAndLayerDimensions() {
        let note = """
            $W^{[l]} \\in \\mathbb{R}^{n_l \\times n_{l-1}}$, \
            $a^{[l-1]} \\in \\mathbb{R}^{n_{l-1}}$, \
            $\\lambda \\in \\mathbb{R}$, $x, y \\in \\mathbb R^n$
            $$z^{[l]} = W^{[l]} a^{[l-1]} \\in \\mathbb{R}^{n_l}$$
            """
        let report = checkNote(note)
        #expect(
            report.declared.map { "\($0.name): \($0.shape)" }
                == ["W_l: n_l x n_lm1", "a_lm1: n_lm1 x 1", "λ: scalar", "y: n x 1", "x: n x 1"])
        #expect(report.summaryLines == ["2:1 definition"])
    }

    @Test func productDimensionsInAnnotations() {
        let front = "where A: h x h, B: d x d"
        let right = checkNote(
            "$$K = A \\otimes B \\in \\mathbb{R}^{hd \\times hd}$$", frontMatter: front)
        #expect(right.results.map(\.verdict.name) == ["definition"])
        let wrong = checkNote(
            "$$K = A \\otimes B \\in \\mathbb{R}^{h \\times hd}$$", frontMatter: front)
        #expect(wrong.results.map(\.verdict.name) == ["refuted"])
        #expect(
            wrong.results[0].verdict.detail?.hasPrefix(
                "shape erratum: A ⊗ B ∈ ℝ^{h \\times h d} is wrong") == true)
    }
}
