import ClaimChecking
import Foundation

extension NoteReport {
    /// The verdict names in report order.
    public static let verdictOrder = [
        "proved", "holds numerically", "definition", "refuted", "inconclusive",
        "not parsed", "error",
    ]

    /// The human-readable report of `matcheck tex`: declarations taken from
    /// the prose, one entry per link (line, link, verdict, LaTeX; the claim;
    /// the counterexample or reason), and the summary line.
    public func text(frontMatterFile: String? = nil) -> String {
        var lines: [String] = []
        if let frontMatterFile { lines.append("front matter: \(frontMatterFile)") }
        for e in frontMatterErrors { lines.append("front matter line \(e.line): \(e.message)") }
        for u in unclosed { lines.append("line \(u.line): \(u.message)") }
        if !declared.isEmpty {
            lines.append(
                "declared by the prose: "
                    + declared.map { "\($0.name): \($0.shape) (line \($0.line))" }
                    .joined(separator: ", "))
        }
        for r in results {
            let latex = r.latex.replacingOccurrences(of: "\n", with: " ")
            lines.append("line \(r.line), link \(r.link): \(r.verdict.name)  \(latex)")
            if let claim = r.claim { lines.append("    claim: \(claim)") }
            switch r.verdict {
            case .proved: break
            case .refuted(let c?, _): lines.append("    counterexample: \(c)")
            default: if let d = r.verdict.detail { lines.append("    \(d)") }
            }
        }
        let total = results.count
        let percent = total == 0 ? 0 : 100 * parsedCount / total
        let parts = NoteReport.verdictOrder.compactMap { name in
            counts[name].map { "\($0) \(name)" }
        }
        lines.append(
            "summary: \(total) links, \(parsedCount) parsed (\(percent) %): "
                + parts.joined(separator: ", ")
                + "; exit \(exitCode)")
        return lines.joined(separator: "\n")
    }
}
