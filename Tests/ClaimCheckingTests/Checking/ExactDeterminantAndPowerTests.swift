import ClaimLanguage
import Testing
@testable import ClaimChecking

/// The exact evaluator's determinant rules (`det(Mᵏ) = det(M)ᵏ`,
/// `det(M⁻¹) = 1/det M`, `det(Mᵀ) = det M`) and powers over a common
/// denominator: verdicts, undefined points kept undefined, and shapes that
/// used to exceed the symbolic budget now decided exactly.
@Suite struct ExactDeterminantAndPowerTests {
    func outcome(_ text: String, _ assignment: [String: Int]) throws -> SymbolicOutcome {
        let claim = try Claim(parsing: text).resolve()
        return SymbolicCheck(claim: claim, options: CheckOptions()).outcome(at: assignment)
    }

    @Test func theDeterminantRulesDecideTrueAndFalseClaims() throws {
        let checker = ClaimChecker(.quick)
        for text in [
            "det(X^k) == det(X)^k where X: n x n, k: integer",
            "det(inv(X)) == 1/det(X) where X: n x n",
            "det(inv(X')^k) == det(X)^(-k) where X: n x n, k: integer",
        ] {
            #expect(try checker.check(text).verdict.kind == .proved, "\(text)")
        }
        for text in [
            "det(X^k) == det(X)^(k + 1) where X: n x n, k: integer",
            "det(inv(X)) == det(X) where X: n x n",
        ] {
            #expect(try checker.check(text).verdict.kind == .refuted, "\(text)")
        }
    }

    @Test func aSingularBaseStaysSingular() throws {
        // det(M^0) = det(I) = 1, though det(M) = 0: refuted at k = 0 only.
        let report = try ClaimChecker(.quick).check(
            "det([1, 1; 1, 1]^k) == 0 where k: integer")
        #expect(report.verdict.kind == .refuted)
        // M^k for k < 0 is undefined, and so is det(M)^k: not a difference.
        #expect(
            try outcome("det([1, 1; 1, 1]^k) == 0 where k: integer", ["k": -1])
                != .differs)
    }

    @Test func gradientsOfInversePowersAreDecidedAtDimensionThree() throws {
        let text = "grad(tr(inv(X)^k), X) == -(k*inv(X)'^(k + 1)) where X: n x n, k: integer"
        #expect(try outcome(text, ["n": 3, "k": 3]) == .equal)
        #expect(try outcome(text, ["n": 3, "k": -2]) == .equal)
        let wrong = "grad(tr(inv(X)^k), X) == -(k*inv(X)'^k) where X: n x n, k: integer"
        #expect(try outcome(wrong, ["n": 3, "k": 3]) == .differs)
        let determinant = "grad(det(X^k), X) == k*det(X^k)*inv(X)' where X: n x n, k: integer"
        #expect(try outcome(determinant, ["n": 3, "k": -2]) == .equal)
    }

    /// `(A ⊗ B)⁻¹ = A⁻¹ ⊗ B⁻¹` and `(Mᵀ)⁻¹ = (M⁻¹)ᵀ` before inverting: the
    /// 9×9 inverse at n = m = 3 is two 3×3 inverses, within a term budget
    /// that eliminating the 9×9 symbolic matrix exceeds.
    @Test func theInverseOfAKroneckerProductIsTwoSmallInverses() throws {
        var options = CheckOptions()
        options.symbolicTermBudget = 2_000
        func outcome(_ text: String) throws -> SymbolicOutcome {
            let claim = try Claim(parsing: text).resolve()
            return SymbolicCheck(claim: claim, options: options)
                .outcome(at: ["n": 3, "m": 3])
        }
        let shapes = " where A: n x n, B: m x m"
        #expect(try outcome("inv(kron(A, B)) == kron(inv(A), inv(B))" + shapes) == .equal)
        #expect(try outcome("kron(A, B)^-2 == kron(inv(A)^2, inv(B)^2)" + shapes) == .equal)
        #expect(try outcome("inv(kron(A, B)') == kron(inv(A'), inv(B'))" + shapes) == .equal)
        #expect(try outcome("inv(kron(A, B)) == kron(inv(B), inv(A))" + shapes) == .differs)
        // A singular factor makes both sides undefined, never a difference.
        let singular = "inv(kron(A, [1, 2; 2, 4])) == kron(inv(A), [1, 0; 0, 1]) where A: n x n"
        let claim = try Claim(parsing: singular).resolve()
        #expect(SymbolicCheck(claim: claim, options: options).outcome(at: ["n": 2]) != .differs)
    }
}
