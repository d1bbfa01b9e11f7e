import ClaimLanguage
import Testing

@testable import ClaimChecking

/// Attack suite 6's undecided claims (`docs/runs/attack-suite-6.md`) and
/// fresh variants: a dimension or integer symbol written as a number through
/// exponentials (`2^n`, `(-1)^n`), kinks (`relu(n - 9)`) or a degree over
/// the old cap. Policy rule 7's exponential-polynomial bound settles each.
@Suite struct AttackSuiteSixTests {
    func report(_ claim: String, seed: UInt64 = 1) throws -> CheckReport {
        var options = CheckOptions()
        options.seed = seed
        return try ClaimChecker(options).check(claim)
    }

    /// `2·Σ_{j ≤ terms} C(n−1, j)`: `2ⁿ` for `n ≤ terms + 1`, less beyond.
    static func truncatedPowerOfTwo(terms: Int) -> String {
        var sum = ["1"]
        for j in 1...terms {
            let factors = (1...j).map { "(n-\($0))" }.joined(separator: "*")
            let factorial = (1...j).reduce(1, *)
            sum.append(j == 1 ? factors : "\(factors)/\(factorial)")
        }
        return "2*(" + sum.joined(separator: " + ") + ")"
    }

    @Test(arguments: [
        "det(-X) == (-1)^n*det(X) where X: n x n",
        "2^n*tr(X) == 2*2^(n-1)*tr(X) where X: n x n",
        "det(x*x' + 1e-12*eye(n)) == 1e-12^(n-1)*(1e-12 + x'*x) where x: n",
        "adj(2*X) == 2^(n-1)*adj(X) where X: n x n",
        "det(3*X) == 3^n*det(X) where X: n x n",
    ])
    func trueExponentialsInADimensionAreProved(_ claim: String) throws {
        for seed: UInt64 in 1...2 {
            let r = try report(claim, seed: seed)
            #expect(r.verdict == .proved, "\(claim) at seed \(seed): \(r.verdict)")
        }
    }

    /// A one-variable claim using its integer symbol only as a number is
    /// proved for every value from exact equality at `R` consecutive values.
    @Test(arguments: [
        "(-1)^k*(-1)^k == 1 where k: integer",
        "2^k*2^(-k) == 1 where k: integer",
        "3^k*3^k == 9^k where k: integer",
        "4^n == 2^n*2^n where n: integer",
        "(-2)^k*(-2)^k == 4^k where k: integer",
        "k*2^(k+1) == 2*k*2^k where k: integer",
        "c^(k+1) == c*c^k where c: scalar, k: integer",
        "(-1)^k + 1 == 2*(-1)^(2*k) - 1 + (-1)^k + 0*k*(k-1) where k: integer",
    ])
    func trueExponentialsInAnIntegerSymbolAreProvedForEveryValue(_ claim: String) throws {
        let r = try report(claim)
        #expect(r.verdict == .proved, "\(claim): \(r.verdict)")
        #expect(r.polynomialProof?.contains("consecutive values") == true, "\(claim)")
        #expect(r.scope(indexProof: nil) == .allShapes, "\(claim)")
    }

    /// False only beyond n = 8: refuted at the first value where they fail.
    @Test(arguments: [
        ("relu(n - 9)*sum(x) == 0 where x: n", 10),
        ("step(n - 10)*norm(x) == 0 where x: n", 11),
        ("relu(n - 11)*tr(X) == 0 where X: n x n", 12),
        ("2^n*sum(x) == \(truncatedPowerOfTwo(terms: 7))*sum(x) where x: n", 9),
        ("n*2^n*sum(x) == n*\(truncatedPowerOfTwo(terms: 8))*sum(x) where x: n", 10),
        ("(-1)^n*(-1)^n*sum(x) == sum(x) + relu(n - 10)*(1 - (-1)^n) where x: n", 11),
        ((1...17).map { "(n-\($0))" }.joined(separator: "*") + "*sum(x) == 0 where x: n", 18),
    ])
    func falseOnlyBeyondEightIsRefutedWhereItFails(_ claim: String, _ first: Int) throws {
        for seed: UInt64 in 1...2 {
            let r = try report(claim, seed: seed)
            guard case .refuted(let c) = r.verdict else {
                Issue.record("\(claim) at seed \(seed): \(r.verdict)")
                continue
            }
            #expect(c.assignment["n"] == first, "\(claim) at seed \(seed): \(c.assignment)")
        }
    }

    /// An integer symbol with a kink above or below: exact at every value
    /// between the kinks and `R` consecutive values beyond them.
    @Test func kinksInAnIntegerSymbolAreSettledExactly() throws {
        let above = try report("k*2^k == (k-1)*2^k + 2^k + relu(k - 20) where k: integer")
        guard case .refuted(let c) = above.verdict else {
            Issue.record("\(above.verdict)")
            return
        }
        #expect(c.assignment["k"] == 21)
        let below = try report("relu(-k - 15)*2^k == 0 where k: integer")
        guard case .refuted(let d) = below.verdict else {
            Issue.record("\(below.verdict)")
            return
        }
        #expect(d.assignment["k"] == -16)
        let split = try report("relu(k - 12) - relu(12 - k) == k - 12 where k: integer")
        #expect(split.verdict == .proved, "\(split.verdict)")
        #expect(split.polynomialProof?.contains("kinks") == true)
    }

    /// Values a bound needs but the numeric check cannot afford: no proof,
    /// and the reason names them.
    @Test func uncoveredValuesAreNamed() throws {
        var options = CheckOptions.quick
        options.symbolicMaximumShapes = 8
        let r = try ClaimChecker(options).check(
            "relu(n - 30)*(tr(A) + tr(B) + tr(C) + tr(D) + tr(E)) == 0 "
                + "where A: n x n, B: n x n, C: n x n, D: n x n, E: n x n")
        guard case .inconclusive(let why) = r.verdict else {
            Issue.record("\(r.verdict)")
            return
        }
        #expect(why.contains("n = 29, 30, 31, 32 were not evaluated"), "\(why)")
    }

    /// With no bound, probes beyond 8 still refute (they never prove).
    @Test func variablesWithNoBoundAreProbedBeyondEight() throws {
        let r = try report("relu(n*n - 150)*sum(x) == 0 where x: n")
        guard case .refuted(let c) = r.verdict else {
            Issue.record("\(r.verdict)")
            return
        }
        #expect(c.assignment["n"] == 13)
    }
}
