import ClaimLanguage
import MatrixNumerics
import Testing

@testable import ClaimChecking

/// The general causes attack suite 4 showed (issue 16, helper 16p): kink
/// probes, long literals and the adjugate at singular matrices.
@Suite struct AttackSuiteFourTests {
    func verdict(_ claim: String, seed: UInt64 = 1) throws -> Verdict {
        var options = CheckOptions.quick
        options.seed = seed
        return try ClaimChecker(options).check(claim).verdict
    }

    /// False only at a kink or on a tiny interval beside one: refuted at
    /// every seed by the probes derived from the claim's kink arguments.
    @Test(arguments: [
        "step(relu(x) - 1e-12) == step(x) where x: scalar",
        "step(x - 1) + step(1 - x) == 1 where x: scalar",
        "step(x - 1) + step(1 - x) == 1 + 0*x where x: n",
        "step(2*x - 3) + step(3 - 2*x) == 1 + 0*x where x: n",
        "relu(x - 1e-9) == relu(x) where x: scalar",
    ])
    func falseOnlyNearAKinkIsRefuted(_ claim: String) throws {
        for seed: UInt64 in 1...4 {
            let v = try verdict(claim, seed: seed)
            #expect(v.name == "refuted", "\(claim) at seed \(seed): \(v)")
        }
    }

    /// Their true neighbours are not refuted by the probes.
    @Test(arguments: [
        "step(relu(x)) == step(x) where x: scalar",
        "step(x - 1) + step(1 - x) + 0*x == 1 - step(1 - x) .* step(x - 1) + 0*x - step(0*x) "
            + "+ step(0*x) - 1 + step(x - 1) + step(1 - x) where x: n",
        "relu(x - 1) + relu(1 - x) == abs(x - 1) where x: n",
    ])
    func trueNeighboursAreNotRefuted(_ claim: String) throws {
        for seed: UInt64 in 1...2 {
            let v = try verdict(claim, seed: seed)
            #expect(v.name != "refuted", "\(claim) at seed \(seed): \(v)")
        }
    }

    @Test func kinkArgumentsAreSolvedWhenAffine() throws {
        let claim = try Claim(parsing: "step(3 - 2*x) + abs(x .* y) == 1 where x: n, y: n")
            .resolve()
        let check = NumericCheck(claim: claim, options: .quick)
        let points = check.kinkPoints(at: ["n": 2], seed: 1, centersOnly: true)
        // 3 − 2x = 0 at x = 1.5; x .* y is not affine in one symbol.
        #expect(points.count == 1)
        #expect(points.first?["x"]?.entries == [1.5, 1.5])
        let ladder = check.kinkPoints(at: ["n": 2], seed: 1)
        #expect(ladder.contains { $0["x"]?.entries.first == 1.5 + 0x1p-40 * 1.5 })
    }

    /// Plain literals beyond 64 bits are read exactly.
    @Test func longLiteralsAreExact() throws {
        #expect(try verdict("0.1234567890123456789 == 1234567890123456789/10^19") == .proved)
        #expect(
            try verdict("12345678901234567890123456789 == 12345678901234567890123456788 + 1")
                == .proved)
        #expect(
            try verdict("12345678901234567890123456789 == 12345678901234567890123456788").name
                == "refuted")
        // 19 decimals of sigmoid(1) are not its value: refuted, with certified enclosures.
        #expect(try verdict("sigmoid(1) == 0.7310585786300048793").name == "refuted")
    }

    /// The adjugate is a polynomial: defined (zero) at a rank-one matrix.
    @Test func theAdjugateIsDefinedAtSingularMatrices() throws {
        #expect(try verdict("adj(x*y') == zeros(3, 3) where x: 3, y: 3") == .proved)
        #expect(try verdict("adj(x*y') == zeros(5, 5) where x: 5, y: 5") == .proved)
        let claim = try Claim(parsing: "adj(A) == A where A: 3 x 3").resolve()
        let singular = try Matrix<BoundedDouble>(rows: 3, cols: 3) { i, j in
            BoundedDouble(exactly: Double((i + 1) * (j + 1)))
        }
        let evaluator = ClaimEvaluator<BoundedDouble>(
            claim: claim, assignment: [:], values: ["A": singular])
        let (lhs, _) = try evaluator.evaluateSides()
        #expect(lhs.entries.allSatisfy { Swift.abs($0.value) <= $0.errorBound })
        // adj of [[1, 2], [3, 4]] is [[4, -2], [-3, 1]], a non-singular check.
        #expect(
            try verdict("adj([1, 2; 3, 4]) == [4, -2; -3, 1]") == .proved)
    }

    /// Underflow in every double: the exact check covers the cube and a
    /// certified point at each larger shape shows both sides defined and
    /// overlapping (policy rule 5); a false neighbour stays refuted.
    @Test func underflowEverywhereIsDecidedByCertifiedPoints() throws {
        let claim = "log(sum(exp(x - 1000*ones(n, 1)))) + 1000 == log(sum(exp(x))) where x: n"
        let report = try ClaimChecker(.quick).check(claim)
        #expect(report.verdict == .proved, "\(report.verdict)")
        #expect(!report.certifiedLargerShapes.isEmpty)
        #expect(
            try verdict(
                "log(sum(exp(x - 1000*ones(n, 1)))) + 999 == log(sum(exp(x))) where x: n"
            ).name == "refuted")
        var evidence = VerdictPolicy.Evidence()
        evidence.dimensionVariables = ["n"]
        evidence.symbolic = (1...3).map {
            SymbolicShapeResult(assignment: ["n": $0], outcome: .equal, seconds: 0)
        }
        evidence.certifiedDefinedShapes = [["n": 1]]
        #expect(VerdictPolicy().decide(evidence).name == "inconclusive")
        evidence.certifiedLargerShapes = true
        #expect(VerdictPolicy().decide(evidence) == .proved)
    }

    /// Identities that needed a rule (attack suite 4's inconclusive true claims).
    @Test(arguments: [
        "log(1e20*exp(x)) == x + 20*log(10) where x: scalar",
        "sigmoid(x) == exp(-softplus(-x)) where x: n",
        "sin(x).^2 + cos(x).^2 == ones(n, 1) where x: n",
        "sin(2*x) == 2*sin(x).*cos(x) where x: n",
        "sin(x + 1e-17) - sin(x) == 2*cos(x + 5e-18)*sin(5e-18) where x: scalar",
        "log(sum(exp(x + c*ones(n, 1)))) == c + log(sum(exp(x))) where x: n, c: scalar",
        "abs(x .* y) == abs(x) .* abs(y) where x: n, y: n",
        "step(x) .* step(y) .* step(x .* y) == step(x) .* step(y) where x: n, y: n",
        "step(x .* x) == step(abs(x)) where x: n",
        "sqrt(x .* x .* x .* x) == x .* x where x: n",
    ])
    func identitiesWithNewRulesAreProved(_ claim: String) throws {
        #expect(try verdict(claim) == .proved, "\(claim)")
    }

    /// Their false neighbours are refuted.
    @Test(arguments: [
        "log(1e20*exp(x)) == x + 19*log(10) where x: scalar",
        "sin(2*x) == 2*sin(x) where x: n",
        "sin(x).^2 - cos(x).^2 == ones(n, 1) where x: n",
        "log(sum(exp(x + c*ones(n, 1)))) == 2*c + log(sum(exp(x))) where x: n, c: scalar",
        "step(x .* y) == step(x) .* step(y) where x: n, y: n",
        "abs(x .* y) == abs(x) .* y where x: n, y: n",
    ])
    func falseNeighboursOfTheNewRulesAreRefuted(_ claim: String) throws {
        #expect(try verdict(claim).name == "refuted", "\(claim)")
    }
}
