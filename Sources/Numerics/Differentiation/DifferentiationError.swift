/// An error from a derivative computation, naming the operation, the shapes
/// and the offending input.
public enum DifferentiationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A tuning parameter outside its valid range (a step that is not a positive
    /// finite number, a step ratio ≤ 1, fewer than one level).
    case invalidParameter(operation: String, name: String, value: Double)
    /// The function returned outputs of different shapes at nearby points.
    case outputShapeChanged(operation: String, expected: Shape, found: Shape)
    /// The function returned a NaN or an infinity at a sample point, so no
    /// finite difference is meaningful there.
    case nonFiniteValue(operation: String, inputEntry: Int, step: Double)

    public var description: String {
        switch self {
        case let .invalidParameter(operation, name, value):
            return "\(operation): parameter \(name) = \(value) is out of range"
        case let .outputShapeChanged(operation, expected, found):
            return
                """
                    \(operation): the function returned shape \(found) after \(expected) at a \
                    nearby point
                    """
        case let .nonFiniteValue(operation, inputEntry, step):
            return
                """
                    \(operation): the function is not finite at the sample point for input entry \
                    \(inputEntry) with step \(step)
                    """
        }
    }
}
