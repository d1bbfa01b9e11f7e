extension Matrix {
    /// `vec(A)`: the columns of `A` stacked into one column, of shape `(m·n) × 1`.
    @inlinable
    public var vec: Matrix { Matrix(uncheckedRows: count, cols: 1, storage: storage) }

    /// The inverse of ``vec``: reshapes a column (or any matrix, read in
    /// column-major order) into `rows × cols`.
    /// - Throws: ``MatrixError/invalidShape(operation:shape:reason:)`` when the
    ///   entry counts differ.
    @inlinable
    public func unvec(rows: Int, cols: Int) throws -> Matrix {
        let target = try Matrix.checkedCount(rows, cols, operation: "unvec")
        guard target == count else {
            throw MatrixError.invalidShape(
                operation: "unvec", shape: shape,
                reason: "\(count) entries cannot be reshaped to \(Shape(rows, cols))")
        }
        return Matrix(uncheckedRows: rows, cols: cols, storage: storage)
    }

    /// `diag`, as in the notes: a vector (`n × 1` or `1 × n`) becomes the
    /// `n × n` diagonal matrix with it on the diagonal; a square matrix
    /// becomes the `n × 1` column of its diagonal.
    /// - Throws: ``MatrixError/invalidShape(operation:shape:reason:)`` for a
    ///   matrix that is neither a vector nor square. A `1 × 1` matrix is
    ///   returned unchanged (both readings agree).
    @inlinable
    public func diag() throws -> Matrix {
        if rows == 1 || cols == 1 { return Matrix.diagonal(storage) }
        guard isSquare else {
            throw MatrixError.invalidShape(
                operation: "diag", shape: shape, reason: "expected a vector or a square matrix")
        }
        return Matrix(
            uncheckedRows: rows, cols: 1, storage: (0..<rows).map { storage[$0 + $0 * rows] })
    }
}
