import ClaimLanguage

/// Shapes a note writes as subscripts (`A_{n \times o}`, `\begin{bmatrix}…\end{bmatrix}_{m
/// \times 1}`), collected while an equation is parsed: each is checked with the link it
/// belongs to, as a shape annotation.
public final class ShapeSubscripts {
    /// The annotated expression, the tokens of the subscript (`n \times o`) and where it is.
    public private(set) var items: [(expression: Expression, space: [TexToken], offset: Int)] =
        []

    /// An empty collection.
    public init() {}

    /// Records that `expression` is stated to have the shape `space`.
    public func record(_ expression: Expression, space: [TexToken], offset: Int) {
        items.append((expression, space, offset))
    }

    /// Whether a subscript is a shape (`m \times n`, `o \times 1`): it holds a top-level `\times`.
    static func isShape(_ script: [TexToken]) -> Bool {
        var depth = 0
        for t in script {
            if t.kind == .openBrace { depth += 1 }
            if t.kind == .closeBrace { depth -= 1 }
            if depth == 0 && (t.isCommand("times") || t.kind == .other("×")) { return true }
        }
        return false
    }
}
