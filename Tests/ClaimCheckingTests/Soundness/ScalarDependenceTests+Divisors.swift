import ClaimLanguage
import Testing

@testable import ClaimChecking

/// A divisor that is a scalar polynomial in the variable alone: a common
/// denominator `Q`, so `Q·(lhs − rhs)` is a polynomial (attack suite 8's
/// divisors polynomial in n).
extension ScalarDependenceTests {
    @Test func aPolynomialDivisorIsADenominator() throws {
        // 1/(k+10) + 1 − (k+11)/(k+10): numerators of degree 2 over (k+10)².
        let sum = try dependence("1/(k + 10) + 1 == (k + 11)/(k + 10) where k: integer")
        #expect(sum.bounds["k"]??.degrees == [base(1): 2])
        #expect(sum.bounds["k"]??.denominatorDegree == 2)
        #expect(sum.order("k") == 3 + 2)
        #expect(sum.numbersOnly.contains("k"))
        let inverse = try dependence("(k + 1)^-2 == 1/((k + 1)*(k + 1)) where k: integer")
        #expect(inverse.bounds["k"]??.denominatorDegree == 4)
        #expect(inverse.order("k") == 3 + 4)
        let defined = try dependence("let q = k*k + 1; k/q == 1 where k: integer")
        #expect(defined.bounds["k"]??.denominatorDegree == 2)
    }

    /// An exponential, another symbol, a matrix or a non-polynomial in the
    /// divisor, or an exponential over a polynomial: no bound.
    @Test func otherDivisorsHaveNoBound() throws {
        for claim in [
            "1/(2^k + 1) == 1 where k: integer",
            "1/(k + c) == 1 where k: integer, c: scalar",
            "sum([1; 1] ./ [k; k + 1]) == 1 where k: integer",
            "1/exp(k*k) == 1 where k: integer",
            "2^k/(k + 1) == 1 where k: integer",
            "sum([1, 1; 1, 0]^k)/(k + 1) == 1 where k: integer",
        ] {
            #expect(try dependence(claim).bounds["k"] == .some(nil), "\(claim)")
        }
    }

    @Test func denominatorsAddInSumsAndProducts() throws {
        let a = try #require(ExponentialPolynomialBound.rational(1, over: 2))
        let b = try #require(ExponentialPolynomialBound.rational(3, over: 1))
        #expect(a.plus(b) == .rational(max(1 + 1, 3 + 2), over: 3))
        #expect(a.times(b) == .rational(4, over: 3))
        #expect(a.dividedByPolynomial(.variable) == .rational(1, over: 3))
        #expect(a.dividedByPolynomial(b) == .rational(2, over: 5))
        #expect(a.order == 4)
        #expect(a.polynomialDegree == nil)
        #expect(a.power(-1) == nil)
        #expect(a.plus(.exponential(ExponentialBase(rational: ExactNumber(2)!)!)) == nil)
    }

    @Test func trueRationalIdentitiesAreProvedWhereDefined() throws {
        let report = try ClaimChecker(.quick).check(
            "1/(k + 10) + 1 == (k + 11)/(k + 10) where k: integer")
        #expect(report.verdict == .proved, "\(report.verdict)")
        #expect(report.polynomialProof?.contains("where it is defined") == true)
    }

    /// Differences vanishing at k = −4…8 over a denominator: refuted at k = 9.
    @Test(arguments: [
        "1/(k + 10) + 1 == (k + 11)/(k + 10) + V/(k + 10)^2 where k: integer",
        "k/(k*k + 1) == k/(k*k + 1) + V/(k*k + 1) where k: integer",
    ])
    func falseRationalIdentitiesAreRefuted(_ template: String) throws {
        let claim = template.replacingOccurrences(of: "V", with: ScalarDependenceTests.vanishing)
        let report = try ClaimChecker(.quick).check(claim)
        guard case .refuted(let c) = report.verdict else {
            Issue.record("\(claim): \(report.verdict)")
            return
        }
        #expect(c.assignment["k"] == 9, "\(c.assignment)")
    }
}
