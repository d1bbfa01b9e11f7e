import ClaimChecking
import ClaimLanguage
/// The outcome of checking one claim, with the evidence shown in the notes.
public struct ClaimOutcome: Sendable {
    public var verdict: VerdictKind
    /// "all shapes" or "shapes up to N" for a proof; empty otherwise.
    public var scope: String
    /// The shape assignments proved exactly, e.g. `["n=3, m=2", …]`.
    public var shapesProved: [String]
    /// The largest relative numeric error seen, if a numeric check ran.
    public var maxNumericError: Double?
    /// How the numeric side was evaluated (e.g. "dual + Richardson").
    public var method: String
    /// A human-readable counterexample or the reason for the verdict.
    public var detail: String

    public init(
        verdict: VerdictKind, scope: String = "", shapesProved: [String] = [],
        maxNumericError: Double? = nil, method: String = "", detail: String = ""
    ) {
        self.verdict = verdict
        self.scope = scope
        self.shapesProved = shapesProved
        self.maxNumericError = maxNumericError
        self.method = method
        self.detail = detail
    }
}
