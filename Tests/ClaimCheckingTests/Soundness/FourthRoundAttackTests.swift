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
