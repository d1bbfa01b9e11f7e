/// Sums of fractions over a common denominator smaller than the product of
/// the two: `a/b + c/d = (a·(d/g) + c·(b/g)) / (b·(d/g))` with `g` a common
/// factor of `b` and `d` (the denominator that divides the other, or their
/// gcd when both are small). Without it, `x/det² + y/det` would be stored
/// over `det³`, and inverse powers and nested inverses would swell.
extension Symbolic {
    /// Denominators up to this many terms (each) are reduced by their
    /// ``Polynomial/greatestCommonDivisor(with:workLimit:)``.
    package static let gcdDenominatorTerms = 24

    /// `lhs + rhs` over a reduced common denominator, or `nil` when the two
    /// denominators share no factor that was found (the caller then
    /// cross-multiplies). Both must be defined with different denominators.
    package static func sumOverCommonFactor(_ lhs: Symbolic, _ rhs: Symbolic) -> Symbolic? {
        let (a, b, c, d) = (lhs.numerator, lhs.denominator, rhs.numerator, rhs.denominator)
        if let q = d.cheapExactQuotient(dividingBy: b) {
            guard let aq = product(a, q) else { return .undefined(.exponentOverflow) }
            return normalized(aq + c, d)
        }
        if let q = b.cheapExactQuotient(dividingBy: d) {
            guard let cq = product(c, q) else { return .undefined(.exponentOverflow) }
            return normalized(a + cq, b)
        }
        guard b.terms.count <= gcdDenominatorTerms, d.terms.count <= gcdDenominatorTerms,
            let g = b.greatestCommonDivisor(with: d), g.constantValue == nil,
            let bq = b.exactQuotient(dividingBy: g), let dq = d.exactQuotient(dividingBy: g)
        else { return nil }
        guard let adq = product(a, dq), let cbq = product(c, bq), let den = product(b, dq) else {
            return .undefined(.exponentOverflow)
        }
        return normalized(adq + cbq, den)
    }
}

extension Polynomial {
    /// `self / divisor` when it is exact and the division is short, else
    /// `nil`. Cheap necessary conditions come first: the divisor's leading
    /// and trailing monomials (grlex) divide this one's, and its degree is
    /// not larger; the division stops after a few steps per term.
    package func cheapExactQuotient(dividingBy divisor: Polynomial) -> Polynomial? {
        guard let lead = divisor.terms.first, let top = terms.first,
            let last = divisor.terms.last, let bottom = terms.last,
            divisor.constantValue == nil, lead.monomial.degree <= top.monomial.degree,
            top.monomial.divided(by: lead.monomial) != nil,
            bottom.monomial.divided(by: last.monomial) != nil
        else { return nil }
        return exactQuotient(dividingBy: divisor, maximumSteps: 4 * terms.count + 64)
    }
}
