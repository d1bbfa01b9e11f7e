import ClaimChecking

// A step, an erratum and a derivation's shapes, as lines of a page.

extension NotesRenderer {
    func stepLines(_ number: Int, _ r: StepResult, seed: String) -> [String] {
        let s = r.step
        let marker = "\(number). "
        let pad = String(repeating: " ", count: marker.count)
        var out = [marker + "**\(s.title)** — \(s.kind.rawValue), \(statusWord(r))", ""]
        if let quote = s.quote {
            let link = lineLink(seed, quote.lines)
            out.append(pad + "The note, [\(lineWords(quote.lines))](\(link)), verbatim:")
            out.append("")
            out.append(contentsOf: fenced("text", SourceQuote.collapsed(quote.verbatim), pad))
            out.append("")
            out.append(pad + "Checked, in LaTeX:")
            out.append("")
        }
        out.append(contentsOf: fenced("math", oneLine(s.noteLatex), pad))
        out.append("")
        if let fix = s.correction {
            out.append(pad + "Corrected:")
            out.append("")
            out.append(contentsOf: fenced("math", oneLine(fix.latex), pad))
            out.append("")
        }
        if let shape = s.shape {
            out.append(
                pad
                    + "Annotation: `\(shape.expression)` is `\(shape.rows) × \(shape.cols)`. "
                    + "\(evidence(r.asWritten))"
            )
        } else {
            out.append(
                pad + "Claim: `\(s.claim)`"
                    + (s.exactUnder.isEmpty
                        ? "" : " (under `\(s.exactUnder.joined(separator: ", "))`)"))
            out.append("")
            out.append(pad + "Evidence: \(evidence(r.asWritten))")
        }
        if let w = r.withoutCondition {
            out.append("")
            out.append(
                pad + "Without `\(s.exactUnder.joined(separator: ", "))`: \(w.verdict.rawValue)"
                    + (w.detail.isEmpty ? "." : " — \(w.detail)"))
        }
        if let c = r.corrected {
            out.append("")
            if let fix = s.correctedShape {
                out.append(
                    pad
                        + "Corrected: `\(fix.expression)` is `\(fix.rows) × \(fix.cols)`: "
                        + "\(evidence(c))"
                )
            } else if let fix = s.correction {
                out.append(pad + "Corrected: `\(fix.claim)` — \(evidence(c))")
            }
        }
        if let remark = s.remark {
            out.append("")
            out.append(pad + "" + remark)
        }
        if let problem = r.problem {
            out.append("")
            out.append(pad + "**Unexpected:** \(problem)")
        }
        out.append("")
        return out
    }

    func erratumLines(_ r: StepResult) -> [String] {
        let s = r.step
        var out = ["- **\(s.title)**" + (s.quote.map { " (\(lineWords($0.lines)))" } ?? ""), ""]
        out.append("  As written:")
        out.append("")
        out.append(contentsOf: fenced("math", oneLine(s.noteLatex), "  "))
        out.append("")
        out.append(
            """
                  Counterexample: \
                \(r.asWritten.detail.isEmpty ? r.asWritten.verdict.rawValue : r.asWritten.detail)
                """
        )
        out.append("")
        if let fix = s.correction {
            out.append("  Corrected (\(r.corrected.map { $0.verdict.rawValue } ?? "not checked")):")
            out.append("")
            out.append(contentsOf: fenced("math", oneLine(fix.latex), "  "))
            out.append("")
            out.append("  " + fix.explanation)
        } else if let fix = s.correctedShape {
            out.append(
                "  Corrected: `\(fix.expression)` is `\(fix.rows) × \(fix.cols)` — "
                    + "\(r.corrected.map { $0.verdict.rawValue } ?? "not checked").")
            if let remark = s.remark {
                out.append("")
                out.append("  " + remark)
            }
        }
        out.append("")
        return out
    }

    func shapesLines(_ result: DerivationResult) -> [String] {
        var exact = Set<String>()
        var methods = Set<String>()
        var worst: Double?
        for r in result.steps {
            for o in [r.asWritten, r.corrected].compactMap({ $0 }) where o.verdict.holds {
                exact.formUnion(o.shapesProved)
                if !o.method.isEmpty { methods.insert(o.method) }
                if let e = o.maxNumericError { worst = max(worst ?? 0, e) }
            }
        }
        var out: [String] = []
        out.append(
            "- Checked exactly at: "
                + (exact.isEmpty ? "none (see the steps)." : shapeSummary(Array(exact)) + "."))
        out.append(
            "- Checked numerically by: "
                + (methods.isEmpty
                    ? "none."
                    : methods.sorted().joined(separator: "; ")
                        + "; largest relative error \(magnitude(worst))."))
        return out
    }
}
