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
/// - `sqrt`: `f⁻¹(t) = t²` for `t ≥ 0`; `softplus`: `log(eᵗ − 1)` for `t > 0`;
/// - `σ`: `log(t/(1 − t))` for `0 < t < 1`, and a constant step outside
///   the range `(0, 1)`; `tanh`: `½·log((1 + t)/(1 − t))` for `−1 < t < 1`,
///   a constant outside `(−1, 1)`.
///
/// So `step(exp(x) − 1) = step(x)`, `step(σ(x) − ½) = step(x)`,
/// `step(log(x) − 2) = step(x − e²)`. A difference `a·f(p) − a·f(q)` of one
/// such function is `step(p − q)` (``stepOfMonotoneDifference(_:_:)``).
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
        if varying.count == 2, constant.isExactlyZero {
            return stepOfMonotoneDifference(varying[0], varying[1])
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
        case .softplus:
            // softplus⁻¹(t) = log(eᵗ − 1) for t > 0 (t ≤ 0 is decided by the sign).
            guard t.isProvablyPositive else { return nil }
            return above(f.argument, log(exp(t) - .one))
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

    /// `step(a·f(p) − a·f(q)) = step(p − q)` (`a > 0`; `step(q − p)` for
    /// `a < 0`) for one strictly increasing `f` among `exp` (or a product of
    /// exponentials), `log`, `sqrt`, `σ`, `tanh`, `softplus`: `f(p) > f(q) ⇔ p > q`
    /// wherever both are defined, so `step(exp(x) − exp(y)) = step(x − y)`.
    static func stepOfMonotoneDifference(
        _ first: Polynomial.Term, _ second: Polynomial.Term
    ) -> Symbolic? {
        guard first.coefficient == -second.coefficient else { return nil }
        func argument(_ t: Polynomial.Term) -> (AtomFunction, Symbolic)? {
            let unit = Polynomial.Term(monomial: t.monomial, coefficient: .one)
            if let w = exponentOfExponentialProduct(unit) { return (.exp, w) }
            guard t.monomial.factors.count == 1,
                Monomial.exponentOf(t.monomial.factors[0]) == 1,
                case .atom(let f) = IndeterminateTable.shared.indeterminate(
                    Monomial.indeterminateOf(t.monomial.factors[0]))
            else { return nil }
            switch f.function {
            case .log, .sqrt, .sigmoid, .tanh, .softplus: return (f.function, f.argument)
            default: return nil
            }
        }
        guard let (f, p) = argument(first), let (g, q) = argument(second), f == g else {
            return nil
        }
        return first.coefficient.signum > 0 ? step(p - q) : step(q - p)
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
