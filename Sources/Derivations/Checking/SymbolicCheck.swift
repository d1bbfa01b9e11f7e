/// The exact check at one shape assignment: both sides over fully symbolic
/// entries, compared exactly.
struct SymbolicCheck {
    let claim: ResolvedClaim
    let options: CheckOptions

    func outcome(at assignment: [String: Int]) -> SymbolicOutcome {
        .budgetExceeded("the symbolic engine is not available yet")
    }
}
