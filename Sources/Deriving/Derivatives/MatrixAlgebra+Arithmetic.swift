import ClaimLanguage

/// Arithmetic with local simplification: negation, sums, products, `⊙`, `⊘` and division.
extension MatrixAlgebra {
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
}
