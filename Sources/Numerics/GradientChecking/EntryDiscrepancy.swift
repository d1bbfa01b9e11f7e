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

    public init(
        label: String, outputIndex: Int?, inputIndex: Int?, claimed: Double, reference: Double,
        bound: Double
    ) {
        self.label = label
        self.outputIndex = outputIndex
        self.inputIndex = inputIndex
        self.claimed = claimed
        self.reference = reference
        self.bound = bound
    }

    /// `label: claimed … reference … abs … rel … bound … (×ratio)`.
    public var description: String {
        "\(label): claimed \("\(claimed)"), reference \("\(reference)"), "
            + "abs \(NumberFormat.threeSignificant(absoluteError)), rel "
            + "\(NumberFormat.threeSignificant(relativeError)), "
            + "bound \(NumberFormat.threeSignificant(bound)) "
            + (withinBound ? "(ok)" : "(×\(NumberFormat.threeSignificant(boundRatio)) over)")
    }
}
