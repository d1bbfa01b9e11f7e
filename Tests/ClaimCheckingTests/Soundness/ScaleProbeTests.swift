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
