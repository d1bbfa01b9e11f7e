/// A piece of LaTeX math found in a Markdown file: its text and where each
/// of its characters sits in the file.
public struct MathSpan: Hashable, Sendable {
    /// How the math was written.
    public enum Kind: String, Hashable, Sendable {
        /// `$…$` inside a line of prose.
        case inline
        /// `$$…$$` or `\[…\]`.
        case display
        /// A fenced ```` ```math ```` block.
        case fence
    }

    /// How it was written.
    public let kind: Kind
    /// The math, without its delimiters.
    public let text: String
    /// The 1-based line of the opening delimiter (`$$`, `\[`, the fence).
    public let line: Int
    /// The 1-based line of the first character of ``text``.
    public let contentLine: Int
    /// The 1-based column of the first character of ``text``.
    public let contentColumn: Int

    /// The character positions of the newlines in ``text``.
    let newlines: [Int]

    /// Creates a span.
    public init(kind: Kind, text: String, line: Int, contentLine: Int, contentColumn: Int) {
        self.kind = kind
        self.text = text
        self.line = line
        self.contentLine = contentLine
        self.contentColumn = contentColumn
        newlines = text.enumerated().filter { $0.element.isNewline }.map(\.offset)
    }

    /// The 1-based file line and column of a character position in ``text``.
    /// - Complexity: O(log n) in the number of lines.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        // The number of newlines before `offset`.
        var low = 0
        var high = newlines.count
        while low < high {
            let mid = (low + high) / 2
            if newlines[mid] < offset { low = mid + 1 } else { high = mid }
        }
        if low == 0 { return (contentLine, contentColumn + offset) }
        return (contentLine + low, offset - newlines[low - 1])
    }
}
