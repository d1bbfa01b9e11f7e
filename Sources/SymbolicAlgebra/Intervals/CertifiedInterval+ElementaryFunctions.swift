import MatrixNumerics
import Synchronization

/// Rigorous enclosures of the elementary functions.
///
/// Goals, in order: (1) every result contains the true value; (2) the
/// enclosure shrinks as ``CertifiedInterval/precision`` grows; (3) speed.
///
/// - `exp x = (exp(x/2ˢ))^(2ˢ)` with `|x/2ˢ| ≤ ½`, the Taylor series summed
///   until a term is below `2^-(p+s+32)`, plus the tail bound `2·|last term|`
///   (the terms after it shrink by at least ½ each); monotone, so
///   `exp[a, b] = [exp a, exp b]`. Arguments with `|x| > 4096` are undefined.
/// - `log x = e·log 2 + 2·atanh t`, `x = m·2ᵉ`, `t = (m − 1)/(m + 1)`,
///   `|t| < ⅓`, `atanh t = Σ t²ᵏ⁺¹/(2k + 1)` with tail `≤ |last power|`;
///   `log 2 = 2·atanh ⅓`. Undefined unless the interval is positive.
/// - `sin`, `cos`: Taylor series with the alternating-series tail bound, at
///   the midpoint, widened by the half-width (both are 1-Lipschitz);
///   `|x| ≤ 64`.
/// - `sqrt x = exp(½ log x)` (`sqrt 0 = 0`), `σ x = 1/(1 + e⁻ˣ)`,
///   `tanh x = 1 − 2/(e²ˣ + 1)`, `softplus x = log1p(eˣ)` (`x + log1p(e⁻ˣ)`
///   for `x ≥ 0`): formulas in which `x` occurs once, so interval evaluation
///   encloses them tightly; `log1p u = 2·atanh(u/(2 + u))` keeps the bits of
///   a tiny `u`.
/// - `relu` exactly; `pow(x, k)` by multiplication for an exact integer `k`,
///   else `exp(k·log x)`.
extension CertifiedInterval: ElementaryFunctions {
    /// The largest `|x|` for which `exp` is enclosed.
    public static let maximumExpArgument = Rational(4096)

    public static func exp(_ x: CertifiedInterval) -> CertifiedInterval {
        if x.isUndefined { return x }
        return increasing(x, expPoint)
    }

    /// `f[a, b] = [f a, f b]` for an increasing `f`, from enclosures at the
    /// end points (undefined where either is).
    static func increasing(
        _ x: CertifiedInterval, _ point: (Rational) -> CertifiedInterval?
    ) -> CertifiedInterval {
        guard let low = point(x.lower) else { return .undefined }
        if x.isPoint { return low }
        guard let high = point(x.upper) else { return .undefined }
        return CertifiedInterval(lower: low.lower, upper: high.upper)
    }

    /// An enclosure of `exp c` for a rational `c`.
    static func expPoint(_ c: Rational) -> CertifiedInterval? {
        if c.isZero { return .one }
        guard abs(c) <= maximumExpArgument else { return nil }
        // The smallest s ≥ 0 with |c|/2^s ≤ 1/2.
        var s = Swift.max(0, abs(c).numerator.bitWidth - c.denominator.bitWidth + 1)
        while s > 0 && abs(c) * powerOfTwo(-(s - 1)) <= half { s -= 1 }
        while abs(c) * powerOfTwo(-s) > half { s += 1 }
        let bits = precision + s + 32
        return $precision.withValue(bits) {
            let y = CertifiedInterval(c * powerOfTwo(-s))
            let tolerance = powerOfTwo(-bits)
            var sum = CertifiedInterval.one
            var term = CertifiedInterval.one
            var k = 1
            while true {
                term = term * y / CertifiedInterval(k)
                sum = sum + term
                k += 1
                if term.magnitude < tolerance || k > 100_000 { break }
            }
            sum = sum.widened(by: 2 * term.magnitude)
            for _ in 0..<s { sum = sum * sum }
            return sum
        }
    }

    public static func log(_ x: CertifiedInterval) -> CertifiedInterval {
        guard !x.isUndefined, x.lower.signum > 0 else { return .undefined }
        return increasing(x, logPoint)
    }

    /// `2·atanh t = log((1 + t)/(1 − t))` for `|t| < ½`, enclosed.
    static func twiceAtanh(_ t: Rational, bits: Int) -> CertifiedInterval {
        $precision.withValue(bits) {
            let tolerance = powerOfTwo(-bits)
            let x = CertifiedInterval(t)
            let square = x * x
            var power = x
            var sum = x
            var k = 1
            while power.magnitude >= tolerance && k < 100_000 {
                power = power * square
                sum = sum + power / CertifiedInterval(2 * k + 1)
                k += 1
            }
            // Tail Σ_{j>k} |t|^(2j+1)/(2j+1) ≤ |t|^(2k+1)·(1/(1 − t²) − 1)·… ≤ |power|.
            sum = sum.widened(by: power.magnitude)
            return CertifiedInterval(2) * sum
        }
    }

    /// An enclosure of `log c` for a rational `c > 0`.
    static func logPoint(_ c: Rational) -> CertifiedInterval? {
        guard c.signum > 0 else { return nil }
        if c.isOne { return .zero }
        let e = c.numerator.bitWidth - c.denominator.bitWidth
        let m = c * powerOfTwo(-e)  // m ∈ (1/2, 2)
        let bits = precision + 32 + Swift.max(0, Swift.abs(e).bitWidth)
        guard let t = try? (m - .one).divided(by: m + .one) else { return nil }
        let logM = twiceAtanh(t, bits: bits)
        if e == 0 { return logM }
        let logTwo = logOfTwo(bits: bits)
        return $precision.withValue(bits) { CertifiedInterval(e) * logTwo + logM }
    }

    /// The enclosures of `log 2 = 2·atanh ⅓` computed so far, by working
    /// precision: a constant, so every `log` at a precision reuses it.
    private static let logOfTwoByPrecision = Mutex<[Int: CertifiedInterval]>([:])

    /// `log 2 = 2·atanh ⅓` enclosed at `bits` bits (the same interval as
    /// `twiceAtanh(⅓, bits:)`, computed once per precision).
    static func logOfTwo(bits: Int) -> CertifiedInterval {
        if let known = logOfTwoByPrecision.withLock({ $0[bits] }) { return known }
        let value = twiceAtanh(fraction(1, 3), bits: bits)
        // A few precisions are in use (the search's three, plus a few bits
        // for the exponent); the bound only keeps an odd caller from growing it.
        logOfTwoByPrecision.withLock { if $0.count < 256 { $0[bits] = value } }
        return value
    }

    public static func sqrt(_ x: CertifiedInterval) -> CertifiedInterval {
        if x.isUndefined || x.lower.isNegative { return .undefined }
        if x.isZero { return .zero }
        if x.lower.isZero {
            // [0, u]: sqrt u bounds from above.
            let high = sqrt(CertifiedInterval(x.upper))
            return high.isUndefined
                ? .undefined : CertifiedInterval(lower: .zero, upper: high.upper)
        }
        return exp(log(x) * CertifiedInterval(half))
    }

    /// The largest `|x|` for which `sin` and `cos` are enclosed.
    public static let maximumTrigonometricArgument = Rational(64)

    /// `sin` (`phase` 1) or `cos` (`phase` 0) at a rational point.
    static func trigonometricPoint(_ c: Rational, phase: Int) -> CertifiedInterval? {
        guard abs(c) <= maximumTrigonometricArgument else { return nil }
        let bits = precision + 128
        return $precision.withValue(bits) {
            let x = CertifiedInterval(c)
            let square = x * x
            var term = phase == 1 ? x : .one
            var sum = term
            var k = phase  // the power of x in `term`
            let tolerance = powerOfTwo(-bits)
            while true {
                term = -(term * square) / CertifiedInterval((k + 1) * (k + 2))
                k += 2
                sum = sum + term
                // Once the terms decrease (k > |c|), the alternating tail is below |term|.
                if Rational(k) > abs(c) + 2 && term.magnitude < tolerance { break }
                if k > 200_000 { return nil }
            }
            return sum.widened(by: term.magnitude)
        }
    }

    static func trigonometric(_ x: CertifiedInterval, phase: Int) -> CertifiedInterval {
        if x.isUndefined { return x }
        let center = x.midpoint
        guard let value = trigonometricPoint(center, phase: phase) else { return .undefined }
        // 1-Lipschitz: |f(y) − f(center)| ≤ |y − center| ≤ width/2.
        return value.widened(by: x.width * half)
    }

    public static func sin(_ x: CertifiedInterval) -> CertifiedInterval {
        trigonometric(x, phase: 1)
    }
    public static func cos(_ x: CertifiedInterval) -> CertifiedInterval {
        trigonometric(x, phase: 0)
    }

    public static func tanh(_ x: CertifiedInterval) -> CertifiedInterval {
        .one - CertifiedInterval(2) / (exp(CertifiedInterval(2) * x) + .one)
    }

    public static func sigmoid(_ x: CertifiedInterval) -> CertifiedInterval {
        .one / (.one + exp(-x))
    }

    /// `log(1 + eˣ)`, as `log1p(eˣ)` for `x ≤ 0` and `x + log1p(e⁻ˣ)` for
    /// `x ≥ 0`: the precision is relative even where `softplus x ≈ eˣ` is tiny.
    public static func softplus(_ x: CertifiedInterval) -> CertifiedInterval {
        if x.isUndefined { return x }
        if x.upper.signum <= 0 { return log(onePlus: exp(x)) }
        if x.lower.signum >= 0 { return x + log(onePlus: exp(-x)) }
        return log(.one + exp(x))
    }

    public static func relu(_ x: CertifiedInterval) -> CertifiedInterval {
        if x.isUndefined { return x }
        return CertifiedInterval(lower: Swift.max(.zero, x.lower), upper: Swift.max(.zero, x.upper))
    }

    /// `xʸ`: exact powers for an exact integer `y` (`|y| ≤ 4096`), else `exp(y·log x)`.
    public static func pow(_ x: CertifiedInterval, _ y: CertifiedInterval) -> CertifiedInterval {
        if x.isUndefined || y.isUndefined { return .undefined }
        if y.isPoint, y.lower.isInteger, let k = y.lower.numerator.intValue, Swift.abs(k) <= 4096 {
            if k < 0 && !x.excludesZero { return .undefined }
            return x.power(k)
        }
        return exp(y * log(x))
    }
}

extension CertifiedInterval: RealFunctions {
    public static func expMinusOne(_ x: CertifiedInterval) -> CertifiedInterval { exp(x) - .one }
    /// `log(1 + x)`; for `|x| ≤ ½` as `2·atanh(x/(2 + x))` with the working
    /// precision relative to `x`, so a tiny `x` keeps its significant bits.
    public static func log(onePlus x: CertifiedInterval) -> CertifiedInterval {
        if x.isUndefined { return x }
        guard abs(x.lower) <= half, abs(x.upper) <= half else { return log(.one + x) }
        return increasing(x, logOnePlusPoint)
    }

    /// An enclosure of `log(1 + u)` for a rational `|u| ≤ ½`:
    /// `2·atanh t` with `t = u/(2 + u)`, `|t| ≤ ⅓`, summed to `precision`
    /// bits below the leading bit of `t`.
    static func logOnePlusPoint(_ u: Rational) -> CertifiedInterval? {
        if u.isZero { return .zero }
        guard let t = try? u.divided(by: Rational(2) + u) else { return nil }
        let leadingZeros = Swift.max(0, t.denominator.bitWidth - t.numerator.bitWidth)
        return twiceAtanh(t, bits: precision + 32 + leadingZeros)
    }
    /// Not enclosed: undefined.
    public static func atan2(y: CertifiedInterval, x: CertifiedInterval) -> CertifiedInterval {
        .undefined
    }
}
