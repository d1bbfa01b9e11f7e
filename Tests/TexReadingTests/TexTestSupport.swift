import ClaimChecking
import ClaimLanguage

@testable import TexReading

/// Reads `latex` as one expression in a note whose front matter is
/// `frontMatter`, and prints the claim-language text it became.
func readTex(_ latex: String, _ frontMatter: String = "") throws -> String {
    let matter = FrontMatter([FrontMatterBlock(text: frontMatter, firstLine: 1)])
    let state = NoteState(matter)
    var parser = TexExpressionParser(
        tokens: TexTokenizer.tokens(latex), environment: state.environment(IndexRegistry()),
        textEnd: latex.count)
    return ClaimPrinter.text(try parser.parseAll())
}

/// The parse error's message for `latex`, or `nil` when it parses.
func texError(_ latex: String, _ frontMatter: String = "") -> String? {
    do {
        _ = try readTex(latex, frontMatter)
        return nil
    } catch let e as TexParseError {
        return e.message
    } catch {
        return "\(error)"
    }
}

/// Checks a Markdown note with a fixed seed.
func checkNote(_ markdown: String, frontMatter: String? = nil) -> NoteReport {
    var options = CheckOptions()
    options.seed = 1
    return NoteChecker(options: options).check(markdown: markdown, frontMatter: frontMatter)
}

extension NoteReport {
    /// `line:link verdict` for every result, in order.
    var summaryLines: [String] { results.map { "\($0.line):\($0.link) \($0.verdict.name)" } }
}
