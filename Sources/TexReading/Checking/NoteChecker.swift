import ClaimChecking
import ClaimLanguage

/// Checks every `=` link of a Markdown note written in LaTeX: `matcheck tex`.
///
/// The note is read top to bottom. Front matter (```` ```matcheck ````
/// blocks, or a `.matcheck` file beside the note) applies from the start;
/// prose declarations (`$W \in \mathbb{R}^{n\times m}$`) and definitions
/// apply from where they are written. Each link becomes a claim over the
/// names it uses (with the definitions and declarations those need) and is
/// checked by ``ClaimChecker``; nothing is skipped silently.
///
/// **Definitions.** A link is a *definition* when its left side is a bare
/// name that is the equation's own first side, neither declared nor
/// defined before, and absent from the right side (`z = Wa + b`), or when
/// it is written `:=`, `\coloneqq`, `\triangleq`. A link that restates a
/// definition exactly is reported as a definition too. A name declared in
/// `where` (or in the prose) is never defined by an equation: its
/// equation is checked.
public struct NoteChecker: Sendable {
    /// The most links checked in one note; later links are reported as
    /// `not parsed`, so that a pathological file ends in bounded time.
    public static let maximumCheckedLinks = 2_000

    /// The checker's options (seed, budgets).
    public var options: CheckOptions

    /// A checker with the given options.
    public init(options: CheckOptions = CheckOptions()) {
        self.options = options
    }

    /// Checks `markdown`; `frontMatter` is extra front matter read first
    /// (the contents of a `.matcheck` file beside the note).
    public func check(markdown: String, frontMatter: String? = nil) -> NoteReport {
        let scanner = MarkdownScanner(markdown)
        var blocks: [FrontMatterBlock] = []
        if let frontMatter {
            blocks.append(FrontMatterBlock(text: frontMatter, firstLine: 1))
        }
        blocks += scanner.frontMatter
        let matter = FrontMatter(blocks)
        var state = NoteState(matter)
        var results: [LinkResult] = []
        var linksOnLine: [Int: Int] = [:]
        for span in scanner.spans {
            var splitter = EquationSplitter(span)
            // Several inline formulas on one line: their links keep counting.
            if span.kind == .inline, let before = linksOnLine[span.line], before > 0 {
                splitter.renumber(from: before)
            }
            for link in splitter.links {
                linksOnLine[link.line] = max(linksOnLine[link.line] ?? 0, link.link)
            }
            for annotation in splitter.declarations {
                state.declare(annotation, span: span)
            }
            for link in splitter.links {
                if results.count >= NoteChecker.maximumCheckedLinks {
                    results.append(
                        LinkResult(
                            line: link.line, link: link.link, latex: link.latex, claim: nil,
                            verdict: .notParsed(
                                """
                                    the note has more than \(NoteChecker.maximumCheckedLinks) \
                                    links; this one is not checked
                                    """,
                                column: link.span.location(of: link.rhs.first?.offset ?? 0).column),
                            report: nil))
                    continue
                }
                results.append(state.check(link, options: options))
            }
            if let standalone = splitter.standalone {
                state.continueFrom(standalone, span: span)
            }
        }
        return NoteReport(
            results: results, frontMatterErrors: matter.errors,
            unclosed: scanner.unclosed, declared: state.proseDeclarations)
    }
}
