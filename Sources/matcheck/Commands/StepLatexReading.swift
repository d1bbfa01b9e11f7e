import ClaimLanguage
import Derivations
import TexReading

/// Whether the step's verbatim LaTeX (its `note` text, or the lines it quotes from the
/// seed note) reads, through `matcheck tex`'s reader, as the step's own claim: as written,
/// or up to a renaming of the LaTeX's names to the step's (`z^l` read as `z_l` for the
/// catalogue's `zl`; ``LatexClaimComparison/renaming(forMarkdown:readsAs:)``).
func latexReadsAsClaim(_ step: Step, in derivation: Derivation) -> Bool {
    let context = derivation.context.merged(with: step.context)
    guard let claim = try? Claim(parsing: step.claim, context: context.claimContext())
    else { return false }
    let comparison = LatexClaimComparison(
        declarations: context.declarations + context.assumptions,
        definitions: context.definitions)
    let texts = [step.noteLatex.isEmpty ? nil : "$$" + step.noteLatex + "$$", step.quote?.verbatim]
    return texts.contains { text in
        text.map { comparison.renaming(forMarkdown: $0, readsAs: claim) != nil } ?? false
    }
}
