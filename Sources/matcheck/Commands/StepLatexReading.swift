import ClaimLanguage
import Derivations
import TexReading

/// Whether the step's verbatim LaTeX (its `note` text, or the lines it quotes from the
/// seed note) reads, through `matcheck tex`'s reader, as the step's own claim.
func latexReadsAsClaim(_ step: Step, in derivation: Derivation) -> Bool {
    let context = derivation.context.merged(with: step.context)
    guard let claim = try? Claim(parsing: step.claim, context: context.claimContext())
    else { return false }
    let comparison = LatexClaimComparison(
        declarations: context.declarations + context.assumptions,
        definitions: context.definitions)
    if comparison.latex(step.noteLatex, readsAs: claim) { return true }
    return step.quote.map { comparison.markdown($0.verbatim, readsAs: claim) } ?? false
}
