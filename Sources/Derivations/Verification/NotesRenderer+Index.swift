// The index page, notes/README.md: the table of notes, the legend and each note's coverage line.

extension NotesRenderer {
    func index(_ notes: [SeedNote], results: [String: DerivationResult]) -> String {
        var out = [NotesRenderer.banner, "", "# MatrixCalculus notes", ""]
        out.append(
            """
                Each page below is one handwritten seed note (in [`seeds/`](seeds/), byte for byte \
                as transcribed) turned into an executable derivation: every line with math is \
                either quoted, verbatim, by a step whose claim `swift test` and `swift run \
                matcheck` check exactly on small concrete shapes and numerically, against finite \
                differences, on larger ones — each link of a chain its own step — or listed on its \
                page, with the reason, as not a claim (setup, prose, a garbled transcription). \
                Lines that are false as written are kept as written, refuted with a \
                counterexample, and followed by the corrected statement; they are collected in \
                [ERRATA.md](ERRATA.md).
                """
        )
        out.append("")
        out.append("| note | derivations | steps | proved | numeric only | errata | unexpected |")
        out.append("|---|---|---|---|---|---|---|")
        var total = (0, 0, 0, 0, 0, 0)
        for note in notes {
            let rs = note.derivations.compactMap { results[$0.id] }
            let steps = rs.reduce(0) { $0 + $1.steps.count }
            let p = rs.reduce(0) { $0 + $1.proved }, n = rs.reduce(0) { $0 + $1.numeric }
            let e = rs.reduce(0) { $0 + $1.errata }, u = rs.reduce(0) { $0 + $1.unexpected }
            out.append(
                """
                    | [\(note.title)](\(note.page).md) | \(note.derivations.count) | \(steps) | \
                    \(p) | \(n) | \(e) | \(u) |
                    """
            )
            total = (
                total.0 + note.derivations.count, total.1 + steps, total.2 + p, total.3 + n,
                total.4 + e, total.5 + u
            )
        }
        out.append(
            """
                | **all notes** | \(total.0) | \(total.1) | \(total.2) | \(total.3) | \(total.4) | \
                \(total.5) |
                """
        )
        out.append("")
        out.append(contentsOf: legend())
        out.append(
            """
                **Verdicts.** *proved*: both sides are exactly equal, entry by entry, over fully \
                symbolic entries, at every shape tried (and, where the index-notation prover \
                applies, for every shape); *numeric only*: equal at every numeric point tried, \
                with no exact proof; *erratum*: the line as written is refuted by a concrete \
                counterexample and the corrected line holds. Jacobians are in numerator layout \
                (`jac(F, X) = ∂vec F/∂(vec X)ᵀ`); each page says how the note's layout maps to \
                ours.
                """
        )
        out.append("")
        return out.joined(separator: "\n")
    }

    /// The legend and the cross-note notation table of `notes/README.md`.
    func legend() -> [String] {
        [
            "**Legend.**",
            "",
            "- *proved* — exactly equal over symbolic entries at every small shape tried "
                + "(dimensions 1 to 3); *proved for every shape* (\"all shapes\") — also proved "
                + "for "
                + "every value of the dimensions by the index-notation normal form.",
            "- *holds numerically* — no exact proof (the reason is given), every numeric point "
                + "agrees within its rounding-error bound.",
            "- *erratum* — the line as written is refuted by a concrete counterexample (or a "
                + "shape assignment), and the corrected line holds; listed in "
                + "[ERRATA.md](ERRATA.md).",
            "- *approximation* — exact under the stated condition (e.g. `f'' = 0`), refuted "
                + "without it, so the size of the dropped term is visible.",
            "- *convention* — only the layout differs (the note's denominator-layout Jacobian "
                + "against our numerator layout); the stated relation is checked.",
            "- *unexpected* — a result that differs from what the catalogue expects (a true "
                + "step not proved, an erratum not refuted). There are none when the catalogue is "
                + "green.",
            "- `dual+FD` — derivatives computed by forward-mode dual numbers and cross-checked "
                + "against Richardson-extrapolated central differences; `direct` — no derivative "
                + "in "
                + "the claim, both sides evaluated directly.",
            "- *not a claim* — a line with math that states nothing to check: setup or a "
                + "definition, prose, or a garbled transcription (each page lists them, with the "
                + "reason).",
            "",
            "**The same letter, different objects.** The notes do not share notation:",
            "",
            "| symbol | 000 | 001 | 002 | 003 | 004 |",
            "|---|---|---|---|---|---|",
            "| `δ` | `∂z^L/∂z^l`, a Jacobian (`n × o`) | `∇_z J`, a gradient | `∂J/∂y^{(l)}` "
                + "w.r.t. the pre-activation `y` | `∂E/∂v_j^r` (textbook) | `∂C/∂z^{[l]}` (and "
                + "once "
                + "`∂H/∂z`) |",
            "| `J` | Jacobian `J(f)`, `J_φ`, `J_L` | the loss | the cost `J(θ)` | Jacobian "
                + "`J^r = [J_y J_θ]` | — |",
            "| `Q` | — | Hessian `∇²_{z^l} J` | — | — | — |",
            "| `y` | an intermediate vector | the label | the pre-activation (and the label) | "
                + "a layer's output | the label |",
            "| `H` | the Hessian of `f` | — | — | — | the network `H(x)` |",
            "| layout | denominator | denominator (`∇`) | entrywise | numerator `J`, column "
                + "gradients | numerator |",
            "",
        ]
    }

    /// The seed note's coverage line, if its text is found.
    func coverageLine(_ note: SeedNote) -> String {
        guard let text = SeedFiles.text(of: note.seed) else {
            return "Coverage: the seed file was not found."
        }
        let c = SeedCoverage(note: note, text: text)
        let listed = c.accounted.count - c.checked.count
        let missing = c.mathLines.count - c.accounted.count
        return "**Coverage:** \(c.checked.count) of the \(c.mathLines.count) lines with math are "
            + "checked by a step; \(listed) are listed below as not a claim; \(missing) "
            + "unaccounted."
    }
}
