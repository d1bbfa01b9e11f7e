/// Shape inference by unification over dimension polynomials.
///
/// Declared symbols have shapes in terms of dimension variables; every
/// undeclared symbol starts with unknown dimensions `?r × ?c`. Each
/// operation adds equations (`A * B`: cols(A) = rows(B)); an equation with
/// one unknown standing alone binds it, products of unknowns wait until
/// other equations fix them. Passes repeat until nothing new is learned;
/// then any symbol with an unknown left is an error that asks for a
/// `where` declaration.
package struct ShapeInference {
    package let claim: Claim
    package var declaredShapes: [String: SymbolicShape] = [:]
    package var symmetric: Set<String> = []
    package var functions: [String: Int?] = [:]
    package var dimensionVariables: Set<String> = []
    package var inferredShapes: [String: SymbolicShape] = [:]
    package var symbolOrder: [String] = []
    package var definitionShapes: [String: SymbolicShape] = [:]
    package var bindings: [String: DimensionPolynomial] = [:]
    package var nextUnknown = 0
    package var deferred: [(DimensionPolynomial, DimensionPolynomial, SourceRange, String)] = []
    package var learned = false
    /// Names of the definitions visible at the current point.
    package var visibleDefinitions: Set<String> = []
    /// Definitions used as the variable of a derivative operator.
    package var differentiatedDefinitions: Set<String> = []
    /// Declared indices (`k: index 1..n`) and their upper bounds.
    var indexRanges: [String: DimensionPolynomial] = [:]
    /// Indices bound by the enclosing `sum(k, …)`s.
    var boundIndices: [String] = []
    /// Indices used outside any sum that binds them.
    var freeIndexUses: Set<String> = []
    /// Whether a `let` definition is being inferred (no free indices there).
    var inDefinition = false
    /// Integer symbols (`k: integer`), treated as dimension variables.
    var integerSymbols: Set<String> = []
    /// Undeclared `I` / `I_n` occurrences (by range): identities of this shape.
    var identityShapes: [SourceRange: SymbolicShape] = [:]
    /// Derivative nodes (by range) whose variable is `vec(X)`, `X'`, `vec(X')` or `entries(S)`.
    var reparametrised: [SourceRange: DerivativeVariable] = [:]
    /// Remarks for the report (a declared `I` that is not the identity).
    var notes: [String] = []

    package init(claim: Claim) { self.claim = claim }

    package func fail(
        _ kind: ClaimError.Kind, _ message: String, _ range: SourceRange?
    ) -> ClaimError {
        ClaimError(kind, message, at: range, in: claim.source)
    }

    package mutating func freshUnknown() -> DimensionPolynomial {
        nextUnknown += 1
        return .variable("?\(nextUnknown)")
    }

    package func dimension(_ d: Dimension) -> DimensionPolynomial {
        switch d {
        case .fixed(let n): return .constant(n)
        case .variable(let name): return .variable(name)
        }
    }

    // MARK: Passes

    package mutating func run() throws -> ResolvedClaim {
        try collectDeclarations()
        var lhs = SymbolicShape.scalar, rhs = SymbolicShape.scalar
        for _ in 0..<8 {
            learned = false
            deferred = []
            visibleDefinitions = []
            for definition in claim.definitions {
                inDefinition = true
                definitionShapes[definition.name] = try infer(definition.expression)
                inDefinition = false
                visibleDefinitions.insert(definition.name)
            }
            lhs = try infer(claim.lhs)
            rhs = try infer(claim.rhs)
            let l = try resolved(lhs, claim.lhs.range), r = try resolved(rhs, claim.rhs.range)
            if !l.isKnownScalar && !r.isKnownScalar {
                try unify(
                    l.rows, r.rows, claim.lhs.range.union(claim.rhs.range),
                    "the two sides have different shapes: \(l) and \(r)")
                try unify(
                    l.cols, r.cols, claim.lhs.range.union(claim.rhs.range),
                    """
                        the two sides have different shapes: \(try resolved(l, claim.lhs.range)) \
                        and \(try resolved(r, claim.rhs.range))
                        """
                )
            }
            if !learned { break }
        }
        if let (x, y, range, message) = deferred.first {
            throw fail(
                .shape,
                "cannot infer the shapes (\(x) = \(y) has unknowns); "
                    + (message.isEmpty ? "" : "while checking \(message); ")
                    + "declare the symbols in a 'where' clause",
                range)
        }
        let freeIndices = claim.declarations.map(\.name).filter { freeIndexUses.contains($0) }
        if !freeIndices.isEmpty {
            // A claim with free indices compares scalars, one pair per value of
            // the indices: each side becomes the column of those values.
            let both = claim.lhs.range.union(claim.rhs.range)
            for (side, shape) in [(claim.lhs, lhs), (claim.rhs, rhs)] {
                let s = try resolved(shape, side.range)
                let message =
                    "a claim with the free indices \(freeIndices.joined(separator: ", ")) compares "
                    + "scalars (one per value of the indices); this side is \(s)"
                try unify(s.rows, .one, side.range, message)
                try unify(s.cols, .one, side.range, message)
            }
            var size = DimensionPolynomial.one
            for index in freeIndices {
                guard let range = indexRanges[index], let product = size * range else {
                    throw fail(.limit, "a dimension is too large to represent", both)
                }
                size = product
            }
            lhs = SymbolicShape(rows: size, cols: .one)
            rhs = lhs
        }
        var finalShapes: [String: SymbolicShape] = [:]
        for name in symbolOrder {
            let shape = try resolved(
                inferredShapes[name] ?? declaredShapes[name] ?? .scalar, claim.lhs.range)
            if shape.rows.hasUnknowns || shape.cols.hasUnknowns {
                throw fail(
                    .shape,
                    """
                        cannot infer the shape of '\(name)' (found \(shape)); declare it in a \
                        'where' clause, e.g. 'where \(name): m x n' or '\(name): scalar'
                        """,
                    firstUse(of: name))
            }
            finalShapes[name] = shape
        }
        var finalDefinitions: [String: SymbolicShape] = [:]
        for (name, shape) in definitionShapes {
            finalDefinitions[name] = try resolved(shape, claim.lhs.range)
        }
        if !reparametrised.isEmpty {
            var again = ShapeInference(
                claim: claimWithPlainVariables(finalShapes.merging(finalDefinitions) { a, _ in a }))
            return try again.run()
        }
        if !identityShapes.isEmpty {
            var again = ShapeInference(claim: try claimWithIdentities())
            return try again.run()
        }
        let l = try resolved(lhs, claim.lhs.range), r = try resolved(rhs, claim.rhs.range)
        var result = ResolvedClaim(
            claim: claim, dimensionVariables: dimensionVariables.sorted(), symbols: symbolOrder,
            symmetricSymbols: symmetric, functions: functions,
            differentiatedDefinitions: differentiatedDefinitions, symbolShapes: finalShapes,
            definitionShapes: finalDefinitions, lhsShape: l, rhsShape: r,
            indexRanges: indexRanges, freeIndices: freeIndices)
        let signed = integerSymbols.subtracting(
            integerSymbolsUsedAsDimensions(in: result))
        result.signedIntegerSymbols = signed
        result.notes =
            notes
            + integerSymbols.sorted().map {
                signed.contains($0)
                    ? """
                        '\($0)' is an integer symbol: checked exactly at \($0) = -2…3 (a \
                        negative power is the inverse's power, where the base is invertible) \
                        and numerically at other values in -4…8
                        """
                    : """
                        '\($0)' is an integer symbol used as a dimension: checked at positive \
                        values only (exactly at \($0) = 1, 2, 3)
                        """
            }
        return result
    }

    /// The integer symbols that size something: a symbol's, a definition's
    /// or a side's shape, an index range, or a dimension argument
    /// (`eye(k)`, `ones(k, 1)`, `comm(k, n)`).
    func integerSymbolsUsedAsDimensions(in resolved: ResolvedClaim) -> Set<String> {
        var used: Set<String> = []
        let shapes =
            Array(resolved.symbolShapes.values) + Array(resolved.definitionShapes.values)
            + [resolved.lhsShape, resolved.rhsShape]
        for s in shapes { used.formUnion(s.rows.variables.union(s.cols.variables)) }
        for range in resolved.indexRanges.values { used.formUnion(range.variables) }
        var stack = claim.definitions.map(\.expression) + [claim.lhs, claim.rhs]
        while let e = stack.popLast() {
            if case .call(let function, let arguments, _) = e, function.takesDimensions {
                used.formUnion(arguments.flatMap { ShapeInference.symbolNames($0) })
            }
            stack.append(contentsOf: e.children)
        }
        return used.intersection(integerSymbols)
    }

    package static func symbolNames(_ expression: Expression) -> [String] {
        var names: [String] = []
        var stack = [expression]
        while let e = stack.popLast() {
            if case .symbol(let name, _) = e { names.append(name) }
            stack.append(contentsOf: e.children)
        }
        return names
    }

    package func firstUse(of name: String) -> SourceRange? {
        var stack = claim.definitions.map(\.expression) + [claim.lhs, claim.rhs]
        while let e = stack.popLast() {
            if case .symbol(name, let r) = e { return r }
            if case .derivative(_, _, name, let r, _) = e { return r }
            stack.append(contentsOf: e.children.reversed())
        }
        return nil
    }
}
