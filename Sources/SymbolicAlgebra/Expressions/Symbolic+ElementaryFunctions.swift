/// Function atoms with their normalisations.
///
/// Normalisations applied when an atom is built (each an identity on the
/// function's domain, away from relu's kink):
/// - `exp(Σ cᵢmᵢ) = Π exp(mᵢ/qᵢ)^pᵢ` for `cᵢ = pᵢ/qᵢ`; `exp(k·log w) = wᵏ`,
///   `exp((p/2)·log w) = sqrt(w)ᵖ`; `log sqrt(w) = ½·log w`
/// - `log(c·m·Π exp(wᵢ)^eᵢ) = log(c·m) + Σ eᵢwᵢ`, `log 1 = 0`,
///   `log(1 + Π exp(wᵢ)^eᵢ) = softplus(Σ eᵢwᵢ)`, `log σ(w) = w − softplus(w)`,
///   `log(p²) = 2·log|p|` for a polynomial square,
///   `log(1 − σ(w)) = −softplus(w)`, `log(N/Π exp(wᵢ)^eᵢ) = log N − Σ eᵢwᵢ`,
///   `log(N/D) = log N − log D` for sums `N`, `D` of exponentials with
///   positive coefficients, `log(E·P) = Σ eᵢwᵢ + log P` for a factor
///   `E = Π exp(wᵢ)^eᵢ` of every term, `log c = Σ eᵢ·log pᵢ` for a positive
///   constant over the primes below 1000; `exp(k·softplus w) = (1 + eʷ)ᵏ`;
///   `log(c·eᵃ + c·eᵇ) = log c + a + softplus(b − a)` (log-sum-exp of two
///   terms, either order, by softplus's symmetry); `softplus(k·log v) =
///   log(1 + vᵏ)` for an integer `1 ≤ k ≤ 4`
/// - a declared function with `f⁽ᵏ⁾ = 0` is the polynomial given by its
///   Taylor formula at 0: `f⁽ʳ⁾(u) = Σ_{j<k−r} f⁽ʳ⁺ʲ⁾(0)·uʲ/j!`
/// - odd/even symmetry by the sign of the argument's leading coefficient:
///   `σ(−u) = 1 − σ(u)`, `tanh(−u) = −tanh u`, `softplus(−u) = softplus(u) − u`,
///   `sin(−u) = −sin u`, `cos(−u) = cos u`; `relu(u) = u·step(u)` (no rule
///   for `step`: `step(−u) = 1 − step(u)` is false at `u = 0`, where both
///   steps are 0; and none for `relu`: `relu(−u) = relu(u) − u` holds as
///   values, but its derivative `step(u) − 1` is −1 at the kink, where
///   relu's chain rule `−step(−u)` gives 0)
/// - values at constants: `σ(0) = 1/2`, `tanh 0 = 0`, `relu(r) = max(0, r)`,
///   `step(r) = [r > 0]` (so `step(0) = 0`), `sqrt 0 = 0`, `sqrt 1 = 1`, `sin 0 = 0`, `cos 0 = 1`,
///   `sqrt(r) = s` for a rational square `r = s²`, `s ≥ 0`
/// - atoms that are never negative: `relu(f(u)) = f(u)` for `f` in exp, σ,
///   softplus, relu, step, sqrt; `step(f(u)) = 1` for exp, σ, softplus;
///   `step(s·q) = s·step(q)` for a product `s` of steps (so `step(relu u) =
///   step u`), `step(step u) = step u`; in products
///   `step(u)ᵉ = step(u)` and `step(u)·step(−u) = 0`; the sign of a product,
///   `step(x·y) = step(x)·step(y) + step(−x)·step(−y)`, `step(x²) = step(x) + step(−x)`
/// - `pow(x, k) = xᵏ` for an integer constant `k`, `pow(x, k/2) = sqrt(x)ᵏ`,
///   else `exp(y·log x)`; products apply `sqrt(u)² = u` for polynomial `u`;
///   `sqrt(p²) = |p| = 2·relu(p) − p` for a polynomial square `p²`.
extension Symbolic {
    /// The atom `function(argument)` without normalisation.
    package static func atom(_ function: AtomFunction, _ argument: Symbolic) -> Symbolic {
        Symbolic(atom: FunctionAtom(function: function, argument: argument))
    }

    /// Whether the leading coefficient of the numerator is negative (the
    /// denominator's is 1), i.e. `self` is "negative" in the canonical sense.
    package var hasNegativeLeadingCoefficient: Bool {
        undefinedReason == nil && numerator.leadingCoefficient.isNegative
    }

    /// The single atom this value is (coefficient 1, exponent 1), if any.
    package var asAtom: FunctionAtom? {
        guard undefinedReason == nil, denominator.isOne, numerator.terms.count == 1 else {
            return nil
        }
        let t = numerator.terms[0]
        guard t.coefficient.isOne, t.monomial.factors.count == 1,
            Monomial.exponentOf(t.monomial.factors[0]) == 1,
            case .atom(let atom) = IndeterminateTable.shared.indeterminate(
                Monomial.indeterminateOf(t.monomial.factors[0]))
        else { return nil }
        return atom
    }

    /// `eᵘ`, split over the terms of a polynomial argument (see the extension's rules).
    public static func exp(_ u: Symbolic) -> Symbolic {
        if u.undefinedReason != nil { return u }
        guard u.denominator.isOne else { return atom(.exp, u) }
        var result = Symbolic.one
        for term in u.numerator.terms {
            let c = term.coefficient
            let m = Symbolic(Polynomial(monomial: term.monomial))
            guard let p = c.numerator.intValue, Swift.abs(p) <= 4096 else {
                result =
                    result
                    * atom(.exp, Symbolic(Polynomial(monomial: term.monomial, coefficient: c)))
                continue
            }
            // exp(k·softplus w) = (1 + eʷ)ᵏ, true everywhere.
            if c.isInteger, let a = m.asAtom, a.function == .softplus {
                result = result * (Symbolic.one + exp(a.argument)).power(p)
                continue
            }
            if c.isInteger, let logArgument = m.asAtom, logArgument.function == .log {
                result = result * logArgument.argument.power(p)
                continue
            }
            // exp((p/2)·log w) = sqrt(w)ᵖ: the left needs w > 0, the right w ≥ 0.
            if c.denominator == BigInteger(2), let logArgument = m.asAtom,
                logArgument.function == .log
            {
                result = result * sqrt(logArgument.argument).power(p)
                continue
            }
            let base =
                c.isInteger
                ? atom(.exp, m)
                : atom(
                    .exp,
                    Symbolic(
                        Polynomial(
                            monomial: term.monomial,
                            coefficient: Rational(
                                normalizedNumerator: .one, denominator: c.denominator))))
            result = result * base.power(p)
        }
        return result
    }

    /// The natural logarithm, with `log(exp u) = u` and `log(1 + eʷ) = softplus(w)`.
    public static func log(_ u: Symbolic) -> Symbolic {
        if u.undefinedReason != nil { return u }
        if let c = u.constantValue, c.isOne { return .zero }
        if let c = u.constantValue, let split = logarithmOfConstant(c) { return split }
        if !u.denominator.isOne, u.denominator.terms.count == 1,
            u.denominator.terms[0].coefficient.isOne
        {
            // log(N / Π exp(wᵢ)^eᵢ) = log N − Σ eᵢwᵢ: the denominator is
            // positive, so log N is defined exactly where log u is.
            var sum = Symbolic.zero
            var onlyExponentials = true
            for f in u.denominator.terms[0].monomial.factors {
                if case .atom(let a) = IndeterminateTable.shared.indeterminate(
                    Monomial.indeterminateOf(f)), a.function == .exp
                {
                    sum = sum + Symbolic(Int(Monomial.exponentOf(f))) * a.argument
                } else {
                    onlyExponentials = false
                }
            }
            if onlyExponentials { return log(Symbolic(u.numerator)) - sum }
        }
        if !u.denominator.isOne, isPositiveExponentialForm(u.numerator),
            isPositiveExponentialForm(u.denominator)
        {
            // log(N/D) = log N − log D when N and D are sums of exponentials
            // with positive coefficients (so both are positive everywhere).
            return log(Symbolic(u.numerator)) - log(Symbolic(u.denominator))
        }
        guard u.denominator.isOne else { return atom(.log, u) }
        if let pulled = logarithmPullingExponentials(u) { return pulled }
        // log(p²) = 2·log|p|: both are defined exactly where p ≠ 0.
        if u.constantValue == nil, let p = u.numerator.exactSquareRoot {
            return Symbolic(2) * log(absolute(Symbolic(p)))
        }
        if u.numerator.terms.count == 1 {
            // log(c·m·Π exp(wᵢ)^eᵢ) = log(c·m) + Σ eᵢwᵢ, valid because exp(wᵢ) > 0.
            let t = u.numerator.terms[0]
            var rest: [UInt64] = []
            var restDegree = 0
            var sum = Symbolic.zero
            for f in t.monomial.factors {
                let e = Int(Monomial.exponentOf(f))
                if case .atom(let a) = IndeterminateTable.shared.indeterminate(
                    Monomial.indeterminateOf(f)), a.function == .exp
                {
                    sum = sum + Symbolic(e) * a.argument
                } else {
                    rest.append(f)
                    restDegree += e
                }
            }
            if rest.count != t.monomial.factors.count {
                let remaining = Polynomial(
                    monomial: Monomial(factors: rest, degree: restDegree),
                    coefficient: t.coefficient)
                return log(Symbolic(remaining)) + sum
            }
        }
        if u.numerator.terms.count == 2, u.numerator.constantTerm.isOne {
            let other = Symbolic(Polynomial(canonicalTerms: [u.numerator.terms[0]]))
            // log(1 + Π exp(wᵢ)^eᵢ) = log(1 + exp(Σ eᵢwᵢ)) = softplus(Σ eᵢwᵢ), by definition.
            if let w = exponentOfExponentialProduct(u.numerator.terms[0]) { return softplus(w) }
            // log(1 − σ(w)) = −softplus(w), true everywhere (σ ∈ (0, 1)).
            if let a = (-other).asAtom, a.function == .sigmoid { return -softplus(a.argument) }
        }
        if let split = logarithmOfTwoExponentials(u) { return split }
        // log σ(w) = −softplus(−w) = w − softplus(w), true everywhere.
        if let a = u.asAtom, a.function == .sigmoid { return a.argument - softplus(a.argument) }
        // log sqrt(w) = ½·log w: both are defined exactly where w > 0.
        if let a = u.asAtom, a.function == .sqrt { return log(a.argument) / Symbolic(2) }
        return atom(.log, u)
    }

    /// `Σ eᵢwᵢ` when `term` is `Π exp(wᵢ)^eᵢ` with coefficient 1 (at least one factor).
    static func exponentOfExponentialProduct(_ term: Polynomial.Term) -> Symbolic? {
        guard term.coefficient.isOne, !term.monomial.factors.isEmpty else { return nil }
        var sum = Symbolic.zero
        for f in term.monomial.factors {
            guard
                case .atom(let a) = IndeterminateTable.shared.indeterminate(
                    Monomial.indeterminateOf(f)), a.function == .exp
            else { return nil }
            sum = sum + Symbolic(Int(Monomial.exponentOf(f))) * a.argument
        }
        return sum
    }

    /// `|p| = 2·relu(p) − p`, exact at every real `p` (relu's kink included).
    static func absolute(_ p: Symbolic) -> Symbolic { Symbolic(2) * relu(p) - p }

    /// Whether every term of `p` has a positive coefficient and only
    /// exponential atoms as factors: such a polynomial is positive everywhere.
    static func isPositiveExponentialForm(_ p: Polynomial) -> Bool {
        p.terms.allSatisfy { term in
            !term.coefficient.isNegative && !term.coefficient.isZero
                && term.monomial.factors.allSatisfy { f in
                    if case .atom(let a) = IndeterminateTable.shared.indeterminate(
                        Monomial.indeterminateOf(f))
                    {
                        return a.function == .exp
                    }
                    return false
                }
        }
    }

    /// The square root (an atom; `sqrt 0 = 0`, `sqrt 1 = 1`, and `sqrt(u)² = u` in products);
    /// `sqrt(p²/q²) = |p|/|q|` for polynomials `p`, `q` (true at every real point);
    /// positive factors pulled out of the radicand (``squareRootPullingFactors(_:)``).
    public static func sqrt(_ u: Symbolic) -> Symbolic {
        if let c = u.constantValue, c.isZero || c.isOne { return u }
        if let c = u.constantValue, let root = c.exactSquareRoot { return Symbolic(root) }
        if u.undefinedReason == nil, u.constantValue == nil,
            let p = u.numerator.exactSquareRoot, let q = u.denominator.exactSquareRoot
        {
            return absolute(Symbolic(p)) / absolute(Symbolic(q))
        }
        if u.undefinedReason != nil { return u }
        // sqrt 8 = 2·sqrt 2, sqrt(exp u) = exp(u/2), sqrt(c²·p) = |c|·sqrt p.
        return squareRootPullingFactors(u) ?? atom(.sqrt, u)
    }

    /// The sine, odd: `sin(−u) = −sin u`.
    public static func sin(_ u: Symbolic) -> Symbolic {
        if u.undefinedReason != nil || u.isExactlyZero { return u }
        if u.hasNegativeLeadingCoefficient { return -sin(-u) }
        return atom(.sin, u)
    }

    /// The cosine, even: `cos(−u) = cos u`.
    public static func cos(_ u: Symbolic) -> Symbolic {
        if u.undefinedReason != nil { return u }
        if u.isExactlyZero { return .one }
        if u.hasNegativeLeadingCoefficient { return cos(-u) }
        return atom(.cos, u)
    }

    /// The hyperbolic tangent, odd, with `tanh' = 1 − tanh²`.
    public static func tanh(_ u: Symbolic) -> Symbolic {
        if u.undefinedReason != nil || u.isExactlyZero { return u }
        if u.hasNegativeLeadingCoefficient { return -tanh(-u) }
        return atom(.tanh, u)
    }

    /// `σ(u) = 1/(1 + e^(−u))`, with `σ' = σ(1 − σ)`.
    public static func sigmoid(_ u: Symbolic) -> Symbolic {
        if u.undefinedReason != nil { return u }
        if u.isExactlyZero {
            return Symbolic(Rational(normalizedNumerator: .one, denominator: BigInteger(2)))
        }
        if u.hasNegativeLeadingCoefficient { return .one - sigmoid(-u) }
        return atom(.sigmoid, u)
    }

    /// `softplus(u) = log(1 + e^u)`, with `softplus' = σ`.
    public static func softplus(_ u: Symbolic) -> Symbolic {
        if u.undefinedReason != nil { return u }
        if u.isExactlyZero { return atom(.log, Symbolic(2)) }
        if u.hasNegativeLeadingCoefficient { return softplus(-u) + u }
        // softplus(k·log v) = log(1 + vᵏ) (k ≤ 4, so vᵏ stays small): defined
        // wherever the left is (v > 0),
        // so softplus(−log v) = log(1 + v) − log v by the symmetry above.
        if u.isPolynomial, u.numerator.terms.count == 1,
            let k = u.numerator.terms[0].coefficient.numerator.intValue,
            u.numerator.terms[0].coefficient.isInteger, k <= 4,
            u.numerator.terms[0].monomial.factors.count == 1,
            let v = Symbolic(Polynomial(monomial: u.numerator.terms[0].monomial)).asAtom,
            v.function == .log
        {
            return log(.one + v.argument.power(k))
        }
        return atom(.softplus, u)
    }

    /// `relu(u) = max(0, u)`, stored as `u·step(u)` (true at every real `u`,
    /// `step(0) = 0` included), so its derivative is `step(u)·u′` and
    /// `x ⊙ step(x) = relu(x)`, `abs(x)² = x²` come out of the product rules.
    public static func relu(_ u: Symbolic) -> Symbolic {
        if u.undefinedReason != nil { return u }
        if let c = u.constantValue { return c.isNegative ? .zero : u }
        if let inner = u.asAtom, inner.function.isNonNegative { return u }
        // relu(p) = p for p ≥ 0, 0 for p ≤ 0 (provable signs, Symbolic+Sign).
        if u.isProvablyNonNegative { return u }
        if u.isProvablyNonPositive { return .zero }
        // No `relu(−u) = relu(u) − u`: true as values, but its derivative
        // `step(u) − 1` is −1 at the kink, where relu's (`−step(−u)`) is 0.
        return u * step(u)
    }

    /// The Heaviside step `step(u)` (1 for `u > 0`, 0 for `u ≤ 0`), relu's
    /// derivative; its derivative is 0 away from the kink. `step(−u)` is an
    /// atom of its own: `1 − step(u)` differs from it at `u = 0`.
    public static func step(_ u: Symbolic) -> Symbolic {
        if u.undefinedReason != nil { return u }
        if let c = u.constantValue { return c.signum > 0 ? .one : .zero }
        if let inner = u.asAtom {
            switch inner.function {
            // Positive everywhere.
            case .exp, .sigmoid, .softplus: return .one
            // step(v) ∈ {0, 1}.
            case .step: return u
            default: break
            }
        }
        // step(p) = 1 for p > 0, 0 for p ≤ 0 (provable signs, Symbolic+Sign);
        // a monotone function against a threshold (Symbolic+MonotoneStep).
        if u.isProvablyPositive { return .one }
        if u.isProvablyNonPositive { return .zero }
        // step(N/D) = step(N) for a provably positive denominator (1/eˣ).
        if !u.denominator.isOne, polynomialSign(u.denominator) == 2 {
            return step(Symbolic(u.numerator))
        }
        if let threshold = stepOfMonotone(u) { return threshold }
        // step(s·q) = s·step(q) for a product s of steps (s ∈ {0, 1}, step(0) = 0):
        // so step(relu v) = step(v·step v) = step(v).
        if u.isPolynomial {
            let content = u.numerator.monomialContent
            let steps = content.factors.filter { ($0 >> 62) & 1 == 1 }
            if !steps.isEmpty {
                let m = Monomial(
                    factors: steps, degree: steps.reduce(0) { $0 + Int(Monomial.exponentOf($1)) })
                let s = Symbolic(Polynomial(monomial: m))
                return s * step(Symbolic(u.numerator.dividingMonomials(by: m)))
            }
        }
        if let split = stepOfProduct(u) { return split }
        return atom(.step, u)
    }

    /// `x^y`: an exact power for an integer constant `y`, a power of
    /// `sqrt x` for a half-integer, else `exp(y·log x)`.
    public static func pow(_ x: Symbolic, _ y: Symbolic) -> Symbolic {
        if x.undefinedReason != nil { return x }
        if y.undefinedReason != nil { return y }
        if let c = y.constantValue, c.isInteger, let k = c.numerator.intValue,
            Swift.abs(k) <= 1 << 20
        {
            if k < 0, x.isExactlyZero { return .undefined(.divisionByZero) }
            return x.power(k)
        }
        if let c = y.constantValue, c.denominator == 2, let k = c.numerator.intValue,
            Swift.abs(k) <= 1 << 20
        {
            return sqrt(x).power(k)
        }
        return exp(y * log(x))
    }

    /// The `order`-th derivative of the user function `f` applied to `u`
    /// (a negative order is taken as 0); zero when `f`'s declared
    /// assumption says that derivative vanishes.
    public static func elementwise(
        _ f: ElementwiseFunction, derivativeOrder order: Int = 0, _ u: Symbolic
    ) -> Symbolic {
        if u.undefinedReason != nil { return u }
        if let k = f.vanishingDerivativeOrder, order >= k { return .zero }
        if let k = f.vanishingDerivativeOrder, !u.isExactlyZero, k - order <= 12 {
            // f⁽ᵏ⁾ = 0 makes f a polynomial of degree < k, so Taylor's formula
            // at 0 is exact: f⁽ʳ⁾(u) = Σ_{j < k−r} f⁽ʳ⁺ʲ⁾(0)·uʲ/j!.
            var result = Symbolic.zero, power = Symbolic.one
            var factorial = 1
            for j in 0..<(k - Swift.max(0, order)) {
                let coefficient = atom(
                    .elementwise(f, derivativeOrder: Swift.max(0, order) + j), .zero)
                result = result + coefficient * power * Symbolic(Rational(1)) / Symbolic(factorial)
                power = power * u
                factorial *= j + 1
            }
            return result
        }
        return atom(.elementwise(f, derivativeOrder: Swift.max(0, order)), u)
    }
}
