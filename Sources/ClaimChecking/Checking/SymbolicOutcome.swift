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
