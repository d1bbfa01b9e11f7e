/// The numeric check at one shape assignment.
public struct NumericShapeResult: Hashable, Sendable {
    public let assignment: [String: Int]
    /// The seeds of the points evaluated (after resampling).
    public let seeds: [UInt64]
    /// Points evaluated where both sides were defined.
    public let points: Int
    /// Points resampled because a side was undefined there.
    public let resampled: Int
    /// The largest `|lhs − rhs| / max(|lhs|, |rhs|)` over all entries and
    /// points, among entries larger than 100× their rounding-error bound
    /// (entries that are zero to working precision are left out).
    public let maxRelativeError: Double
    /// The largest residual divided by its rounding-error bound.
    public let maxSignificance: Double
    /// `direct evaluation`, or `forward-mode dual + Richardson FD` when derivative operators occur.
    public let method: String
    /// The largest disagreement between forward mode and finite differences,
    /// relative to the finite-difference error estimate (`nil` without derivatives).
    public let finiteDifferenceRatio: Double?
    /// Why the shape was skipped or resampled, if it was.
    public let note: String?
}
