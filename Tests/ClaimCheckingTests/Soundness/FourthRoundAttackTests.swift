import Testing
@testable import ClaimChecking

/// The classes attack suite 3 left undecided (issue 16, fourth round), each a
/// regression test through the whole checker.

/// True kink and softplus identities: proved by the exact case split on the
/// sign of each step argument and the definitional rules.
@Test(arguments: [
    "softplus(-40) == log(1 + exp(-40))",
    "sqrt(x*x) == abs(x) where x: scalar",
    "step(abs(x)) == step(x) + step(-x) where x: scalar",
    "step(x - 1) .* step(x) == step(x - 1) where x: scalar",
    "sqrt(x .* x) == abs(x) where x: n",
    "abs(x - y) == abs(y - x) where x: n, y: n",
    "log(x .* x) == 2*log(x) where x: n",
    "log(x .* y) == log(x) + log(y) where x: n, y: n",
    "log(x ./ y) == log(x) - log(y) where x: n, y: n",
])
func trueKinkIdentitiesAreProved(_ claim: String) throws {
    let report = try ClaimChecker(.quick).check(claim)
    #expect(report.verdict == .proved, "\(claim): \(report.verdict)")
}

/// Their false neighbours, false at a kink or on an interval, stay refuted.
@Test(arguments: [
    "step(x) + step(-x) == 1 where x: scalar",
    "step(x - 1) .* step(x) == step(x) where x: scalar",
    "sqrt(x*x) == x where x: scalar",
    "step(abs(x)) == 1 + 0*x where x: scalar",
    "softplus(-40) == log(1 + exp(-41))",
    "log(x .* x) == 2*log(x) + step(x - 1) where x: n",
    "log(x .* y) == log(x) + log(y) + step(x - 3) where x: n, y: n",
    "log(x .* y) == log(x) - log(y) where x: n, y: n",
])
func falseKinkNeighboursAreRefuted(_ claim: String) throws {
    let report = try ClaimChecker(.quick).check(claim)
    #expect(report.verdict.name == "refuted", "\(claim): \(report.verdict)")
}

/// Exactly equal, with no finite double point: proved from the exact check
/// over the whole scope and a certified defined point.
@Test func overflowingButExactlyEqualIsProved() throws {
    let report = try ClaimChecker(.quick).check("exp(-2000) * exp(2000) == 1")
    #expect(report.verdict == .proved, "\(report.verdict)")
    #expect(report.notes.contains { $0.contains("certified interval arithmetic") })
    // Undefined everywhere (not overflow): never proved.
    let nowhere = try ClaimChecker(.quick).check(
        "sqrt(-1 - x*x) == sqrt(-1 - x*x) where x: scalar")
    #expect(nowhere.verdict.name == "inconclusive", "\(nowhere.verdict)")
}

/// Differences below 128-bit resolution: the certified search keeps raising
/// the precision while the sign is uncertain, even when the 128-bit
/// enclosures are already tight, and refutes at 512 bits.
@Test(arguments: [
    "exp(-1) + 1/2^200 == exp(-1)",
    "exp(-1) + 1/10^100 == exp(-1)",
    "exp(-1) + 1/10^60 == exp(-1)",
    "sigmoid(x) + 1/10^60 == sigmoid(x) where x: scalar",
])
func tinyDifferencesAreRefutedAtHigherPrecision(_ claim: String) throws {
    for seed: UInt64 in 1...3 {
        var options = CheckOptions.quick
        options.seed = seed
        let report = try ClaimChecker(options).check(claim)
        guard case .refuted(let c) = report.verdict else {
            Issue.record("\(claim) at seed \(seed): \(report.verdict)")
            continue
        }
        let certificate = try #require(c.certificate)
        #expect(certificate.contains("disjoint"))
        if claim.hasPrefix("exp(-1)") { #expect(!certificate.contains("128-bit")) }
    }
}

/// The symbolic check runs the small shapes first: a shape that uses up
/// the symbolic time (here n = 3 of a Hessian through `inv`, over a minute
/// exactly, against a 4 s budget) no longer costs the smaller shapes their
/// exact verdict, and the results are still reported largest first.
@Test func aShapeOverBudgetKeepsTheSmallShapesProof() throws {
    var options = CheckOptions()
    options.timeBudget = 4
    let report = try ClaimChecker(options).check(
        "hess(det(inv(X)*A), X) == hess(det(A)/det(X), X) where X: n x n, A: n x n")
    let outcomes = report.symbolic.map { ($0.assignment["n"] ?? 0, $0.outcome) }
    #expect(outcomes.map(\.0) == [3, 2, 1])
    guard outcomes.count == 3, case .budgetExceeded = outcomes[0].1 else {
        Issue.record("n = 3 not over budget: \(outcomes)")
        return
    }
    #expect(outcomes[1].1 == .equal && outcomes[2].1 == .equal)
    #expect(report.verdict == .proved, "\(report.verdict)")
    #expect(ClaimChecker.smallestFirst([["n": 3], ["n": 1], ["n": 2]]) == [1, 2, 0])
}
