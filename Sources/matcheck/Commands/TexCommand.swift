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
        usage: matcheck tex FILE.md [--json] [--seed N] [--front-matter F.matcheck]

        Reads $…$, $$…$$, \\[…\\], ```math fences and aligned/align/split rows; every '=' is a link,
        checked as a claim. A ```matcheck block (or FILE.matcheck beside the note, or the
        file named by --front-matter) declares
        'where …', 'let …', 'layout: numerator|denominator' and 'gradients: shaped|vec'.
        exit status: 0 all proved/holding/definitions, 1 refuted, 2 not parsed/error/usage,
                     3 inconclusive
        """

    func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(
            arguments, flags: ["--json"], valueOptions: ["--seed", "--front-matter"])
        var options = CheckOptions()
        options.seed = try args.seed(default: 1)
        guard args.positional.count == 1 else {
            throw UsageError(
                args.positional.isEmpty
                    ? "give a Markdown file" : "give one file (found \(args.positional.count))")
        }
        let path = args.positional[0]
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError("cannot read '\(path)'")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw UsageError("'\(path)' is not UTF-8 text")
        }
        // `--front-matter F` names the file; otherwise `FILE.matcheck` beside the note, if any.
        let named = args.value("--front-matter")
        let sidecar = named ?? (path as NSString).deletingPathExtension + ".matcheck"
        let contents = sidecar != path ? FileManager.default.contents(atPath: sidecar) : nil
        if let named, contents == nil {
            throw UsageError("cannot read the front matter '\(named)'")
        }
        let frontMatter = contents.map { String(decoding: $0, as: UTF8.self) }
        let report = NoteChecker(options: options).check(markdown: text, frontMatter: frontMatter)
        if args.flag("--json") {
            for r in report.results { printJSON(TexCommand.json(r)) }
            printJSON(TexCommand.summaryJSON(report))
        } else {
            print(report.text(frontMatterFile: frontMatter == nil ? nil : sidecar))
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
            pairs += CheckCommand.counterexampleJSON(c)
        case .refuted(nil, let message): pairs.append(("reason", .string(message)))
        case .holdsNumerically(let s), .inconclusive(let s), .definition(let s), .error(let s):
            pairs.append(("reason", .string(s)))
        case .proved: break
        }
        pairs.append(("exit", .int(Int(r.verdict.exitCode))))
        return pairs
    }

    static func summaryJSON(_ report: NoteReport) -> [(String, JSONValue)] {
        let counts = report.counts
        var pairs: [(String, JSONValue)] = [
            ("summary", true), ("links", .int(report.results.count)),
            ("parsed", .int(report.parsedCount)),
        ]
        for name in NoteReport.verdictOrder {
            pairs.append((name.replacingOccurrences(of: " ", with: "_"), .int(counts[name] ?? 0)))
        }
        pairs.append(
            ("declared", .array(report.declared.map { .string("\($0.name): \($0.shape)") })))
        pairs.append(
            (
                "front_matter_errors",
                .array(report.frontMatterErrors.map { .string("line \($0.line): \($0.message)") })
            ))
        pairs.append(
            ("unclosed", .array(report.unclosed.map { .string("line \($0.line): \($0.message)") })))
        pairs.append(("exit", .int(Int(report.exitCode))))
        return pairs
    }
}
