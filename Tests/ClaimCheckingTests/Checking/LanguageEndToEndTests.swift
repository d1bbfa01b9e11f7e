import ClaimChecking
import ClaimLanguage
import MatrixNumerics
import Testing

// Claim-language features checked end to end: each parses, resolves and is
// decided by the checker (the parser's and shape inference's own tests are in
// ClaimLanguageTests).

@Test func moderatelyDeepClaimsAreChecked() throws {
    let nested =
        String(repeating: "(", count: 30) + "A" + String(repeating: ")'", count: 30)
        + " == A where A: n x n"
    let report = try ClaimChecker(.quick).check(nested)
    #expect(report.verdict == .proved)
}

@Test func contextJoinsDefinitionsAndDeclarations() throws {
    let context = ClaimContext(
        definitions: ["z = W*a + b"], declarations: ["W: n x m, a: m, b: n", "f: function"])
    let report = try ClaimChecker(.quick).check("jac(f(z), b) == diag(f'(z))", context: context)
    #expect(report.verdict == .proved)
}

@Test func dimensionVariablesAreIntegerValues() throws {
    let report = try ClaimChecker(.quick).check("sum(ones(n, m)) == n*m where A: n x m")
    #expect(report.verdict == .proved)
}

@Test func symmetricDeclarationTiesEntries() throws {
    #expect(try ClaimChecker(.quick).check("X' == X where X: n x n symmetric").verdict == .proved)
    #expect(try ClaimChecker(.quick).check("X' == X where X: n x n").verdict.name == "refuted")
}

@Test func undefinedPointsAreResampledAndSaid() throws {
    let report = try ClaimChecker(.quick).check("exp(log(x)) == x where x: n")
    #expect(report.verdict == .proved)
    #expect(report.numeric.contains { $0.resampled > 0 })
    #expect(report.notes.contains { $0.contains("resampled") })
}

@Test func symmetryCanBeAssumedInTheContext() throws {
    let context = ClaimContext(declarations: ["X: n x n", "X symmetric"])
    #expect(
        try ClaimChecker(.quick).check("tr(X*A) == tr(X*A') where A: n x n", context: context)
            .verdict == .proved)
}
