/// The shape of a matrix, `rows × cols`.
public struct Shape: Hashable, Sendable, CustomStringConvertible {
    public var rows: Int
    public var cols: Int
    @inlinable public init(_ rows: Int, _ cols: Int) { self.rows = rows; self.cols = cols }
    /// The number of entries, `rows · cols`.
    @inlinable public var count: Int { rows * cols }
    /// `(rows×cols)`, as in error messages.
    public var description: String { "(\(rows)×\(cols))" }
}
