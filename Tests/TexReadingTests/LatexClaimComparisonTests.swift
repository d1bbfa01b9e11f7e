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
}
