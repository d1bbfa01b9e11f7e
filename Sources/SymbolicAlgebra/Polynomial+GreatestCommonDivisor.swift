/// Contents, primitive parts and greatest common divisors of polynomials over ℚ.
///
/// The gcd is the classical recursive one (Knuth, TAOCP vol. 2, 4.6.1):
/// `gcd(a, b) = gcd(cont_x a, cont_x b) · pp_x(prs_x(pp_x a, pp_x b))` for a
/// main variable `x`, where `cont_x` is the gcd of the coefficients in `x`,
/// `pp_x` the quotient by it, and `prs_x` the primitive pseudo-remainder
/// sequence. Variables in one argument only are removed first by taking the
/// content in them (a common divisor cannot contain them). The work is
/// bounded: past ``Polynomial/gcdWorkLimit`` terms the gcd gives up (`nil`),
/// and callers then keep the fraction unreduced, which is always exact.
extension Polynomial {
    /// Default bound on the terms the gcd may produce in all its
    /// pseudo-remainders before it gives up.
    public static let gcdWorkLimit = 20_000

    /// The content over ℚ: the rational `c` such that `self / c` has coprime
    /// integer coefficients and a positive leading coefficient (`0` for zero).
    public var rationalContent: Rational {
        guard let first = terms.first else { return .zero }
        var numerators = BigInteger.zero
        var denominators = BigInteger.one
        for t in terms {
            numerators = BigInteger.gcd(numerators, t.coefficient.numerator)
            let d = t.coefficient.denominator
            if !d.isOne {
                let g = BigInteger.gcd(denominators, d)
                denominators = denominators * d.exactlyDivided(by: g)
            }
        }
        let c = Rational.reduced(numerators, denominators)
        return first.coefficient.isNegative ? -c : c
    }

    /// `self` divided by its ``rationalContent``: coprime integer coefficients,
    /// positive leading coefficient (`0` for zero).
    public var primitivePart: Polynomial {
        let c = rationalContent
        guard let r = c.reciprocal else { return .zero }
        return scaled(by: r)
    }

    /// The greatest common divisor, normalised as a ``primitivePart`` (so
    /// unique): `gcd(0, 0) = 0`, `gcd(p, 0) = pp(p)`, and `1` when the only
    /// common divisors are constants. `nil` when the computation would
    /// exceed `workLimit` terms, an exponent would overflow, or the task's
    /// ``SymbolicBudget`` refuses a product.
    public func greatestCommonDivisor(
        with other: Polynomial, workLimit: Int = Polynomial.gcdWorkLimit
    ) -> Polynomial? {
        if isZero { return other.primitivePart }
        if other.isZero { return primitivePart }
        var work = workLimit
        return Polynomial.gcdOfNonZero(self, other, &work)
    }

    /// The coefficients of `self` as a polynomial in indeterminate `x`:
    /// `self = Σ_e coefficients[e] · xᵉ`, each coefficient free of `x`.
    package func coefficients(in x: UInt32) -> [Int: Polynomial] {
        var buckets: [Int: [Term]] = [:]
        for t in terms {
            let (rest, e) = t.monomial.removing(x)
            buckets[e, default: []].append(Term(monomial: rest, coefficient: t.coefficient))
        }
        return buckets.mapValues { Polynomial(collecting: $0) }
    }

    /// The degree in indeterminate `x` (`-1` for zero).
    package func degree(in x: UInt32) -> Int {
        guard !terms.isEmpty else { return -1 }
        return terms.reduce(0) { Swift.max($0, $1.monomial.exponent(of: x)) }
    }

    // MARK: - The recursive algorithm

    /// gcd of two non-zero polynomials, as a primitive part.
    private static func gcdOfNonZero(
        _ a: Polynomial, _ b: Polynomial, _ work: inout Int
    ) -> Polynomial? {
        if a.constantValue != nil || b.constantValue != nil { return .one }
        let ma = a.monomialContent, mb = b.monomialContent
        let common = ma.gcd(mb)
        guard
            let g = gcdWithoutMonomials(
                a.dividingMonomials(by: ma), b.dividingMonomials(by: mb), &work)
        else { return nil }
        if common.isOne { return g }
        return g.multiplied(byMonomial: common, coefficient: .one)
    }

    /// gcd of two non-zero polynomials, neither with a monomial factor.
    private static func gcdWithoutMonomials(
        _ a: Polynomial, _ b: Polynomial, _ work: inout Int
    ) -> Polynomial? {
        var a = a.primitivePart, b = b.primitivePart
        while true {
            if a == b { return a }
            if a.constantValue != nil || b.constantValue != nil { return .one }
            let va = a.indeterminateIdentifiers, vb = b.indeterminateIdentifiers
            // A common divisor is free of a variable that only one side has,
            // so it divides that side's content in the variable.
            if let x = va.subtracting(vb).min() {
                guard let c = content(of: a, in: x, &work) else { return nil }
                a = c
                continue
            }
            if let x = vb.subtracting(va).min() {
                guard let c = content(of: b, in: x, &work) else { return nil }
                b = c
                continue
            }
            // The main variable: the lowest degree, then the smallest id.
            guard
                let x = va.min(by: {
                    let l = Swift.max(a.degree(in: $0), b.degree(in: $0))
                    let r = Swift.max(a.degree(in: $1), b.degree(in: $1))
                    return l != r ? l < r : $0 < $1
                })
            else { return .one }
            guard let ca = content(of: a, in: x, &work), let cb = content(of: b, in: x, &work),
                let pa = a.exactQuotient(dividingBy: ca), let pb = b.exactQuotient(dividingBy: cb),
                let c = gcdOfNonZero(ca, cb, &work),
                let g = primitiveRemainderSequence(pa, pb, in: x, &work),
                let product = bounded(c, g, &work)
            else { return nil }
            return product.primitivePart
        }
    }

    /// The gcd of the coefficients of `p` in `x` (a primitive part, free of `x`).
    private static func content(
        of p: Polynomial, in x: UInt32, _ work: inout Int
    ) -> Polynomial? {
        let coefficients = p.coefficients(in: x).sorted {
            $0.value.terms.count < $1.value.terms.count
        }
        var g = Polynomial.zero
        for (_, c) in coefficients {
            if g.isZero {
                g = c.primitivePart
            } else {
                guard let next = gcdOfNonZero(g, c, &work) else { return nil }
                g = next
            }
            if g.constantValue != nil { return .one }
        }
        return g
    }

    /// The gcd in `x` of two polynomials primitive in `x`, by the primitive
    /// pseudo-remainder sequence.
    private static func primitiveRemainderSequence(
        _ a: Polynomial, _ b: Polynomial, in x: UInt32, _ work: inout Int
    ) -> Polynomial? {
        var (f, g) = a.degree(in: x) >= b.degree(in: x) ? (a, b) : (b, a)
        while true {
            // Primitive and free of x: a unit.
            if g.degree(in: x) == 0 { return .one }
            guard let r = pseudoRemainder(f, g, in: x, &work) else { return nil }
            if r.isZero { return g.primitivePart }
            guard let c = content(of: r, in: x, &work), let p = r.exactQuotient(dividingBy: c)
            else { return nil }
            (f, g) = (g, p.primitivePart)
        }
    }

    /// `prem_x(f, g)`: `lc(g)^k · f` reduced by `g` in `x`, up to a rational
    /// factor (each step is made primitive over ℚ, which keeps the
    /// coefficients small and does not change any gcd).
    private static func pseudoRemainder(
        _ f: Polynomial, _ g: Polynomial, in x: UInt32, _ work: inout Int
    ) -> Polynomial? {
        let dg = g.degree(in: x)
        guard let lg = g.coefficients(in: x)[dg] else { return nil }
        var r = f
        while !r.isZero {
            let dr = r.degree(in: x)
            if dr < dg { break }
            guard let lr = r.coefficients(in: x)[dr] else { return nil }
            let shift =
                dr == dg
                ? Monomial.one
                : Monomial(factors: [UInt64(x) << 32 | UInt64(dr - dg)], degree: dr - dg)
            guard let shifted = g.multiplied(byMonomial: shift, coefficient: .one),
                let t1 = bounded(lg, r, &work), let t2 = bounded(lr, shifted, &work)
            else { return nil }
            r = (t1 - t2).primitivePart
            work -= r.terms.count
            if work < 0 { return nil }
        }
        return r
    }

    /// A product counted against the work limit, refused (`nil`) before it
    /// starts when its term pairs exceed what is left.
    private static func bounded(
        _ a: Polynomial, _ b: Polynomial, _ work: inout Int
    ) -> Polynomial? {
        let (pairs, overflow) = a.terms.count.multipliedReportingOverflow(by: b.terms.count)
        if overflow || pairs > work { return nil }
        guard let p = a.multiplied(by: b) else { return nil }
        work -= p.terms.count
        return work < 0 ? nil : p
    }
}
