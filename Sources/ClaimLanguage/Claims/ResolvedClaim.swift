import MatrixNumerics
/// A claim whose names are resolved and whose shapes are inferred: every
/// symbol has a shape in terms of the dimension variables, every
/// operation's operands fit.
///
/// Produced by ``Claim/resolve()``; consumed by the evaluator and the
/// checker (and by provers that work on the AST).
public struct ResolvedClaim: Sendable {
    /// The parsed claim.
    public let claim: Claim
    /// The dimension variables, sorted by name.
    public let dimensionVariables: [String]
    /// The matrix, vector and scalar symbols (declared or inferred), in order
    /// of first appearance; `let`-defined names are not among them.
    public let symbols: [String]
    /// Symbols declared `symmetric`.
    public let symmetricSymbols: Set<String>
    /// Declared elementwise functions, with the order from which their
    /// derivatives vanish (`f'' = 0` gives 2), or `nil`.
    public let functions: [String: Int?]

    /// `let`-defined names used as the variable of a derivative operator
    /// (`grad(C, z)` with `let z = W*a + b`): the derivative holds every
    /// symbol fixed and varies `z` alone, as the notes' `∂C/∂z` does.
    public let differentiatedDefinitions: Set<String>

    /// The indices the claim leaves free (not bound by a `sum`), in the
    /// order of their declarations: the claim holds for every value of them,
    /// and each side evaluates to the column of its values, the first index
    /// varying fastest.
    public let freeIndices: [String]

    package let indexRanges: [String: DimensionPolynomial]
    /// Remarks about how names were read (a declared `I` is not the identity).
    public package(set) var notes: [String] = []
    /// Integer symbols (`k: integer`) used only as exponents and scalars,
    /// never as a dimension: they also take the values `0, -1, -2, …` (a
    /// negative power `X^-k` is `inv(X)^k`, defined where `X` is invertible).
    /// Integer symbols used as a dimension (`eye(k)`) stay positive.
    public package(set) var signedIntegerSymbols: Set<String> = []

    package let symbolShapes: [String: SymbolicShape]
    package let definitionShapes: [String: SymbolicShape]
    package let lhsShape: SymbolicShape
    package let rhsShape: SymbolicShape

    init(
        claim: Claim, dimensionVariables: [String], symbols: [String],
        symmetricSymbols: Set<String>,
        functions: [String: Int?], differentiatedDefinitions: Set<String>,
        symbolShapes: [String: SymbolicShape], definitionShapes: [String: SymbolicShape],
        lhsShape: SymbolicShape, rhsShape: SymbolicShape,
        indexRanges: [String: DimensionPolynomial] = [:], freeIndices: [String] = []
    ) {
        self.claim = claim
        self.dimensionVariables = dimensionVariables
        self.symbols = symbols
        self.symmetricSymbols = symmetricSymbols
        self.functions = functions
        self.differentiatedDefinitions = differentiatedDefinitions
        self.symbolShapes = symbolShapes
        self.definitionShapes = definitionShapes
        self.lhsShape = lhsShape
        self.rhsShape = rhsShape
        self.indexRanges = indexRanges
        self.freeIndices = freeIndices
    }

    /// The upper bound of a declared index at an assignment of the
    /// dimension variables (indices run over `1...bound`).
    public func indexBound(of index: String, at assignment: [String: Int]) -> Int? {
        indexRanges[index]?.evaluate(assignment)
    }

    /// The concrete shape of a symbol or `let`-defined name at an assignment
    /// of the dimension variables; `nil` if the name is unknown or a
    /// dimension is not positive.
    public func shape(of name: String, at assignment: [String: Int]) -> Shape? {
        guard let s = symbolShapes[name] ?? definitionShapes[name] else { return nil }
        return SymbolicShape.concrete(s, assignment)
    }

    /// The shapes of the two sides at an assignment.
    public func sideShapes(at assignment: [String: Int]) -> (lhs: Shape, rhs: Shape)? {
        guard let l = SymbolicShape.concrete(lhsShape, assignment),
            let r = SymbolicShape.concrete(rhsShape, assignment)
        else { return nil }
        return (l, r)
    }

    /// The shape of a symbol or definition with dimension variables, e.g. `(m×n)`.
    public func shapeDescription(of name: String) -> String? {
        (symbolShapes[name] ?? definitionShapes[name])?.description
    }

    /// The shapes of both sides with dimension variables, e.g. `((m·n)×1)`.
    public var sideShapeDescriptions: (lhs: String, rhs: String) {
        (lhsShape.description, rhsShape.description)
    }
}

extension SymbolicShape {
    package static func concrete(_ s: SymbolicShape, _ assignment: [String: Int]) -> Shape? {
        guard let r = s.rows.evaluate(assignment), let c = s.cols.evaluate(assignment), r >= 1,
            c >= 1
        else { return nil }
        return Shape(r, c)
    }
}

extension Claim {
    /// Resolves names and infers every shape.
    /// - Throws: ``ClaimError`` (`.name` or `.shape`) with the caret at the
    ///   offending operation and, for shape errors, both operand shapes.
    public func resolve() throws -> ResolvedClaim {
        var inference = ShapeInference(claim: self)
        return try inference.run()
    }
}
