import ClaimLanguage
import ClaimChecking
/// How one input to the checker ended, through the same entry the
/// `matcheck check` command uses (`ClaimChecker(options).check(text)`).
public enum InputOutcome: Sendable {
    /// A verdict (exit status 0, 1 or 3).
    case verdict(Verdict)
    /// A parse, name, shape or limit error with its message (exit status 2).
    case claimError(ClaimError)
    /// Any other thrown error: a robustness bug (the CLI would still exit 2).
    case unexpectedError(String)

    /// The CLI exit status this outcome gives.
    public var exitCode: Int32 {
        switch self {
        case .verdict(let v): return v.exitCode
        case .claimError, .unexpectedError: return 2
        }
    }

    /// Checks `text` as `matcheck check` does.
    public static func check(_ text: String, options: CheckOptions) -> InputOutcome {
        do {
            return .verdict(try ClaimChecker(options).check(text).verdict)
        } catch let error as ClaimError {
            return .claimError(error)
        } catch {
            return .unexpectedError("\(error)")
        }
    }
}
