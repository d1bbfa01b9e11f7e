/// `expr \in \mathbb{R}^{rows \times cols}`: the shape a note states for an
/// expression.
public struct StatedShape: Hashable, Sendable {
    /// The annotated expression's tokens.
    public let expression: [TexToken]
    /// The tokens of the exponent of `\mathbb{R}` (empty for a scalar).
    public let space: [TexToken]
    /// Where the `\in` is.
    public let offset: Int

    /// Creates a stated shape.
    public init(expression: [TexToken], space: [TexToken], offset: Int) {
        self.expression = expression
        self.space = space
        self.offset = offset
    }
}
