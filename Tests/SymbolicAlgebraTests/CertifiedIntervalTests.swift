import Foundation
import MatrixNumerics
import Testing
@testable import SymbolicAlgebra

/// Enclosures must contain the true value: checked against known digits
/// (computed independently to 40 digits) and against `Double` at random points.
@Suite struct CertifiedIntervalTests {
    /// `r` as an exact rational from a decimal string `"d.ddd"`.
    func decimal(_ text: String) throws -> Rational {
        let parts = text.split(separator: ".")
        let digits = parts.count > 1 ? String(parts[1]) : ""
        let n = try #require(BigInteger(String(parts[0]) + digits))
        return try Rational(n, try #require(BigInteger(10).power(digits.count)))
    }

    /// `|r − x| ≤ 10⁻³⁵` for the 40-digit reference `x`, and `x` inside.
    func expectEncloses(_ interval: CertifiedInterval, _ reference: String) throws {
        let x = try decimal(reference)
        let tolerance = try Rational(BigInteger(1), try #require(BigInteger(10).power(35)))
        #expect(
            interval.lower <= x + tolerance && x - tolerance <= interval.upper,
            "\(interval) vs \(reference)")
        #expect(interval.width < tolerance, "too wide: \(interval)")
    }

    @Test func knownConstants() throws {
        try expectEncloses(.exp(.one), "2.7182818284590452353602874713526624977572")
        try expectEncloses(.log(CertifiedInterval(2)), "0.6931471805599453094172321214581765680755")
        try expectEncloses(
            .log(CertifiedInterval(Rational(10))), "2.3025850929940456840179914546843642076011")
        try expectEncloses(
            .sqrt(CertifiedInterval(2)), "1.4142135623730950488016887242096980785696")
        try expectEncloses(.sin(.one), "0.8414709848078965066525023216302989996225")
        try expectEncloses(.cos(.one), "0.5403023058681397174009366074429766037323")
        try expectEncloses(.tanh(.one), "0.7615941559557648881194582826047935904127")
        try expectEncloses(.sigmoid(.one), "0.7310585786300048792511592418218362743651")
        try expectEncloses(.softplus(.one), "1.3132616875182228340489954949678556419152")
    }

    @Test func underflowAndSaturationHaveCertainSigns() {
        let tiny = CertifiedInterval.exp(CertifiedInterval(Rational(-1000)))
        #expect(tiny.excludesZero)
        #expect(tiny.lower.signum > 0)
        #expect(CertifiedInterval.decimal(tiny.lower).hasSuffix("e-435"))
        let saturated = CertifiedInterval.sigmoid(CertifiedInterval(Rational(40))) - .one
        #expect(saturated.excludesZero && saturated.upper.signum < 0)
        let literal =
            CertifiedInterval.log(CertifiedInterval(2))
            - CertifiedInterval(exactly: 0.6931471805599453)
        #expect(literal.excludesZero)
    }

    /// Twelve random points: each is a full-width double (a 50-bit rational),
    /// which costs about half a second per function in a debug build.
    @Test func enclosuresContainDoubleResultsAtRandomPoints() {
        var g = SplitMix64(seed: 7)
        for _ in 0..<12 {
            let x = Double(g.next() % 20_000) / 1000 - 10  // in [-10, 10)
            let i = CertifiedInterval(exactly: x)
            func near(_ e: CertifiedInterval, _ d: Double) -> Bool {
                let slack = 1e-12 * Swift.max(1, Swift.abs(d))
                return e.lower.doubleValue <= d + slack && d - slack <= e.upper.doubleValue
            }
            #expect(near(.exp(i), Foundation.exp(x)))
            #expect(near(.tanh(i), Foundation.tanh(x)))
            #expect(near(.sin(i), Foundation.sin(x)))
            if x > 0 { #expect(near(.log(i), Foundation.log(x))) }
        }
    }

    @Test func undefinedOutsideTheDomain() {
        #expect(CertifiedInterval.log(CertifiedInterval(Rational(-5))).isUndefined)
        #expect(CertifiedInterval.log(.zero).isUndefined)
        #expect(
            (CertifiedInterval.one / CertifiedInterval(lower: Rational(-1), upper: .one))
                .isUndefined)
        #expect(CertifiedInterval.sqrt(CertifiedInterval(Rational(-1))).isUndefined)
        #expect(CertifiedInterval.exp(CertifiedInterval(Rational(100_000))).isUndefined)
    }

    /// `log` reuses one enclosure of `log 2` per precision: it must be the
    /// series' own enclosure, the first time and every time after.
    @Test func logOfTwoIsComputedOnceAndIsTheSeries() {
        for bits in [96, 161, 544] {
            let series = CertifiedInterval.twiceAtanh(CertifiedInterval.fraction(1, 3), bits: bits)
            #expect(CertifiedInterval.logOfTwo(bits: bits) == series)
            #expect(CertifiedInterval.logOfTwo(bits: bits) == series)
        }
    }

    @Test func higherPrecisionNarrowsTheEnclosure() {
        let x = CertifiedInterval(Rational(3))
        let coarse = CertifiedInterval.$precision.withValue(64) { CertifiedInterval.exp(x) }
        let fine = CertifiedInterval.$precision.withValue(512) { CertifiedInterval.exp(x) }
        #expect(fine.width < coarse.width)
        #expect(coarse.lower <= fine.lower && fine.upper <= coarse.upper)
    }

    /// `softplus(-745) = e⁻⁷⁴⁵ − e⁻¹⁴⁹⁰/2 + …`: the difference from `e⁻⁷⁴⁵`
    /// (about 10⁻⁶⁴⁷, 10⁻³²⁴ relative) is certain at 1200 bits because `log1p`
    /// keeps the precision relative to its tiny argument (through
    /// `log(1 + u)` it was below even 2048 bits' resolution).
    @Test func softplusOfAVeryNegativeArgumentHasRelativePrecision() {
        CertifiedInterval.$precision.withValue(1200) {
            let x = CertifiedInterval(Rational(-745))
            let difference = CertifiedInterval.softplus(x) - CertifiedInterval.exp(x)
            #expect(difference.excludesZero && difference.upper.signum < 0)
            #expect(CertifiedInterval.decimal(difference.lower).hasPrefix("-3.98"))
            #expect(CertifiedInterval.decimal(difference.lower).hasSuffix("e-648"))
            // Positive arguments: softplus(x) − x = log1p(e⁻ˣ) > 0, about 10⁻³⁴⁸.
            let large = CertifiedInterval(Rational(800))
            let excess = CertifiedInterval.softplus(large) - large
            #expect(excess.excludesZero && excess.lower.signum > 0)
        }
        // log1p(u) ∈ (u − u², u) at u = 2⁻¹⁰⁰, enclosed to 120 bits relative to u.
        let u = CertifiedInterval.powerOfTwo(-100)
        let value = CertifiedInterval.log(onePlus: CertifiedInterval(u))
        #expect(value.lower > u - u * u && value.upper < u)
        #expect(value.width < u * CertifiedInterval.powerOfTwo(-120))
    }
}
