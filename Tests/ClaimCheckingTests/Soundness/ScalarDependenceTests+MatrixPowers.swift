import ClaimLanguage
import Testing

@testable import ClaimChecking

/// Powers `M^(a·k + e)` of a constant invertible matrix: their entries satisfy
/// the recurrence of `χ_M` (Cayley–Hamilton), and `det(Mᵏ) = det(M)ᵏ`
/// (attack suite 8's "no bound" claims).
extension ScalarDependenceTests {
    static let fibonacci = "[1, 1; 1, 0]"
    /// Vanishes at k = −4…8, the ordinary exact and numeric ranges.
    static let vanishing = (-4...8).map { $0 < 0 ? "(k+\(-$0))" : "(k-\($0))" }
        .joined(separator: "*")

    @Test func aConstantMatrixPowerHasTheOrderOfItsSize() throws {
        let f = ScalarDependenceTests.fibonacci
        let sum = try dependence("sum([1, 1; 0, 1]^k) == k + 2 where k: integer")
        #expect(sum.bounds["k"]??.opaque.values.sorted() == [0])
        #expect(sum.bounds["k"]??.degrees == [base(1): 1])
        #expect(sum.order("k") == 4)
        #expect(sum.numbersOnly.contains("k"))
        let cubic = try dependence(
            "tr([1, 2, 0; 0, 1, 0; 3, 0, 2]^(2*k - 1)) == 0 where k: integer")
        #expect(cubic.order("k") == 3 + 1)  // the right side 0 is {1: 0}
        // A square is a Hadamard product: order 2·2; both squares share it.
        let cassini = try dependence(
            "tr(\(f)^k)^2 - 5*(\(f)^k)[1,2]^2 == 4*(-1)^k where k: integer")
        #expect(cassini.order("k") == 5)
        #expect(cassini.bounds["k"]??.degrees == [base(-1): 0])
        // Through a definition; a product of two matrices' entries: 2·2.
        let defined = try dependence(
            "let M = \(f); (M^k)[1,1]*([2, 0; 0, 3]^k)[2,2] == 0 where k: integer")
        #expect(defined.order("k") == 4 + 1)
        #expect(defined.numbersOnly.contains("k"))
    }

    @Test func aDeterminantOfAConstantPowerIsAnExponential() throws {
        let det = try dependence("det(\(ScalarDependenceTests.fibonacci)^k) == (-1)^k "
            + "where k: integer")
        #expect(det.bounds["k"]??.degrees == [base(-1): 0])
        #expect(det.order("k") == 1)
        let odd = try dependence("det([2, 1; 0, 3]^(2*k + 1)) == 6*36^k where k: integer")
        #expect(odd.bounds["k"]??.degrees == [base(36): 0])
        let inverse = try dependence("det([2, 1; 0, 3]^(-k)) == 1 where k: integer")
        #expect(inverse.bounds["k"]??.degrees == [base(1, 6): 0, base(1): 0])
    }

    /// A singular matrix (no negative powers, a zero root), a non-affine
    /// exponent or one with a symbolic offset: no bound.
    @Test func otherConstantMatrixPowersHaveNoBound() throws {
        for claim in [
            "sum([1, 1; 1, 1]^k) == 2^(k+1) where k: integer",
            "det([1, 1; 1, 1]^k) == 0 where k: integer",
            "sum([1, 1; 1, 0]^(k*k)) == 0 where k: integer",
            "sum([1, 1; 1, 0]^(k + m)) == 0 where k: integer, m: integer",
        ] {
            #expect(try dependence(claim).bounds["k"] == .some(nil), "\(claim)")
        }
    }

    @Test func exactDeterminantsPivotAndDetectSingularity() {
        func m(_ rows: [[Int]]) -> [[ExactNumber]] { rows.map { $0.map { ExactNumber($0)! } } }
        #expect(ScalarDependence.exactDeterminant(m([[0, 1], [1, 0]])) == ExactNumber(-1)!)
        #expect(ScalarDependence.exactDeterminant(m([[1, 2], [2, 4]])) == ExactNumber(0)!)
        #expect(
            ScalarDependence.exactDeterminant(m([[2, 0, 1], [1, 3, 2], [1, 1, 2]]))
                == ExactNumber(6)!)
        #expect(
            ScalarDependence.exactDeterminant(m([[Int.max, 1], [1, Int.max]])) == nil)
    }

    @Test func opaqueFactorsAddInSumsAndMultiplyInProducts() throws {
        let chi = OpaqueRecurrence(name: "χ(A)", degree: 3)
        let other = OpaqueRecurrence(name: "χ(B)", degree: 2)
        let a = try #require(ExponentialPolynomialBound.recurrence(chi))
        let b = try #require(ExponentialPolynomialBound.recurrence(other))
        #expect(a.plus(a) == a)
        #expect(a.plus(b)?.order == 5)
        #expect(a.plus(.variable)?.order == 5)
        #expect(a.times(.constant) == a)
        #expect(a.times(b)?.order == 6)
        #expect(a.times(.variable)?.order == 6)
        #expect(a.times(b) == b.times(a))
        #expect(a.power(-1) == nil)
        #expect(a.polynomialDegree == nil)
        // 3^5 > 96: given up.
        #expect(a.power(5) == nil)
    }

    /// True: proved for every k from the values the bound needs.
    @Test(arguments: [
        "det([1, 1; 1, 0]^k) == (-1)^k where k: integer",
        "sum([1, 1; 0, 1]^k) == k + 2 where k: integer",
        "tr([1, 1; 1, 0]^k)^2 - 5*([1, 1; 1, 0]^k)[1,2]^2 == 4*(-1)^k where k: integer",
    ])
    func trueConstantPowerClaimsAreProved(_ claim: String) throws {
        let report = try ClaimChecker(.quick).check(claim)
        #expect(report.verdict == .proved, "\(claim): \(report.verdict)")
        #expect(report.polynomialProof?.contains("holds for every k") == true)
    }

    /// The same shapes plus a polynomial vanishing at k = −4…8: refuted at
    /// k = 9, the first value beyond the ordinary ranges that the bound needs.
    @Test(arguments: [
        "det([1, 1; 1, 0]^k) == (-1)^k + ",
        "sum([1, 1; 0, 1]^k) == k + 2 + ",
        "tr([1, 1; 1, 0]^k)^2 - 5*([1, 1; 1, 0]^k)[1,2]^2 == 4*(-1)^k + ",
    ])
    func falseConstantPowerClaimsAreRefuted(_ prefix: String) throws {
        let claim = prefix + ScalarDependenceTests.vanishing + " where k: integer"
        let report = try ClaimChecker(.quick).check(claim)
        guard case .refuted(let c) = report.verdict else {
            Issue.record("\(claim): \(report.verdict)")
            return
        }
        #expect(c.assignment["k"] == 9, "\(c.assignment)")
    }
}
