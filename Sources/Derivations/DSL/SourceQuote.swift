/// Where a step stands in its seed note: the 1-based line range, as the
/// file is stored in `notes/seeds/`, and the note's text there, verbatim.
///
/// `verbatim` is a substring of those lines once runs of whitespace are
/// collapsed to one space (LaTeX and Chinese included); a test fails when
/// it is not.
public struct SourceQuote: Sendable, Equatable {
    /// The first and last line (1-based, inclusive).
    public var lines: ClosedRange<Int>
    /// The note's own text on those lines.
    public var verbatim: String

    public init(lines: ClosedRange<Int>, verbatim: String) {
        self.lines = lines
        self.verbatim = verbatim
    }

    /// `text` with every run of whitespace replaced by one space, trimmed.
    public static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
