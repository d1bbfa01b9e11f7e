/// A concrete point where the two sides of a claim differ.
public struct Counterexample: Hashable, Sendable, CustomStringConvertible {
    /// The dimension variables' values.
    public let assignment: [String: Int]
    /// The seed of the random point (reproducible with ``ClaimChecker``).
    public let seed: UInt64
    /// The zero-based row and column of the differing entry (in the larger
    /// side when the other is a broadcast scalar).
    public let row: Int
    public let col: Int
    /// The two sides' values at that entry.
    public let lhs: Double
    public let rhs: Double
    /// `|lhs − rhs|`.
    public let residual: Double
    /// The rounding-error bound of the residual (running error analysis).
    public let errorBound: Double
    /// The symbol values at the point, rounded, for display (`A = [[…]]`).
    public let point: [String: [[Double]]]
    /// For a witness certified in interval arithmetic: the two sides'
    /// enclosures, e.g. `lhs ∈ [1e-435, 2e-435], rhs = 0 (128-bit intervals)`.
    public var certificate: String? = nil
    /// The same refutation with simple exact entries, when one is found
    /// (``CounterexampleShrinker``); the random point above stays the
    /// numeric confirmation.
    public internal(set) var simple: SimpleCounterexample? = nil

    /// `residual / errorBound`: how far above its error bound the residual is.
    public var significance: Double { errorBound > 0 ? residual / errorBound : .infinity }

    public var description: String {
        let at =
            """
                at \(ShapeAssignment.describe(assignment)), seed \(seed), entry \
                [\(row + 1),\(col + 1)]
                """
        let random =
            certificate.map { "\(at): \($0)" }
            ?? """
                \(at): lhs = \(lhs), rhs = \(rhs), |lhs − rhs| = \(residual) > error bound \
                \(errorBound)
                """
        guard let simple else { return random }
        return "\(simple); numeric confirmation \(random)"
    }
}
