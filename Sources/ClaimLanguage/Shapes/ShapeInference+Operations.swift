/// Binary operators and built-in calls.
extension ShapeInference {
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
