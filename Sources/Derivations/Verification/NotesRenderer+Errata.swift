// The list of errata, notes/ERRATA.md.

extension NotesRenderer {
    func errata(_ notes: [SeedNote], results: [String: DerivationResult]) -> String {
        var out = [NotesRenderer.banner, "", "# Errata in the seed notes", ""]
        out.append(
            """
                Every line below is false as the note writes it: the checker refutes it with a \
                concrete counterexample (or a concrete shape assignment for a shape annotation), \
                and proves the corrected line. The derivations keep the line as written; nothing \
                is silently repaired.
                """
        )
        out.append("")
        out.append(
            """
                An independent line-by-line reading of the notes lists these errata beside the \
                slips that no claim can check and the candidates judged not to be slips, each \
                with its reason: [docs/notes-review.md](../docs/notes-review.md).
                """
        )
        out.append("")
        var count = 0
        for note in notes {
            let rows = note.derivations.compactMap { results[$0.id] }.flatMap { $0.steps }.filter {
                $0.step.isErratum
            }
            guard !rows.isEmpty else { continue }
            out.append("## [\(NotesRenderer.plainHeading(note.title))](\(note.page).md)")
            out.append("")
            for r in rows {
                count += 1
                out.append(contentsOf: erratumLines(r))
            }
        }
        out.append("\(count) errata in all.")
        out.append("")
        return out.joined(separator: "\n")
    }
}
