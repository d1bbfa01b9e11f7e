import ClaimChecking
import ClaimLanguage
import Foundation
import TexReading

/// `matcheck tex FILE.md [--json] [--seed N]`: checks every `=` link of a
/// note written in Markdown with LaTeX math (docs/tex.md).
///
/// A front-matter file beside the note (`FILE.matcheck`, same name without
/// the extension) is read first when it exists. Exit status as
/// `check --file`: the worst of 2 (not parsed, error), 1 (refuted),
/// 3 (inconclusive), 0.
struct TexCommand: Command {
    let name = "tex"
    let summary = "check every equation link of a Markdown/LaTeX note (see docs/tex.md)"
    let usage = """
        usage: matcheck tex FILE.md [--json] [--seed N]

        Reads $…$, $$…$$, \\[…\\], ```math fences and aligned/align/split rows; every '=' is a link,
        checked as a claim. A ```matcheck block (or FILE.matcheck beside the note) declares
        'where …', 'let …' and 'layout: numerator|denominator'.
        exit status: 0 all proved/holding/definitions, 1 refuted, 2 not parsed/error/usage, 3 inconclusive
        """

    func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, flags: ["--json"], valueOptions: ["--seed"])
        var options = CheckOptions()
        options.seed = try args.seed(default: 1)
        guard args.positional.count == 1 else {
            throw UsageError(args.positional.isEmpty ? "give a Markdown file" : "give one file (found \(args.positional.count))")
        }
        let path = args.positional[0]
        guard let data = FileManager.default.contents(atPath: path) else { throw UsageError("cannot read '\(path)'") }
        guard let text = String(data: data, encoding: .utf8) else {
            throw UsageError("'\(path)' is not UTF-8 text")
        }
        let sidecar = (path as NSString).deletingPathExtension + ".matcheck"
        let frontMatter = sidecar != path ? FileManager.default.contents(atPath: sidecar).map { String(decoding: $0, as: UTF8.self) } : nil
        let report = NoteChecker(options: options).check(markdown: text, frontMatter: frontMatter)
        if args.flag("--json") {
            for r in report.results { printJSON(TexCommand.json(r)) }
            printJSON(TexCommand.summaryJSON(report))
        } else {
            print(TexCommand.text(report, frontMatterFile: frontMatter == nil ? nil : sidecar))
        }
        return report.exitCode
    }

    static func json(_ r: LinkResult) -> [(String, JSONValue)] {
        var pairs: [(String, JSONValue)] = [
            ("line", .int(r.line)), ("link", .int(r.link)), ("latex", .string(r.latex)),
            ("claim", r.claim.map { .string($0) } ?? .null), ("verdict", .string(r.verdict.name)),
        ]
        switch r.verdict {
        case .notParsed(let reason, let column):
            pairs += [("reason", .string(reason)), ("column", .int(column))]
        case .refuted(let c?, _):
            pairs.append(("counterexample", .object([
                ("shape", CheckCommand.shape(c.assignment)), ("seed", .string(String(c.seed))),
                ("entry", .array([.int(c.row + 1), .int(c.col + 1)])),
                ("lhs", .double(c.lhs)), ("rhs", .double(c.rhs)),
                ("residual", .double(c.residual)), ("error_bound", .double(c.errorBound)),
            ])))
        case .refuted(nil, let message): pairs.append(("reason", .string(message)))
        case .holdsNumerically(let s), .inconclusive(let s), .definition(let s), .error(let s):
            pairs.append(("reason", .string(s)))
        case .proved: break
        }
        pairs.append(("exit", .int(Int(r.verdict.exitCode))))
        return pairs
    }

    static let verdictOrder = ["proved", "holds numerically", "definition", "refuted", "inconclusive", "not parsed", "error"]

    static func summaryJSON(_ report: NoteReport) -> [(String, JSONValue)] {
        let counts = report.counts
        var pairs: [(String, JSONValue)] = [("summary", true), ("links", .int(report.results.count)),
                                            ("parsed", .int(report.parsedCount))]
        for name in verdictOrder { pairs.append((name.replacingOccurrences(of: " ", with: "_"), .int(counts[name] ?? 0))) }
        pairs.append(("declared", .array(report.declared.map { .string("\($0.name): \($0.shape)") })))
        pairs.append(("front_matter_errors", .array(report.frontMatterErrors.map { .string("line \($0.line): \($0.message)") })))
        pairs.append(("unclosed", .array(report.unclosed.map { .string("line \($0.line): \($0.message)") })))
        pairs.append(("exit", .int(Int(report.exitCode))))
        return pairs
    }

    static func text(_ report: NoteReport, frontMatterFile: String?) -> String {
        var lines: [String] = []
        if let frontMatterFile { lines.append("front matter: \(frontMatterFile)") }
        for e in report.frontMatterErrors { lines.append("front matter line \(e.line): \(e.message)") }
        for u in report.unclosed { lines.append("line \(u.line): \(u.message)") }
        if !report.declared.isEmpty {
            lines.append("declared by the prose: " + report.declared.map { "\($0.name): \($0.shape) (line \($0.line))" }
                .joined(separator: ", "))
        }
        for r in report.results {
            let latex = r.latex.replacingOccurrences(of: "\n", with: " ")
            lines.append("line \(r.line), link \(r.link): \(r.verdict.name)  \(latex)")
            if let claim = r.claim { lines.append("    claim: \(claim)") }
            switch r.verdict {
            case .proved: break
            case .refuted(let c?, _): lines.append("    counterexample: \(c)")
            default: if let d = r.verdict.detail { lines.append("    \(d)") }
            }
        }
        let counts = report.counts
        let total = report.results.count
        let percent = total == 0 ? 0 : 100 * report.parsedCount / total
        let parts = verdictOrder.compactMap { name in counts[name].map { "\($0) \(name)" } }
        lines.append("summary: \(total) links, \(report.parsedCount) parsed (\(percent) %): " + parts.joined(separator: ", ")
                     + "; exit \(report.exitCode)")
        return lines.joined(separator: "\n")
    }
}
