import ClaimLanguage
import Testing

@testable import ClaimChecking

/// A count of n hidden behind symbols (`sum(x ./ x) = n`, `tr(X*inv(X)) = n`)
/// is a use of n as a number with no bound: these claims, false only from
/// n = 10, were proved from n ≤ 8.
@Suite struct SymbolCountTests {
    static let hidden = [
        "relu(tr(X*inv(X)) - 9)*tr(X) == 0 where X: n x n",
        "relu(sum(x ./ x) - 9)*sum(x) == 0 where x: n",
        "relu(sum(exp(0*x)) - 9)*sum(x) == 0 where x: n",
    ]

    @Test(arguments: hidden)
    func aCountBehindSymbolsHasNoBoundAndIsRefuted(_ text: String) throws {
        let claim = try Claim(parsing: text).resolve()
        #expect(ScalarDependence.symbolCounts(claim) == ["n"])
        let verdict = try ClaimChecker(CheckOptions()).check(text).verdict
        guard case .refuted(let c) = verdict else {
            Issue.record("\(text): \(verdict)")
            return
        }
        #expect((c.assignment["n"] ?? 0) >= 10)
    }

    /// Reductions whose value keeps a symbol, or does not change with n,
    /// are no count.
    @Test func ordinaryReductionsAreNoCount() throws {
        for text in [
            "sum(x)*x'*x == x'*x*sum(x) where x: n",
            "x'*x/(x'*x) == 1 + 0*sum(x) where x: n",
            "grad(sum(relu(W*x)), W) == step(W*x)*x' where W: n x m, x: m",
        ] {
            #expect(ScalarDependence.symbolCounts(try Claim(parsing: text).resolve()).isEmpty)
        }
    }
}
