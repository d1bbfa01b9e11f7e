/// The kind of a verdict without its evidence: the one vocabulary that reports,
/// the catalogue and the generated notes use (`"holds numerically"`, …).
///
/// ``Verdict`` carries the evidence; ``Verdict/kind`` names it. `error` is for
/// a claim that could not be checked at all (a parse or shape error).
public enum VerdictKind: String, Sendable, CaseIterable {
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

extension Verdict {
    /// The verdict's kind, without its evidence.
    public var kind: VerdictKind {
        switch self {
        case .proved: return .proved
        case .holdsNumerically: return .holdsNumerically
        case .refuted: return .refuted
        case .inconclusive: return .inconclusive
        }
    }
}
