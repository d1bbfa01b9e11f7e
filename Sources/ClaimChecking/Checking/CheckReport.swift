/// What the symbolic check found at one shape assignment.
public enum SymbolicOutcome: Hashable, Sendable {
    /// Both sides are exactly equal.
    case equal
    /// The exact difference is non-zero (a counterexample may or may not exist).
    case differs
    /// Expanding a side exceeded the size budget.
    case budgetExceeded(String)
    /// The claim is undefined at this shape (e.g. `eye(n - 1)` at `n = 1`).
    case notApplicable(String)
    /// An internal error: never dropped, it makes the verdict inconclusive.
    case failed(String)

    /// A short word for tables.
    public var name: String {
        switch self {
        case .equal: return "equal"
        case .differs: return "differs"
        case .budgetExceeded: return "budget"
        case .notApplicable: return "n/a"
        case .failed: return "error"
        }
    }
}

/// The symbolic check at one shape assignment.
public struct SymbolicShapeResult: Hashable, Sendable {
    public let assignment: [String: Int]
    public let outcome: SymbolicOutcome
    /// Wall-clock seconds spent.
    public let seconds: Double
}

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
}
