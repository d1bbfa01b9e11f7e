/// One dimension of an expression's shape: a polynomial in the dimension
/// variables (`m`, `m·n`, `n + 1`), compared exactly.
public struct ShapeDimension: Hashable, Sendable, CustomStringConvertible {
    let polynomial: DimensionPolynomial

    /// A fixed dimension.
    public init(_ value: Int) { polynomial = .constant(value) }

    init(_ polynomial: DimensionPolynomial) { self.polynomial = polynomial }

    /// The value when the dimension has no variables.
    public var constantValue: Int? { polynomial.constantValue }

    /// Whether the dimension is exactly 1.
    public var isOne: Bool { constantValue == 1 }

    /// The product of two dimensions; `nil` on overflow.
    public static func * (a: ShapeDimension, b: ShapeDimension) -> ShapeDimension? {
        (a.polynomial * b.polynomial).map(ShapeDimension.init)
    }

    /// The dimension as an integer expression of the claim language (`m*n`).
    public var expression: Expression { ShapeInference.expression(polynomial, SourceRange(0, 0)) }

    /// `m·n`.
    public var description: String { polynomial.description }
}

/// The shape `rows × cols` of an expression, in the dimension variables.
public struct ExpressionShape: Hashable, Sendable, CustomStringConvertible {
    /// The number of rows.
    public let rows: ShapeDimension
    /// The number of columns.
    public let cols: ShapeDimension

    public init(rows: ShapeDimension, cols: ShapeDimension) {
        self.rows = rows
        self.cols = cols
    }

    /// Whether the shape is `1×1`.
    public var isScalar: Bool { rows.isOne && cols.isOne }

    /// Whether the shape is `n×1` or `1×n` (or `1×1`).
    public var isVector: Bool { rows.isOne || cols.isOne }

    /// The number of entries `rows · cols`; `nil` on overflow.
    public var count: ShapeDimension? { rows * cols }

    /// `(m×n)`.
    public var description: String {
        SymbolicShape(rows: rows.polynomial, cols: cols.polynomial).description
    }
}

extension ResolvedClaim {
    /// The shape of `expression`, which may use the claim's symbols,
    /// definitions and dimension variables (an expression built from the
    /// claim's parts, e.g. a derived result).
    /// - Throws: ``ClaimError`` when the operands do not fit or a shape is unknown.
    public func shape(of expression: Expression) throws -> ExpressionShape {
        var inference = ShapeInference(claim: claim)
        try inference.collectDeclarations()
        for (name, shape) in symbolShapes { inference.declaredShapes[name] = shape }
        for name in symbols where !inference.symbolOrder.contains(name) {
            inference.symbolOrder.append(name)
        }
        inference.definitionShapes = definitionShapes
        inference.visibleDefinitions = Set(definitionShapes.keys)
        let s = try inference.resolved(try inference.infer(expression), expression.range)
        guard !s.rows.hasUnknowns, !s.cols.hasUnknowns else {
            throw ClaimError(.shape, "cannot infer the shape \(s)", at: nil, in: claim.source)
        }
        return ExpressionShape(rows: ShapeDimension(s.rows), cols: ShapeDimension(s.cols))
    }
}
