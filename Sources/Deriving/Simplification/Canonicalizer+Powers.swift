import ClaimLanguage

/// Products of powers and inverses of one base: `Xᵃ·Xᵇ = Xᵃ⁺ᵇ`, `inv(X)·X = I`.
extension Canonicalizer {
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
