extension Symbolic {
    /// `a/b == c/d` decided with one small product when one denominator
    /// divides the other exactly: if `d = b·q` then `a/b = c/d ⇔ a·q = c`
    /// (since `b ≠ 0`). Cross-multiplication multiplies each numerator by
    /// the other's full denominator; derivatives of inverse powers
    /// (denominators `det(X)³` and `det(X)⁴`) make that the checker's most
    /// expensive step. `nil` when neither divides the other (a zero remainder
    /// proves divisibility; the division gives up after as many quotient
    /// terms as the larger denominator has) or the product is refused.
    static func equalByDenominatorQuotient(_ lhs: Symbolic, _ rhs: Symbolic) -> Bool? {
        let (small, large) =
            lhs.denominator.terms.count <= rhs.denominator.terms.count ? (lhs, rhs) : (rhs, lhs)
        guard !small.denominator.isOne, large.denominator.degree > small.denominator.degree,
            let q = large.denominator.exactQuotient(
                dividingBy: small.denominator, maximumSteps: large.denominator.terms.count),
            let p = product(small.numerator, q)
        else { return nil }
        return p == large.numerator
    }
}
