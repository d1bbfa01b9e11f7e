import ClaimChecking
import ClaimLanguage

/// Why a derivative has no matrix form here (the deriver then reports the
/// index-notation form and exits 3).
public struct NoMatrixForm: Error, Sendable, CustomStringConvertible {
    /// The construct that has no matrix-notation rule.
    public let reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }

    /// A derivative operator nested inside the differentiated expression.
    static let nestedDerivative = NoMatrixForm(
        "a derivative operator inside the expression has no matrix form here")
    /// Entries and index sums: index notation, not matrix notation.
    static let indexNotation = NoMatrixForm(
        "entries and index sums are index notation: derive works on matrix expressions")
    /// A matrix written out as blocks `[A, B; C, D]`.
    static let writtenOutMatrix = NoMatrixForm(
        "derive does not differentiate matrices written out [A, B; C, D]")
}

/// Builds claim-language expressions with local simplification, so that
/// derived results come out small: `0` is `nil`; `1·A`, `I·A`, `(Aᵀ)ᵀ`,
/// `−(−A)`, `kron(1, A)`, `comm(n, 1)` vanish; numbers fold; `A + A = 2A`,
/// `A − A = 0`; `(AB)ᵀ = BᵀAᵀ`; `kron(A, B)·kron(C, D) = kron(AC, BD)` when
/// the shapes fit; transposes of scalars and symmetric matrices drop.
struct MatrixAlgebra {
    let claim: ResolvedClaim
    /// Whether the short forms that the index-notation prover may not prove
    /// for all shapes are used: products such as `A·Aᵀ` and `Aᵀ·S·A` count
    /// as symmetric (see ``isSymmetricProduct(_:)``), and a constant power
    /// whose adjoint is built from `Xᵀ` alone takes `k·G·(Xᵏ⁻¹)ᵀ` (see
    /// ``ReverseMode``), not the k-term sum.
    var shortForms = true
    static let here = SourceRange(0, 0)
    var here: SourceRange { MatrixAlgebra.here }

    func shape(_ e: Expression) throws -> ExpressionShape {
        do { return try claim.shape(of: e) } catch let error as ClaimError {
            throw NoMatrixForm(
                "internal shape error in a derived term \(ExpressionPrinter.text(e)): "
                    + error.message
            )
        }
    }

    // MARK: Atoms

    func number(_ n: Int) -> Expression { .number(ExactNumber(n) ?? ExactNumber(0)!, here) }
    func number(_ v: ExactNumber) -> Expression { .number(v, here) }

    static func numberValue(_ e: Expression) -> ExactNumber? {
        if case .number(let v, _) = e { return v }
        if case .negation(.number(let v, _), _) = e {
            return ExactNumber(-v.numerator, v.denominator)
        }
        return nil
    }

    static func isOne(_ e: Expression) -> Bool { numberValue(e) == ExactNumber(1) }

    static func isIdentity(_ e: Expression) -> Bool {
        if case .call(.eye, _, _) = e { return true }
        return isOne(e)
    }

    /// The `n×n` identity (`1` when `n = 1`).
    func identity(_ n: ShapeDimension) -> Expression {
        n.isOne ? number(1) : .call(.eye, [n.expression], here)
    }

    /// The zero of a shape: `0` or `zeros(r, c)`.
    func zero(_ s: ExpressionShape) -> Expression {
        s.isScalar ? number(0) : .call(.zeros, [s.rows.expression, s.cols.expression], here)
    }

    /// `ones(r, c)` (`1` when `1×1`).
    func ones(_ rows: ShapeDimension, _ cols: ShapeDimension) -> Expression {
        if rows.isOne && cols.isOne { return number(1) }
        return .call(
            .ones, cols.isOne ? [rows.expression] : [rows.expression, cols.expression], here)
    }

    func count(_ s: ExpressionShape) throws -> ShapeDimension {
        guard let c = s.count else { throw NoMatrixForm("a dimension is too large") }
        return c
    }

    // MARK: Operations

    func negate(_ a: Expression) -> Expression {
        if let v = MatrixAlgebra.numberValue(a) {
            return number(ExactNumber(-v.numerator, v.denominator) ?? v)
        }
        if case .negation(let inner, _) = a { return inner }
        return .negation(a, here)
    }

    static func isZeroMatrix(_ e: Expression) -> Bool {
        if case .call(.zeros, _, _) = e { return true }
        return numberValue(e)?.numerator == 0
    }

    func add(_ a: Expression?, _ b: Expression?) throws -> Expression? {
        guard let a, !MatrixAlgebra.isZeroMatrix(a) else { return b }
        guard let b, !MatrixAlgebra.isZeroMatrix(b) else { return a }
        if let x = MatrixAlgebra.numberValue(a), let y = MatrixAlgebra.numberValue(b),
            let s = ElementwisePolynomial.sum(x, y)
        {
            return s.numerator == 0 ? nil : number(s)
        }
        if case .negation(let inner, _) = b { return try subtract(a, inner) }
        if let y = MatrixAlgebra.numberValue(b), y.numerator < 0 {
            return try subtract(a, number(ExactNumber(-y.numerator, y.denominator) ?? y))
        }
        if case .negation(let inner, _) = a { return try subtract(b, inner) }
        if a == b { return try multiply(number(2), a) }
        return .binary(.add, a, b, here)
    }

    func subtract(_ a: Expression?, _ b: Expression?) throws -> Expression? {
        guard let b, !MatrixAlgebra.isZeroMatrix(b) else { return a }
        guard let a, !MatrixAlgebra.isZeroMatrix(a) else { return negate(b) }
        if a == b { return nil }
        if case .negation(let inner, _) = b { return try add(a, inner) }
        if let x = MatrixAlgebra.numberValue(a), let y = MatrixAlgebra.numberValue(b),
            let minusY = ExactNumber(-y.numerator, y.denominator),
            let d = ElementwisePolynomial.sum(x, minusY)
        {
            return d.numerator == 0 ? nil : number(d)
        }
        if let y = MatrixAlgebra.numberValue(b), y.numerator < 0 {
            return try add(a, number(ExactNumber(-y.numerator, y.denominator) ?? y))
        }
        return .binary(.subtract, a, b, here)
    }

    /// `a * b`: a matrix product, or a scalar multiple when one side is `1×1`.
    func multiply(_ a: Expression, _ b: Expression) throws -> Expression {
        let sa = try shape(a)
        let sb = try shape(b)
        if MatrixAlgebra.isOne(a) { return b }
        if MatrixAlgebra.isOne(b) { return a }
        if MatrixAlgebra.numberValue(a) == ExactNumber(-1) { return negate(b) }
        if MatrixAlgebra.numberValue(b) == ExactNumber(-1) { return negate(a) }
        if MatrixAlgebra.isZeroMatrix(a) || MatrixAlgebra.isZeroMatrix(b) {
            let rows = sa.isScalar ? sb.rows : sa.rows
            let cols = sb.isScalar ? sa.cols : sb.cols
            return zero(ExpressionShape(rows: rows, cols: cols))
        }
        if case .call(.eye, _, _) = a, !sb.isScalar { return b }
        if case .call(.eye, _, _) = b, !sa.isScalar { return a }
        if case .negation(let x, _) = a { return negate(try multiply(x, b)) }
        if case .negation(let x, _) = b { return negate(try multiply(a, x)) }
        if let x = MatrixAlgebra.numberValue(a), let y = MatrixAlgebra.numberValue(b),
            let p = ElementwisePolynomial.product(x, y)
        {
            return number(p)
        }
        // Numbers first; a number times a number-led product folds.
        if MatrixAlgebra.numberValue(b) != nil, MatrixAlgebra.numberValue(a) == nil {
            return try multiply(b, a)
        }
        if let x = MatrixAlgebra.numberValue(a), case .binary(.multiply, let c, let rest, _) = b,
            let y = MatrixAlgebra.numberValue(c), let p = ElementwisePolynomial.product(x, y)
        {
            return try multiply(number(p), rest)
        }
        // Scalars: (n/c)·c = n, c·(n/c) = n;
        // a scalar factor of a product joins the scalar in front.
        if case .binary(.divide, let n, let c, _) = a, c == b { return n }
        if case .binary(.divide, let n, let c, _) = b, c == a { return n }
        if sa.isScalar, case .binary(.multiply, let s, let rest, _) = b, try shape(s).isScalar,
            !sb.isScalar
        {
            return try multiply(try multiply(a, s), rest)
        }
        if sa.isScalar, sb.isScalar, case .binary(.multiply, let s, let rest, _) = a,
            try shape(s).isScalar
        {
            if case .binary(.divide, _, let c, _) = s, c == b {
                return try multiply(try multiply(s, b), rest)
            }
            if case .binary(.divide, _, let c, _) = rest, c == b {
                return try multiply(s, try multiply(rest, b))
            }
        }
        // diag(u)·1 = u for a column vector u.
        if case .call(.diag, let u, _) = a, case .call(.ones, let args, _) = b, args.count == 1,
            try shape(u[0]).cols.isOne
        {
            return u[0]
        }
        // comm(m, n)·comm(n, m) = I.
        if case .call(.comm, let x, _) = a, case .call(.comm, let y, _) = b, x[0] == y[1],
            x[1] == y[0]
        {
            return identity(sa.rows)
        }
        // diag(u)·diag(v) = diag(u ⊙ v) for vectors u, v.
        if case .call(.diag, let u, _) = a, case .call(.diag, let v, _) = b,
            try shape(u[0]).cols.isOne, try shape(v[0]).cols.isOne
        {
            return try diagonalMatrix(try hadamard(u[0], v[0]))
        }
        // A scalar factor moves to the front: A * (c * B) with c 1×1.
        if sb.isScalar, !sa.isScalar { return try multiply(b, a) }
        // kron(A, B) kron(C, D) = kron(AC, BD).
        if case .call(.kron, let x, _) = a, case .call(.kron, let y, _) = b {
            let (p, q, r, s) = (try shape(x[0]), try shape(x[1]), try shape(y[0]), try shape(y[1]))
            if p.cols == r.rows && q.cols == s.rows {
                return try kron(try multiply(x[0], y[0]), try multiply(x[1], y[1]))
            }
        }
        return .binary(.multiply, a, b, here)
    }

    func hadamard(_ a: Expression, _ b: Expression) throws -> Expression {
        let sa = try shape(a)
        let sb = try shape(b)
        if sa.isScalar || sb.isScalar { return try multiply(a, b) }
        if case .call(.ones, _, _) = a { return b }
        if case .call(.ones, _, _) = b { return a }
        if case .negation(let x, _) = a { return negate(try hadamard(x, b)) }
        if case .negation(let x, _) = b { return negate(try hadamard(a, x)) }
        return .binary(.hadamard, a, b, here)
    }

    func elementDivide(_ a: Expression, _ b: Expression) throws -> Expression {
        if MatrixAlgebra.isOne(b) { return a }
        if try shape(b).isScalar { return try divide(a, b) }
        if case .negation(let x, _) = a { return negate(try elementDivide(x, b)) }
        return .binary(.elementDivide, a, b, here)
    }

    func divide(_ a: Expression, _ c: Expression) throws -> Expression {
        if MatrixAlgebra.isOne(c) { return a }
        if let y = MatrixAlgebra.numberValue(c), y.numerator != 0,
            let inverse = ExactNumber(y.denominator, y.numerator)
        {
            return try multiply(number(inverse), a)
        }
        if case .negation(let x, _) = a { return negate(try divide(x, c)) }
        return .binary(.divide, a, c, here)
    }

    func transpose(_ a: Expression) throws -> Expression {
        let s = try shape(a)
        if s.isScalar { return a }
        switch a {
        case .transpose(let inner, _): return inner
        case .call(.eye, _, _): return a
        case .call(.ones, let args, _):
            return .call(.ones, args.count == 1 ? [number(1), args[0]] : [args[1], args[0]], here)
        case .call(.zeros, let args, _): return .call(.zeros, [args[1], args[0]], here)
        case _ where isSymmetric(a): return a
        case .negation(let inner, _): return negate(try transpose(inner))
        case .binary(.multiply, let x, let y, _):
            if try shape(x).isScalar { return try multiply(x, try transpose(y)) }
            return try multiply(try transpose(y), try transpose(x))
        case .binary(let op, let x, let y, _) where op == .add || op == .subtract:
            let (tx, ty) = (try transpose(x), try transpose(y))
            return try (op == .add ? add(tx, ty) : subtract(tx, ty)) ?? zero(try shape(tx))
        case .call(.kron, let args, _):
            return try kron(try transpose(args[0]), try transpose(args[1]))
        case .call(.comm, let args, _):
            return .call(.comm, [args[1], args[0]], here)
        default:
            return .transpose(a, here)
        }
    }

    /// Whether `a` is symmetric by construction: a declared symmetric matrix,
    /// `eye`, `diag(v)`, `comm(n, n)`, and inverses, powers, sums and scalar
    /// multiples of symmetric matrices.
    func isSymmetric(_ a: Expression) -> Bool {
        switch a {
        case .symbol(let name, _): return claim.symmetricSymbols.contains(name)
        case .call(.eye, _, _): return true
        case .call(.comm, let args, _): return args[0] == args[1]
        case .call(.diag, let args, _): return (try? shape(args[0]).isVector) == true
        case .call(.inv, let args, _), .call(.adj, let args, _): return isSymmetric(args[0])
        case .power(let base, _, _): return isSymmetric(base)
        case .negation(let inner, _): return isSymmetric(inner)
        case .binary(let op, let x, let y, _)
        where op == .add || op == .subtract || op == .hadamard:
            return isSymmetric(x) && isSymmetric(y)
        case .binary(.multiply, let x, let y, _):
            if (try? shape(x).isScalar) == true { return isSymmetric(y) }
            if (try? shape(y).isScalar) == true { return isSymmetric(x) }
            return shortForms && isSymmetricProduct(a)
        default: return false
        }
    }

    /// Whether a matrix-product chain reads the same transposed, `F₁⋯Fₖ`
    /// with `Fₖ₊₁₋ᵢ = Fᵢᵀ` and a symmetric middle factor: `A·Aᵀ`, `Aᵀ·A`,
    /// `Aᵀ·S·A` (Gram matrices and congruences of symmetric matrices).
    func isSymmetricProduct(_ a: Expression) -> Bool {
        var chain: [Expression] = []
        func flatten(_ e: Expression) {
            if case .binary(.multiply, let x, let y, _) = e,
                (try? shape(x).isScalar) == false, (try? shape(y).isScalar) == false
            {
                flatten(x)
                flatten(y)
            } else {
                chain.append(e)
            }
        }
        flatten(a)
        guard chain.count >= 2 else { return false }
        for i in 0..<(chain.count / 2) {
            guard let t = try? transpose(chain[i]), t == chain[chain.count - 1 - i] else {
                return false
            }
        }
        return chain.count % 2 == 0 || isSymmetric(chain[chain.count / 2])
    }

    func kron(_ a: Expression, _ b: Expression) throws -> Expression {
        let scalar = try shape(a).isScalar || (try shape(b).isScalar)
        if scalar { return try multiply(a, b) }
        return .call(.kron, [a, b], here)
    }

    func call(_ f: BuiltinFunction, _ a: Expression) -> Expression { .call(f, [a], here) }

    /// `vec(a)`: `a` itself for a column vector, `aᵀ` for a row vector.
    func vec(_ a: Expression) throws -> Expression {
        let s = try shape(a)
        if s.cols.isOne { return a }
        if s.rows.isOne { return try transpose(a) }
        return call(.vec, a)
    }

    /// `diag(v)` for a vector `v`.
    func diagonalMatrix(_ v: Expression) throws -> Expression {
        if try shape(v).isScalar { return v }
        if case .call(.vec, let args, _) = v, try shape(args[0]).isVector {
            return try diagonalMatrix(try vec(args[0]))
        }
        return call(.diag, v)
    }

    /// `comm(r, c)`; the identity when `r` or `c` is 1.
    func commutation(_ r: ShapeDimension, _ c: ShapeDimension) throws -> Expression {
        if r.isOne || c.isOne { return identity(try count(ExpressionShape(rows: r, cols: c))) }
        return .call(.comm, [r.expression, c.expression], here)
    }

    func power(_ base: Expression, _ k: Int) throws -> Expression {
        if k == 0 { return identity(try shape(base).rows) }
        if k == 1 { return base }
        let isScalar = try shape(base).isScalar
        if k == -1 && !isScalar {
            // inv(Xᵀ) = inv(X)ᵀ: transposes stay at the leaves.
            if case .transpose(let inner, _) = base { return .transpose(call(.inv, inner), here) }
            return call(.inv, base)
        }
        return .power(base, k < 0 ? negate(number(-k)) : number(k), here)
    }

    /// `base^exponent` for a `1×1` base: `1` for exponent 0, `base` for 1.
    func scalarPower(_ base: Expression, _ exponent: Expression) -> Expression {
        if let k = MatrixAlgebra.numberValue(exponent) {
            if k.numerator == 0 { return number(1) }
            if k == ExactNumber(1) { return base }
        }
        return .power(base, exponent, here)
    }

    /// `sum(a)`, or `a` for a `1×1` value.
    func sum(_ a: Expression) throws -> Expression {
        try shape(a).isScalar ? a : call(.sum, a)
    }
}
