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
}
