// One page per seed note: its derivations' sections and the lines that are not claims.

extension NotesRenderer {
    func page(_ note: SeedNote, results: [String: DerivationResult]) -> String {
        var out = [NotesRenderer.banner, "", "# \(note.title)", ""]
        out.append(
            """
                [Source](../Sources/Derivations/Catalogue/\(note.source)) | \
                [Tests](../Tests/DerivationTests/Catalogue/CatalogueTests.swift) | Seed note: \
                [`seeds/\(note.seed)`](seeds/\(note.seed))
                """
        )
        out.append("")
        out.append(coverageLine(note))
        out.append("")
        for derivation in note.derivations {
            guard let result = results[derivation.id] else {
                out.append("## \(derivation.title)\n\n*Not verified.*\n")
                continue
            }
            out.append(contentsOf: section(result, seed: note.seed))
        }
        if !note.unclaimed.isEmpty {
            out.append("## Lines that are not claims")
            out.append("")
            for entry in note.unclaimed {
                let link = lineLink(note.seed, entry.lines)
                out.append(
                    "- [\(lineWords(entry.lines))](\(link)) — "
                        + "\(entry.reason.rawValue): \(entry.explanation)")
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    func section(_ result: DerivationResult, seed: String) -> [String] {
        let d = result.derivation
        var out = [
            "## \(NotesRenderer.plainHeading(d.title))", "", "`matcheck verify \(d.id)`", "",
            d.summary, "",
        ]
        var verdict = "**Verdict:** \(result.steps.count) steps: \(result.proved) proved exactly"
        if result.provedAllShapes > 0 {
            verdict += " (\(result.provedAllShapes) of them for every shape)"
        }
        verdict += ", \(result.numeric) holding numerically only, \(result.errata) errata confirmed"
        verdict += result.unexpected == 0 ? "." : ", **\(result.unexpected) unexpected**."
        out.append(verdict)
        out.append("")
        if !d.notation.isEmpty {
            out.append("### Notation and layout")
            out.append("")
            out.append(contentsOf: d.notation.map { "- " + $0 })
            out.append("")
        }
        out.append("### Steps")
        out.append("")
        for (k, r) in result.steps.enumerated() {
            out.append(contentsOf: stepLines(k + 1, r, seed: seed))
        }
        out.append("### Shapes")
        out.append("")
        out.append(contentsOf: shapesLines(result))
        out.append("")
        let errata = result.steps.filter { $0.step.isErratum }
        if !errata.isEmpty {
            out.append("### Errata")
            out.append("")
            for r in errata { out.append(contentsOf: erratumLines(r)) }
        }
        if !d.references.isEmpty {
            out.append("### Comparison with other references")
            out.append("")
            out.append(contentsOf: d.references.map { "- " + $0 })
            out.append("")
        }
        return out
    }
}
