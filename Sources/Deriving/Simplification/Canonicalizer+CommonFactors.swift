import ClaimLanguage

extension Canonicalizer {
    /// A sum of matrix products sharing a right or left factor, with that
    /// factor written once: `A*x + A'*x = (A + A')*x`,
    /// `2*B*X*C - A*X*C = (2*B - A)*X*C`, `X'*A + X'*B = X'*(A + B)`.
    /// Applies only when every term is a product chain with the common
    /// factor and something else beside it (no identity is made up), and
    /// only when the result has fewer nodes; `nil` otherwise. Distributivity
    /// holds for every shape, so the result is equal everywhere.
    func collectedCommonFactor(
        _ terms: [(key: ElementwisePolynomial.Monomial, value: ExactNumber)],
        than current: Expression
    ) throws -> Expression? {
        guard terms.count >= 2 else { return nil }
        var chains: [(scalars: [Expression], matrices: [Expression], coefficient: ExactNumber)] = []
        for (monomial, coefficient) in terms {
            // Scalar factors, and one matrix factor to the first power.
            var scalars: [Expression] = []
            var matrices: [Expression] = []
            let ordered = monomial.sorted {
                Canonicalizer.key($0.key) < Canonicalizer.key($1.key)
            }
            for (atom, power) in ordered {
                if try algebra.shape(atom).isScalar {
                    scalars.append(
                        power == 1 ? atom : .power(atom, algebra.number(ExactNumber(power)!),
                            MatrixAlgebra.here))
                } else {
                    guard power == 1, matrices.isEmpty else { return nil }
                    try flattenChain(atom, scalars: &scalars, matrices: &matrices)
                }
            }
            guard !matrices.isEmpty else { return nil }
            chains.append((scalars, matrices, coefficient))
        }
        // One matrix part in every term: its scalar coefficients are summed,
        // X'^k + k*X'^k = (k + 1)*X'^k.
        if chains.allSatisfy({ $0.matrices == chains[0].matrices }) {
            var inner: Expression?
            for chain in chains {
                var term = algebra.number(
                    ExactNumber(Swift.abs(chain.coefficient.numerator),
                        chain.coefficient.denominator)!)
                for s in chain.scalars { term = try algebra.multiply(term, s) }
                inner =
                    chain.coefficient.numerator < 0
                    ? try algebra.subtract(inner, term) : try algebra.add(inner, term)
            }
            guard let inner else { return nil }
            let candidate = try algebra.multiply(
                try canonical(inner), try product(chains[0].matrices))
            return Canonicalizer.nodeCount(candidate) < Canonicalizer.nodeCount(current)
                ? candidate : nil
        }
        guard chains.allSatisfy({ $0.matrices.count >= 2 }) else { return nil }
        func commonLength(_ sequences: [[Expression]]) -> Int {
            let shortest = sequences.map(\.count).min() ?? 0
            var n = 0
            // Leave every term at least one factor of its own.
            while n < shortest - 1, sequences.allSatisfy({ $0[n] == sequences[0][n] }) { n += 1 }
            return n
        }
        let suffix = commonLength(chains.map { Array($0.matrices.reversed()) })
        let prefix = commonLength(chains.map(\.matrices))
        var best: (size: Int, expression: Expression)?
        for (length, onTheRight) in [(suffix, true), (prefix, false)] where length > 0 {
            var inner: Expression?
            for chain in chains {
                let rest =
                    onTheRight
                    ? Array(chain.matrices.dropLast(length))
                    : Array(chain.matrices.dropFirst(length))
                var term = try product(rest)
                for s in chain.scalars.reversed() { term = try algebra.multiply(s, term) }
                let magnitude = ExactNumber(Swift.abs(chain.coefficient.numerator),
                    chain.coefficient.denominator)!
                term = try algebra.multiply(algebra.number(magnitude), term)
                inner =
                    chain.coefficient.numerator < 0
                    ? try algebra.subtract(inner, term) : try algebra.add(inner, term)
            }
            guard let inner else { continue }
            let shared =
                onTheRight
                ? Array(chains[0].matrices.suffix(length))
                : Array(chains[0].matrices.prefix(length))
            let collected = try canonical(inner)
            let candidate =
                onTheRight
                ? try algebra.multiply(collected, try product(shared))
                : try algebra.multiply(try product(shared), collected)
            let size = Canonicalizer.nodeCount(candidate)
            if best.map({ size < $0.size }) ?? true { best = (size, candidate) }
        }
        guard let best, best.size < Canonicalizer.nodeCount(current) else { return nil }
        return best.expression
    }

    /// The number of nodes of `e`'s tree.
    static func nodeCount(_ e: Expression) -> Int {
        e.children.reduce(1) { $0 + nodeCount($1) }
    }

    /// The scalar and the matrix factors of a product, in order.
    func flattenChain(
        _ e: Expression, scalars: inout [Expression], matrices: inout [Expression]
    ) throws {
        if case .binary(.multiply, let a, let b, _) = e {
            try flattenChain(a, scalars: &scalars, matrices: &matrices)
            try flattenChain(b, scalars: &scalars, matrices: &matrices)
        } else if try algebra.shape(e).isScalar {
            scalars.append(e)
        } else {
            matrices.append(e)
        }
    }

    /// `F₁·F₂⋯Fₖ` (k ≥ 1).
    func product(_ factors: [Expression]) throws -> Expression {
        var result = factors[0]
        for f in factors.dropFirst() { result = try algebra.multiply(result, f) }
        return result
    }
}

extension Canonicalizer {
    /// Scalar factors with one base merged when an exponent is symbolic:
    /// `det(X)·det(X)^(k - 1) = det(X)^k` (equal wherever both sides are
    /// defined; constant exponents merge in the entrywise normal form).
    func mergedScalarPowers(_ scalars: [Expression]) throws -> [Expression] {
        func parts(_ e: Expression) -> (Expression, Expression) {
            if case .power(let base, let k, _) = e { return (base, k) }
            return (e, algebra.number(1))
        }
        var merged: [Expression] = []
        for s in scalars {
            let (base, k) = parts(s)
            if let i = merged.firstIndex(where: { parts($0).0 == base }) {
                let j = parts(merged[i]).1
                if MatrixAlgebra.numberValue(j) == nil || MatrixAlgebra.numberValue(k) == nil {
                    let exponent = try canonical(.binary(.add, j, k, MatrixAlgebra.here))
                    merged[i] =
                        MatrixAlgebra.numberValue(exponent) == ExactNumber(1)
                        ? base : .power(base, exponent, MatrixAlgebra.here)
                    continue
                }
            }
            merged.append(s)
        }
        return merged
    }
}

extension Canonicalizer {
    /// Scalar factors of one base with a symbolic exponent among them
    /// merged in a product's exponents: `det(X)·det(X)^(k - 1) = det(X)^k`,
    /// `c^k·c^k = c^(2*k)` (equal wherever both sides are defined). Bases
    /// with a single factor are left as they are.
    func mergeSymbolicPowers(_ exponents: inout [Expression: Int]) throws {
        var symbolic: [Expression: (exponent: Expression, count: Int)] = [:]
        for (f, k) in exponents where k != 0 {
            guard case .power(let b, let s, _) = f, MatrixAlgebra.numberValue(s) == nil,
                try algebra.shape(b).isScalar
            else { continue }
            let term: Expression =
                k == 1
                ? s : .binary(.multiply, algebra.number(ExactNumber(k)!), s, MatrixAlgebra.here)
            let known = symbolic[b]
            symbolic[b] = (
                known.map { .binary(.add, $0.exponent, term, MatrixAlgebra.here) } ?? term,
                (known?.count ?? 0) + 1
            )
        }
        for (b, merged) in symbolic {
            let integer = exponents[b] ?? 0
            guard merged.count + (integer != 0 ? 1 : 0) >= 2 else { continue }
            for f in Array(exponents.keys) {
                if case .power(let base, let s, _) = f, base == b,
                    MatrixAlgebra.numberValue(s) == nil
                {
                    exponents[f] = nil
                }
            }
            exponents[b] = nil
            let total =
                integer == 0
                ? merged.exponent
                : .binary(
                    .add, merged.exponent, algebra.number(ExactNumber(integer)!),
                    MatrixAlgebra.here)
            let exponent = try canonical(total)
            if let v = MatrixAlgebra.numberValue(exponent), v.isInteger {
                if v.numerator != 0 { exponents[b, default: 0] += v.numerator }
            } else {
                exponents[.power(b, exponent, MatrixAlgebra.here), default: 0] += 1
            }
        }
    }
}
