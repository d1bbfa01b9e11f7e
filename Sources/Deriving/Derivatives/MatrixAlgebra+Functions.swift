import ClaimLanguage

/// Built-in functions with their short forms: `kron`, `vec`, `diag`, `comm`, powers, `sum`.
extension MatrixAlgebra {
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
