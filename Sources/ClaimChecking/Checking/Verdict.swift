/// The outcome of checking a claim.
public enum Verdict: Hashable, Sendable, CustomStringConvertible {
    /// Exactly equal on every symbolic shape and confirmed numerically on
    /// larger ones.
    case proved
    /// No exact proof (the reason says why: the symbolic budget was
    /// exceeded, or the exact difference is non-zero yet vanished at every
    /// point tried), but both sides agree to working precision at every
    /// numeric point.
    case holdsNumerically(reason: String)
    /// A concrete counterexample shows the two sides differ.
    case refuted(Counterexample)
    /// Neither proved nor refuted; the reason says why.
    case inconclusive(reason: String)

    /// `proved`, `holds`, `refuted` or `inconclusive`.
    public var name: String {
        switch self {
        case .proved: return "proved"
        case .holdsNumerically: return "holds"
        case .refuted: return "refuted"
        case .inconclusive: return "inconclusive"
        }
    }

    /// The CLI exit status: 0 proved or holds, 1 refuted, 3 inconclusive.
    public var exitCode: Int32 {
        switch self {
        case .proved, .holdsNumerically: return 0
        case .refuted: return 1
        case .inconclusive: return 3
        }
    }

    public var description: String {
        switch self {
        case .proved: return "proved"
        case .holdsNumerically(let reason): return "holds numerically (\(reason))"
        case .refuted(let c): return "refuted: \(c)"
        case .inconclusive(let reason): return "inconclusive (\(reason))"
        }
    }
}

