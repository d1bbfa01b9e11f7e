/// Trigonometric identities, applied by the checker when plain comparison
/// finds a difference (as ``Symbolic/rewritingInExponentials()`` is).
extension Symbolic {
    /// The largest multiple `k` expanded in `sin(k·b)`, `cos(k·b)`.
    static let largestExpandedMultiple = 16

    /// Rewrites `sin` and `cos` into a canonical polynomial in the sines and
    /// cosines of base arguments, so that trigonometric identities become
    /// visible to exact comparison:
    /// - a sum of arguments by the addition formulas,
    ///   `sin(a + b) = sin a·cos b + cos a·sin b`,
    ///   `cos(a + b) = cos a·cos b − sin a·sin b`;
    /// - a multiple `(p/q)·m` of the base `b = m/L`, with `L` the common
    ///   denominator of `m`'s coefficients over every argument (`|pL/q| ≤ 16`), by
    ///   `cos(pb) + i·sin(pb) = (cos b + i·sin b)^p`;
    /// - then `cos(b)² = 1 − sin(b)²` in the numerator and the denominator,
    ///   which leaves every cosine of degree at most 1: the unique reduced
    ///   form modulo `sin² + cos² − 1`, so an identity of polynomials in
    ///   `sin b`, `cos b` becomes an exact zero.
    ///
    /// Every step is an identity at every real point.
    public func reducingTrigonometry() -> Symbolic {
        guard containsTrigonometry else { return self }
        // The common denominator of each monomial's coefficients over all
        // arguments: `sin(x + 1e-17)` and `sin(5e-18)` share the base 5e-18.
        var denominators: [[UInt64]: BigInteger] = [:]
        _ = mappingAtoms { atom, argument in
            guard atom.function == .sin || atom.function == .cos, argument.denominator.isOne
            else { return nil }
            for term in argument.numerator.terms {
                let d = term.coefficient.denominator
                let known = denominators[term.monomial.factors] ?? .one
                let g = BigInteger.gcd(known, d)
                denominators[term.monomial.factors] = known.exactlyDivided(by: g) * d
            }
            return nil
        }
        let expanded = mappingAtoms { atom, argument in
            switch atom.function {
            case .sin: return Symbolic.angle(argument, denominators)?.sin
            case .cos: return Symbolic.angle(argument, denominators)?.cos
            default: return nil
            }
        }
        if expanded.undefinedReason != nil { return expanded }
        return Symbolic.reducingCosineSquares(expanded.numerator)
            / Symbolic.reducingCosineSquares(expanded.denominator)
    }

    /// Whether a `sin` or `cos` atom occurs (in atoms' arguments too).
    var containsTrigonometry: Bool {
        guard undefinedReason == nil else { return false }
        for p in [numerator, denominator] {
            for term in p.terms {
                for f in term.monomial.factors {
                    if case .atom(let a) = IndeterminateTable.shared.indeterminate(
                        Monomial.indeterminateOf(f))
                    {
                        if a.function == .sin || a.function == .cos
                            || a.argument.containsTrigonometry
                        {
                            return true
                        }
                    }
                }
            }
        }
        return false
    }

    /// `(sin u, cos u)` expanded over the terms of a polynomial argument,
    /// `nil` when `u` is not a polynomial or a multiple is too large.
    static func angle(
        _ u: Symbolic, _ denominators: [[UInt64]: BigInteger]
    ) -> (sin: Symbolic, cos: Symbolic)? {
        guard u.undefinedReason == nil, u.denominator.isOne, !u.numerator.terms.isEmpty else {
            return nil
        }
        var result: (sin: Symbolic, cos: Symbolic) = (.zero, .one)
        for term in u.numerator.terms {
            let c = term.coefficient
            let common = denominators[term.monomial.factors] ?? c.denominator
            let scaled = c.numerator * common.exactlyDivided(by: c.denominator)
            guard let p = scaled.intValue, Swift.abs(p) <= largestExpandedMultiple else {
                return nil
            }
            let base = Symbolic(
                Polynomial(
                    monomial: term.monomial,
                    coefficient: Rational(normalizedNumerator: .one, denominator: common)))
            let s = Symbolic.sin(base)
            let k = Symbolic.cos(base)
            // (cos b + i sin b)^|p|
            var multiple: (sin: Symbolic, cos: Symbolic) = (.zero, .one)
            for _ in 0..<Swift.abs(p) {
                multiple = (
                    multiple.sin * k + multiple.cos * s, multiple.cos * k - multiple.sin * s
                )
            }
            if p < 0 { multiple.sin = -multiple.sin }
            result = (
                result.sin * multiple.cos + result.cos * multiple.sin,
                result.cos * multiple.cos - result.sin * multiple.sin
            )
        }
        return result
    }

    /// `p` with every `cos(b)^e`, `e ≥ 2`, written as
    /// `cos(b)^(e mod 2)·(1 − sin(b)²)^(e div 2)`.
    static func reducingCosineSquares(_ p: Polynomial) -> Symbolic {
        var sum = Symbolic.zero
        for term in p.terms {
            var product = Symbolic(term.coefficient)
            for f in term.monomial.factors {
                let id = Monomial.indeterminateOf(f)
                let e = Int(Monomial.exponentOf(f))
                let single = Symbolic(Polynomial(monomial: Monomial(indeterminate: id)))
                if e >= 2, case .atom(let a) = IndeterminateTable.shared.indeterminate(id),
                    a.function == .cos
                {
                    let sine = Symbolic.sin(a.argument)
                    let square = Symbolic.one - sine * sine
                    product =
                        product * (square.power(nonNegative: e / 2) ?? .one)
                        * (e % 2 == 1 ? single : .one)
                } else {
                    product = product * (single.power(nonNegative: e) ?? .one)
                }
            }
            sum = sum + product
        }
        return sum
    }
}
