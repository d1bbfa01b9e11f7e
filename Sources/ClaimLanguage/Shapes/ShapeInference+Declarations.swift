/// Declarations: `where` clauses, assumptions and `let` definitions.
extension ShapeInference {
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
}
