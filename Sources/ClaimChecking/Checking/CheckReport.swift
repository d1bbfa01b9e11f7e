

/// The full record of checking a claim: per-shape symbolic and numeric
/// results, the verdict, and notes.
public struct CheckReport: Sendable {
    /// The claim's text.
    public let source: String
    /// The verdict.
    public let verdict: Verdict
    /// Symbolic results, in the order checked (largest shapes first).
    public let symbolic: [SymbolicShapeResult]
    /// Numeric results.
    public let numeric: [NumericShapeResult]
    /// The base seed.
    public let seed: UInt64
    /// Remarks (resampling, skipped shapes, why a verdict is not stronger).
    public let notes: [String]
    /// Total wall-clock seconds.
    public let seconds: Double
    /// Integer symbols that also took values `≤ 0` (see
    /// ``ResolvedClaim/signedIntegerSymbols``).
    public var signedVariables: Set<String> = []
    /// For a one-variable claim that uses its variable only as a number: the
    /// statement that exact equality at `D + 1` values proves the polynomial
    /// identity for every value (see ``ScalarDependence``).
    public var polynomialProof: String?
    /// Larger shapes confirmed in certified interval arithmetic where no
    /// floating-point point is defined (policy rule 5).
    public var certifiedLargerShapes: [[String: Int]] = []
}
