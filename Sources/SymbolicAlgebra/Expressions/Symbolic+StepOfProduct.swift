/// The sign of a product is the product of the signs.
extension Symbolic {
    /// `step(c·Π gᵢ^eᵢ)` for a single term of at least two factors (counted
    /// with their exponents, at most four distinct ones): with `g⁺ = step(g)`,
    /// `g⁻ = step(−g)` (both 0 at `g = 0`),
    /// `[P > 0] = Σ_{even number of negative factors} Π gᵢ^±`, and
    /// `[P < 0]` the odd patterns; an even power `g^2k` contributes
    /// `[g ≠ 0] = g⁺ + g⁻`. So `step(x·y) = x⁺y⁺ + x⁻y⁻` and
    /// `step(x²) = x⁺ + x⁻`, true at every real point (zeros included:
    /// a zero factor makes every pattern 0, as `step(0) = 0`).
    static func stepOfProduct(_ u: Symbolic) -> Symbolic? {
        guard u.undefinedReason == nil, u.denominator.isOne, u.numerator.terms.count == 1 else {
            return nil
        }
        let term = u.numerator.terms[0]
        let factors = term.monomial.factors
        let units = factors.reduce(0) { $0 + Int(Monomial.exponentOf($1)) }
        guard units >= 2, factors.count <= 4 else { return nil }
        var positive = Symbolic.one
        var negative = Symbolic.zero
        for f in factors {
            let id = Monomial.indeterminateOf(f)
            let g = Symbolic(Polynomial(monomial: Monomial(indeterminate: id)))
            var plus = step(g)
            var minus = step(-g)
            if Monomial.exponentOf(f) % 2 == 0 {
                plus = plus + minus
                minus = .zero
            }
            (positive, negative) = (
                positive * plus + negative * minus, positive * minus + negative * plus
            )
        }
        return term.coefficient.isNegative ? negative : positive
    }
}
