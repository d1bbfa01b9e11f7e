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
