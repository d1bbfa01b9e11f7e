import ClaimLanguage
/// The checker's verdict on one claim, reduced to what a derivation needs.
public enum ClaimVerdict: String, Sendable {
    /// Exactly equal on every symbolic shape tried, and confirmed numerically.
    case proved
    /// No exact proof, but equal at every numeric point tried.
    case holdsNumerically = "holds numerically"
    /// A concrete counterexample (or, for shapes, a concrete shape assignment).
    case refuted
    /// Neither: the checker could not decide.
    case inconclusive
    /// The claim could not be parsed or its shapes do not fit.
    case error

    /// Whether the verdict says the claim is true.
    public var holds: Bool { self == .proved || self == .holdsNumerically }
}

/// The outcome of checking one claim, with the evidence shown in the notes.
public struct ClaimOutcome: Sendable {
    public var verdict: ClaimVerdict
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

    public init(verdict: ClaimVerdict, scope: String = "", shapesProved: [String] = [],
                maxNumericError: Double? = nil, method: String = "", detail: String = "") {
        self.verdict = verdict
        self.scope = scope
        self.shapesProved = shapesProved
        self.maxNumericError = maxNumericError
        self.method = method
        self.detail = detail
    }
}
