/// An error in a claim: a syntax error, a shape error, an undeclared or
/// misused name, or an exceeded limit. Every error carries the claim's text
/// and the range it is about, so ``description`` can show a caret:
///
/// ```
/// shape error at column 9: matrix product A * B: (m×n)·(p×q): inner dimensions n and p differ
///   A' * A * B == B where A: m x n, B: p x q
///          ^
/// ```
public struct ClaimError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong, broadly.
    public enum Kind: String, Sendable {
        /// The text does not follow the grammar.
        case syntax = "syntax error"
        /// Operand shapes do not fit an operation, or cannot be inferred.
        case shape = "shape error"
        /// A name is unknown, declared twice or used as the wrong kind of thing.
        case name = "name error"
        /// An explicit limit (nesting depth, length, number size) was exceeded.
        case limit = "limit exceeded"
    }

    /// The broad category.
    public let kind: Kind
    /// The message, naming the operation and, for shape errors, both shapes.
    public let message: String
    /// Where in ``source`` the error is; `nil` for errors about the whole claim.
    public let range: SourceRange?
    /// The text the range refers to.
    public let source: String

    /// Creates an error about `range` in `source`.
    public init(_ kind: Kind, _ message: String, at range: SourceRange?, in source: String) {
        self.kind = kind
        self.message = message
        self.range = range
        self.source = source
    }

    /// The first line (`kind at column c: message`), without the caret display.
    public var summary: String {
        if let range { return "\(kind.rawValue) at \(range): \(message)" }
        return "\(kind.rawValue): \(message)"
    }

    /// The summary, then the claim's line with a caret under the range.
    public var description: String {
        guard let range else { return summary }
        let characters = Array(source)
        // Show the line that contains the range start.
        var lineStart = Swift.min(range.start, characters.count)
        while lineStart > 0, characters[lineStart - 1] != "\n" { lineStart -= 1 }
        var lineEnd = Swift.min(range.start, characters.count)
        while lineEnd < characters.count, characters[lineEnd] != "\n" { lineEnd += 1 }
        var line = String(characters[lineStart..<lineEnd])
        var caretColumn = range.start - lineStart
        var width = Swift.max(1, Swift.min(range.end, lineEnd + 1) - range.start)
        // Keep very long claims readable: show a window around the caret.
        if line.count > 120 {
            let from = Swift.max(0, caretColumn - 60)
            let to = Swift.min(line.count, from + 120)
            let lineCharacters = Array(line)
            line =
                (from > 0 ? "…" : "") + String(lineCharacters[from..<to])
                + (to < line.count ? "…" : "")
            caretColumn = caretColumn - from + (from > 0 ? 1 : 0)
            width = Swift.min(width, 120)
        }
        let caret =
            String(repeating: " ", count: caretColumn) + "^"
            + String(repeating: "~", count: Swift.max(0, width - 1))
        return summary + "\n  " + line + "\n  " + caret
    }
}
