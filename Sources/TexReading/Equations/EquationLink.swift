/// One `=` link of an equation, as written: `a = b` in `a = b = c`.
///
/// Numbering (see docs/tex.md): ``line`` is the line of the display's
/// opening delimiter, or, inside `aligned`/`align`/`split`, the line that
/// holds the row's `&`; ``link`` is k for the k-th `=` of that display or
/// row, left to right.
public struct EquationLink: Hashable, Sendable {
    /// The 1-based line.
    public let line: Int
    /// The 1-based number of the `=` in its display or row.
    public let link: Int
    /// The tokens of the left side; empty when the link continues the
    /// previous row (`&= c`), whose last side is then the left side.
    public let lhs: [TexToken]
    /// The tokens of the right side.
    public let rhs: [TexToken]
    /// A shape annotation `\in \mathbb{R}^{…}` after the right side (or the
    /// left side, when it is the equation's first).
    public let annotations: [StatedShape]
    /// Whether the link is written as a definition (`:=`, `\coloneqq`, `\triangleq`, `\equiv`).
    public let isDefinitionMark: Bool
    /// Whether the left side is the equation's own first side (not a
    /// middle side of a chain or a continued row).
    public let startsEquation: Bool
    /// The LaTeX of the link (`lhs = rhs`), as written.
    public let latex: String
    /// The math text the token offsets refer to.
    public let source: String
    /// The span the link was found in.
    public let span: MathSpan

    /// Creates a link.
    public init(
        line: Int, link: Int, lhs: [TexToken], rhs: [TexToken], annotations: [StatedShape],
        isDefinitionMark: Bool, startsEquation: Bool, latex: String, source: String, span: MathSpan
    ) {
        self.line = line
        self.link = link
        self.lhs = lhs
        self.rhs = rhs
        self.annotations = annotations
        self.isDefinitionMark = isDefinitionMark
        self.startsEquation = startsEquation
        self.latex = latex
        self.source = source
        self.span = span
    }
}
