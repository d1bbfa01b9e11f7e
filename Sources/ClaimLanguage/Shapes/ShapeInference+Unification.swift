/// Unification over dimension polynomials: binding an unknown that stands alone.
extension ShapeInference {
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
}
