import ClaimChecking
import ClaimLanguage

/// What `matcheck tex` concluded about one link: the checker's vocabulary
/// (``VerdictKind``) plus the two outcomes only a note has, `definition` and
/// `not parsed`.
public enum LinkVerdict: Sendable {
    /// Exactly equal (symbolic proof), confirmed numerically.
    case proved
    /// Every numeric point agrees, no exact proof; the reason.
    case holdsNumerically(String)
    /// The link defines a name (`z = Wa + b`) or restates a `let` definition.
    case definition(String)
    /// A counterexample, or a shape annotation that shape inference refutes.
    case refuted(Counterexample?, String)
    /// Neither proved nor refuted; the reason.
    case inconclusive(String)
    /// The LaTeX could not be read; the reason and the 1-based file column.
    case notParsed(String, column: Int)
    /// It was read but is not a valid claim (a shape or name error).
    case error(String)

    /// The checker's verdict kind for a link that was checked as a claim
    /// (`proved`, `holds numerically`, `refuted`, `inconclusive`, and `error`
    /// for a claim the checker rejects); `nil` for a definition or a link
    /// that could not be read, the two outcomes only a note has.
    public var kind: VerdictKind? {
        switch self {
        case .proved: return .proved
        case .holdsNumerically: return .holdsNumerically
        case .refuted: return .refuted
        case .inconclusive: return .inconclusive
        case .error: return .error
        case .definition, .notParsed: return nil
        }
    }

    /// The name used in reports and JSON: the ``VerdictKind`` name of a
    /// checked link, `definition` or `not parsed` otherwise.
    public var name: String {
        switch self {
        case .definition: return "definition"
        case .notParsed: return "not parsed"
        default: return kind?.rawValue ?? "error"
        }
    }

    /// The exit status this verdict asks for, as `check --file`: 0 proved,
    /// holds or definition; 1 refuted; 2 not parsed or error; 3 inconclusive.
    public var exitCode: Int32 {
        switch self {
        case .proved, .holdsNumerically, .definition: return 0
        case .refuted: return 1
        case .notParsed, .error: return 2
        case .inconclusive: return 3
        }
    }

    /// The verdict's reason, message or decision, if any.
    public var detail: String? {
        switch self {
        case .proved: return nil
        case .holdsNumerically(let s), .definition(let s), .inconclusive(let s), .error(let s):
            return s
        case .refuted(_, let s): return s
        case .notParsed(let s, let column): return "\(s) (column \(column))"
        }
    }
}
