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

    // MARK: Declarations

    package mutating func collectDeclarations() throws {
        var declared: [String: SourceRange] = [:]
        for d in claim.declarations {
            if let previous = declared[d.name] {
                throw fail(.name, "'\(d.name)' is declared twice (first at \(previous))", d.range)
            }
            declared[d.name] = d.range
            switch d.kind {
            case .matrix(let rows, let cols, let isSymmetric):
                for case .variable(let v) in [rows, cols] { dimensionVariables.insert(v) }
                let shape = SymbolicShape(rows: dimension(rows), cols: dimension(cols))
                if isSymmetric && shape.rows != shape.cols {
                    throw fail(
                        .shape,
                        "'\(d.name)' is declared symmetric but its shape \(shape) is not square",
                        d.range)
                }
                if isSymmetric { symmetric.insert(d.name) }
                declaredShapes[d.name] = shape
            case .scalar:
                declaredShapes[d.name] = .scalar
            case .function:
                if BuiltinFunction(rawValue: d.name) != nil {
                    throw fail(
                        .name,
                        """
                            '\(d.name)' is a built-in function and cannot be declared with \
                            '\(d.name): function'; choose another name
                            """,
                        d.range)
                }
                functions[d.name] = .some(nil)
            case .index(let upper):
                if case .variable(let v) = upper { dimensionVariables.insert(v) }
                indexRanges[d.name] = dimension(upper)
            case .integer:
                integerSymbols.insert(d.name)
                dimensionVariables.insert(d.name)
            }
        }
        // Names in dimension positions (eye(n), ones(m, n), zeros(m, n)) that
        // are not declared otherwise are dimension variables too.
        var stack = claim.definitions.map(\.expression) + [claim.lhs, claim.rhs]
        while let e = stack.popLast() {
            if case .call(let function, let arguments, _) = e, function.takesDimensions {
                for name in arguments.flatMap({ ShapeInference.symbolNames($0) })
                where declared[name] == nil {
                    dimensionVariables.insert(name)
                }
            }
            stack.append(contentsOf: e.children)
        }
        collectIdentityDimensions(declared: declared)
        for d in claim.declarations
        where dimensionVariables.contains(d.name) && !integerSymbols.contains(d.name) {
            throw fail(
                .name, "'\(d.name)' is used as a dimension and declared as a symbol", d.range)
        }
        for assumption in claim.assumptions {
            switch assumption {
            case .derivativeVanishes(let name, let order):
                guard functions[name] != nil else {
                    throw fail(
                        .name,
                        "the assumption about \(name)\(String(repeating: "'", count: order)) "
                            + "needs '\(name): function' declared",
                        nil)
                }
                let previous = functions[name] ?? nil
                functions[name] = .some(Swift.min(previous ?? order, order))
            case .symmetric(let name):
                guard let shape = declaredShapes[name] else {
                    throw fail(
                        .name, "'\(name) symmetric' needs '\(name)' declared as a square matrix",
                        nil)
                }
                guard shape.rows == shape.cols else {
                    throw fail(
                        .shape,
                        "'\(name)' is assumed symmetric but its shape \(shape) is not square", nil)
                }
                symmetric.insert(name)
            }
        }
        var defined: Set<String> = []
        for definition in claim.definitions {
            if declared[definition.name] != nil || dimensionVariables.contains(definition.name)
                || defined.contains(definition.name)
            {
                throw fail(
                    .name,
                    """
                        '\(definition.name)' is defined by 'let' and also declared or defined \
                        elsewhere
                        """,
                    definition.range)
            }
            if BuiltinFunction(rawValue: definition.name) != nil
                || DerivativeOperator(rawValue: definition.name) != nil
            {
                throw fail(
                    .name, "'\(definition.name)' is a built-in function and cannot be redefined",
                    definition.range)
            }
            defined.insert(definition.name)
        }
    }

    // MARK: Unification

    package mutating func resolved(
        _ p: DimensionPolynomial, _ range: SourceRange
    ) throws -> DimensionPolynomial {
        guard let s = p.substituting(bindings) else {
            throw fail(.limit, "a dimension is too large to represent", range)
        }
        return s
    }

    package mutating func resolved(_ s: SymbolicShape, _ range: SourceRange) throws -> SymbolicShape
    {
        SymbolicShape(rows: try resolved(s.rows, range), cols: try resolved(s.cols, range))
    }

    /// Requires `a == b`; `message` explains the operation for the error.
    package mutating func unify(
        _ a: DimensionPolynomial, _ b: DimensionPolynomial, _ range: SourceRange, _ message: String
    ) throws {
        let x = try resolved(a, range), y = try resolved(b, range)
        if x == y { return }
        guard let difference = x - y else {
            throw fail(.limit, "a dimension is too large to represent", range)
        }
        if !difference.hasUnknowns {
            throw fail(.shape, message, range)
        }
        // An unknown standing alone (coefficient ±1, in no other term) is solved for;
        // the terms are visited in a fixed order so that the binding (and any message
        // that shows it) does not depend on the process's hash seed.
        let terms = difference.terms.sorted {
            $0.key.joined(separator: "*") < $1.key.joined(separator: "*")
        }
        for (monomial, coefficient) in terms
        where monomial.count == 1 && monomial[0].hasPrefix("?") && Swift.abs(coefficient) == 1 {
            let unknown = monomial[0]
            let others = difference.terms.filter { $0.key != monomial }
            if others.keys.contains(where: { $0.contains(unknown) }) { continue }
            guard let rest = DimensionPolynomial(terms: others).scaled(by: -coefficient) else {
                continue
            }
            bindings[unknown] = rest
            learned = true
            return
        }
        // Single monomials: cancel common factors, then retry.
        if x.terms.count == 1, y.terms.count == 1, let (mx, cx) = x.terms.first,
            let (my, cy) = y.terms.first, cx == cy
        {
            var left = mx, right = my
            for name in mx where right.contains(name) {
                if let i = left.firstIndex(of: name), let j = right.firstIndex(of: name) {
                    left.remove(at: i); right.remove(at: j)
                }
            }
            if left.count < mx.count {
                try unify(
                    DimensionPolynomial(terms: [left: 1]), DimensionPolynomial(terms: [right: 1]),
                    range, message)
                return
            }
        }
        deferred.append((x, y, range, message))
    }

    package mutating func unifyShapes(
        _ a: SymbolicShape, _ b: SymbolicShape, _ range: SourceRange, _ what: String
    ) throws {
        let message = "\(what): \(try resolved(a, range))·\(try resolved(b, range)): shapes differ"
        try unify(a.rows, b.rows, range, message)
        try unify(
            a.cols, b.cols, range,
            "\(what): \(try resolved(a, range))·\(try resolved(b, range)): shapes differ")
    }

    package mutating func product(
        _ a: DimensionPolynomial, _ b: DimensionPolynomial, _ range: SourceRange
    ) throws -> DimensionPolynomial {
        guard let p = try resolved(a, range) * resolved(b, range) else {
            throw fail(.limit, "a dimension is too large to represent", range)
        }
        return p
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

    // MARK: Expressions

    /// The shape of a name used as a value.
    package mutating func symbolShape(_ name: String, _ range: SourceRange) throws -> SymbolicShape
    {
        if visibleDefinitions.contains(name), let s = definitionShapes[name] { return s }
        if claim.definitions.contains(where: { $0.name == name }) {
            throw fail(.name, "'\(name)' is used before its 'let' definition", range)
        }
        if dimensionVariables.contains(name) { return .scalar }
        if functions[name] != nil {
            throw fail(.name, "'\(name)' is a function; apply it as \(name)(…)", range)
        }
        if BuiltinFunction(rawValue: name) != nil || DerivativeOperator(rawValue: name) != nil {
            throw fail(.name, "'\(name)' is a built-in function; apply it as \(name)(…)", range)
        }
        if indexRanges[name] != nil {
            throw fail(
                .name,
                "'\(name)' is an index: use it in an entry such as W[\(name), 1] "
                    + "or as the index of sum(\(name), …)", range)
        }
        if let identity = try identityShape(name, range) { return identity }
        if !symbolOrder.contains(name) { symbolOrder.append(name) }
        if let s = declaredShapes[name] { return s }
        if let s = inferredShapes[name] { return s }
        let s = SymbolicShape(rows: freshUnknown(), cols: freshUnknown())
        inferredShapes[name] = s
        return s
    }

    /// The value of an integer expression built from numbers and dimension
    /// variables with `+ - *` (arguments of `eye`, `ones`, `zeros`, exponents).
    package func integerValue(_ e: Expression) throws -> DimensionPolynomial {
        switch e {
        case .number(let value, let r):
            guard value.isInteger else {
                throw fail(.shape, "expected an integer, found \(value)", r)
            }
            return .constant(value.numerator)
        case .symbol(let name, let r):
            guard dimensionVariables.contains(name) else {
                throw fail(
                    .shape,
                    """
                        expected an integer built from numbers and dimension variables, found \
                        '\(name)'
                        """,
                    r)
            }
            return .variable(name)
        case .negation(let inner, let r):
            guard let v = try integerValue(inner).scaled(by: -1) else {
                throw fail(.limit, "integer too large", r)
            }
            return v
        case .binary(let op, let a, let b, let r):
            let x = try integerValue(a), y = try integerValue(b)
            let result: DimensionPolynomial?
            switch op {
            case .add: result = x + y
            case .subtract: result = x - y
            case .multiply: result = x * y
            default: throw fail(.shape, "only + - * are allowed in an integer expression", r)
            }
            guard let value = result else { throw fail(.limit, "integer too large", r) }
            return value
        case .power(let base, let exponent, let r):
            // Right-associative as parsed (`c^2^3 = c^(2^3)`); a constant,
            // non-negative exponent: repeated multiplication.
            let x = try integerValue(base)
            guard case .number(let k, _) = exponent, k.isInteger, k.numerator >= 0,
                k.numerator <= 64
            else {
                let inner = try integerValue(exponent)
                guard let k = inner.evaluate([:]), k >= 0, k <= 64 else {
                    throw fail(
                        .shape, "an exponent in an integer expression must be a constant in 0...64",
                        exponent.range)
                }
                return try integerPower(x, k, r)
            }
            return try integerPower(x, k.numerator, r)
        default:
            throw fail(
                .shape, "expected an integer built from numbers and dimension variables", e.range)
        }
    }

    func integerPower(
        _ x: DimensionPolynomial, _ k: Int, _ r: SourceRange
    ) throws -> DimensionPolynomial {
        var result = DimensionPolynomial.constant(1)
        for _ in 0..<k {
            guard let next = result * x else { throw fail(.limit, "integer too large", r) }
            result = next
        }
        return result
    }

    package mutating func infer(_ e: Expression) throws -> SymbolicShape {
        switch e {
        case .entry(let base, let indices, let r):
            return try entry(base, indices, r)
        case .indexSum(let index, let indexRange, let body, _):
            return try indexSum(index, indexRange, body)
        case .matrix(let rows, let r):
            return try matrixLiteral(rows, r)
        case .number:
            return .scalar
        case .symbol(let name, let r):
            return try symbolShape(name, r)
        case .negation(let inner, _):
            return try infer(inner)
        case .transpose(let inner, let r):
            let s = try resolved(try infer(inner), r)
            return SymbolicShape(rows: s.cols, cols: s.rows)
        case .binary(let op, let a, let b, let r):
            let x = try resolved(try infer(a), a.range), y = try resolved(try infer(b), b.range)
            return try binary(op, x, y, r)
        case .power(let base, let exponent, let r):
            _ = try integerValue(exponent)
            let s = try resolved(try infer(base), base.range)
            if s.isKnownScalar { return s }
            try unify(
                s.rows, s.cols, r,
                "power: \(s): only a scalar or a square matrix can be raised to a power")
            return try resolved(s, r)
        case .call(let function, let arguments, let r):
            return try call(function, arguments, r)
        case .userFunction(let name, let order, let argument, let r):
            guard functions[name] != nil else {
                let known = BuiltinFunction.allCases.map(\.rawValue).joined(separator: ", ")
                throw fail(
                    .name,
                    """
                        unknown function '\(name)'; declare it with 'where \(name): function' \
                        (built-in: \(known))
                        """,
                    SourceRange(r.start, r.start + name.count + order))
            }
            return try infer(argument)
        case .derivative(let op, let f, let written, let variableRange, let r):
            let form = DerivativeVariable(written)
            let variable = form.name
            if form.form != .plain { reparametrised[r] = form }
            if form.form == .independentEntries && !symmetric.contains(variable) {
                throw fail(
                    .name,
                    """
                        grad_entries: '\(variable)' must be declared symmetric ('\(variable): n x \
                        n symmetric')
                        """,
                    variableRange)
            }
            if claim.definitions.contains(where: { $0.name == variable })
                && !visibleDefinitions.contains(variable)
            {
                throw fail(
                    .name, "\(op.rawValue): '\(variable)' is used before its 'let' definition",
                    variableRange)
            }
            if visibleDefinitions.contains(variable) { differentiatedDefinitions.insert(variable) }
            guard !dimensionVariables.contains(variable) else {
                throw fail(
                    .name, "\(op.rawValue): '\(variable)' is a dimension, not a variable",
                    variableRange)
            }
            if symmetric.contains(variable)
                && (op != .gradient || form.form != .plain && form.form != .independentEntries)
            {
                throw fail(
                    .name,
                    """
                        \(op.rawValue): only grad(f, \(variable)) and grad_entries(f, \(variable)) \
                        are defined for the symmetric matrix '\(variable)' (its entries are not \
                        independent)
                        """,
                    variableRange)
            }
            var x = try resolved(try symbolShape(variable, variableRange), variableRange)
            switch form.form {
            case .plain, .independentEntries: break
            case .transposed: x = SymbolicShape(rows: x.cols, cols: x.rows)
            case .vectorised, .vectorisedTranspose:
                x = SymbolicShape(rows: try product(x.rows, x.cols, r), cols: .one)
            }
            let fs = try resolved(try infer(f), f.range)
            let sizeX = try product(x.rows, x.cols, r)
            switch op {
            case .jacobian:
                return SymbolicShape(rows: try product(fs.rows, fs.cols, r), cols: sizeX)
            case .gradient, .hessian:
                try unify(
                    fs.rows, .one, f.range,
                    "\(op.rawValue): \(fs): the function must be a scalar (1×1)")
                try unify(
                    fs.cols, .one, f.range,
                    "\(op.rawValue): \(fs): the function must be a scalar (1×1)")
                return op == .gradient ? x : SymbolicShape(rows: sizeX, cols: sizeX)
            }
        }
    }

    /// `base[i]` / `base[i, j]`: the ranges of the indices must be the
    /// dimensions they index; a literal index must lie inside them.
    mutating func entry(
        _ base: Expression, _ indices: [Expression],
        _ r: SourceRange
    ) throws -> SymbolicShape {
        let s = try resolved(try infer(base), base.range)
        var positions: [DimensionPolynomial]
        if indices.count == 2 {
            positions = [s.rows, s.cols]
        } else if s.cols.constantValue == 1 {
            positions = [s.rows]
        } else if s.rows.constantValue == 1 {
            positions = [s.cols]
        } else {
            try unify(
                s.cols, .one, r,
                "entry: \(s): one index needs a vector; write two indices for a matrix")
            positions = [s.rows]
        }
        for (index, dimension) in zip(indices, positions) {
            switch index {
            case .symbol(let name, let ir):
                guard let range = indexRanges[name] else {
                    throw fail(
                        .name,
                        "'\(name)' is not a declared index; declare it with "
                            + "'where \(name): index 1..n'", ir)
                }
                if !boundIndices.contains(name) {
                    if inDefinition {
                        throw fail(
                            .name,
                            "the index '\(name)' is free in a 'let' definition; "
                                + "bind it with sum(\(name), …) or use it in the claim", ir)
                    }
                    freeIndexUses.insert(name)
                }
                let indexed = try resolved(dimension, ir)
                try unify(
                    range, dimension, ir,
                    "entry: the index '\(name)' runs over 1..\(range) "
                        + "but indexes a dimension \(indexed) of \(s)")
            case .number(let value, let ir):
                if let size = try resolved(dimension, ir).constantValue, value.numerator > size {
                    throw fail(.shape, "entry: index \(value) is outside 1..\(size) of \(s)", ir)
                }
            default:
                throw fail(
                    .syntax, "an index must be a declared index or a positive integer",
                    index.range)
            }
        }
        return .scalar
    }

    /// `sum(k, body)`: the body with `k` bound; the shape of the body.
    mutating func indexSum(
        _ index: String, _ indexRange: SourceRange,
        _ body: Expression
    ) throws -> SymbolicShape {
        guard indexRanges[index] != nil else {
            throw fail(
                .name,
                "'\(index)' is not a declared index; declare it with "
                    + "'where \(index): index 1..n' (sum(x) sums the entries of x)", indexRange)
        }
        guard !boundIndices.contains(index) else {
            throw fail(
                .name, "the index '\(index)' is already bound by an enclosing sum",
                indexRange)
        }
        boundIndices.append(index)
        defer { boundIndices.removeLast() }
        return try infer(body)
    }

    package mutating func binary(
        _ op: BinaryOperator, _ x: SymbolicShape, _ y: SymbolicShape, _ r: SourceRange
    ) throws -> SymbolicShape {
        switch op {
        case .add, .subtract, .hadamard, .elementDivide:
            if x.isKnownScalar { return y }
            if y.isKnownScalar { return x }
            let what =
                op == .add
                ? "sum"
                : op == .subtract
                    ? "difference" : op == .hadamard ? "Hadamard product" : "elementwise division"
            try unifyShapes(x, y, r, "\(what) \(op.rawValue)")
            return try resolved(x, r)
        case .multiply:
            if x.isKnownScalar { return y }
            if y.isKnownScalar { return x }
            try unify(
                x.cols, y.rows, r,
                "matrix product: \(x)·\(y): inner dimensions \(x.cols) and \(y.rows) differ")
            return try resolved(SymbolicShape(rows: x.rows, cols: y.cols), r)
        case .divide:
            if !y.isKnownScalar {
                try unify(
                    y.rows, .one, r,
                    """
                        division: \(x)·\(y): the divisor must be a scalar (use ./ for elementwise \
                        division)
                        """
                )
                try unify(
                    y.cols, .one, r,
                    """
                        division: \(x)·\(y): the divisor must be a scalar (use ./ for elementwise \
                        division)
                        """
                )
            }
            return x
        case .kronecker:
            return SymbolicShape(
                rows: try product(x.rows, y.rows, r), cols: try product(x.cols, y.cols, r))
        }
    }

    package mutating func call(
        _ function: BuiltinFunction, _ arguments: [Expression], _ r: SourceRange
    ) throws -> SymbolicShape {
        if function.takesDimensions {
            let dims = try arguments.map { try integerValue($0) }
            for (d, a) in zip(dims, arguments) {
                if let c = d.constantValue, c < 1 {
                    throw fail(
                        .shape, "\(function.rawValue): dimension \(c) is not positive", a.range)
                }
            }
            switch function {
            case .eye: return SymbolicShape(rows: dims[0], cols: dims[0])
            case .comm:
                let size = try product(dims[0], dims[1], r)
                return SymbolicShape(rows: size, cols: size)
            default: return SymbolicShape(rows: dims[0], cols: dims.count > 1 ? dims[1] : .one)
            }
        }
        let shapes = try arguments.map { try resolved(try infer($0), $0.range) }
        let s = shapes[0]
        switch function {
        case .vec:
            return SymbolicShape(rows: try product(s.rows, s.cols, r), cols: .one)
        case .diag:
            if s.cols.constantValue == 1 { return SymbolicShape(rows: s.rows, cols: s.rows) }
            if s.rows.constantValue == 1 { return SymbolicShape(rows: s.cols, cols: s.cols) }
            if s.rows.hasUnknowns || s.cols.hasUnknowns {
                // Decided in a later pass, once the argument's shape is known.
                if learned || nextUnknown > 0 {
                    return SymbolicShape(rows: freshUnknown(), cols: freshUnknown())
                }
            }
            try unify(s.rows, s.cols, r, "diag: \(s): expected a vector or a square matrix")
            return SymbolicShape(rows: s.rows, cols: .one)
        case .tr, .det:
            try unify(
                s.rows, s.cols, r,
                "\(function == .tr ? "trace" : "determinant"): \(s): matrix is not square")
            return .scalar
        case .inv:
            try unify(s.rows, s.cols, r, "inverse: \(s): matrix is not square")
            return try resolved(s, r)
        case .sum:
            return .scalar
        case .kron:
            return SymbolicShape(
                rows: try product(s.rows, shapes[1].rows, r),
                cols: try product(s.cols, shapes[1].cols, r))
        case .sigmoid, .tanh, .exp, .log, .softplus, .relu, .step, .abs, .sqrt, .sin, .cos:
            return s
        case .pow:
            guard ShapeInference.constantExponent(arguments[1]) != nil else {
                throw fail(
                    .shape,
                    """
                        elementwise power .^: the exponent must be a constant integer or rational \
                        number
                        """,
                    arguments[1].range)
            }
            return s
        case .norm:
            return .scalar
        case .adj:
            try unify(s.rows, s.cols, r, "adjugate: \(s): matrix is not square")
            return try resolved(s, r)
        case .eye, .ones, .zeros, .comm:
            return s  // handled above
        }
    }
}
