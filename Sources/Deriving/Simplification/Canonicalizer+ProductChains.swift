import ClaimLanguage

/// Matrix-product chains: their factors, merged powers and `diag`s, and traces in cyclic order.
extension Canonicalizer {
    /// The factors of a matrix-product chain (scalar factors kept as they are).
    func factors(_ e: Expression) throws -> [Expression] {
        if case .binary(.multiply, let a, let b, _) = e {
            let sa = try algebra.shape(a).isScalar
            let sb = try algebra.shape(b).isScalar
            if !sa && !sb { return try factors(a) + factors(b) }
            if sa && !sb { return [try canonical(a)] + (try factors(b)) }
            if sb && !sa { return [try canonical(b)] + (try factors(a)) }
        }
        if case .negation(let inner, _) = e, !(try algebra.shape(inner).isScalar) {
            return [algebra.number(-1)] + (try factors(inner))
        }
        return [try canonical(e)]
    }

    /// Rebuilds a product chain, merging `X·X = X²`, `Xᵏ·X = Xᵏ⁺¹`, `diag(u)·diag(v)`;
    /// numeric factors of the factors are collected in front.
    func productChain(_ factors: [Expression], depth: Int = 0) throws -> Expression {
        var merged: [Expression] = []
        var coefficient = ExactNumber(1)!
        var stripped: [Expression] = []
        var scalars: [Expression] = []
        for var f in factors {
            while true {
                if case .negation(let inner, _) = f {
                    coefficient = ExactNumber(-coefficient.numerator, coefficient.denominator)!
                    f = inner
                } else if case .binary(.multiply, let c, let rest, _) = f,
                    let v = MatrixAlgebra.numberValue(c),
                    let p = ElementwisePolynomial.product(coefficient, v)
                {
                    coefficient = p
                    f = rest
                } else if case .binary(.divide, let rest, let c, _) = f,
                    try !algebra.shape(rest).isScalar
                {
                    // M/c with c 1×1: 1/c joins the scalar factors, where it may cancel.
                    scalars.append(.binary(.divide, algebra.number(1), c, MatrixAlgebra.here))
                    f = rest
                } else {
                    break
                }
            }
            if let v = MatrixAlgebra.numberValue(f),
                let p = ElementwisePolynomial.product(coefficient, v)
            {
                coefficient = p
            } else if try algebra.shape(f).isScalar {
                scalars.append(f)
            } else {
                stripped.append(f)
            }
        }
        for f in stripped {
            // A⁻¹·A = A·A⁻¹ = I (and transposed).
            if let last = merged.last, Canonicalizer.areInverses(last, f) {
                merged.removeLast()
                continue
            }
            if let last = merged.last {
                let (b1, k1) = Canonicalizer.powerParts(last)
                let (b2, k2) = Canonicalizer.powerParts(f)
                if b1 == b2, !(try algebra.shape(b1).isScalar), let k1, let k2 {
                    merged[merged.count - 1] = try algebra.power(b1, k1 + k2)
                    continue
                }
                if let merge = try symbolicPowerProduct(last, f) {
                    merged[merged.count - 1] = merge
                    continue
                }
                let product = try algebra.multiply(last, f)
                if case .binary(.multiply, _, _, _) = product {
                } else {
                    merged[merged.count - 1] = product
                    continue
                }
            }
            merged.append(f)
        }
        // A merge can uncover M/c (diag(u/c)·1 = u/c): its 1/c joins the scalars once more.
        let quotient = try merged.contains {
            if case .binary(.divide, let m, _, _) = $0 { return try !algebra.shape(m).isScalar }
            return false
        }
        if quotient && depth < 4 {
            return try productChain(
                [algebra.number(coefficient)] + scalars + merged, depth: depth + 1)
        }
        let size = try algebra.shape(factors[0]).rows
        var result = merged.first ?? algebra.identity(size)
        for f in merged.dropFirst() { result = try algebra.multiply(result, f) }
        scalars = try mergedScalarPowers(scalars)
        if let first = scalars.first {
            // One scalar factor in the entrywise normal form: norm(v)·(1/norm(v)) = 1,
            // the numeric coefficient included: 2·(1/2/s) = 1/s.
            var product = first
            for s in scalars.dropFirst() {
                product = .binary(.multiply, product, s, MatrixAlgebra.here)
            }
            if coefficient != ExactNumber(1)! {
                product = .binary(
                    .multiply, algebra.number(coefficient), product, MatrixAlgebra.here)
                coefficient = ExactNumber(1)!
            }
            let scalar = try canonical(product)
            if let v = MatrixAlgebra.numberValue(scalar),
                let p = ElementwisePolynomial.product(coefficient, v)
            {
                coefficient = p
            } else {
                result = try algebra.multiply(scalar, result)
            }
        }
        if coefficient.numerator == 0 { return try algebra.multiply(algebra.number(0), result) }
        return try algebra.multiply(algebra.number(coefficient), result)
    }

    /// `tr(F₁⋯Fₖ)` in a cyclic normal form: of the rotations of the chain
    /// and of its transpose `Fₖᵀ⋯F₁ᵀ` (`tr(ABC) = tr(BCA) = tr(CᵀBᵀAᵀ)`,
    /// valid whenever the product is defined), the one whose text is least;
    /// scalar factors move out in front.
    func cyclicTrace(_ argument: Expression) throws -> Expression {
        let chain = try factors(argument)
        let scalars = try chain.filter { try algebra.shape($0).isScalar }
        let matrices = try chain.filter { try !algebra.shape($0).isScalar }
        guard matrices.count >= 2 else { return algebra.call(.tr, argument) }
        let transposed = try matrices.reversed().map { try algebra.transpose($0) }
        var best: (text: String, product: Expression)?
        for candidate in [matrices, transposed] {
            for shift in 0..<candidate.count {
                let rotated = Array(candidate[shift...] + candidate[..<shift])
                var product = rotated[0]
                for f in rotated.dropFirst() { product = try algebra.multiply(product, f) }
                // Fewest transposes first, then text order.
                let text = ExpressionPrinter.text(product)
                let key = String(format: "%04d", text.filter { $0 == "'" }.count) + text
                if let current = best, current.text <= key { continue }
                best = (key, product)
            }
        }
        var result = algebra.call(.tr, best?.product ?? argument)
        for s in scalars.reversed() { result = try algebra.multiply(s, result) }
        return result
    }
}
