import ClaimLanguage
import Testing

@testable import TexReading

/// The cross-check behind `"latex_reads_as_claim"`: a link of the LaTeX must print exactly as
/// the claim, sides in either order, with `let` names expanded.
@Suite struct LatexClaimComparisonTests {
    static let comparison = LatexClaimComparison(
        declarations: ["A: m x n, X: n x p, B: p x q"], definitions: [("Y", "A*X*B")])

    static func claim(_ text: String) throws -> Claim {
        try Claim(
            parsing: text,
            context: ClaimContext(
                definitions: ["Y = A*X*B"], declarations: ["A: m x n, X: n x p, B: p x q"]))
    }

    @Test func theSameClaimInEitherOrder() throws {
        let claim = try Self.claim("vec(A*X*B) == kron(B', A)*vec(X)")
        let latex = #"\text{vec}(AXB) = (B^T \otimes A)\, \text{vec}(X)"#
        #expect(Self.comparison.latex(latex, readsAs: claim))
        let swapped = #"(B^T \otimes A) \text{vec}(X) = \text{vec}(AXB)"#
        #expect(Self.comparison.latex(swapped, readsAs: claim))
        #expect(Self.comparison.markdown("so $" + latex + "$ holds", readsAs: claim))
    }

    @Test func letNamesAreExpanded() throws {
        let claim = try Self.claim("vec(Y) == kron(B', A)*vec(X)")
        let latex = #"\text{vec}(AXB) = (B^T \otimes A) \text{vec}(X)"#
        #expect(Self.comparison.latex(latex, readsAs: claim))
    }

    @Test func aDifferentClaimDoesNotMatch() throws {
        let claim = try Self.claim("vec(A*X*B) == kron(B', A)*vec(X)")
        let wrong = #"\text{vec}(AXB) = (B \otimes A^T) \text{vec}(X)"#
        #expect(!Self.comparison.latex(wrong, readsAs: claim))
        #expect(!Self.comparison.latex(#"\text{vec}(AXB)"#, readsAs: claim))
        #expect(!Self.comparison.latex(#"\frac{"#, readsAs: claim))
    }

    @Test func aBadFrontMatterMatchesNothing() throws {
        let bad = LatexClaimComparison(declarations: ["A: ??"], definitions: [])
        #expect(!bad.frontMatter.errors.isEmpty)
        let claim = try Self.claim("vec(A*X*B) == kron(B', A)*vec(X)")
        #expect(!bad.latex(#"\text{vec}(AXB) = (B^T \otimes A) \text{vec}(X)"#, readsAs: claim))
    }

    @Test func namesAreRenamedOneToOne() throws {
        let comparison = LatexClaimComparison(
            declarations: ["W: n x m, a: m, b: n, f: function"], definitions: [("zl", "W*a + b")])
        let context = ClaimContext(
            definitions: ["zl = W*a + b"], declarations: ["W: n x m, a: m, b: n, f: function"])
        // z^l is read as z_l, W^l as W_l: renamed to the catalogue's zl and W.
        let claim = try Claim(parsing: "jac(zl, b) == eye(n)", context: context)
        let latex = "$$\\frac{\\partial z^l}{\\partial b^l} = I_n$$"
        #expect(
            comparison.renaming(forMarkdown: latex, readsAs: claim) == ["z_l": "zl", "b_l": "b"])
        // functions are renamed too: f_l for f
        let applied = try Claim(parsing: "f(a) == f(a)", context: context)
        #expect(
            comparison.renaming(forMarkdown: "$$f_l(a^l) = f_l(a^l)$$", readsAs: applied)
                == ["f_l": "f", "a_l": "a"])
    }

    @Test func aRenamingNeverMergesTwoNames() throws {
        let comparison = LatexClaimComparison(declarations: ["a: n, b: n"], definitions: [])
        let claim = try Claim(
            parsing: "a + a == 2*a", context: ClaimContext(declarations: ["a: n, b: n"]))
        // a_1 and a_2 are two names: both cannot become a
        #expect(comparison.renaming(forMarkdown: "$$a_1 + a_2 = 2 a_1$$", readsAs: claim) == nil)
        // a different identity is not matched by any renaming
        let other = try Claim(
            parsing: "a + b == b + a", context: ClaimContext(declarations: ["a: n, b: n"]))
        #expect(
            comparison.renaming(forMarkdown: "$$a_1 + b_1 = a_1 + b_1$$", readsAs: other) == nil)
    }
}
