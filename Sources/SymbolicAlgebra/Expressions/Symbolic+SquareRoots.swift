/// Square roots: factors pulled out of the radicand, and products of roots
/// merged into one root.
///
/// Each rule holds at every point where the original is defined (a root of
/// a negative value is undefined), and may only extend that domain:
/// - `sqrt(c) = (s/b)·sqrt(t)` for a positive rational `c = a/b` with
///   `a·b = s²·t` over the primes below 1000 (and a square of larger primes
///   in what they leave), so `sqrt 8 = 2·sqrt 2`,
///   `sqrt(1/2) = sqrt(2)/2`;
/// - `sqrt(c·q) = |c|^½·sqrt(q)` for the rational content `c` of a
///   polynomial (the constant part split as above), so
///   `sqrt(10⁴⁰⁰·p) = 10²⁰⁰·sqrt p`;
/// - `sqrt(g²ᵏ·p) = |g|ᵏ·sqrt(p)` for a factor `g²ᵏ` of every term, when
///   `p ≥ 0` is provable (``isProvablyNonNegative``), so `sqrt(x²·Σy²) =
///   |x|·sqrt(Σy²)`; without it `g = 0`, `p < 0` would lose a defined point;
/// - `sqrt(E·p) = exp(w/2)·sqrt(p)` for a factor `E = exp(w)` of every term
///   (positive, so both sides are defined where `p ≥ 0`), and
///   `sqrt(p/E) = exp(−w/2)·sqrt(p)`, so `sqrt(exp x) = exp(x/2)`;
/// - at comparison time (``mergingSquareRoots()``), `sqrt(u)·sqrt(v) =
///   sqrt(u·v)` and `sqrt(u)²ᵏ = uᵏ`: true where `u, v ≥ 0`, defined on a
///   larger set (`u, v < 0`) that the original never reaches.
extension Symbolic {
    /// `(s, t)` with `n = s²·t`, `s ≥ 1`, where `t` holds no square of a
    /// prime below 1000, and its part free of those primes is no square
    /// above 1 (`n > 0`).
    static func squareSplit(_ n: BigInteger) -> (root: BigInteger, rest: BigInteger) {
        var rest = n
        var root = BigInteger.one
        for p in smallPrimes {
            if rest.isOne { break }
            let prime = BigInteger(p)
            let square = prime * prime
            while true {
                let (q, r) = rest.uncheckedQuotientAndRemainder(dividingBy: square)
                guard r.isZero else { break }
                rest = q
                root = root * prime
            }
        }
        // What the small primes leave (each now at most once) may be a square
        // of large ones: 10¹⁶ + 1 = 353·449·641·1409·69857.
        var small = BigInteger.one
        var large = rest
        for p in smallPrimes where !large.isOne {
            let prime = BigInteger(p)
            let (q, r) = large.uncheckedQuotientAndRemainder(dividingBy: prime)
            if r.isZero {
                large = q
                small = small * prime
            }
        }
        if !large.isOne, let s = large.exactSquareRoot { return (root * s, small) }
        return (root, rest)
    }

    /// `sqrt(c) = f·sqrt(t)` for a positive rational `c`: the factor `f`
    /// and the integer `t` (see ``squareSplit(_:)``).
    static func squareRootOfConstant(_ c: Rational) -> (factor: Rational, radicand: BigInteger) {
        let (s, t) = squareSplit(c.numerator * c.denominator)
        return (Rational.reduced(s, c.denominator), t)
    }

    /// The square root with its positive factors pulled out of the
    /// radicand (see the extension), or `nil` when none is.
    static func squareRootPullingFactors(_ u: Symbolic) -> Symbolic? {
        guard u.undefinedReason == nil else { return nil }
        if let c = u.constantValue {
            guard c.signum > 0 else { return nil }
            let (factor, t) = squareRootOfConstant(c)
            guard !factor.isOne else { return nil }
            return Symbolic(factor) * atom(.sqrt, Symbolic(Rational(t)))
        }
        var scale = Symbolic.one
        var numerator = u.numerator
        if !u.denominator.isOne {
            // sqrt(p / Π exp(wᵢ)^eᵢ) = exp(−Σ eᵢwᵢ/2)·sqrt(p).
            guard u.denominator.terms.count == 1,
                let w = exponentOfExponentialProduct(u.denominator.terms[0])
            else { return nil }
            scale = exp(-w / Symbolic(2))
        }
        // sqrt(Π exp(wᵢ)^eᵢ · p) = exp(Σ eᵢwᵢ/2)·sqrt(p).
        if let (e, sum) = exponentialContent(numerator) {
            numerator = numerator.dividingMonomials(by: e)
            scale = scale * exp(sum / Symbolic(2))
        }
        // sqrt(g²ᵏ·p) = |g|ᵏ·sqrt(p) when p ≥ 0 is provable: at g = 0 with
        // p < 0 the left side is defined (0) and the right one is not.
        var squares: [UInt64] = []
        var squareDegree = 0
        var absolutes = Symbolic.one
        for f in numerator.monomialContent.factors where Monomial.exponentOf(f) >= 2 {
            let k = Int(Monomial.exponentOf(f) / 2)
            squares.append((f >> 32) << 32 | UInt64(2 * k))
            squareDegree += 2 * k
            let g = Symbolic(
                Polynomial(monomial: Monomial(indeterminate: Monomial.indeterminateOf(f))))
            absolutes = absolutes * absolute(g).power(k)
        }
        if !squares.isEmpty {
            let rest = numerator.dividingMonomials(
                by: Monomial(factors: squares, degree: squareDegree))
            if polynomialSign(rest) >= 1 {
                numerator = rest
                scale = scale * absolutes
            }
        }
        // sqrt(c·q) = (s/b)·sqrt(t·q) for the content c = a/b, a·b = s²·t.
        let content = numerator.rationalContent
        let magnitude = content.isNegative ? -content : content
        if let inverse = magnitude.reciprocal, !magnitude.isOne {
            let (factor, t) = squareRootOfConstant(magnitude)
            let radicand = numerator.scaled(by: inverse * Rational(t))
            if !factor.isOne || radicand != numerator {
                numerator = radicand
                scale = scale * Symbolic(factor)
            }
        }
        if scale.constantValue?.isOne == true && numerator == u.numerator { return nil }
        return scale * sqrt(Symbolic(numerator))
    }

    /// The value with the square roots of each term merged into one,
    /// `sqrt(u)·sqrt(v) = sqrt(u·v)` and `sqrt(u)²ᵏ = uᵏ` (in atom arguments
    /// too), each root rebuilt by ``sqrt(_:)``: the checker compares
    /// differences in this form, where `norm(x)·norm(y)` and
    /// `norm(kron(x, y))` become one root. Equal to `self` wherever `self`
    /// is defined (see the extension). Unchanged when no root occurs.
    public func mergingSquareRoots() -> Symbolic {
        guard undefinedReason == nil, containsSquareRoot else { return self }
        func merged(_ p: Polynomial) -> Symbolic {
            var sum = Symbolic.zero
            for term in p.terms {
                var plain = Symbolic(term.coefficient)
                var radicand = Symbolic.one
                var roots = 0
                for f in term.monomial.factors {
                    let id = Monomial.indeterminateOf(f)
                    let e = Int(Monomial.exponentOf(f))
                    guard case .atom(let a) = IndeterminateTable.shared.indeterminate(id) else {
                        plain = plain * Symbolic(Polynomial(monomial: Monomial(factors: [f],
                            degree: e)))
                        continue
                    }
                    let argument = a.argument.mergingSquareRoots()
                    if a.function == .sqrt {
                        plain = plain * argument.power(e / 2)
                        if e % 2 == 1 {
                            radicand = radicand * argument
                            roots += 1
                        }
                    } else {
                        plain = plain * Symbolic.apply(a.function, argument).power(e)
                    }
                }
                sum = sum + (roots == 0 ? plain : plain * Symbolic.sqrt(radicand))
            }
            return sum
        }
        return merged(numerator) / merged(denominator)
    }

    /// Whether a square-root atom occurs, in atom arguments too.
    var containsSquareRoot: Bool {
        guard undefinedReason == nil else { return false }
        for p in [numerator, denominator] {
            for id in p.indeterminateIdentifiers {
                if id & IndeterminateTable.squareRootFlag != 0 { return true }
                if case .atom(let a) = IndeterminateTable.shared.indeterminate(id),
                    a.argument.containsSquareRoot
                {
                    return true
                }
            }
        }
        return false
    }
}
