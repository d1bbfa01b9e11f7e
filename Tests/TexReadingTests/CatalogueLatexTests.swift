import ClaimLanguage
import Derivations
@testable import TexReading
import Testing

/// The catalogue keeps hand-written claims where LaTeX cannot carry the
/// meaning. This test reads every step's LaTeX (`noteLatex`) with the
/// step's own declarations and definitions and counts the steps whose LaTeX
/// reads to exactly the step's claim (printed the same); the count must not
/// go down.
@Suite struct CatalogueLatexTests {
    /// Steps whose LaTeX reads to the step's claim, measured on 2026-12-07.
    static let floor = 1

    static func sameClaimSteps() -> (same: [String], steps: Int) {
        var same: [String] = []
        var steps = 0
        for derivation in Catalogue.derivations {
            for step in derivation.steps {
                steps += 1
                let context = derivation.context.merged(with: step.context)
                let comparison = LatexClaimComparison(
                    declarations: context.declarations + context.assumptions,
                    definitions: context.definitions)
                guard let claim = try? Claim(parsing: step.claim, context: context.claimContext())
                else { continue }
                if comparison.latex(step.noteLatex, readsAs: claim)
                    || step.quote.map({ comparison.markdown($0.verbatim, readsAs: claim) }) == true
                {
                    same.append("\(derivation.id): \(step.title)")
                }
            }
        }
        return (same, steps)
    }

    @Test func stepsWhoseLatexReadsToTheirClaimDoNotGoDown() {
        let (same, steps) = Self.sameClaimSteps()
        #expect(steps > 100)
        #expect(same.count >= Self.floor, "steps whose LaTeX reads to their claim: \(same)")
        #expect(same.contains("vec-kronecker: vec of a product"))
    }
}
