import MatrixNumerics
import Testing
@testable import SymbolicAlgebra

@Suite struct BigIntegerTests {
    @Test func agreesWithIntWhereItFits() throws {
        var rng = SplitMix64(seed: 1)
        for _ in 0..<2000 {
            let bits = Int.random(in: 1...63, using: &rng)
            let a = Int.random(in: -(1 << (bits - 1))...(1 << (bits - 1)), using: &rng)
            let b = Int.random(in: -(1 << 31)...(1 << 31), using: &rng)
            let x = BigInteger(a), y = BigInteger(b)
            let (s, so) = a.addingReportingOverflow(b)
            if !so { #expect(x + y == BigInteger(s)) }
            let (d, dO) = a.subtractingReportingOverflow(b)
            if !dO { #expect(x - y == BigInteger(d)) }
            let (p, po) = a.multipliedReportingOverflow(by: b)
            if !po { #expect(x * y == BigInteger(p)) }
            if b != 0 {
                let (q, r) = try x.quotientAndRemainder(dividingBy: y)
                #expect(q == BigInteger(a / b) && r == BigInteger(a % b))
            }
            #expect((x < y) == (a < b))
            #expect(x.description == String(a))
        }
    }

    @Test func overflowPromotesInsteadOfTrapping() throws {
        let m = BigInteger(Int.max), n = BigInteger(Int.min)
        #expect((m + 1).description == "9223372036854775808")
        #expect((-n).description == "9223372036854775808")
        #expect((n * -1) == -n)
        #expect((n - 1).description == "-9223372036854775809")
        #expect(try n.quotientAndRemainder(dividingBy: -1).quotient == -n)
        #expect((m + 1) - 1 == m)
        #expect((m * m).description == "85070591730234615847396907784232501249")
        #expect(((m + 1) - (m + 1)).intValue == 0)
    }

    @Test func fiftyFactorial() throws {
        var f = BigInteger.one
        for k in 1...50 { f *= BigInteger(k) }
        #expect(
            f.description == "30414093201713378043612608166064768844377641568960512000000000000")
        #expect(
            BigInteger("30414093201713378043612608166064768844377641568960512000000000000") == f)
        var g = f
        for k in (1...50).reversed() {
            g = try g.quotientAndRemainder(dividingBy: BigInteger(k)).quotient
        }
        #expect(g == .one)
    }

    static func randomBig(_ rng: inout SplitMix64, limbs: Int) -> BigInteger {
        var x = BigInteger.zero
        for _ in 0..<limbs {
            x =
                x * BigInteger(1 << 32)
                + BigInteger(Int(UInt32.random(in: 0...UInt32.max, using: &rng)))
        }
        return Bool.random(using: &rng) ? -x : x
    }

    @Test func divisionIdentityOnRandomInputs() throws {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<400 {
            let a = Self.randomBig(&rng, limbs: Int.random(in: 1...9, using: &rng))
            var b = Self.randomBig(&rng, limbs: Int.random(in: 1...5, using: &rng))
            if b.isZero { b = 3 }
            let (q, r) = try a.quotientAndRemainder(dividingBy: b)
            #expect(q * b + r == a)
            #expect(r.magnitude < b.magnitude)
            #expect(r.isZero || r.isNegative == a.isNegative)
        }
        // Divisors whose top limb triggers the add-back step of algorithm D.
        let b = BigInteger("340282366920938463463374607431768211455")!  // 2¹²⁸ − 1
        let a = b * b + b - 1
        let (q, r) = try a.quotientAndRemainder(dividingBy: b)
        #expect(q == b && r == b - 1)
    }

    @Test func gcdOfLargeNumbers() throws {
        let two = BigInteger(2), three = BigInteger(3)
        let a = two.power(100)! * three.power(50)! * 5
        let b = two.power(80)! * three.power(60)! * 7
        #expect(BigInteger.gcd(a, b) == two.power(80)! * three.power(50)!)
        #expect(BigInteger.gcd(-a, b) == BigInteger.gcd(a, b))
        // gcd(F_m, F_n) = F_gcd(m,n)
        var fib: [BigInteger] = [0, 1]
        for k in 2...300 { fib.append(fib[k - 1] + fib[k - 2]) }
        #expect(BigInteger.gcd(fib[300], fib[200]) == fib[100])
        #expect(BigInteger.gcd(fib[299], fib[300]) == .one)
        #expect(BigInteger.gcd(.zero, .zero) == .zero)
    }

    /// The gcd takes the common power of two out before Euclid's algorithm:
    /// it must agree with plain Euclid on inputs with many, few and no
    /// factors of two (and with a power of two as one argument).
    @Test func gcdAgreesWithPlainEuclid() throws {
        func euclid(_ a: BigInteger, _ b: BigInteger) throws -> BigInteger {
            var p = a.magnitude, q = b.magnitude
            while !q.isZero { (p, q) = (q, try p.quotientAndRemainder(dividingBy: q).remainder) }
            return p
        }
        var rng = SplitMix64(seed: 11)
        for _ in 0..<200 {
            let shifts = (Int.random(in: 0...90, using: &rng), Int.random(in: 0...90, using: &rng))
            let common = Self.randomBig(&rng, limbs: Int.random(in: 0...2, using: &rng))
            let a = Self.randomBig(&rng, limbs: Int.random(in: 0...4, using: &rng)) * common
            let b = Self.randomBig(&rng, limbs: Int.random(in: 0...4, using: &rng)) * common
            let x = a.shiftedLeft(by: shifts.0), y = b.shiftedLeft(by: shifts.1)
            #expect(BigInteger.gcd(x, y) == (try euclid(x, y)), "\(x), \(y)")
            let power = BigInteger.one.shiftedLeft(by: shifts.1)
            #expect(BigInteger.gcd(x, power) == (try euclid(x, power)), "\(x), \(power)")
        }
    }

    @Test func shiftsMultiplyAndDivideByPowersOfTwo() throws {
        var rng = SplitMix64(seed: 12)
        for _ in 0..<100 {
            let x = Self.randomBig(&rng, limbs: Int.random(in: 0...5, using: &rng))
            let k = Int.random(in: 0...100, using: &rng)
            let p = try #require(BigInteger(2).power(k))
            #expect(x.shiftedLeft(by: k) == x * p)
            #expect(x.magnitudeShiftedRight(by: k) == (try x.magnitude.quotientAndRemainder(
                dividingBy: p).quotient))
            let z = x.trailingZeroBitCount
            if !x.isZero {
                #expect(x.magnitudeShiftedRight(by: z).shiftedLeft(by: z) == x.magnitude)
                #expect((try x.quotientAndRemainder(dividingBy: BigInteger(2).power(z + 1)!))
                    .remainder.isZero == false)
            }
        }
        #expect(BigInteger(Int.min).trailingZeroBitCount == 63)
        #expect(BigInteger(Int.min).magnitudeShiftedRight(by: 63) == .one)
        #expect(BigInteger(-5).shiftedLeft(by: 70) == -5 * BigInteger(2).power(70)!)
    }

    @Test func divisionByZeroThrows() {
        #expect(throws: ExactArithmeticError.self) {
            try BigInteger(5).quotientAndRemainder(dividingBy: .zero)
        }
    }

    @Test(arguments: [
        "0", "-1", "123456789012345678901234567890", "-99999999999999999999",
        "1000000000000000000000000000001",
    ])
    func decimalRoundTrip(_ text: String) throws {
        let x = try #require(BigInteger(text))
        #expect(x.description == text)
    }

    @Test func rejectsMalformedText() {
        #expect(BigInteger("12a") == nil)
        #expect(BigInteger("") == nil)
        #expect(BigInteger("-") == nil)
    }
}

@Suite struct RationalTests {
    @Test func normalisesSignAndCommonFactors() throws {
        let r = try Rational(6, -8)
        #expect(r.numerator == -3 && r.denominator == 4)
        #expect(r._checkInvariants())
        #expect(try Rational(0, -5) == .zero)
        #expect(throws: ExactArithmeticError.self) { try Rational(1, 0) }
    }

    @Test func arithmeticMatchesFractions() throws {
        var rng = SplitMix64(seed: 3)
        for _ in 0..<500 {
            let (a, b, c, d) = (
                Int.random(in: -50...50, using: &rng), Int.random(in: 1...50, using: &rng),
                Int.random(in: -50...50, using: &rng), Int.random(in: 1...50, using: &rng)
            )
            let x = try Rational(a, b), y = try Rational(c, d)
            #expect(x + y == (try Rational(a * d + c * b, b * d)))
            #expect(x - y == (try Rational(a * d - c * b, b * d)))
            #expect(x * y == (try Rational(a * c, b * d)))
            if c != 0 { #expect(try x.divided(by: y) == (try Rational(a * d, b * c))) }
            #expect((x < y) == (a * d < c * b))
            #expect((x + y)._checkInvariants() && (x * y)._checkInvariants())
        }
        #expect(throws: ExactArithmeticError.self) { try Rational(1).divided(by: .zero) }
        #expect(try Rational(1, 3).doubleValue == 1.0 / 3.0)
    }
}

@Suite struct BigIntegerSquareRootTests {
    /// `s = ⌊√n⌋` satisfies `s² ≤ n < (s + 1)²`, for small and 300-bit `n`.
    @Test func theIntegerSquareRootIsTheFloor() throws {
        var g = SplitMix64(seed: 11)
        var samples: [BigInteger] = (0...40).map { BigInteger($0) }
        for _ in 0..<40 {
            var n = BigInteger(Int(g.next() >> 2))
            for _ in 0..<Int(g.next() % 5) { n = n * BigInteger(Int(g.next() >> 2)) + .one }
            samples.append(n)
        }
        for n in samples {
            let s = n.integerSquareRoot
            let next = s + .one
            #expect(!(n < s * s) && n < next * next, "\(n): \(s)")
        }
    }

    /// Squares of numbers with prime factors above 1000 are found exactly:
    /// `10¹⁶ + 1 = 353·449·641·1409·69857`.
    @Test func squaresOfLargePrimesAreExact() throws {
        let a = try #require(BigInteger("10000000000000001"))
        #expect((a * a).exactSquareRoot == a)
        #expect((a * a + .one).exactSquareRoot == nil)
        let r = try Rational(a * a, BigInteger(4))
        #expect(r.exactSquareRoot == (try Rational(a, BigInteger(2))))
        let (root, rest) = Symbolic.squareSplit(a * a * BigInteger(8))
        #expect(root == a * BigInteger(2) && rest == BigInteger(2))
    }
}
