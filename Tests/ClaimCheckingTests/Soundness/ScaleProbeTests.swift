import Testing
import MatrixNumerics
import ClaimLanguage
@testable import ClaimChecking

/// The ordinary (floating-point) search probes several scales after its
/// ordinary points: [−10, 10], integers and the kink at 0, magnitudes up
/// to 10³. Probes can only refute.
@Suite struct ScaleProbeTests {
    func numeric(_ text: String, _ shape: [String: Int]) throws -> NumericCheck.Result {
        let claim = try Claim(parsing: text).resolve()
        return NumericCheck(claim: claim, options: CheckOptions())
            .run(at: shape, baseSeed: 11, points: 3)
    }

    @Test func scaleProbesRefuteInTheOrdinarySearch() throws {
        // False only where some x > 5: the ordinary points lie in [−1, 1.25].
        let r = try numeric("relu(x - 5*ones(n, 1)) .* x == 0*x where x: n", ["n": 3])
        let c = try #require(r.counterexample)
        let x = try #require(c.point["x"])
        #expect(x.joined().contains { $0 > 5 })
        #expect(c.residual > 100 * c.errorBound)
        // The whole checker refutes it through the same search.
        let report = try ClaimChecker(.quick).check(
            "relu(x - 20*ones(n, 1)) == 0*x where x: n")
        guard case .refuted = report.verdict else {
            Issue.record("\(report.verdict)")
            return
        }
    }

    @Test func probesAtKinksAndLargeValuesLeaveTrueClaimsAlone() throws {
        for text in [
            "grad(sum(relu(x)), x) == step(x) where x: n",
            "relu(x) - relu(-x) == x where x: n",
            "log(x .* x) - log(x .* x) == 0*x where x: n",
            "inv(A) * A == eye(n) where A: n x n",
        ] {
            let r = try numeric(text, ["n": 3])
            #expect(r.counterexample == nil, "\(text)")
            #expect(!r.unclear, "\(text)")
            #expect(r.finiteDifferenceDisagreement == nil, "\(text)")
            let verdict = try ClaimChecker(.quick).check(text).verdict
            #expect(verdict.exitCode == 0, "\(text): \(verdict)")
        }
    }

    @Test func probeFamiliesCoverTheScales() {
        #expect(NumericCheck.probeFamilies == [.wide, .integers, .zero, .large])
    }
}

/// The half-integer and quarter grids: a claim false only inside an
/// integer interval, or only on (0, ½), is refuted at every seed (random
/// points may miss such an interval, and integer probes land on its ends).
@Suite struct GridProbeTests {
    @Test(arguments: [
        "step(x - 2) .* step(3 - x) == 0*x where x: scalar",
        "step(-3 - x) .* step(x + 4) == 0*x where x: scalar",
        "step(x) .* step(1/2 - x) == 0*x where x: scalar",
        "step(x - 4) .* step(5 - x) .* x == 0*x where x: n",
    ])
    func falseOnlyBetweenGridNeighboursIsRefutedAtEverySeed(_ text: String) throws {
        for seed: UInt64 in 1...8 {
            var options = CheckOptions.quick
            options.seed = seed
            let report = try ClaimChecker(options).check(text)
            #expect(report.verdict.name == "refuted", "\(text) at seed \(seed): \(report.verdict)")
        }
    }

    @Test func theGridSweepsTheHalfIntegersAtAScalar() throws {
        let claim = try Claim(parsing: "x == x where x: scalar").resolve()
        let check = NumericCheck(claim: claim, options: CheckOptions())
        let values = try (0..<NumericCheck.gridProbeCount).map {
            try #require(check.gridValues($0, at: [:])["x"]?[0, 0])
        }
        #expect(Set(values.prefix(12)) == Set((0..<12).map { -5.5 + Double($0) }))
        #expect(Set(values.suffix(8)) == Set((0..<8).map { -1.75 + Double($0) / 2 }))
    }
}
