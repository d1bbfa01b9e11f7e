/// An exact rational number `numerator/denominator`, always normalised:
/// the denominator is positive and coprime to the numerator (zero is `0/1`).
///
/// Integer values (denominator 1, the common case in polynomial work) skip
/// every gcd. Division by zero does not trap: ``Rational/dividedBy(_:)``
/// throws, and the `/` operator is only offered through ``divided(by:)``.
public struct Rational: Sendable, Hashable, Comparable, CustomStringConvertible,
    ExpressibleByIntegerLiteral
{
    /// The numerator, carrying the sign.
    public let numerator: BigInteger
    /// The denominator, always positive.
    public let denominator: BigInteger

    /// Trusted initialiser: the pair must already be normalised.
    package init(normalizedNumerator: BigInteger, denominator: BigInteger) {
        numerator = normalizedNumerator
        self.denominator = denominator
    }

    /// The integer `value`.
    public init(_ value: BigInteger) { self.init(normalizedNumerator: value, denominator: .one) }

    /// The integer `value`.
    public init(_ value: Int) { self.init(BigInteger(value)) }

    public init(integerLiteral value: Int) { self.init(value) }

    /// The fraction `numerator/denominator`, normalised.
    /// - Throws: ``ExactArithmeticError/divisionByZero(operation:)`` for a
    ///   zero denominator.
    public init(_ numerator: BigInteger, _ denominator: BigInteger) throws {
        guard !denominator.isZero else {
            throw ExactArithmeticError.divisionByZero(
                operation: "Rational(\(numerator), \(denominator))")
        }
        self = Rational.reduced(numerator, denominator)
    }

    /// The fraction `numerator/denominator` of machine integers, normalised.
    /// - Throws: ``ExactArithmeticError/divisionByZero(operation:)`` for a
    ///   zero denominator.
    public init(_ numerator: Int, _ denominator: Int) throws {
        try self.init(BigInteger(numerator), BigInteger(denominator))
    }

    /// Normalises a pair with a non-zero denominator.
    package static func reduced(_ n: BigInteger, _ d: BigInteger) -> Rational {
        if d.isOne { return Rational(n) }
        let g = BigInteger.gcd(n, d)
        var p = g.isOne ? n : n.exactlyDivided(by: g)
        var q = g.isOne ? d : d.exactlyDivided(by: g)
        if q.isNegative { p = -p; q = -q }
        return Rational(normalizedNumerator: p, denominator: q)
    }

    public static let zero = Rational(0)
    public static let one = Rational(1)

    /// Whether the value is zero.
    @inlinable public var isZero: Bool { numerator.isZero }
    /// Whether the value is one.
    public var isOne: Bool { numerator.isOne && denominator.isOne }
    /// Whether the denominator is 1.
    public var isInteger: Bool { denominator.isOne }
    /// `-1`, `0` or `1`.
    public var signum: Int { numerator.signum }
    /// Whether the value is negative.
    public var isNegative: Bool { numerator.isNegative }

    /// The `Double` nearest to the value (correct to about one ulp, with
    /// gradual underflow and ±infinity beyond the range).
    public var doubleValue: Double {
        if denominator.isOne { return numerator.doubleValue }
        let n = numerator.magnitude
        // Scale so the integer quotient carries about 64 significant bits.
        let k = 64 - (n.bitWidth - denominator.bitWidth)
        let two = BigInteger(2)
        let scaledNumerator = k >= 0 ? n * (two.power(k) ?? .one) : n
        let scaledDenominator = k >= 0 ? denominator : denominator * (two.power(-k) ?? .one)
        let quotient = scaledNumerator.uncheckedQuotientAndRemainder(dividingBy: scaledDenominator)
            .quotient
        let value = Double(sign: .plus, exponent: -k, significand: quotient.doubleValue)
        return numerator.isNegative ? -value : value
    }

    public static prefix func - (x: Rational) -> Rational {
        Rational(normalizedNumerator: -x.numerator, denominator: x.denominator)
    }

    public static func + (lhs: Rational, rhs: Rational) -> Rational {
        if lhs.denominator.isOne && rhs.denominator.isOne {
            return Rational(lhs.numerator + rhs.numerator)
        }
        if lhs.denominator == rhs.denominator {
            return reduced(lhs.numerator + rhs.numerator, lhs.denominator)
        }
        return reduced(
            lhs.numerator * rhs.denominator + rhs.numerator * lhs.denominator,
            lhs.denominator * rhs.denominator)
    }

    public static func - (lhs: Rational, rhs: Rational) -> Rational { lhs + (-rhs) }

    public static func * (lhs: Rational, rhs: Rational) -> Rational {
        if lhs.denominator.isOne && rhs.denominator.isOne {
            return Rational(lhs.numerator * rhs.numerator)
        }
        return reduced(lhs.numerator * rhs.numerator, lhs.denominator * rhs.denominator)
    }

    public static func += (lhs: inout Rational, rhs: Rational) { lhs = lhs + rhs }
    public static func -= (lhs: inout Rational, rhs: Rational) { lhs = lhs - rhs }
    public static func *= (lhs: inout Rational, rhs: Rational) { lhs = lhs * rhs }

    /// `1/self`, or `nil` for zero.
    public var reciprocal: Rational? {
        if numerator.isZero { return nil }
        if numerator.isNegative {
            return Rational(normalizedNumerator: -denominator, denominator: -numerator)
        }
        return Rational(normalizedNumerator: denominator, denominator: numerator)
    }

    /// `self / divisor`.
    /// - Throws: ``ExactArithmeticError/divisionByZero(operation:)`` when
    ///   `divisor` is zero.
    public func divided(by divisor: Rational) throws -> Rational {
        guard let r = divisor.reciprocal else {
            throw ExactArithmeticError.divisionByZero(operation: "Rational \(self) / 0")
        }
        return self * r
    }

    /// The non-negative rational `s` with `s² = self`, when `self` is the
    /// square of a rational; else `nil` (also for negative values).
    public var exactSquareRoot: Rational? {
        guard !isNegative, let p = numerator.exactSquareRoot,
            let q = denominator.exactSquareRoot
        else { return nil }
        return Rational(normalizedNumerator: p, denominator: q)
    }

    /// `self` raised to an integer power; `nil` for `0` to a negative power.
    public func power(_ exponent: Int) -> Rational? {
        if exponent < 0 {
            guard let r = reciprocal, exponent != Int.min else { return nil }
            return r.power(-exponent)
        }
        guard let n = numerator.power(exponent), let d = denominator.power(exponent) else {
            return nil
        }
        return Rational(normalizedNumerator: n, denominator: d)
    }

    public static func < (lhs: Rational, rhs: Rational) -> Bool {
        lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
    }

    /// `n` or `n/d`.
    public var description: String {
        denominator.isOne ? numerator.description : "\(numerator)/\(denominator)"
    }

    /// Checks normalisation; used by tests.
    public func _checkInvariants() -> Bool {
        !denominator.isNegative && !denominator.isZero
            && BigInteger.gcd(numerator, denominator).isOne
            || (numerator.isZero && denominator.isOne)
    }
}

extension Rational {
    /// The exact value of a finite `Double` (every finite double is a
    /// dyadic rational); `nil` for infinities and NaN.
    public init?(exactly value: Double) {
        guard value.isFinite else { return nil }
        if value == 0 { self = .zero; return }
        // value = significand · 2^exponent with an integer significand.
        let exponent = Int(value.exponent) - Double.significandBitCount
        let significand = Int(
            value.significandBitPattern
                | (value.isNormal ? 1 << UInt64(Double.significandBitCount) : 0))
        let adjusted =
            value.isNormal
            ? exponent : Int(Double.leastNormalMagnitude.exponent) - Double.significandBitCount
        let magnitude = BigInteger(significand)
        let two = BigInteger(2)
        let r: Rational
        if adjusted >= 0 {
            r = Rational(magnitude * (two.power(adjusted) ?? .one))
        } else {
            r = Rational.reduced(magnitude, two.power(-adjusted) ?? .one)
        }
        self = value < 0 ? -r : r
    }
}
