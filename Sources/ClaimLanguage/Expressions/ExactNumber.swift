/// A number literal of the claim language, kept exact: `0.5` is `1/2`,
/// `1e-7` is `1/10000000`. Numerator and denominator are coprime and the
/// denominator is positive.
public struct ExactNumber: Hashable, Sendable, CustomStringConvertible {
    /// The numerator.
    public let numerator: Int
    /// The (positive) denominator.
    public let denominator: Int

    /// `numerator/denominator`, normalised; `nil` when `denominator` is zero
    /// or normalising overflows.
    public init?(_ numerator: Int, _ denominator: Int = 1) {
        guard denominator != 0, numerator != Int.min, denominator != Int.min else { return nil }
        var n = numerator, d = denominator
        if d < 0 { n = -n; d = -d }
        let g = ExactNumber.gcd(Swift.abs(n), d)
        self.numerator = n / Swift.max(g, 1)
        self.denominator = d / Swift.max(g, 1)
    }

    package static func gcd(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }

    /// Whether the number is an integer.
    public var isInteger: Bool { denominator == 1 }

    /// The value as a `Double` (rounded).
    public var doubleValue: Double { Double(numerator) / Double(denominator) }

    /// `n` or `n/d`.
    public var description: String {
        denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)"
    }

    /// Parses a decimal literal `digits[.digits][e[+|-]digits]` exactly.
    /// Returns `nil` if the value does not fit 64-bit numerator and denominator.
    package static func parseDecimal(
        integerDigits: String, fractionDigits: String, exponent: Int
    ) -> ExactNumber? {
        var numerator = 0
        for digit in integerDigits + fractionDigits {
            guard let d = digit.wholeNumberValue else { return nil }
            let (times, o1) = numerator.multipliedReportingOverflow(by: 10)
            let (plus, o2) = times.addingReportingOverflow(d)
            guard !o1, !o2 else { return nil }
            numerator = plus
        }
        let scale = exponent - fractionDigits.count
        guard Swift.abs(scale) <= 18 else {
            // Only zero survives a huge scale exactly within 64 bits.
            return numerator == 0 ? ExactNumber(0) : nil
        }
        var power = 1
        for _ in 0..<Swift.abs(scale) { power *= 10 }
        if scale >= 0 {
            let (value, overflow) = numerator.multipliedReportingOverflow(by: power)
            return overflow ? nil : ExactNumber(value)
        }
        return ExactNumber(numerator, power)
    }
}
