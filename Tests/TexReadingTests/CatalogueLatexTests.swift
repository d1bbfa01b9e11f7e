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
    /// Steps whose LaTeX reads to the step's claim, measured on 2026-12-07: as written,
    /// and up to a renaming of the LaTeX's names to the catalogue's.
    /// 1 as written (`vec-kronecker: vec of a product`), 3 up to renaming (with
    /// `layer-hessians: ∇_W z for a layer` and `∇_b z = I_n`), of 228 steps (166 of kind
    /// equality).
    static let floor = 1
    static let renamedFloor = 3

    static func sameClaimSteps() -> (same: [String], renamed: [String], steps: Int) {
        var same: [String] = []
        var renamed: [String] = []
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
                let texts = [step.noteLatex.isEmpty ? nil : "$$" + step.noteLatex + "$$"]
                    + [step.quote?.verbatim]
                if let map = texts.compactMap({ $0 }).lazy.compactMap({
                    comparison.renaming(forMarkdown: $0, readsAs: claim)
                }).first {
                    let renaming = map.sorted { $0.key < $1.key }.map { "\($0.key)→\($0.value)" }
                    renamed.append(
                        "\(derivation.id): \(step.title) [\(renaming.joined(separator: ", "))]")
                }
            }
        }
        return (same, renamed, steps)
    }

    @Test func stepsWhoseLatexReadsToTheirClaimDoNotGoDown() {
        let (same, renamed, steps) = Self.sameClaimSteps()
        #expect(steps > 100)
        #expect(same.count >= Self.floor, "steps whose LaTeX reads to their claim: \(same)")
        #expect(
            renamed.count >= Self.renamedFloor,
            "steps whose LaTeX reads to their claim up to renaming: \(renamed.count) \(renamed)")
        #expect(same.contains("vec-kronecker: vec of a product"))
    }
}
