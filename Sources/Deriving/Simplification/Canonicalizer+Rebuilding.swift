import ClaimLanguage

/// An entrywise normal form written back as an expression: content, term order, `diag` sums.
extension Canonicalizer {
    func rebuild(_ p: ElementwisePolynomial, like original: Expression) throws -> Expression {
        let shape = try algebra.shape(original)
        // Content: a common numeric factor of every term is written once, in front.
        if p.terms.count >= 2, let content = Canonicalizer.content(p), content != ExactNumber(1),
            let inverse = ExactNumber(content.denominator, content.numerator),
            let reduced = p.scaled(by: inverse)
        {
            return try algebra.multiply(
                algebra.number(content), try rebuild(reduced, like: original))
        }
        // A denominator shared by every term is written once: (x − a)/n.
        if let (common, reduced) = p.commonDenominator() {
            let denominator = try monomial(common.mapValues { -$0 }, coefficient: ExactNumber(1)!)
            return try algebra.elementDivide(try rebuild(reduced, like: original), denominator)
        }
        var terms = p.terms.sorted {
            Canonicalizer.order($0.key, $0.value) < Canonicalizer.order($1.key, $1.value)
        }
        // c·diag(u) + d·diag(v) = diag(c·u + d·v).
        let diagonal = terms.filter { Canonicalizer.diagonalArgument($0.key) != nil }
        if diagonal.count >= 2 {
            var inner = ElementwisePolynomial(terms: [:])
            for (m, c) in diagonal {
                guard let u = Canonicalizer.diagonalArgument(m),
                    let q = try polynomial(u)?.scaled(by: c),
                    let next = inner.adding(q)
                else { return original }
                inner = next
            }
            terms.removeAll { Canonicalizer.diagonalArgument($0.key) != nil }
            let vector = try rebuild(inner, like: Canonicalizer.diagonalArgument(diagonal[0].key)!)
            let merged = try algebra.diagonalMatrix(vector)
            terms.append(([merged: 1], ExactNumber(1)!))
        }
        var result: Expression?
        for (m, c) in terms {
            let magnitude = ExactNumber(Swift.abs(c.numerator), c.denominator)!
            let term = try monomial(m, coefficient: magnitude)
            result =
                c.numerator < 0 ? try algebra.subtract(result, term) : try algebra.add(result, term)
        }
        guard let result else {
            return shape.isScalar
                ? algebra.number(0)
                : .call(.zeros, [shape.rows.expression, shape.cols.expression], MatrixAlgebra.here)
        }
        if try algebra.shape(result) != shape {
            return try algebra.multiply(result, algebra.ones(shape.rows, shape.cols))
        }
        return try collectedCommonFactor(terms, than: result) ?? result
    }

    /// Positive terms first, constants last, then shorter terms and text order.
    static func order(_ m: ElementwisePolynomial.Monomial, _ c: ExactNumber) -> String {
        let text = m.keys.map(key).sorted().joined(separator: ",")
        return (c.numerator < 0 ? "1" : "0") + (m.isEmpty ? "1" : "0")
            + String(format: "%03d", m.count) + text
    }

    static func gcd(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }

    /// The largest rational `g` with every coefficient `g·(integer)` and the
    /// first one positive after division (`nil` when that is 1).
    static func content(_ p: ElementwisePolynomial) -> ExactNumber? {
        var numerator = 0
        var denominator = 1
        for c in p.terms.values {
            numerator = Canonicalizer.gcd(numerator, Swift.abs(c.numerator))
            let g = Canonicalizer.gcd(denominator, c.denominator)
            let (l, o) = (denominator / g).multipliedReportingOverflow(by: c.denominator)
            if o { return nil }
            denominator = l
        }
        let allNegative = p.terms.values.allSatisfy { $0.numerator < 0 }
        return ExactNumber(allNegative ? -numerator : numerator, denominator)
    }

    static func diagonalArgument(_ m: ElementwisePolynomial.Monomial) -> Expression? {
        guard m.count == 1, let (f, k) = m.first, k == 1, case .call(.diag, let args, _) = f else {
            return nil
        }
        return args[0]
    }

    func monomial(
        _ m: ElementwisePolynomial.Monomial, coefficient: ExactNumber
    ) throws
        -> Expression
    {
        let ordered = m.sorted { Canonicalizer.key($0.key) < Canonicalizer.key($1.key) }
        var numerator: Expression?
        var denominator: Expression?
        for (f, k) in ordered {
            let scalar = try algebra.shape(f).isScalar
            let magnitude = Swift.abs(k)
            let powered: Expression =
                magnitude == 1
                ? f
                : scalar
                    ? .power(f, algebra.number(magnitude), MatrixAlgebra.here)
                    : .call(.pow, [f, algebra.number(magnitude)], MatrixAlgebra.here)
            if k > 0 {
                numerator = try numerator.map { try algebra.hadamard($0, powered) } ?? powered
            } else {
                denominator = try denominator.map { try algebra.hadamard($0, powered) } ?? powered
            }
        }
        var value: Expression
        if let numerator {
            value =
                coefficient == ExactNumber(1)
                ? numerator : try algebra.multiply(algebra.number(coefficient), numerator)
        } else {
            value = algebra.number(coefficient)
        }
        if let denominator { value = try algebra.elementDivide(value, denominator) }
        return value
    }
}
