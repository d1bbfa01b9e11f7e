/// A misuse of a derivative check, reported instead of trapping: wrong
/// lengths, non-finite values, invalid options.
public enum DerivativeCheckError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A claimed derivative or function value whose length does not fit.
    case lengthMismatch(what: String, expected: Int, actual: Int)
    /// A claimed derivative or function value whose shape does not fit.
    case shapeMismatch(what: String, expected: Shape, actual: Shape)
    /// A value that is NaN or infinite where a finite number is required.
    case nonFinite(what: String, index: Int?)
    /// An empty point (no parameters).
    case emptyPoint
    /// A ``ParameterLayout`` that cannot be built or does not fit the point.
    case invalidLayout(String)
    /// An option outside its valid range.
    case invalidOption(String)
    /// The user's function or claimed derivative threw this error.
    case evaluationFailed(String)

    public var description: String {
        switch self {
        case let .lengthMismatch(what, expected, actual):
            return "derivative check: \(what) has \(actual) entries, expected \(expected)"
        case let .shapeMismatch(what, expected, actual):
            return "derivative check: \(what) has shape \(actual), expected \(expected)"
        case let .nonFinite(what, index):
            if let index { return "derivative check: \(what) is not finite at index \(index)" }
            return "derivative check: \(what) is not finite"
        case .emptyPoint:
            return "derivative check: the point has no entries"
        case let .invalidLayout(reason):
            return "derivative check: invalid parameter layout: \(reason)"
        case let .invalidOption(reason):
            return "derivative check: invalid option: \(reason)"
        case let .evaluationFailed(reason):
            return "derivative check: the checked code threw: \(reason)"
        }
    }
}

/// Throws ``DerivativeCheckError/nonFinite(what:index:)`` at the first entry that is not finite.
func requireFinite(_ values: [Double], _ what: String) throws {
    if let i = values.firstIndex(where: { !$0.isFinite }) {
        throw DerivativeCheckError.nonFinite(what: what, index: i)
    }
}
