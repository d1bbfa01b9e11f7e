/// The step of a strictly monotone function against a threshold.
///
/// For `u = a·f(v) + b` with `a ≠ 0` and `b` free of variables (constants and
/// atoms of constants such as `log 2`), `u > 0` means `f(v) > t` (`a > 0`) or
/// `f(v) < t` (`a < 0`) for `t = −b/a`. A strictly increasing `f` with
/// inverse `f⁻¹` maps this exactly, equality at the breakpoint included, so
/// `step(u) = step(v − f⁻¹(t))` or `step(f⁻¹(t) − v)` (`step(0) = 0` on both
/// sides):
/// - `exp`: `f⁻¹(t) = log t` for `t > 0` (`t ≤ 0` is decided by the sign);
///   also for a product `Π exp(wᵢ)^eᵢ = exp(Σ eᵢwᵢ)`;
/// - `log`: `f⁻¹(t) = eᵗ` (where `log v` is undefined, `v ≤ 0`, the step
///   of `v − eᵗ` is defined: the domain only grows);
/// - `sqrt`: `f⁻¹(t) = t²` for `t ≥ 0`;
/// - `σ`: `log(t/(1 − t))` for `0 < t < 1`, and a constant step outside
///   the range `(0, 1)`; `tanh`: `½·log((1 + t)/(1 − t))` for `−1 < t < 1`,
///   a constant outside `(−1, 1)`.
///
/// So `step(exp(x) − 1) = step(x)`, `step(σ(x) − ½) = step(x)`,
/// `step(log(x) − 2) = step(x − e²)`.
extension Symbolic {
    /// `step(u)` through the inverse of a monotone function (see the
    /// extension), or `nil` when `u` is not of that form.
    static func stepOfMonotone(_ u: Symbolic) -> Symbolic? {
        guard u.isPolynomial else { return nil }
        var constant = Symbolic.zero
        var varying: [Polynomial.Term] = []
        for t in u.numerator.terms {
            if isVariableFree(t.monomial) {
                constant = constant + Symbolic(Polynomial(canonicalTerms: [t]))
            } else {
                varying.append(t)
            }
        }
        guard varying.count == 1 else { return nil }
        let a = varying[0].coefficient
        let unit = Polynomial.Term(monomial: varying[0].monomial, coefficient: .one)
        let t = -constant / Symbolic(a)
        let increasing = a.signum > 0
        func above(_ v: Symbolic, _ threshold: Symbolic) -> Symbolic {
            increasing ? step(v - threshold) : step(threshold - v)
        }
        if let w = exponentOfExponentialProduct(unit) {
            guard t.isProvablyPositive else { return nil }
            return above(w, log(t))
        }
        guard unit.monomial.factors.count == 1,
            Monomial.exponentOf(unit.monomial.factors[0]) == 1,
            case .atom(let f) = IndeterminateTable.shared.indeterminate(
                Monomial.indeterminateOf(unit.monomial.factors[0]))
        else { return nil }
        switch f.function {
        case .log:
            return above(f.argument, exp(t))
        case .sqrt:
            guard t.isProvablyNonNegative else { return nil }
            return above(f.argument, t * t)
        case .sigmoid, .tanh:
            guard let c = t.constantValue else { return nil }
            let low: Rational = f.function == .sigmoid ? 0 : -1
            if !(low < c) { return increasing ? .one : .zero }
            if !(c < Rational.one) { return increasing ? .zero : .one }
            let one = Symbolic.one, s = Symbolic(c)
            let inverse =
                f.function == .sigmoid
                ? log(s / (one - s)) : log((one + s) / (one - s)) / Symbolic(2)
            return above(f.argument, inverse)
        default:
            return nil
        }
    }

    /// Whether every factor of `m` is an atom whose argument holds no
    /// variable (`log 2`, `exp(1/3)`): the monomial is a constant.
    static func isVariableFree(_ m: Monomial) -> Bool {
        m.factors.allSatisfy { f in
            guard
                case .atom(let a) = IndeterminateTable.shared.indeterminate(
                    Monomial.indeterminateOf(f))
            else { return false }
            return a.argument.undefinedReason == nil
                && (a.argument.numerator.terms + a.argument.denominator.terms).allSatisfy {
                    isVariableFree($0.monomial)
                }
        }
    }
}
