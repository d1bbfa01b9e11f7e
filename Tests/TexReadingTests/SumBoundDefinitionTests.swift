import ClaimLanguage
import Testing

@testable import TexReading

/// Definitions whose indices are bound by a sum (`E = \frac12 \sum_{j=1}^{h} (y_j - t_j)^2`):
/// the bound index is the definition's own, so the definition is read, and every claim that
/// uses it declares the index (renamed where the claim uses the name otherwise).
@Suite struct SumBoundDefinitionTests {
    static let layer = """
        $W \\in \\mathbb{R}^{h \\times n}$, $x \\in \\mathbb{R}^{n}$, $t \\in \\mathbb{R}^{h}$
        $$y = W x$$
        $$E = \\frac{1}{2} \\sum_{j=1}^{h} (y_j - t_j)^2$$
        """

    @Test func aSumBoundIndexIsNotFree() {
        let note =
            Self.layer + """

                $$\\frac{\\partial E}{\\partial W_{jk}} = (y_j - t_j) x_k$$
                $$\\frac{\\partial E}{\\partial W_{jk}} = (y_j - t_j) x_j$$
                $$\\nabla_x E = W^T (y - t)$$
                $$\\nabla_x E = W^T (y + t)$$
                """
        let report = checkNote(note)
        #expect(
            report.summaryLines == [
                "2:1 definition", "3:1 definition", "4:1 proved", "5:1 refuted", "6:1 proved",
                "7:1 refuted",
            ])
        #expect(report.results[1].claim == "let E = 1 / 2 * sum(j, (y[j] - t[j])^2)")
        #expect(report.results[2].claim == "grad(E, W)[j,k] == (y[j] - t[j]) * x[k]")
    }

    @Test func aFreeIndexOfTheSameNameOverAnotherRangeRenamesTheBoundOne() {
        // `j` is free over 1..n here and bound over 1..h in `E`.
        let note =
            Self.layer + """

                $$\\frac{\\partial E}{\\partial x_j} = \\sum_{k=1}^{h} W_{kj} (y_k - t_k)$$
                $$\\frac{\\partial E}{\\partial x_j} = 2 \\sum_{k=1}^{h} W_{kj} (y_k - t_k)$$
                """
        let report = checkNote(note)
        #expect(
            report.summaryLines == [
                "2:1 definition", "3:1 definition", "4:1 proved", "5:1 refuted",
            ])
        guard case .refuted(let counterexample?, _) = report.results[3].verdict else {
            Issue.record("expected a counterexample: \(report.results[3].verdict)")
            return
        }
        #expect(!counterexample.description.isEmpty)
    }

    @Test func theClaimDeclaresTheBoundIndexAndRenamesItOnAClash() throws {
        var state = NoteState(FrontMatter())
        for d in try Claim(parsing: "x == x where W: h x n, x: n, t: h").declarations {
            state.add(d)
        }
        let r = SourceRange(0, 1)
        func entry(_ name: String, _ index: String) -> Expression {
            .entry(.symbol(name, r), [.symbol(index, r)], r)
        }
        let body = Expression.power(
            .binary(.subtract, entry("y", "j"), entry("t", "j"), r), .number(ExactNumber(2)!, r),
            r)
        state.definitions = [
            Definition(
                name: "y", expression: .binary(.multiply, .symbol("W", r), .symbol("x", r), r),
                range: r),
            Definition(
                name: "E", expression: .indexSum(index: "j", indexRange: r, body: body, r),
                range: r),
        ]
        state.boundIndices["E"] = [("j", .variable("h"))]
        func indexRanges(_ claim: Claim) -> [String] {
            claim.declarations.compactMap { d in
                guard case .index(let upper) = d.kind else { return nil }
                return "\(d.name): \(upper)"
            }.sorted()
        }
        // No clash: `j` is declared over 1..h.
        let e = Expression.symbol("E", r)
        let plain = state.claim(e, e, indices: IndexRegistry(), source: "")
        #expect(indexRanges(plain) == ["j: h"])
        #expect(
            plain.definitions.map { ClaimPrinter.text($0.expression) }
                == ["W * x", "sum(j, (y[j] - t[j])^2)"])
        _ = try plain.resolve()
        // A free `j` over 1..n: the definition's `j` becomes `j_2` over 1..h.
        let indices = IndexRegistry()
        indices.register("j", upper: .variable("n"), at: 0)
        let clash = state.claim(entry("x", "j"), e, indices: indices, source: "")
        #expect(indexRanges(clash) == ["j: n", "j_2: h"])
        #expect(
            clash.definitions.map { ClaimPrinter.text($0.expression) }
                == ["W * x", "sum(j_2, (y[j_2] - t[j_2])^2)"])
        _ = try clash.resolve()
        // The same range: the index is shared, nothing renamed.
        let same = IndexRegistry()
        same.register("j", upper: .variable("h"), at: 0)
        let shared = state.claim(entry("t", "j"), e, indices: same, source: "")
        #expect(indexRanges(shared) == ["j: h"])
        _ = try shared.resolve()
    }

    @Test func freeIndicesAreThoseOutsideTheirSums() {
        let r = SourceRange(0, 1)
        let entry = Expression.entry(.symbol("W", r), [.symbol("j", r), .symbol("k", r)], r)
        let registered: Set<String> = ["j", "k"]
        #expect(NoteState.freeIndices(in: entry, among: registered) == ["j", "k"])
        let overK = Expression.indexSum(index: "k", indexRange: r, body: entry, r)
        #expect(NoteState.freeIndices(in: overK, among: registered) == ["j"])
        let overBoth = Expression.indexSum(index: "j", indexRange: r, body: overK, r)
        #expect(NoteState.freeIndices(in: overBoth, among: registered).isEmpty)
        // A sum over `k` beside a free use of `k` leaves that use free.
        let beside = Expression.binary(
            .add, overBoth, .entry(.symbol("x", r), [.symbol("k", r)], r), r)
        #expect(NoteState.freeIndices(in: beside, among: registered) == ["k"])
    }

    @Test func aDefinitionWithAFreeIndexBesideABoundOneNamesOnlyTheFreeOne() {
        let note = """
            $W \\in \\mathbb{R}^{h \\times n}$, $x \\in \\mathbb{R}^{n}$
            $$G = \\sum_{k=1}^{n} W_{jk} x_k$$
            """
        let report = checkNote(note)
        guard case .notParsed(let message, _) = report.results.first?.verdict else {
            Issue.record("expected not parsed: \(report.summaryLines)")
            return
        }
        #expect(message == "a definition with free indices (j) is not supported")
    }
}
