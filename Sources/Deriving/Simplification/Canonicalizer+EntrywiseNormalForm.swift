import ClaimLanguage

/// Entrywise arithmetic in the normal form of ``ElementwisePolynomial``, and the order of factors.
extension Canonicalizer {
    /// Whether `e` is a node the entrywise normal form handles.
    func isEntrywiseArithmetic(_ e: Expression) -> Bool {
        switch e {
        case .binary(let op, let a, let b, _):
            switch op {
            case .add, .subtract, .hadamard, .elementDivide, .divide: return true
            case .multiply:
                return (try? algebra.shape(a).isScalar || algebra.shape(b).isScalar) == true
            case .kronecker: return false
            }
        case .negation: return true
        case .call(.pow, let args, _): return MatrixAlgebra.numberValue(args[1])?.isInteger == true
        case .power(let base, let k, _):
            return MatrixAlgebra.numberValue(k)?.isInteger == true
                && (try? algebra.shape(base).isScalar) == true
        default: return false
        }
    }

    /// The normal form of an entrywise-arithmetic node (`nil`: too large or overflow).
    func polynomial(_ e: Expression) throws -> ElementwisePolynomial? {
        if let v = MatrixAlgebra.numberValue(e) { return .constant(v) }
        if case .call(.ones, _, _) = e { return .constant(ExactNumber(1)!) }
        if case .call(.zeros, _, _) = e { return .constant(ExactNumber(0)!) }
        guard isEntrywiseArithmetic(e) else {
            let c = try canonical(e)
            // A product chain whose canonical form leads with a scalar factor
            // (s·A·x) joins the normal form, so s·A·x and A·x/(1/s) are like terms.
            if case .binary(.multiply, _, _, _) = c, isEntrywiseArithmetic(c) {
                return try polynomial(c)
            }
            return Canonicalizer.scaledFactor(c)
        }
        switch e {
        case .negation(let a, _):
            return try polynomial(a)?.scaled(by: ExactNumber(-1)!)
        case .call(.pow, let args, _):
            guard let k = MatrixAlgebra.numberValue(args[1])?.numerator,
                let base = try polynomial(args[0])
            else { return nil }
            if k >= 0 { return base.power(k) }
            return base.power(-k)?.reciprocal(
                of: .call(.pow, [try canonical(args[0]), algebra.number(-k)], MatrixAlgebra.here))
        case .power(let b, let exponent, _):
            guard let k = MatrixAlgebra.numberValue(exponent)?.numerator,
                let base = try polynomial(b)
            else { return nil }
            if k >= 0 { return base.power(k) }
            return base.power(-k)?.reciprocal(
                of: .power(try canonical(b), algebra.number(-k), MatrixAlgebra.here))
        case .binary(let op, let a, let b, _):
            switch op {
            case .add, .subtract:
                guard let x = try polynomial(a), let y = try polynomial(b) else { return nil }
                return op == .add
                    ? x.adding(y) : y.scaled(by: ExactNumber(-1)!).flatMap { x.adding($0) }
            case .multiply, .hadamard, .elementDivide, .divide:
                return try productPolynomial(e)
            case .kronecker: return nil
            }
        default:
            return nil
        }
    }

    /// A canonical factor with its numeric coefficient taken out, so that
    /// `2*A*x` and `3*A*x` are multiples of one factor `A*x`.
    static func scaledFactor(_ atom: Expression) -> ElementwisePolynomial? {
        if let v = MatrixAlgebra.numberValue(atom) { return .constant(v) }
        if case .negation(let inner, _) = atom {
            return scaledFactor(inner)?.scaled(by: ExactNumber(-1)!)
        }
        if case .binary(.multiply, let c, let rest, _) = atom,
            let v = MatrixAlgebra.numberValue(c)
        {
            return scaledFactor(rest)?.scaled(by: v)
        }
        return .factor(atom)
    }

    /// A product's normal form: its factors are collected with exponents
    /// first (a sum is one factor, so `(1 − a) ⊘ (1 − a)` cancels), then sums
    /// with positive exponents are expanded; denominators stay factors.
    func productPolynomial(_ e: Expression) throws -> ElementwisePolynomial? {
        var coefficient = ExactNumber(1)!
        var exponents: [Expression: Int] = [:]
        var sums: [Expression: Expression] = [:]
        func collect(_ e: Expression, _ sign: Int) throws -> Bool {
            if let v = MatrixAlgebra.numberValue(e) {
                guard v.numerator != 0 || sign > 0 else { return false }
                let factor = sign > 0 ? v : ExactNumber(v.denominator, v.numerator)!
                guard let c = ElementwisePolynomial.product(coefficient, factor) else {
                    return false
                }
                coefficient = c
                return true
            }
            switch e {
            case .negation(let a, _):
                coefficient = ExactNumber(-coefficient.numerator, coefficient.denominator)!
                return try collect(a, sign)
            case .binary(.multiply, let a, let b, _) where isEntrywiseArithmetic(e),
                .binary(.hadamard, let a, let b, _):
                return try collect(a, sign) && collect(b, sign)
            case .binary(.elementDivide, let a, let b, _), .binary(.divide, let a, let b, _):
                return try collect(a, sign) && collect(b, -sign)
            case .call(.pow, let args, _):
                guard let k = MatrixAlgebra.numberValue(args[1]), k.isInteger,
                    Swift.abs(k.numerator) <= 8
                else { break }
                for _ in 0..<Swift.abs(k.numerator) {
                    guard try collect(args[0], k.numerator < 0 ? -sign : sign) else { return false }
                }
                return true
            case .power(let base, let exponent, _) where isEntrywiseArithmetic(e):
                guard let k = MatrixAlgebra.numberValue(exponent), Swift.abs(k.numerator) <= 8
                else { break }
                for _ in 0..<Swift.abs(k.numerator) {
                    guard try collect(base, k.numerator < 0 ? -sign : sign) else { return false }
                }
                return true
            default: break
            }
            guard let p = try polynomial(e) else { return false }
            if p.terms.count == 1, let (m, c) = p.terms.first {
                let factor = sign > 0 ? c : ExactNumber(c.denominator, c.numerator)!
                guard let product = ElementwisePolynomial.product(coefficient, factor) else {
                    return false
                }
                coefficient = product
                for (f, k) in m { exponents[f, default: 0] += sign * k }
                return true
            }
            if p.terms.isEmpty {
                return sign > 0
                    ? {
                        coefficient = ExactNumber(0)!
                        return true
                    }() : false
            }
            let key = try rebuild(p, like: e)
            sums[key] = key
            exponents[key, default: 0] += sign
            return true
        }
        guard try collect(e, 1) else { return nil }
        try mergeSymbolicPowers(&exponents)
        var result = ElementwisePolynomial.constant(coefficient)
        for (f, k) in exponents where k != 0 {
            let factor: ElementwisePolynomial?
            if k > 0, sums[f] != nil {
                factor = try polynomial(f)?.power(k)
            } else {
                factor = .factor(f, k)
            }
            guard let factor, let next = result.multiplied(by: factor) else { return nil }
            result = next
        }
        return result
    }

    /// Text order of factors, for a canonical order of products and sums.
    static func key(_ e: Expression) -> String { ExpressionPrinter.text(e) }
}
