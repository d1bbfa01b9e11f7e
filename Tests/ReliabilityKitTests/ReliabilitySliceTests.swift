import Testing
import ClaimLanguage
import ReliabilityKit

/// The fast seeded slice of the reliability campaign (the full campaign is
/// `swift run -c release matcheck bench reliability --json`).
@Suite("Reliability slice")
struct ReliabilitySliceTests {
    static let campaign = ReliabilityCampaign.quick(seed: 1, timeBudget: 8)

    static func describe(_ figures: ReliabilityFigures) -> String {
        figures.failures.prefix(5).map(\.description).joined(separator: "\n")
    }

    @Test(
        "generated true claims are never refuted and non-equivalent mutants never accepted",
        arguments: [0..<90, 90..<180])
    func generatedClaims(_ indices: Range<Int>) {
        var figures = ReliabilityFigures()
        ReliabilitySliceTests.campaign.runClaims(indices, into: &figures)
        #expect(figures.claims == indices.count)
        #expect(figures.trueRefuted == 0, "\(ReliabilitySliceTests.describe(figures))")
        #expect(figures.trueRejected == 0, "\(ReliabilitySliceTests.describe(figures))")
        #expect(figures.mutantsAccepted == 0, "\(ReliabilitySliceTests.describe(figures))")
        #expect(
            figures.crashes == 0 && figures.hangs == 0, "\(ReliabilitySliceTests.describe(figures))"
        )
        // Most true claims are proved outright, and most mutants are real and refuted.
        #expect(figures.trueProved * 10 >= figures.claims * 9)
        #expect(figures.mutants * 10 >= figures.claims * 9)
        #expect(figures.mutantsRefuted * 2 >= figures.mutants)
        #expect(
            figures.mutantRefutationRate >= 0.97, "inconclusive: \(figures.inconclusiveReasons)")
    }

    @Test(
        "fuzzed input always ends in a verdict or a ClaimError, within the time budget",
        arguments: [0..<1500, 1500..<3000])
    func fuzzedInput(_ indices: Range<Int>) {
        var figures = ReliabilityFigures()
        ReliabilitySliceTests.campaign.runFuzz(indices, into: &figures)
        #expect(figures.fuzzInputs == indices.count)
        #expect(figures.fuzzVerdicts + figures.fuzzClaimErrors == indices.count)
        #expect(figures.crashes == 0, "\(ReliabilitySliceTests.describe(figures))")
        #expect(figures.hangs == 0, "\(ReliabilitySliceTests.describe(figures))")
        // The fuzzer reaches both outcomes: hostile input is mostly rejected, some of it checked.
        #expect(figures.fuzzVerdicts > indices.count / 20)
        #expect(figures.fuzzClaimErrors > indices.count / 2)
    }
}

@Suite struct ParallelCampaignTests {
    /// Figures without the timing (the only part that may depend on `jobs`).
    func untimed(_ f: ReliabilityFigures) -> ReliabilityFigures {
        var f = f
        f.slowestSeconds = 0
        return f
    }

    @Test func sameTotalsForAnyNumberOfJobs() {
        let campaign = ReliabilityCampaign.quick(seed: 7)
        var results: [ReliabilityFigures] = []
        for jobs in [1, 2, 3] {
            var figures = ReliabilityFigures()
            campaign.runClaims(0..<6, jobs: jobs, into: &figures)
            campaign.runAttacks(0..<4, jobs: jobs, into: &figures)
            campaign.runFuzz(0..<30, jobs: jobs, into: &figures)
            results.append(untimed(figures))
        }
        #expect(results[0].claims == 6 && results[0].attacks == 4 && results[0].fuzzInputs == 30)
        #expect(results[0].mutants > 0 && results[0].trueProved > 0)
        #expect(results[1] == results[0])
        #expect(results[2] == results[0])
    }

    @Test func mergeAddsCountsAndKeepsInputOrder() {
        var a = ReliabilityFigures(), b = ReliabilityFigures()
        a.claims = 2
        a.slowestSeconds = 3
        a.refutedByMutation = ["swap": 1]
        a.failures = [ReliabilityFailure(kind: .hang, input: "first", detail: "")]
        b.claims = 5
        b.slowestSeconds = 1
        b.refutedByMutation = ["swap": 2, "sign": 1]
        b.failures = [ReliabilityFailure(kind: .crash, input: "second", detail: "")]
        a.merge(b)
        #expect(a.claims == 7)
        #expect(a.slowestSeconds == 3)
        #expect(a.refutedByMutation == ["swap": 3, "sign": 1])
        #expect(a.failures.map(\.input) == ["first", "second"])
    }
}
