/// Signs provable from the canonical form alone, at every point where the
/// value is defined.
///
/// A monomial is *non-negative* when each factor is an even power, or an
/// atom that is never negative (`relu`, `step`, `sqrt`); it is *positive*
/// when each factor is an atom that is never zero or negative (`exp`, `σ`,
/// `softplus`, `log c` for a constant `c > 1`) or a square of one. A
/// polynomial whose terms all have positive coefficients and non-negative
/// monomials is non-negative, and positive when one of its monomials is
/// positive (a positive constant term included): `x² + 10⁻³⁰`, `1 + eˣ`,
/// `σ(u)·y² + softplus(v)`. A quotient needs a positive denominator.
extension Symbolic {
    /// The provable sign of a monomial: 2 positive, 1 non-negative, 0 unknown.
    static func monomialSign(_ m: Monomial) -> Int {
        var sign = 2
        for f in m.factors {
            let even = Monomial.exponentOf(f) % 2 == 0
            guard
                case .atom(let a) = IndeterminateTable.shared.indeterminate(
                    Monomial.indeterminateOf(f))
            else {
                if !even { return 0 }
                sign = 1
                continue
            }
            switch a.function {
            case .exp, .sigmoid, .softplus: continue
            case .log:
                if let c = a.argument.constantValue, Rational.one < c { continue }
                if let c = a.argument.constantValue, c.signum > 0, !c.isOne, even { continue }
            case .relu, .step, .sqrt:
                sign = 1
                continue
            default: break
            }
            if !even { return 0 }
            sign = 1
        }
        return sign
    }

    /// The provable sign of `p` (`−p` when `negated`): 2 positive,
    /// 1 non-negative, 0 unknown (see the extension).
    static func polynomialSign(_ p: Polynomial, negated: Bool = false) -> Int {
        guard !p.isZero else { return 0 }
        var positive = false
        for t in p.terms {
            guard t.coefficient.isNegative == negated else { return 0 }
            let s = monomialSign(t.monomial)
            if s == 0 { return 0 }
            if s == 2 { positive = true }
        }
        return positive ? 2 : 1
    }

    /// Whether `self > 0` at every point where it is defined.
    package var isProvablyPositive: Bool {
        guard undefinedReason == nil else { return false }
        return Symbolic.polynomialSign(numerator) == 2
            && (denominator.isOne || Symbolic.polynomialSign(denominator) == 2)
    }

    /// Whether `self ≥ 0` at every point where it is defined (`0` included).
    package var isProvablyNonNegative: Bool {
        guard undefinedReason == nil else { return false }
        if numerator.isZero { return true }
        return Symbolic.polynomialSign(numerator) >= 1
            && (denominator.isOne || Symbolic.polynomialSign(denominator) == 2)
    }

    /// Whether `self ≤ 0` at every point where it is defined (`0` included).
    package var isProvablyNonPositive: Bool {
        guard undefinedReason == nil else { return false }
        if numerator.isZero { return true }
        return Symbolic.polynomialSign(numerator, negated: true) >= 1
            && (denominator.isOne || Symbolic.polynomialSign(denominator) == 2)
    }
}
