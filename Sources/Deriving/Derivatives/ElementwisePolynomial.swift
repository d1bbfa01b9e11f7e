import ClaimChecking
import ClaimLanguage

/// A sum of terms `c · Π fᵢ^kᵢ` over entrywise-commuting factors: the normal
/// form of `+ − ⊙ ⊘`, scalar multiples and divisions by scalars. Factors are
/// everything else (symbols, calls, matrix products, …), compared
/// structurally; integer exponents may be negative (`1 ./ a` is `a⁻¹`), so
/// `y ./ a .* a = y`. Sums in numerators are expanded, so
/// `−y ⊙ (1 − a) + (1 − y) ⊙ a = a − y`.
struct ElementwisePolynomial {
    /// Factor → exponent (never 0).
    typealias Monomial = [Expression: Int]
    var terms: [Monomial: ExactNumber]

    /// The most terms an expansion may produce before the normal form gives up.
    static let maximumTerms = 64

    static func constant(_ c: ExactNumber) -> ElementwisePolynomial {
        ElementwisePolynomial(terms: c.numerator == 0 ? [:] : [[:]: c])
    }

    static func factor(_ e: Expression, _ exponent: Int = 1) -> ElementwisePolynomial {
        ElementwisePolynomial(terms: [[e: exponent]: ExactNumber(1)!])
    }

    static func sum(_ a: ExactNumber, _ b: ExactNumber) -> ExactNumber? {
        let (x, o1) = a.numerator.multipliedReportingOverflow(by: b.denominator)
        let (y, o2) = b.numerator.multipliedReportingOverflow(by: a.denominator)
        let (d, o3) = a.denominator.multipliedReportingOverflow(by: b.denominator)
        let (n, o4) = x.addingReportingOverflow(y)
        return o1 || o2 || o3 || o4 ? nil : ExactNumber(n, d)
    }

    static func product(_ a: ExactNumber, _ b: ExactNumber) -> ExactNumber? {
        let (n, o1) = a.numerator.multipliedReportingOverflow(by: b.numerator)
        let (d, o2) = a.denominator.multipliedReportingOverflow(by: b.denominator)
        return o1 || o2 ? nil : ExactNumber(n, d)
    }

    func adding(_ other: ElementwisePolynomial) -> ElementwisePolynomial? {
        var t = terms
        for (m, c) in other.terms {
            guard let s = ElementwisePolynomial.sum(t[m] ?? ExactNumber(0)!, c) else { return nil }
            t[m] = s.numerator == 0 ? nil : s
        }
        return ElementwisePolynomial(terms: t)
    }

    func scaled(by c: ExactNumber) -> ElementwisePolynomial? {
        var t: [Monomial: ExactNumber] = [:]
        for (m, x) in terms {
            guard let p = ElementwisePolynomial.product(x, c) else { return nil }
            if p.numerator != 0 { t[m] = p }
        }
        return ElementwisePolynomial(terms: t)
    }

    func multiplied(by other: ElementwisePolynomial) -> ElementwisePolynomial? {
        var result = ElementwisePolynomial(terms: [:])
        for (m1, c1) in terms {
            for (m2, c2) in other.terms {
                var m = m1
                for (f, k) in m2 {
                    let e = (m[f] ?? 0) + k
                    m[f] = e == 0 ? nil : e
                }
                guard let c = ElementwisePolynomial.product(c1, c2),
                    let next = result.adding(ElementwisePolynomial(terms: [m: c]))
                else { return nil }
                result = next
                if result.terms.count > ElementwisePolynomial.maximumTerms { return nil }
            }
        }
        return result
    }

    /// `self⁻¹` for a single term; a sum becomes one factor with exponent −1.
    func reciprocal(of e: Expression) -> ElementwisePolynomial? {
        guard terms.count == 1, let (m, c) = terms.first, c.numerator != 0,
            let inverse = ExactNumber(c.denominator, c.numerator)
        else {
            return terms.isEmpty ? nil : .factor(e, -1)
        }
        return ElementwisePolynomial(terms: [m.mapValues { -$0 }: inverse])
    }

    /// The denominator every term shares — each factor with a negative
    /// exponent in all terms, at the smallest magnitude — and the sum with it
    /// multiplied out, so that `x/n − a/n` reads `(x − a)/n`; `nil` when
    /// there is none or fewer than two terms.
    func commonDenominator() -> (Monomial, ElementwisePolynomial)? {
        guard terms.count >= 2, let first = terms.keys.first else { return nil }
        var common: Monomial = [:]
        for (f, k) in first where k < 0 {
            var shared = k
            for m in terms.keys {
                guard let e = m[f], e < 0 else {
                    shared = 0
                    break
                }
                shared = Swift.max(shared, e)
            }
            if shared < 0 { common[f] = shared }
        }
        guard !common.isEmpty,
            let reduced = multiplied(
                by: ElementwisePolynomial(terms: [common.mapValues { -$0 }: ExactNumber(1)!]))
        else { return nil }
        return (common, reduced)
    }

    /// A polynomial with integer power `k` (`k ≥ 0`, bounded).
    func power(_ k: Int) -> ElementwisePolynomial? {
        guard k >= 0, k <= 8 else { return nil }
        var result = ElementwisePolynomial.constant(ExactNumber(1)!)
        for _ in 0..<k {
            guard let next = result.multiplied(by: self) else { return nil }
            result = next
        }
        return result
    }
}
