import Testing
@testable import Derivations

/// `DerivationVerifier.verifyAll` spreads the steps over workers; the results
/// must be those of verifying each derivation alone, in the same order.
@Test("verifying in parallel gives the sequential results, in order")
func parallelVerificationMatchesSequential() throws {
    let derivations = try ["vec-kronecker", "jacobian-chain-rule", "gradient-jacobian"].map {
        try #require(Catalogue.derivation(named: $0))
    }
    let verifier = DerivationVerifier(checker: CatalogueChecker())
    let parallel = verifier.verifyAll(derivations, jobs: 3)
    #expect(parallel.map(\.derivation.id) == derivations.map(\.id))
    for (d, p) in zip(derivations, parallel) {
        let alone = verifier.verify(d)
        #expect(p.steps.map(\.step.title) == alone.steps.map(\.step.title))
        #expect(p.steps.map(\.status) == alone.steps.map(\.status))
        #expect(p.steps.map(\.asWritten.verdict) == alone.steps.map(\.asWritten.verdict))
    }
}
