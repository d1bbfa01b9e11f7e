/// Why a claim could not be evaluated at one point or shape. These are not
/// user errors: the checker resamples, skips the shape, or reports the
/// check as inconclusive.
public enum EvaluationFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// The value is undefined at this point (a singular inverse, the log of
    /// a negative number, a division by zero, an overflow).
    case undefined(String)
    /// A symbolic expression grew past the size budget.
    case budgetExceeded(String)
    /// The shape assignment makes a dimension non-positive (`eye(n - 1)` at `n = 1`).
    case invalidShape(String)
    /// An internal inconsistency (a bug): reported, never a verdict.
    case internalError(String)

    public var description: String {
        switch self {
        case .undefined(let s): return "undefined: \(s)"
        case .budgetExceeded(let s): return "symbolic budget exceeded: \(s)"
        case .invalidShape(let s): return "invalid shape: \(s)"
        case .internalError(let s): return "internal error: \(s)"
        }
    }
}
