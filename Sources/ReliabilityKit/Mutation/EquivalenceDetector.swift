import ClaimLanguage
import ClaimChecking
import MatrixNumerics
/// Decides whether a mutant is still an identity (an *equivalent mutant*)
/// by exact symbolic equality at every small shape: every assignment of the
/// dimension variables in `1...maximumDimension`.
public struct EquivalenceDetector: Sendable {
    /// What the detector found.
    public enum Finding: Hashable, Sendable {
        /// Exactly equal at every small shape where both sides are defined.
        case equivalent
        /// The exact difference is non-zero at this shape.
        case differs([String: Int])
        /// Some shape could not be decided (symbolic budget, undefined everywhere).
        case undecided(String)
    }

    /// Largest value of each dimension variable.
    public var maximumDimension = 3
    /// Term budget of each symbolic entry.
    public var termBudget = 20_000
    /// Wall-clock seconds for one classification.
    public var timeBudget = 5.0

    public init() {}

    /// The finding for the claim `text`; `.undecided` when it does not resolve.
    public func classify(_ text: String) -> Finding {
        guard let claim = try? Claim(parsing: text).resolve() else {
            return .undecided("the claim does not resolve")
        }
        var options = CheckOptions()
        options.symbolicTermBudget = termBudget
        let check = SymbolicCheck(
            claim: claim, options: options, deadline: MonotonicClock.seconds() + timeBudget)
        var decided = 0
        var undecided: String?
        for assignment in ShapeAssignment.all(
            claim.dimensionVariables, maximum: maximumDimension,
            signed: claim.signedIntegerSymbols)
        {
            switch check.outcome(at: assignment) {
            case .equal: decided += 1
            case .differs: return .differs(assignment)
            case .budgetExceeded(let why):
                undecided =
                    "symbolic budget exceeded at \(ShapeAssignment.describe(assignment)): \(why)"
            case .notApplicable: break
            case .failed(let why):
                undecided = "internal error at \(ShapeAssignment.describe(assignment)): \(why)"
            }
        }
        if let undecided { return .undecided(undecided) }
        return decided > 0 ? .equivalent : .undecided("undefined at every small shape")
    }
}
