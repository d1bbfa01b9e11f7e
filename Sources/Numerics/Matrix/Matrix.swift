/// A dense matrix over any ``Ring``, stored in **column-major** order.
///
/// Column-major storage makes `vec(X)` — the columns of `X` stacked into one
/// column, as in the notes — the storage itself: `vec(X)[i + j·rows] = X[i, j]`.
///
/// Every operation that can receive ill-shaped operands validates them and
/// throws a ``MatrixError`` that names the operation and the shapes; nothing
/// traps on user input. The unchecked `subscript(_:_:)` is for kernels that
/// have validated their indices (like `Array`'s subscript).
///
/// ```swift
/// let a = try Matrix<Double>([[1, 2], [3, 4]])
/// let b = try a * a.transposed + .identity(2)
/// ```
public struct Matrix<Scalar: Ring>: Equatable, Sendable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let cols: Int
    /// The entries in column-major order.
    @usableFromInline internal var storage: [Scalar]

    /// The entries in column-major order: `entries == vec(self)` read as an array,
    /// `entries[i + j·rows] == self[i, j]`.
    @inlinable public var entries: [Scalar] { storage }

    /// Creates a matrix from column-major storage.
    /// - Throws: ``MatrixError`` when the dimensions are negative, overflow, or
    ///   do not match `storage.count`.
    @inlinable
    public init(rows: Int, cols: Int, storage: [Scalar]) throws {
        let count = try Matrix.checkedCount(rows, cols, operation: "matrix")
        guard storage.count == count else {
            throw MatrixError.storageCount(
                operation: "matrix", shape: Shape(rows, cols), count: storage.count)
        }
        self.rows = rows
        self.cols = cols
        self.storage = storage
    }

    /// Internal initializer for storage already validated by the caller.
    @usableFromInline
    init(uncheckedRows rows: Int, cols: Int, storage: [Scalar]) {
        self.rows = rows
        self.cols = cols
        self.storage = storage
    }

    /// Creates a matrix from its rows, written as on paper.
    /// - Throws: ``MatrixError/invalidShape(operation:shape:reason:)`` when the rows are ragged.
    @inlinable
    public init(_ nestedRows: [[Scalar]]) throws {
        let r = nestedRows.count
        let c = nestedRows.first?.count ?? 0
        for (i, row) in nestedRows.enumerated() where row.count != c {
            throw MatrixError.invalidShape(
                operation: "matrix from rows", shape: Shape(r, c),
                reason: "row \(i) has \(row.count) entries, row 0 has \(c)")
        }
        var storage = [Scalar]()
        storage.reserveCapacity(r * c)
        for j in 0..<c { for i in 0..<r { storage.append(nestedRows[i][j]) } }
        self.init(uncheckedRows: r, cols: c, storage: storage)
    }

    /// Creates a `rows × cols` matrix whose entry `[i, j]` is `entry(i, j)`
    /// (zero-based indices).
    @inlinable
    public init(rows: Int, cols: Int, _ entry: (_ row: Int, _ col: Int) throws -> Scalar) throws {
        let count = try Matrix.checkedCount(rows, cols, operation: "matrix from closure")
        var storage = [Scalar]()
        storage.reserveCapacity(count)
        for j in 0..<cols { for i in 0..<rows { storage.append(try entry(i, j)) } }
        self.init(uncheckedRows: rows, cols: cols, storage: storage)
    }

    /// A column vector (`n × 1`) with the given entries.
    @inlinable
    public init(column entries: [Scalar]) {
        self.init(uncheckedRows: entries.count, cols: 1, storage: entries)
    }

    /// The shape `rows × cols`.
    @inlinable public var shape: Shape { Shape(rows, cols) }
    /// Number of entries.
    @inlinable public var count: Int { storage.count }
    /// Whether the matrix has as many rows as columns.
    @inlinable public var isSquare: Bool { rows == cols }

    /// The entry in row `row`, column `col` (zero-based), without a shape check
    /// beyond the array's own bounds check. Use ``entry(_:_:)`` for indices
    /// that come from user input.
    @inlinable
    public subscript(row: Int, col: Int) -> Scalar {
        get { storage[row + col * rows] }
        set { storage[row + col * rows] = newValue }
    }

    /// The entry at `[row, col]`.
    /// - Throws: ``MatrixError/indexOutOfRange(operation:shape:row:col:)``.
    @inlinable
    public func entry(_ row: Int, _ col: Int) throws -> Scalar {
        guard row >= 0, row < rows, col >= 0, col < cols else {
            throw MatrixError.indexOutOfRange(operation: "entry", shape: shape, row: row, col: col)
        }
        return storage[row + col * rows]
    }

    @inlinable @inline(__always)
    static func checkedCount(_ rows: Int, _ cols: Int, operation: String) throws -> Int {
        guard rows >= 0, cols >= 0 else {
            throw MatrixError.invalidDimensions(operation: operation, rows: rows, cols: cols)
        }
        let (count, overflow) = rows.multipliedReportingOverflow(by: cols)
        guard !overflow else {
            throw MatrixError.invalidDimensions(operation: operation, rows: rows, cols: cols)
        }
        return count
    }
}

extension Matrix: CustomStringConvertible {
    /// Rows on separate lines, entries separated by spaces.
    public var description: String {
        (0..<rows).map { i in (0..<cols).map { j in self[i, j].description }.joined(separator: " ")
        }
        .joined(separator: "\n")
    }
}
