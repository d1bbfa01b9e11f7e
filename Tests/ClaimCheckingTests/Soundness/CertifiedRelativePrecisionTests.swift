import ClaimLanguage
import Testing

@testable import ClaimChecking

/// Attack suite 5's last undecided false claim: `softplus(-745)` and
/// `exp(-745)` differ by about 4·10⁻⁶⁴⁸, 10⁻³²⁴ of their value, which
/// `log(1 + eˣ)` loses at any precision below about 2150 bits and
/// `log1p(eˣ)` keeps.
@Suite struct CertifiedRelativePrecisionTests {
    @Test func aDifferenceFarBelowTheValuesAbsoluteResolutionIsRefuted() throws {
        let report = try ClaimChecker(CheckOptions()).check("softplus(-745) == exp(-745)")
        guard case .refuted(let c) = report.verdict else {
            Issue.record("\(report.verdict)")
            return
        }
        // The printed sides agree; the difference's enclosure shows the gap.
        let certificate = try #require(c.certificate)
        #expect(certificate.contains("lhs − rhs ∈ [-3.98"), "\(certificate)")
        #expect(certificate.contains("e-648"), "\(certificate)")
    }

    /// `exp(1500 + x)` overflows every double, and the certified sides
    /// differ by 10⁻⁶⁵² against values near `eˣ`; the exact difference's
    /// normal form, `−exp(−1500)`, does not cancel and refutes at 128 bits.
    @Test func theExactDifferenceRefutesWhereTheSidesCannotBeSeparated() throws {
        let report = try ClaimChecker(CheckOptions()).check(
            "exp(-1500) * exp(1500 + x) == exp(x) + exp(-1500) where x: n")
        guard case .refuted(let c) = report.verdict else {
            Issue.record("\(report.verdict)")
            return
        }
        let certificate = try #require(c.certificate)
        #expect(certificate.contains("exact normal form of the difference"), "\(certificate)")
        #expect(certificate.contains("e-652"), "\(certificate)")
        // Its true neighbour is proved, not refuted by the difference's enclosure.
        let right = try ClaimChecker(CheckOptions()).check(
            "exp(-1500) * exp(1500 + x) == exp(x) where x: n")
        #expect(right.verdict.kind != .refuted, "\(right.verdict)")
    }
}
