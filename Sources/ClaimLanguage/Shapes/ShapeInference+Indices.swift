/// Entries `A[i, j]` and index sums `sum(k, …)`.
extension ShapeInference {
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
}
