/// Why a piece of LaTeX could not be read as a claim: the message and the
/// character position (0-based, in the display's text) it is about.
public struct TexParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, in words (`unknown macro \foo`, `unbalanced '{'`).
    public let message: String
    /// The character position in the math text.
    public let offset: Int

    /// Creates an error about `offset`.
    public init(_ message: String, at offset: Int) {
        self.message = message
        self.offset = offset
    }

    /// The message and the 1-based column.
    public var description: String { "\(message) (column \(offset + 1))" }
}
