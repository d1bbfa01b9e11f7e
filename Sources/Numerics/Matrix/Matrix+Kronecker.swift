extension Matrix {
    /// The Kronecker product `A ⊗ B = [A[i, j] · B]`, of shape `(m·p) × (n·q)`
    /// for `A: m × n`, `B: p × q`.
    ///
    /// With column-major `vec`, `vec(AXB) = (Bᵀ ⊗ A) vec(X)`.
    /// - Throws: ``MatrixError/invalidDimensions(operation:rows:cols:)`` if the
    ///   result's size overflows.
    @inlinable
    public func kroneckerProduct(_ other: Matrix) throws -> Matrix {
        let (r, o1) = rows.multipliedReportingOverflow(by: other.rows)
        let (c, o2) = cols.multipliedReportingOverflow(by: other.cols)
        guard !o1, !o2 else {
            throw MatrixError.invalidDimensions(
                operation: "Kronecker product", rows: rows, cols: cols)
        }
        _ = try Matrix.checkedCount(r, c, operation: "Kronecker product")
        var out = Array(repeating: Scalar.zero, count: r * c)
        let p = other.rows, q = other.cols
        for j in 0..<cols {
            for i in 0..<rows {
                let a = storage[i + j * rows]
                if a.isZero { continue }
                for l in 0..<q {
                    for k in 0..<p {
                        out[(i * p + k) + (j * q + l) * r] = a * other.storage[k + l * p]
                    }
                }
            }
        }
        return Matrix(uncheckedRows: r, cols: c, storage: out)
    }
}
