extension Matrix {
    /// The `rows × cols` matrix of zeros.
    /// - Throws: ``MatrixError/invalidDimensions(operation:rows:cols:)``.
    @inlinable
    public static func zeros(_ rows: Int, _ cols: Int) throws -> Matrix {
        let count = try checkedCount(rows, cols, operation: "zeros")
        return Matrix(
            uncheckedRows: rows, cols: cols, storage: Array(repeating: .zero, count: count))
    }

    /// The `rows × cols` matrix of ones.
    @inlinable
    public static func ones(_ rows: Int, _ cols: Int) throws -> Matrix {
        let count = try checkedCount(rows, cols, operation: "ones")
        return Matrix(
            uncheckedRows: rows, cols: cols, storage: Array(repeating: .one, count: count))
    }

    /// The `n × n` identity matrix `Iₙ`.
    @inlinable
    public static func identity(_ n: Int) throws -> Matrix {
        var m = try zeros(n, n)
        for i in 0..<n { m.storage[i + i * n] = .one }
        return m
    }

    /// The square matrix with `entries` on its diagonal and zeros elsewhere.
    @inlinable
    public static func diagonal(_ entries: [Scalar]) -> Matrix {
        let n = entries.count
        var storage = Array(repeating: Scalar.zero, count: n * n)
        for i in 0..<n { storage[i + i * n] = entries[i] }
        return Matrix(uncheckedRows: n, cols: n, storage: storage)
    }

    /// The entries of column `j` as an array.
    /// - Throws: ``MatrixError/indexOutOfRange(operation:shape:row:col:)``.
    @inlinable
    public func column(_ j: Int) throws -> [Scalar] {
        guard j >= 0, j < cols else {
            throw MatrixError.indexOutOfRange(operation: "column", shape: shape, row: 0, col: j)
        }
        return Array(storage[(j * rows)..<((j + 1) * rows)])
    }

    /// The entries of row `i` as an array.
    @inlinable
    public func row(_ i: Int) throws -> [Scalar] {
        guard i >= 0, i < rows else {
            throw MatrixError.indexOutOfRange(operation: "row", shape: shape, row: i, col: 0)
        }
        return (0..<cols).map { self[i, $0] }
    }

    /// The rows as nested arrays, as written on paper.
    @inlinable
    public var nestedRows: [[Scalar]] {
        (0..<rows).map { i in (0..<cols).map { j in self[i, j] } }
    }

    /// Applies `transform` to every entry.
    @inlinable
    public func map<T: Ring>(_ transform: (Scalar) throws -> T) rethrows -> Matrix<T> {
        Matrix<T>(uncheckedRows: rows, cols: cols, storage: try storage.map(transform))
    }
}
