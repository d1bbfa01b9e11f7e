import Testing
import ClaimLanguage
import ReliabilityKit

/// Attack-style claims (all false): each kind must be refuted, none accepted.
@Suite struct AttackClaimsTests {
    @Test func everyAttackKindIsRefuted() {
        let campaign = ReliabilityCampaign.quick(seed: 3, timeBudget: 8)
        var figures = ReliabilityFigures()
        campaign.runAttacks(0..<8, into: &figures)
        #expect(figures.attacks == 8)
        #expect(figures.attacksAccepted == 0, "\(figures.failures)")
        #expect(figures.attacksRefuted == 8, "\(figures.failures) \(figures.inconclusiveAttacks)")
    }

    @Test func attackClaimsParseAndDifferBySeed() throws {
        let attacks = AttackClaims()
        for kind in AttackClaims.Kind.allCases {
            _ = try Claim(parsing: attacks.claim(kind, seed: 1)).resolve()
        }
        let texts = Set((0..<20).map { attacks.claim(.saturation, seed: UInt64($0)) })
        #expect(texts.count > 1)
    }
}
