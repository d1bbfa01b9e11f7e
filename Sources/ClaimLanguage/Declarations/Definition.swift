/// `let NAME = expr;`: a definition that later expressions (and derivative
/// operators) see through.
public struct Definition: Hashable, Sendable {
    /// The defined name.
    public let name: String
    /// Its defining expression.
    public let expression: Expression
    /// Where the name is written.
    public let range: SourceRange

    public init(name: String, expression: Expression, range: SourceRange) {
        self.name = name
        self.expression = expression
        self.range = range
    }
}
