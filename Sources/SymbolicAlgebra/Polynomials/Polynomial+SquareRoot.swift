extension Polynomial {
    /// The polynomial `p` with a positive leading coefficient and `p² = self`,
    /// when `self` is the square of a polynomial with rational coefficients;
    /// else `nil`.
    ///
    /// Term by term from the leading term (`lt(p) = √lt(self)`, then each
    /// next term is the leading term of the remainder `self − p²` divided by
    /// `2·lt(p)`); the result is returned only when the remainder is exactly
    /// zero, so a returned root is always exact.
    package var exactSquareRoot: Polynomial? {
        guard let lead = terms.first, !lead.coefficient.isNegative,
            let c = lead.coefficient.exactSquareRoot
        else { return nil }
        var halved: [UInt64] = []
        for f in lead.monomial.factors {
            let e = Monomial.exponentOf(f)
            guard e % 2 == 0 else { return nil }
            halved.append(UInt64(Monomial.indeterminateOf(f)) << 32 | UInt64(e / 2))
        }
        let leadRoot = Monomial(factors: halved, degree: lead.monomial.degree / 2)
        var root = Polynomial(monomial: leadRoot, coefficient: c)
        let twiceLead = Polynomial(monomial: leadRoot, coefficient: c + c)
        for _ in 0...terms.count {
            guard let square = root.multiplied(by: root) else { return nil }
            let remainder = self - square
            guard let top = remainder.terms.first else { return root }
            guard
                let next = Polynomial(canonicalTerms: [top]).exactQuotient(
                    dividingBy: twiceLead, maximumSteps: 1),
                let term = next.terms.first, term.monomial < leadRoot
            else { return nil }
            root = root + next
        }
        return nil
    }
}
