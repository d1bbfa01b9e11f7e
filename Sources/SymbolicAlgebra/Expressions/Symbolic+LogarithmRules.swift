/// Normalisations of `log` that pull out what is positive everywhere.
extension Symbolic {
    /// The primes by which a constant's logarithm is split.
    static let smallPrimes: [Int] = {
        var primes: [Int] = []
        for n in 2...997 where primes.allSatisfy({ n % $0 != 0 }) { primes.append(n) }
        return primes
    }()

    /// `log c` for a positive rational constant `c = Π pᵢ^eᵢ · r/s`, split as
    /// `Σ eᵢ·log pᵢ + log r − log s` over the primes below 1000 (`r`, `s`
    /// the parts without such factors), so that `log(10^20) = 20·log 10`
    /// and `log(6) = log 2 + log 3` compare equal. `nil` for `c ≤ 0` and `c = 1`.
    static func logarithmOfConstant(_ c: Rational) -> Symbolic? {
        guard c.signum > 0, !c.isOne else { return nil }
        var sum = Symbolic.zero
        for (value, sign) in [(c.numerator, 1), (c.denominator, -1)] where !value.isOne {
            var rest = value
            for p in smallPrimes {
                let prime = BigInteger(p)
                var exponent = 0
                while true {
                    let (q, r) = rest.uncheckedQuotientAndRemainder(dividingBy: prime)
                    guard r.isZero else { break }
                    rest = q
                    exponent += 1
                }
                if exponent > 0 {
                    sum = sum + Symbolic(sign * exponent) * atom(.log, Symbolic(Rational(prime)))
                }
                if rest.isOne { break }
            }
            if !rest.isOne { sum = sum + Symbolic(sign) * atom(.log, Symbolic(Rational(rest))) }
        }
        return sum
    }

    /// `log(E·P) = Σ eᵢwᵢ + log P` when every term of a polynomial `u` shares
    /// the factor `E = Π exp(wᵢ)^eᵢ` (positive, so both sides are defined
    /// at the same points): `log(Σⱼ exp(xⱼ + c)) = c + log(Σⱼ exp(xⱼ))`.
    static func logarithmPullingExponentials(_ u: Symbolic) -> Symbolic? {
        guard u.undefinedReason == nil, u.denominator.isOne, u.numerator.terms.count >= 2 else {
            return nil
        }
        guard let (e, sum) = exponentialContent(u.numerator) else { return nil }
        return log(Symbolic(u.numerator.dividingMonomials(by: e))) + sum
    }

    /// The factor `E = Π exp(wᵢ)^eᵢ` that every term of `p` shares, with
    /// `Σ eᵢwᵢ` (so `E = exp(Σ eᵢwᵢ)`); `nil` when there is none.
    static func exponentialContent(_ p: Polynomial) -> (factor: Monomial, sum: Symbolic)? {
        var factors: [UInt64] = []
        var degree = 0
        var sum = Symbolic.zero
        for f in p.monomialContent.factors {
            if case .atom(let a) = IndeterminateTable.shared.indeterminate(
                Monomial.indeterminateOf(f)), a.function == .exp
            {
                let e = Int(Monomial.exponentOf(f))
                factors.append(f)
                degree += e
                sum = sum + Symbolic(e) * a.argument
            }
        }
        if factors.isEmpty { return nil }
        return (Monomial(factors: factors, degree: degree), sum)
    }

    /// `log(c·E₀ + c·E₁) = log c + w₀ + softplus(w₁ − w₀)` for a polynomial
    /// of two terms with one positive coefficient `c`, each monomial `Eᵢ` a
    /// product of exponentials `exp(wᵢ)` (or 1, `wᵢ = 0`): the log-sum-exp of
    /// two terms, true everywhere (both sides are defined at every point).
    /// Softplus's symmetry makes the choice of `w₀` immaterial:
    /// `a + softplus(b − a) = b + softplus(a − b)`.
    static func logarithmOfTwoExponentials(_ u: Symbolic) -> Symbolic? {
        guard u.isPolynomial, u.numerator.terms.count == 2 else { return nil }
        let terms = u.numerator.terms
        let c = terms[0].coefficient
        guard c == terms[1].coefficient, c.signum > 0 else { return nil }
        var exponents: [Symbolic] = []
        for t in terms {
            if t.monomial.isOne {
                exponents.append(.zero)
                continue
            }
            let unit = Polynomial.Term(monomial: t.monomial, coefficient: .one)
            guard let w = exponentOfExponentialProduct(unit) else { return nil }
            exponents.append(w)
        }
        return log(Symbolic(c)) + exponents[0] + softplus(exponents[1] - exponents[0])
    }
}
