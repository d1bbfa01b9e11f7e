/// An error from a matrix operation, naming the operation and the shapes
/// involved, e.g. `matrix product: (2×3)·(2×3): inner dimensions 3 and 2 differ`.
public enum MatrixError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Two operands whose shapes do not fit the operation.
    case shapeMismatch(operation: String, lhs: Shape, rhs: Shape, reason: String)
    /// An operand whose own shape does not fit the operation (e.g. a trace of
    /// a non-square matrix).
    case invalidShape(operation: String, shape: Shape, reason: String)
    /// A square matrix with no inverse (an exact zero pivot, or a pivot that is
    /// zero to working precision).
    case singular(operation: String, shape: Shape)
    /// An operand with an entry that is NaN or infinite, where the operation
    /// needs finite entries (determinant, inverse).
    case notFinite(operation: String, shape: Shape, row: Int, col: Int)
    /// An index outside the matrix.
    case indexOutOfRange(operation: String, shape: Shape, row: Int, col: Int)
    /// Dimensions that are negative or whose product overflows `Int`.
    case invalidDimensions(operation: String, rows: Int, cols: Int)
    /// Storage whose length does not equal `rows · cols`.
    case storageCount(operation: String, shape: Shape, count: Int)

    public var description: String {
        switch self {
        case let .shapeMismatch(op, lhs, rhs, reason):
            return "\(op): \(lhs)·\(rhs): \(reason)"
        case let .invalidShape(op, shape, reason):
            return "\(op): \(shape): \(reason)"
        case let .singular(op, shape):
            return "\(op): \(shape): matrix is singular"
        case let .notFinite(op, shape, row, col):
            return "\(op): \(shape): entry [\(row), \(col)] is not finite"
        case let .indexOutOfRange(op, shape, row, col):
            return "\(op): \(shape): index [\(row), \(col)] is out of range"
        case let .invalidDimensions(op, rows, cols):
            return "\(op): dimensions \(rows)×\(cols) are negative or too large"
        case let .storageCount(op, shape, count):
            return "\(op): \(shape): storage has \(count) entries, expected \(shape.count)"
        }
    }
}
