import MatrixNumerics

/// A closed interval `[lower, upper]` of exact rationals that is certain to
/// contain a real number: interval arithmetic with outward rounding to a
/// working precision (Moore, Kearfott & Cloud, *Introduction to Interval
/// Analysis*, 2009).
///
/// Every operation returns an interval that contains the exact result for
/// every choice of operands in the operand intervals, so a formula
/// evaluated in `CertifiedInterval` encloses its true value. Endpoints are
/// rounded outward to ``precision`` significant bits only when they grow
/// beyond it; exact inputs stay exact as long as they are small.
///
/// An interval that cannot be computed (a division by an interval containing
/// zero, `log` of an interval reaching zero or below, an argument beyond the
/// supported range) is *undefined*: like NaN, it propagates and compares
/// unequal to everything.
///
/// ```swift
/// let x = CertifiedInterval(Rational(2))
/// let e = CertifiedInterval.exp(x)      // ⊂ [7.389056098930649, 7.389056098930651]
/// e.excludesZero                        // true: the sign is certain
/// ```
public struct CertifiedInterval: Sendable {
    /// The lower end point.
    public let lower: Rational
    /// The upper end point (`lower ≤ upper`).
    public let upper: Rational
    /// Whether the value could not be enclosed (see the type's documentation).
    public let isUndefined: Bool

    /// The working precision in significant bits for results of arithmetic
    /// and elementary functions (a task-local value; 128 unless set with
    /// `CertifiedInterval.$precision.withValue(…)`).
    @TaskLocal public static var precision: Int = 128

    /// The interval `[lower, upper]`; undefined when `lower > upper`.
    public init(lower: Rational, upper: Rational) {
        if lower <= upper {
            self.lower = lower
            self.upper = upper
            isUndefined = false
        } else {
            self.lower = .zero
            self.upper = .zero
            isUndefined = true
        }
    }

    /// The exact point `[value, value]`.
    public init(_ value: Rational) {
        lower = value
        upper = value
        isUndefined = false
    }

    /// The exact value of a finite `Double`; undefined for NaN and infinities.
    public init(exactly value: Double) {
        if let r = Rational(exactly: value) { self.init(r) } else { self = .undefined }
    }

    /// The undefined interval.
    public static let undefined = CertifiedInterval(lower: .one, upper: .zero)

    /// Whether both end points are equal (an exact value).
    public var isPoint: Bool { !isUndefined && lower == upper }

    /// Whether zero lies outside the interval, so its sign is certain.
    public var excludesZero: Bool { !isUndefined && (lower.signum > 0 || upper.signum < 0) }

    /// Whether the interval contains `value`.
    public func contains(_ value: Rational) -> Bool {
        !isUndefined && lower <= value && value <= upper
    }

    /// Whether the two intervals are disjoint (both defined): their values
    /// are then certainly different.
    public func isDisjoint(from other: CertifiedInterval) -> Bool {
        !isUndefined && !other.isUndefined && (upper < other.lower || other.upper < lower)
    }

    /// `(lower + upper)/2`, exactly.
    public var midpoint: Rational { (lower + upper) * CertifiedInterval.half }

    /// `upper − lower`, exactly.
    public var width: Rational { upper - lower }

    /// The largest magnitude `max(|lower|, |upper|)`.
    public var magnitude: Rational {
        Swift.max(CertifiedInterval.abs(lower), CertifiedInterval.abs(upper))
    }

    static let half = CertifiedInterval.fraction(1, 2)

    static func abs(_ r: Rational) -> Rational { r.isNegative ? -r : r }

    /// `p/q` for a positive `q`.
    static func fraction(_ p: BigInteger, _ q: BigInteger) -> Rational {
        (try? Rational(p, q)) ?? .zero
    }

    /// `2^e` for any integer `e`.
    public static func powerOfTwo(_ e: Int) -> Rational {
        let p = BigInteger(2).power(Swift.abs(e)) ?? .one
        return e >= 0 ? Rational(p) : fraction(.one, p)
    }

    /// `r` rounded down (or up) to about `bits` significant bits, when its
    /// numerator and denominator together are longer than `2·bits + 64` bits.
    static func rounded(_ r: Rational, bits: Int, up: Bool) -> Rational {
        let n = r.numerator
        let d = r.denominator
        guard n.bitWidth + d.bitWidth > 2 * bits + 64 else { return r }
        let k = bits - (n.bitWidth - d.bitWidth)
        let scaledNumerator = k >= 0 ? n * (BigInteger(2).power(k) ?? .one) : n
        let scaledDenominator = k >= 0 ? d : d * (BigInteger(2).power(-k) ?? .one)
        guard
            let (quotient, remainder) = try? scaledNumerator.quotientAndRemainder(
                dividingBy: scaledDenominator)
        else { return r }
        var q = quotient
        // The quotient is truncated toward zero; move it outward.
        if !remainder.isZero {
            if up && !scaledNumerator.isNegative { q += .one }
            if !up && scaledNumerator.isNegative { q -= .one }
        }
        return Rational(q) * powerOfTwo(-k)
    }

    /// The interval with end points rounded outward to the working precision.
    static func outward(_ lower: Rational, _ upper: Rational) -> CertifiedInterval {
        let bits = precision
        return CertifiedInterval(
            lower: rounded(lower, bits: bits, up: false),
            upper: rounded(upper, bits: bits, up: true))
    }

    /// `self` widened by `radius ≥ 0` on both sides.
    func widened(by radius: Rational) -> CertifiedInterval {
        if isUndefined { return self }
        return CertifiedInterval.outward(lower - radius, upper + radius)
    }
}

extension CertifiedInterval: Equatable {
    /// Equal end points; undefined intervals are never equal.
    public static func == (lhs: CertifiedInterval, rhs: CertifiedInterval) -> Bool {
        !lhs.isUndefined && !rhs.isUndefined && lhs.lower == rhs.lower && lhs.upper == rhs.upper
    }
}

extension CertifiedInterval: CustomStringConvertible {
    /// `[lower, upper]` with the end points in decimal (17 significant
    /// digits, any exponent: `exp(-1000)` shows as `5.0759588975494567e-435`,
    /// not as `0.0`), or `undefined`.
    public var description: String {
        if isUndefined { return "undefined" }
        if isPoint { return CertifiedInterval.decimal(lower) }
        return "[\(CertifiedInterval.decimal(lower)), \(CertifiedInterval.decimal(upper))]"
    }

    /// `r` in scientific notation with `digits` significant digits
    /// (truncated toward zero), for any magnitude.
    public static func decimal(_ r: Rational, digits: Int = 17) -> String {
        if r.isZero { return "0" }
        let magnitude = abs(r)
        let ten = BigInteger(10)
        // An estimate of floor(log10 |r|), corrected below.
        var exponent = Int(
            (Double(magnitude.numerator.bitWidth - magnitude.denominator.bitWidth) * 0.30103)
                .rounded(.down))
        func scaled(_ e: Int) -> Rational {
            let p = ten.power(Swift.abs(e)) ?? .one
            return e >= 0 ? magnitude * fraction(.one, p) : magnitude * Rational(p)
        }
        while scaled(exponent) >= Rational(10) { exponent += 1 }
        while scaled(exponent) < Rational(1) { exponent -= 1 }
        let mantissa = scaled(exponent) * Rational(ten.power(digits - 1) ?? .one)
        let quotient = try? mantissa.numerator.quotientAndRemainder(
            dividingBy: mantissa.denominator)
        let integer = quotient?.quotient ?? .zero
        var text = integer.description
        if text.count > 1 { text.insert(".", at: text.index(after: text.startIndex)) }
        while text.contains(".") && (text.hasSuffix("0") || text.hasSuffix(".")) {
            text.removeLast()
        }
        return (r.isNegative ? "-" : "") + text + (exponent == 0 ? "" : "e\(exponent)")
    }
}

extension CertifiedInterval: Field {
    public static let zero = CertifiedInterval(Rational.zero)
    public static let one = CertifiedInterval(Rational.one)

    public init(_ integer: Int) { self.init(Rational(integer)) }

    /// Whether the interval is exactly `[0, 0]`.
    public var isZero: Bool { !isUndefined && lower.isZero && upper.isZero }

    public static prefix func - (x: CertifiedInterval) -> CertifiedInterval {
        x.isUndefined ? x : CertifiedInterval(lower: -x.upper, upper: -x.lower)
    }

    public static func + (lhs: CertifiedInterval, rhs: CertifiedInterval) -> CertifiedInterval {
        if lhs.isUndefined || rhs.isUndefined { return .undefined }
        return outward(lhs.lower + rhs.lower, lhs.upper + rhs.upper)
    }

    public static func - (lhs: CertifiedInterval, rhs: CertifiedInterval) -> CertifiedInterval {
        lhs + (-rhs)
    }

    public static func * (lhs: CertifiedInterval, rhs: CertifiedInterval) -> CertifiedInterval {
        if lhs.isUndefined || rhs.isUndefined { return .undefined }
        if lhs.isPoint && rhs.isPoint {
            let p = lhs.lower * rhs.lower
            return outward(p, p)
        }
        let products = [
            lhs.lower * rhs.lower, lhs.lower * rhs.upper, lhs.upper * rhs.lower,
            lhs.upper * rhs.upper,
        ]
        return outward(products.min() ?? .zero, products.max() ?? .zero)
    }

    /// Undefined when `rhs` contains zero.
    public static func / (lhs: CertifiedInterval, rhs: CertifiedInterval) -> CertifiedInterval {
        if lhs.isUndefined || !rhs.excludesZero { return .undefined }
        guard let a = rhs.upper.reciprocal, let b = rhs.lower.reciprocal else { return .undefined }
        return lhs * outward(a, b)
    }
}

extension CertifiedInterval: RealValued, PivotingStrategy {
    /// The midpoint as a `Double` (NaN when undefined).
    public var realValue: Double { isUndefined ? .nan : midpoint.doubleValue }

    /// `|midpoint|` for pivoting; a pivot interval containing zero makes the
    /// division undefined, never wrong.
    public var pivotMagnitude: Double? {
        let m = Swift.abs(realValue)
        return m.isFinite ? m : Double.greatestFiniteMagnitude
    }
}
