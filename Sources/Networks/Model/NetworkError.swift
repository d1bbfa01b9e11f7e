/// Errors thrown by the network types: malformed architectures, ill-shaped
/// batches or directions, and invalid optimiser settings. Each message names
/// the operation and the shapes or values involved.
public enum NetworkError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The layer widths or activations do not describe a network.
    case invalidArchitecture(reason: String)
    /// An input, target or direction has the wrong shape.
    case shapeMismatch(operation: String, expected: String, actual: String)
    /// An option is out of its range (`learningRate = -1`, …).
    case invalidOption(name: String, value: Double, reason: String)
    /// A computed value is NaN or infinite where a finite one is required.
    case nonFinite(operation: String, quantity: String)
    /// A dense result would have more entries than the operation allows.
    case tooLarge(operation: String, entries: Int, limit: Int)

    public var description: String {
        switch self {
        case .invalidArchitecture(let reason):
            return "invalid network architecture: \(reason)"
        case .shapeMismatch(let operation, let expected, let actual):
            return "\(operation): expected \(expected), got \(actual)"
        case .invalidOption(let name, let value, let reason):
            return "invalid option \(name) = \(value): \(reason)"
        case .nonFinite(let operation, let quantity):
            return "\(operation): \(quantity) is not finite"
        case .tooLarge(let operation, let entries, let limit):
            return
                """
                    \(operation): the result would have \(entries) entries, more than the limit \
                    \(limit)
                    """
        }
    }
}
