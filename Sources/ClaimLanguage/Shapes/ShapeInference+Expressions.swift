/// The shape of each expression: names, integer values and the expression tree.
extension ShapeInference {
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
}
