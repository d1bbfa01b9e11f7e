import ClaimLanguage
import Testing

@testable import ClaimChecking

/// Attack suite 5's two false proofs (`docs/runs/attack-suite-5.md`): a
/// claim false only beyond a literal dimension, and a product of
/// polynomials in two dimension variables that vanishes on every line
/// through small values of the other variable.
@Suite struct AttackSuiteFiveTests {
    func verdict(_ claim: String, seed: UInt64) throws -> Verdict {
        var options = CheckOptions()
        options.seed = seed
        return try ClaimChecker(options).check(claim).verdict
    }

    /// `A*B` is 9×9 of rank at most n: singular for n < 9 only.
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func falseOnlyBeyondALiteralDimensionIsRefuted(_ seed: UInt64) throws {
        let v = try verdict("det(A*B) == 0 where A: 9 x n, B: n x 9", seed: seed)
        guard case .refuted(let c) = v else {
            Issue.record("seed \(seed): \(v)")
            return
        }
        #expect((c.assignment["n"] ?? 0) >= 9)
    }

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func aProductOfPolynomialsInTwoVariablesIsRefuted(_ seed: UInt64) throws {
        let v = try verdict(
            "(m-1)*(m-2)*(m-3)*(n-1)*(n-2)*(n-3)*(n-5)*sum(A) == 0 where A: m x n", seed: seed)
        guard case .refuted = v else {
            Issue.record("seed \(seed): \(v)")
            return
        }
    }

    /// Sylvester's determinant identity times polynomials in m and n: true,
    /// beyond the index prover, and proved with the grid evaluated.
    @Test func aTruePolynomialClaimInTwoVariablesIsProvedWithItsGrid() throws {
        let report = try ClaimChecker(CheckOptions()).check(
            "(m-1)*(n-1)*det(eye(m) + A*A') == (m*n - m - n + 1)*det(eye(n) + A'*A) "
                + "where A: m x n")
        #expect(report.verdict == .proved, "\(report.verdict)")
        let evaluated = Set(report.numeric.filter { $0.points > 0 }.map(\.assignment))
        for m in 9...10 {
            for n in 9...10 { #expect(evaluated.contains(["m": m, "n": n]), "\(m), \(n)") }
        }
    }

    @Test func theGridAndTheLiteralDimension() throws {
        let grid = ClaimChecker.grid([("m", [9, 10]), ("n", [9, 10, 11])])
        #expect(grid.count == 6)
        #expect(Set(grid) == Set([9, 10].flatMap { m in [9, 10, 11].map { ["m": m, "n": $0] } }))
        #expect(ClaimChecker.grid([]).isEmpty)
        let claim = try Claim(parsing: "det(A*B) == 0 where A: 9 x n, B: n x 9").resolve()
        #expect(ClaimChecker.largestLiteralDimension(claim) == 9)
        let none = try Claim(parsing: "tr(A*B) == tr(B*A) where A: m x n, B: n x m").resolve()
        #expect(ClaimChecker.largestLiteralDimension(none) == 1)
    }
}
