import Testing
@testable import ClaimChecking
import ClaimLanguage

/// Integer symbols at `k ≤ 0`: a symbol used only as an exponent or a scalar
/// is checked exactly at `k = -2…3` (`X^-k = inv(X)^k`, defined where `X` is
/// invertible); one used as a dimension stays positive.
@Test func theTracePowerRuleIsProvedAtNegativeAndZeroExponents() throws {
    var options = CheckOptions.quick
    options.symbolicMaximumDimension = 3
    let report = try ClaimChecker(options).check(
        "grad(tr(X^k), X) == k*(X^(k-1))' where X: n x n, k: integer")
    #expect(report.verdict == .proved, "\(report.verdict)")
    let exact = Set(
        report.symbolic.filter { $0.outcome == .equal }.compactMap { $0.assignment["k"] })
    #expect(exact == Set(-2...3), "\(exact)")
    #expect(report.signedVariables == ["k"])
    let scope = report.scope(indexProof: nil)
    #expect(scope?.phrase.contains("k = -2…3") == true, "\(String(describing: scope))")
}

/// True only for `k ≥ 0`: each is refuted, with a counterexample at a negative `k`.
let falseOnlyForNegativeExponents = [
    "grad(tr(X^k), X) == abs(k)*(X^(k-1))' where X: n x n, k: integer",
    "grad(det(X^k), X) == abs(k)*det(X)^k*inv(X)' where X: n x n, k: integer",
    "k^3 == k^2*abs(k) where k: integer",
]

@Test(arguments: falseOnlyForNegativeExponents)
func aClaimFalseOnlyAtNegativeExponentsIsRefutedThere(_ text: String) throws {
    let report = try ClaimChecker(.quick).check(text)
    guard case .refuted(let counterexample) = report.verdict else {
        Issue.record("\(text): \(report.verdict)")
        return
    }
    #expect((counterexample.assignment["k"] ?? 0) < 0, "\(counterexample.assignment)")
}

@Test func negativePowersAreInversePowers() throws {
    let report = try ClaimChecker(.quick).check(
        "X^-k == inv(X)^k where X: n x n, k: integer")
    #expect(report.verdict == .proved, "\(report.verdict)")
    #expect(report.symbolic.contains { ($0.assignment["k"] ?? 0) < 0 && $0.outcome == .equal })
}

@Test func anIntegerSymbolUsedAsADimensionStaysPositive() throws {
    let report = try ClaimChecker(.quick).check("tr(eye(k)) == k where k: integer")
    #expect(report.verdict == .proved, "\(report.verdict)")
    #expect(report.signedVariables.isEmpty)
    let values = (report.symbolic.map(\.assignment) + report.numeric.map(\.assignment))
        .compactMap { $0["k"] }
    #expect(!values.isEmpty && values.allSatisfy { $0 >= 1 }, "\(values)")
    #expect(report.notes.contains { $0.contains("used as a dimension") })
}
