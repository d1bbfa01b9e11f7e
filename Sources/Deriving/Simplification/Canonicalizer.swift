import ClaimChecking
import ClaimLanguage

/// The final simplification of a derived result, bottom-up:
///
/// - entrywise arithmetic (`+ − ⊙ ⊘`, scalar multiples) in the normal form of
///   ``ElementwisePolynomial``: like terms merge, `a ⊙ a⁻¹` cancels,
///   numerators expand;
/// - `c·diag(u) + d·diag(v) = diag(c·u + d·v)`;
/// - matrix-product chains: `X·X = X²`, `Xᵏ·X = Xᵏ⁺¹`, `diag(u)·diag(v) = diag(u ⊙ v)`;
/// - `(Xᵏ)ᵀ = (Xᵀ)ᵏ`;
/// - a factor shared by every term written once: `A*x + A'*x = (A + A')*x`.
///
/// Whatever the canonical form cannot represent is kept as it was.
struct Canonicalizer {
    let algebra: MatrixAlgebra

    func canonical(_ e: Expression) throws -> Expression {
        if isEntrywiseArithmetic(e), let p = try polynomial(e) {
            return try rebuild(p, like: e)
        }
        switch e {
        case .number, .symbol: return e
        case .negation(let a, _): return algebra.negate(try canonical(a))
        case .transpose(let a, _):
            let inner = try canonical(a)
            if case .power(let base, let k, _) = inner {
                return .power(try algebra.transpose(base), k, MatrixAlgebra.here)
            }
            return try algebra.transpose(inner)
        case .binary(.multiply, let a, let b, _):
            return try productChain(try factors(a) + factors(b))
        case .binary(let op, let a, let b, let r):
            return .binary(op, try canonical(a), try canonical(b), r)
        case .power(let base, let k, let r):
            return .power(try canonical(base), try canonical(k), r)
        case .call(let f, let args, let r):
            // Dimension arguments (eye(m*n), comm(m, n)) are integer expressions, kept as written.
            if [.eye, .ones, .zeros, .comm].contains(f) { return e }
            let inner = try args.map { try canonical($0) }
            // sum(I ⊙ M) = tr(M).
            if f == .sum, case .binary(.hadamard, let a, let b, _) = inner[0] {
                if case .call(.eye, _, _) = a { return algebra.call(.tr, b) }
                if case .call(.eye, _, _) = b { return algebra.call(.tr, a) }
            }
            if f == .inv, case .call(.inv, let x, _) = inner[0] { return x[0] }
            if f == .tr { return try cyclicTrace(inner[0]) }
            // sum is linear: sum(−M) = −sum(M), sum(c·M) = c·sum(M), sum(M/c) = sum(M)/c.
            if f == .sum {
                switch inner[0] {
                case .negation(let x, _):
                    return try canonical(algebra.negate(algebra.call(.sum, x)))
                case .binary(.multiply, let c, let x, _) where try algebra.shape(c).isScalar:
                    return try canonical(
                        .binary(.multiply, c, algebra.call(.sum, x), MatrixAlgebra.here))
                case .binary(.divide, let x, let c, _):
                    return try canonical(
                        .binary(.divide, algebra.call(.sum, x), c, MatrixAlgebra.here))
                default: break
                }
            }
            return .call(f, inner, r)
        case .userFunction(let name, let order, let a, let r):
            return .userFunction(name: name, order: order, argument: try canonical(a), r)
        case .derivative, .entry, .indexSum, .matrix:
            return e
        }
    }

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

    /// Whether `a·b = I`: `inv(X)·X`, `X·inv(X)` and their transposes.
    static func areInverses(_ a: Expression, _ b: Expression) -> Bool {
        func inverse(_ e: Expression) -> Expression? {
            if case .call(.inv, let x, _) = e { return x[0] }
            if case .transpose(.call(.inv, let x, _), let r) = e { return .transpose(x[0], r) }
            return nil
        }
        return inverse(a) == b || inverse(b) == a
    }

    /// `Xᵃ·Xᵇ = Xᵃ⁺ᵇ`, reading `inv(Xᵃ)` as `X⁻ᵃ`, `(Xᵃ)ᵀ` as `(Xᵀ)ᵃ` and
    /// `(Yʲ)ᵏ` as `Yʲᵏ`: `inv(X^k)'·X'^(k-1) = inv(X)'`,
    /// `inv(X^3)'·X'^2 = inv(X)'` (constant exponents only with
    /// ``MatrixAlgebra/shortForms``); a negative result is written as a power
    /// of the inverse; `nil` when the bases differ.
    func symbolicPowerProduct(_ a: Expression, _ b: Expression) throws -> Expression? {
        func parts(_ e: Expression) throws -> (Expression, Expression) {
            switch e {
            case .power(let base, let k, _) where try !algebra.shape(base).isScalar:
                // (Yʲ)ᵏ = Yʲᵏ for a constant j: inv(X)'^k is X'^(-k).
                let (inner, j) = try parts(base)
                guard let v = MatrixAlgebra.numberValue(j), v.isInteger else { return (base, k) }
                if v.numerator == 1 { return (inner, k) }
                return (inner, try canonical(.binary(.multiply, j, k, MatrixAlgebra.here)))
            case .call(.inv, let arguments, _):
                let (base, k) = try parts(arguments[0])
                return (base, algebra.negate(k))
            case .transpose(let inner, _):
                let (base, k) = try parts(inner)
                return (try algebra.transpose(base), k)
            default:
                return (e, algebra.number(1))
            }
        }
        let (x, j) = try parts(a), (y, k) = try parts(b)
        // With constant exponents only, a merge through an inverse
        // (inv(X^3)'*X'^2 = inv(X)') is beyond the index-notation prover: a short form.
        let constant = MatrixAlgebra.numberValue(j) != nil && MatrixAlgebra.numberValue(k) != nil
        guard x == y, algebra.shortForms || !constant else { return nil }
        let exponent = try canonical(.binary(.add, j, k, MatrixAlgebra.here))
        if let v = MatrixAlgebra.numberValue(exponent), v.isInteger {
            if v.numerator < 0 { return try algebra.power(inverse(of: x), -v.numerator) }
            return try algebra.power(x, v.numerator)
        }
        // A negative exponent is written as a power of the inverse: inv(X)'^(k + 1).
        let negated = try canonical(algebra.negate(exponent))
        if ExpressionPrinter.text(exponent).hasPrefix("-"),
            !ExpressionPrinter.text(negated).hasPrefix("-")
        {
            return .power(try inverse(of: x), negated, MatrixAlgebra.here)
        }
        return .power(x, exponent, MatrixAlgebra.here)
    }

    /// `inv(X)` for `X`, and `inv(X)'` for `X'`.
    func inverse(of x: Expression) throws -> Expression {
        if case .transpose(let y, _) = x { return try algebra.transpose(algebra.call(.inv, y)) }
        return algebra.call(.inv, x)
    }

    /// `(X, k)` for `X^k` with a constant integer `k`, `(X, 1)` otherwise.
    static func powerParts(_ e: Expression) -> (Expression, Int?) {
        if case .power(let base, let k, _) = e, let v = MatrixAlgebra.numberValue(k), v.isInteger {
            return (base, v.numerator)
        }
        return (e, 1)
    }
}
