import MatrixNumerics
import Testing
@testable import SymbolicAlgebra

@Suite struct PolynomialGreatestCommonDivisorTests {
    let x = Symbolic.variable("x"), y = Symbolic.variable("y"), z = Symbolic.variable("z")

    func poly(_ s: Symbolic) -> Polynomial {
        precondition(s.isPolynomial)
        return s.numerator
    }

    func gcd(_ a: Symbolic, _ b: Symbolic) -> Polynomial? {
        poly(a).greatestCommonDivisor(with: poly(b))
    }

    @Test func contentAndPrimitivePart() throws {
        let half = Symbolic(try Rational(1, 2)), third = Symbolic(try Rational(1, 3))
        // −(x/2 + y/3) = −(1/6)(3x + 2y).
        let p = poly(-(half * x + third * y))
        #expect(p.rationalContent == (try Rational(-1, 6)))
        #expect(p.primitivePart == poly(3 * x + 2 * y))
        #expect(poly(6 * x * x - 4 * y).rationalContent == Rational(2))
        #expect(Polynomial.zero.rationalContent == .zero)
        #expect(Polynomial.zero.primitivePart == .zero)
        #expect(Polynomial(constant: Rational(-7)).primitivePart == .one)
    }

    @Test func zeroAndConstants() {
        #expect(Polynomial.zero.greatestCommonDivisor(with: .zero) == .zero)
        #expect(gcd(2 * x + 4, 0) == poly(x + 2))
        #expect(gcd(0, -3 * y) == poly(y))
        #expect(gcd(5, x + 1) == .one)
        #expect(gcd(x + 1, Symbolic(7)) == .one)
        #expect(gcd(Symbolic(6), Symbolic(4)) == .one)  // over ℚ every constant is a unit
    }

    @Test func knownMultivariateCases() {
        // (x + y)(x − y) and (x + y)²: gcd x + y.
        #expect(gcd((x + y) * (x - y), (x + y) * (x + y)) == poly(x + y))
        // Coprime factors: gcd 1.
        #expect(gcd(x * x + y * y + 1, x * y + z) == .one)
        // A common factor in three variables, times different cofactors.
        let f = x * y - z * z + 3
        // The gcd is a primitive part: its sign follows the leading term, which
        // depends on the order x, y, z were interned in this process.
        #expect(gcd(f * (x + z) * (x + z), f * (y - 2 * x)) == poly(f).primitivePart)
        // Monomial contents: gcd(x²y(x + 1), x y³ (x + 1)(y + 1)) = x y (x + 1).
        #expect(
            gcd(x * x * y * (x + 1), x * y * y * y * (x + 1) * (y + 1)) == poly(x * y * (x + 1)))
        // A variable only one side has: gcd(x·(y + 1), (y + 1)·(z + 2)) = y + 1.
        #expect(gcd(x * (y + 1), (y + 1) * (z + 2)) == poly(y + 1))
        // Symmetric in its arguments, and gcd(p, p) = pp(p).
        #expect(gcd(-2 * f, f * f) == poly(f).primitivePart)
        #expect(gcd(f * f, -2 * f) == poly(f).primitivePart)
    }

    @Test func theGcdDividesBothAndIsLargest() {
        // Random products a·g and b·g: the gcd is divisible by g and divides both.
        var rng = SplitMix64(seed: 5)
        let atoms = [x, y, z]
        func random() -> Symbolic {
            var s = Symbolic(Int.random(in: -3...3, using: &rng))
            for _ in 0..<3 {
                let v = atoms[Int.random(in: 0..<3, using: &rng)]
                let w = atoms[Int.random(in: 0..<3, using: &rng)]
                s = s + Symbolic(Int.random(in: -4...4, using: &rng)) * v * w
                s = s + Symbolic(Int.random(in: -4...4, using: &rng)) * v
            }
            return s
        }
        var checked = 0
        for _ in 0..<20 {
            let g = random(), a = random(), b = random()
            guard !g.isExactlyZero, !a.isExactlyZero, !b.isExactlyZero else { continue }
            guard let d = gcd(a * g, b * g) else {
                Issue.record("gcd gave up on small polynomials")
                continue
            }
            #expect(poly(a * g).exactQuotient(dividingBy: d) != nil)
            #expect(poly(b * g).exactQuotient(dividingBy: d) != nil)
            if g.constantValue == nil { #expect(d.exactQuotient(dividingBy: poly(g)) != nil) }
            checked += 1
        }
        #expect(checked >= 15)
    }

    @Test func coefficientsBeyondSixtyFourBitsTakeTheBigIntegerPath() throws {
        let big = BigInteger(1 << 62) * BigInteger(1 << 10)  // 2⁷², beyond Int
        let huge = Symbolic(Rational(big))
        let p = poly(huge * (x + y) * (x - 1)), q = poly(huge * 3 * (x + y) * (y + 1))
        #expect(p.rationalContent == Rational(big))
        #expect(p.greatestCommonDivisor(with: q) == poly(x + y))
        // Coefficients that only the big path can hold survive in the primitive part.
        let r = poly(huge * x + 1)
        #expect(r.primitivePart == r)
    }

    @Test func givesUpPastItsWorkLimit() {
        let f = (x + y + z + 1) * (x + y + z + 1) * (x + y + z + 1)
        let a = poly(f * (x - y)), b = poly(f * (y - z))
        #expect(a.greatestCommonDivisor(with: b, workLimit: 3) == nil)
        #expect(a.greatestCommonDivisor(with: b) == poly(f))
    }

    @Test func sumsUseTheSmallerCommonDenominator() {
        let d = x * y + z + 1
        // 1/d² + 1/d is stored over d², not d³.
        let s = 1 / (d * d) + 1 / d
        #expect(s.denominator == poly(d * d))
        #expect(s == (1 + d) / (d * d))
        // Denominators with a gcd neither divides: (x+1)(y+1) and (x+1)(z+1).
        let t = 1 / ((x + 1) * (y + 1)) + 1 / ((x + 1) * (z + 1))
        #expect(t.denominator.degree == 3)
        #expect(t == (y + z + 2) / ((x + 1) * (y + 1) * (z + 1)))
        #expect(s._checkInvariants() && t._checkInvariants())
    }
}
