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
    /// The 1-based line and column of the first character of ``text``.
    public let contentLine: Int
    public let contentColumn: Int

    /// Creates a span.
    public init(kind: Kind, text: String, line: Int, contentLine: Int, contentColumn: Int) {
        self.kind = kind
        self.text = text
        self.line = line
        self.contentLine = contentLine
        self.contentColumn = contentColumn
    }

    /// The 1-based file line and column of a character position in ``text``.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        var line = contentLine, column = contentColumn
        var i = 0
        for c in text {
            if i >= offset { break }
            if c.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
            i += 1
        }
        return (line, column)
    }
}

/// A fenced ```` ```matcheck ```` block: the note's front matter.
public struct FrontMatterBlock: Hashable, Sendable {
    /// The block's lines, without the fences.
    public let text: String
    /// The 1-based line of the first line of ``text``.
    public let firstLine: Int

    /// Creates a block.
    public init(text: String, firstLine: Int) {
        self.text = text
        self.firstLine = firstLine
    }
}
