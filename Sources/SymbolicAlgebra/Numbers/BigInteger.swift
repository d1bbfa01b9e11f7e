/// An arbitrary-precision signed integer.
///
/// Values that fit in `Int` are stored inline and use overflow-checked
/// machine arithmetic; on overflow the operation falls back to a
/// sign-magnitude representation with 32-bit limbs. Arithmetic never traps
/// and never wraps: the only partial operation, division, throws on a zero
/// divisor (see ``quotientAndRemainder(dividingBy:)``).
public struct BigInteger: Sendable, Hashable, Comparable, CustomStringConvertible,
    ExpressibleByIntegerLiteral
{
    @usableFromInline
    package enum Storage: Sendable, Hashable {
        /// Every value that fits in `Int` uses this case (canonical form).
        case small(Int)
        /// Only values outside `Int`'s range; magnitude little-endian, no
        /// leading zero limbs.
        case large(negative: Bool, magnitude: [UInt32])
    }

    @usableFromInline package var storage: Storage

    @inlinable package init(storage: Storage) { self.storage = storage }

    /// The integer `value`.
    @inlinable public init(_ value: Int) { storage = .small(value) }

    public init(integerLiteral value: Int) { storage = .small(value) }

    /// The integer zero.
    public static let zero = BigInteger(0)
    /// The integer one.
    public static let one = BigInteger(1)

    /// Builds the canonical value from a sign and a magnitude.
    package static func normalized(negative: Bool, magnitude: [UInt32]) -> BigInteger {
        var mag = magnitude
        while let last = mag.last, last == 0 { mag.removeLast() }
        if mag.count <= 2 {
            let v =
                mag.count == 0
                ? 0 : (mag.count == 1 ? UInt64(mag[0]) : UInt64(mag[0]) | (UInt64(mag[1]) << 32))
            if !negative, v <= UInt64(Int.max) { return BigInteger(Int(v)) }
            if negative, v <= UInt64(Int.max) { return BigInteger(-Int(v)) }
            if negative, v == UInt64(Int.max) + 1 { return BigInteger(Int.min) }
        }
        return BigInteger(storage: .large(negative: negative, magnitude: mag))
    }

    /// Sign and magnitude of any value.
    package var signAndMagnitude: (negative: Bool, magnitude: [UInt32]) {
        switch storage {
        case .small(let v):
            let m = v.magnitude
            var mag: [UInt32] = []
            if m != 0 { mag.append(UInt32(truncatingIfNeeded: m)) }
            if m >> 32 != 0 { mag.append(UInt32(truncatingIfNeeded: m >> 32)) }
            return (v < 0, mag)
        case .large(let negative, let magnitude):
            return (negative, magnitude)
        }
    }

    /// The value as an `Int`, or `nil` when it does not fit.
    @inlinable public var intValue: Int? {
        if case .small(let v) = storage { return v }
        return nil
    }

    /// Whether the value is zero.
    @inlinable public var isZero: Bool {
        if case .small(let v) = storage { return v == 0 }
        return false
    }

    /// Whether the value is one.
    @inlinable public var isOne: Bool {
        if case .small(let v) = storage { return v == 1 }
        return false
    }

    /// `-1`, `0` or `1` according to the sign.
    public var signum: Int {
        switch storage {
        case .small(let v): return v.signum()
        case .large(let negative, _): return negative ? -1 : 1
        }
    }

    /// Whether the value is negative.
    public var isNegative: Bool { signum < 0 }

    /// The absolute value `|self|`.
    public var magnitude: BigInteger { isNegative ? -self : self }

    /// The nearest `Double` (±infinity beyond its range).
    public var doubleValue: Double {
        switch storage {
        case .small(let v): return Double(v)
        case .large(let negative, let magnitude):
            var d = 0.0
            for limb in magnitude.reversed() { d = d * 4294967296.0 + Double(limb) }
            return negative ? -d : d
        }
    }

    /// The number of significant bits of the magnitude (0 for zero).
    public var bitWidth: Int {
        let mag = signAndMagnitude.magnitude
        guard let last = mag.last else { return 0 }
        return (mag.count - 1) * 32 + (32 - last.leadingZeroBitCount)
    }

    // MARK: Arithmetic

    public static prefix func - (x: BigInteger) -> BigInteger {
        switch x.storage {
        case .small(let v):
            let (r, o) = (0).subtractingReportingOverflow(v)
            if !o { return BigInteger(r) }
            return normalized(negative: false, magnitude: x.signAndMagnitude.magnitude)
        case .large(let negative, let magnitude):
            return normalized(negative: !negative, magnitude: magnitude)
        }
    }

    public static func + (lhs: BigInteger, rhs: BigInteger) -> BigInteger {
        if case .small(let a) = lhs.storage, case .small(let b) = rhs.storage {
            let (r, o) = a.addingReportingOverflow(b)
            if !o { return BigInteger(r) }
        }
        return signedSum(lhs.signAndMagnitude, rhs.signAndMagnitude)
    }

    public static func - (lhs: BigInteger, rhs: BigInteger) -> BigInteger {
        if case .small(let a) = lhs.storage, case .small(let b) = rhs.storage {
            let (r, o) = a.subtractingReportingOverflow(b)
            if !o { return BigInteger(r) }
        }
        let r = rhs.signAndMagnitude
        return signedSum(
            lhs.signAndMagnitude, (r.magnitude.isEmpty ? false : !r.negative, r.magnitude))
    }

    public static func * (lhs: BigInteger, rhs: BigInteger) -> BigInteger {
        if case .small(let a) = lhs.storage, case .small(let b) = rhs.storage {
            let (r, o) = a.multipliedReportingOverflow(by: b)
            if !o { return BigInteger(r) }
        }
        let l = lhs.signAndMagnitude, r = rhs.signAndMagnitude
        return normalized(
            negative: l.negative != r.negative,
            magnitude: multiplyMagnitudes(l.magnitude, r.magnitude))
    }

    public static func += (lhs: inout BigInteger, rhs: BigInteger) { lhs = lhs + rhs }
    public static func -= (lhs: inout BigInteger, rhs: BigInteger) { lhs = lhs - rhs }
    public static func *= (lhs: inout BigInteger, rhs: BigInteger) { lhs = lhs * rhs }

    package static func signedSum(
        _ a: (negative: Bool, magnitude: [UInt32]), _ b: (negative: Bool, magnitude: [UInt32])
    ) -> BigInteger {
        if a.negative == b.negative {
            return normalized(
                negative: a.negative, magnitude: addMagnitudes(a.magnitude, b.magnitude))
        }
        let c = compareMagnitudes(a.magnitude, b.magnitude)
        if c == 0 { return .zero }
        if c > 0 {
            return normalized(
                negative: a.negative, magnitude: subtractMagnitudes(a.magnitude, b.magnitude))
        }
        return normalized(
            negative: b.negative, magnitude: subtractMagnitudes(b.magnitude, a.magnitude))
    }

    /// `self` raised to a non-negative power; `nil` for a negative exponent.
    public func power(_ exponent: Int) -> BigInteger? {
        guard exponent >= 0 else { return nil }
        var result = BigInteger.one, base = self, e = exponent
        while e > 0 {
            if e & 1 == 1 { result *= base }
            e >>= 1
            if e > 0 { base *= base }
        }
        return result
    }

    // MARK: Comparison

    public static func < (lhs: BigInteger, rhs: BigInteger) -> Bool {
        if case .small(let a) = lhs.storage, case .small(let b) = rhs.storage { return a < b }
        let l = lhs.signAndMagnitude, r = rhs.signAndMagnitude
        if l.negative != r.negative { return l.negative }
        let c = compareMagnitudes(l.magnitude, r.magnitude)
        return l.negative ? c > 0 : c < 0
    }

    // MARK: Magnitude kernels (little-endian UInt32 limbs)

    package static func compareMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        var i = a.count - 1
        while i >= 0 {
            if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    package static func addMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        var result = [UInt32](repeating: 0, count: long.count + 1)
        var carry: UInt64 = 0
        for i in 0..<long.count {
            let s = UInt64(long[i]) + (i < short.count ? UInt64(short[i]) : 0) + carry
            result[i] = UInt32(truncatingIfNeeded: s)
            carry = s >> 32
        }
        result[long.count] = UInt32(carry)
        return result
    }

    /// `a - b` for `a ≥ b`.
    package static func subtractMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var result = [UInt32](repeating: 0, count: a.count)
        var borrow: Int64 = 0
        for i in 0..<a.count {
            let t = Int64(a[i]) - (i < b.count ? Int64(b[i]) : 0) - borrow
            result[i] = UInt32(truncatingIfNeeded: t)
            borrow = t < 0 ? 1 : 0
        }
        return result
    }

    package static func multiplyMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        if a.isEmpty || b.isEmpty { return [] }
        var result = [UInt32](repeating: 0, count: a.count + b.count)
        for i in 0..<a.count {
            var carry: UInt64 = 0
            let ai = UInt64(a[i])
            if ai == 0 { continue }
            for j in 0..<b.count {
                // ai·bj + result + carry ≤ (2³²−1)² + 2(2³²−1) = 2⁶⁴ − 1.
                let t = ai * UInt64(b[j]) + UInt64(result[i + j]) + carry
                result[i + j] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
            result[i + b.count] = UInt32(truncatingIfNeeded: carry)
        }
        return result
    }
}
