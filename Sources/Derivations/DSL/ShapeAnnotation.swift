/// A shape annotation: `expression` has `rows × cols` (dimension variables
/// and products of them allowed, e.g. `m*n`).
public struct ShapeAnnotation: Sendable, Equatable {
    public var expression: String
    public var rows: String
    public var cols: String

    public init(_ expression: String, rows: String, cols: String) {
        self.expression = expression
        self.rows = rows
        self.cols = cols
    }
}
