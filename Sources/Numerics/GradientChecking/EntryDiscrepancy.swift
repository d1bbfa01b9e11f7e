/// One compared entry of a derivative check: the claimed value, the reference,
/// their errors and the bound they were held to.
///
/// In full mode an entry is `J[i, j]` (row `i` = output, column `j` = input,
/// numerator layout `∂F_i/∂x_j`); in fast mode it is one randomized probe
/// `uᵀ J v`. Labels use the user's shapes (``ParameterLayout``).
public struct EntryDiscrepancy: Sendable, Equatable, CustomStringConvertible {
    /// What was compared, in the user's terms: `∂loss/∂W2[3, 7]`, `probe 2: uᵀJv`.
    public let label: String
    /// Output (row) flat index, or `nil` for a scalar output or a probe.
    public let outputIndex: Int?
    /// Input (column) flat index, or `nil` for a probe.
    public let inputIndex: Int?
    /// The value the user's code claims.
    public let claimed: Double
    /// The reference value.
    public let reference: Double
    /// The bound `|claimed − reference|` had to stay within.
    public let bound: Double

    /// `|claimed − reference|`.
    public var absoluteError: Double { Swift.abs(claimed - reference) }
    /// `|claimed − reference| / |reference|` (infinite when the reference is 0
    /// and the claim is not).
    public var relativeError: Double {
        let a = absoluteError
        if a == 0 { return 0 }
        return reference == 0 ? .infinity : a / Swift.abs(reference)
    }
    /// `|claimed − reference| / bound`; above 1 means the entry fails.
    public var boundRatio: Double {
        let a = absoluteError
        if a == 0 { return 0 }
        return bound > 0 ? a / bound : .infinity
    }
    /// Whether the entry lies within its bound (NaN claims never do).
    public var withinBound: Bool { absoluteError <= bound }

    public init(label: String, outputIndex: Int?, inputIndex: Int?, claimed: Double, reference: Double, bound: Double) {
        self.label = label
        self.outputIndex = outputIndex
        self.inputIndex = inputIndex
        self.claimed = claimed
        self.reference = reference
        self.bound = bound
    }

    /// `label: claimed … reference … abs … rel … bound … (×ratio)`.
    public var description: String {
        "\(label): claimed \(formatScientific(claimed)), reference \(formatScientific(reference)), "
            + "abs \(formatShort(absoluteError)), rel \(formatShort(relativeError)), "
            + "bound \(formatShort(bound)) (\(withinBound ? "ok" : "×" + formatShort(boundRatio) + " over"))"
    }
}

/// 17 significant digits, enough to see a 1e-12 relative difference.
func formatScientific(_ x: Double) -> String {
    guard x.isFinite else { return "\(x)" }
    return "\(x)"
}

/// Three significant digits in scientific notation (`1.23e-09`).
func formatShort(_ x: Double) -> String {
    guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
    if x == 0 { return "0" }
    let magnitude = Swift.abs(x)
    if magnitude >= 0.01, magnitude < 10_000 {
        // Fixed notation with three significant digits: 0.0123, 1.23, 123.
        let decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : magnitude >= 0.1 ? 3 : 4
        let scale = Double.pow(10, Double(decimals))
        let scaled = Int((magnitude * scale).rounded())
        let whole = scaled / Int(scale), fraction = scaled % Int(scale)
        let text = decimals == 0 ? "\(whole)" : "\(whole).\(String(fraction).leftPadded(to: decimals))"
        return (x < 0 ? "-" : "") + text
    }
    var exponent = 0
    var mantissa = Swift.abs(x)
    while mantissa >= 10 { mantissa /= 10; exponent += 1 }
    while mantissa < 1 { mantissa *= 10; exponent -= 1 }
    var rounded = (mantissa * 100).rounded() / 100
    if rounded >= 10 { rounded /= 10; exponent += 1 }
    let sign = x < 0 ? "-" : ""
    let digits = Int((rounded * 100).rounded())
    let text = "\(digits / 100).\(String(digits % 100).leftPadded(to: 2))"
    if exponent == 0 { return sign + text }
    let e = exponent < 0 ? "-" + String(-exponent).leftPadded(to: 2) : "+" + String(exponent).leftPadded(to: 2)
    return sign + text + "e" + e
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
