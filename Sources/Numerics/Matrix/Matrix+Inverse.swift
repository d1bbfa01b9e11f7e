extension Matrix where Scalar: Field {
    /// LU factorisation `PA = LU` packed into one matrix, with the row swaps
    /// and their parity; `nil` when a pivot is exactly zero (or, for floating
    /// point, zero or not finite).
    @inlinable
    func luFactorisation() -> (lu: [Scalar], permutation: [Int], swaps: Int)? {
        let n = rows
        var a = storage
        var perm = Array(0..<n)
        var swaps = 0
        for k in 0..<n {
            // Choose the pivot row.
            var pivot = -1
            var best = -1.0
            for i in k..<n {
                let v = a[i + k * n]
                if v.isZero { continue }
                if let mag = (v as? PivotingStrategy)?.pivotMagnitude {
                    guard mag.isFinite else { return nil }
                    // A zero magnitude with a non-zero value (a dual number with
                    // zero value part) cannot be divided by: not a pivot.
                    if mag > best, mag > 0 { best = mag; pivot = i }
                } else {
                    pivot = i
                    break
                }
            }
            guard pivot >= 0 else { return nil }
            if pivot != k {
                for j in 0..<n { a.swapAt(k + j * n, pivot + j * n) }
                perm.swapAt(k, pivot)
                swaps += 1
            }
            let p = a[k + k * n]
            for i in (k + 1)..<n where !a[i + k * n].isZero {
                let factor = a[i + k * n] / p
                a[i + k * n] = factor
                for j in (k + 1)..<n { a[i + j * n] = a[i + j * n] - factor * a[k + j * n] }
            }
        }
        return (a, perm, swaps)
    }

    /// Throws when an entry of a floating-point matrix is NaN or infinite
    /// (exact scalars have no such values).
    @inlinable
    func requireFiniteEntries(_ operation: String) throws {
        for (k, v) in storage.enumerated() {
            if let magnitude = (v as? PivotingStrategy)?.pivotMagnitude, !magnitude.isFinite {
                throw MatrixError.notFinite(
                    operation: operation, shape: shape, row: k % rows, col: k / rows)
            }
        }
    }

    /// The determinant `det A`, by elimination (partial pivoting for floating
    /// point, exact pivoting on non-zero entries for exact scalars).
    ///
    /// A singular matrix has determinant zero; this does not throw for it.
    /// - Throws: ``MatrixError/invalidShape(operation:shape:reason:)`` for a
    ///   non-square matrix, ``MatrixError/notFinite(operation:shape:row:col:)``
    ///   for a floating-point entry that is NaN or infinite.
    /// - Complexity: O(n³) scalar operations.
    @inlinable
    public func determinant() throws -> Scalar {
        guard isSquare else {
            throw MatrixError.invalidShape(
                operation: "determinant", shape: shape, reason: "matrix is not square")
        }
        try requireFiniteEntries("determinant")
        if rows == 0 { return .one }
        if let custom = Scalar.self as? any CustomMatrixAlgorithms.Type,
            let d = try custom.bridgedDeterminant(self)
        {
            return d
        }
        guard let (lu, _, swaps) = luFactorisation() else { return .zero }
        var d = swaps % 2 == 0 ? Scalar.one : -Scalar.one
        for i in 0..<rows { d = d * lu[i + i * rows] }
        return d
    }

    /// The inverse `A⁻¹`, with `A·A⁻¹ = A⁻¹·A = I`.
    /// - Throws: ``MatrixError/invalidShape(operation:shape:reason:)`` for a
    ///   non-square matrix, ``MatrixError/singular(operation:shape:)`` when a
    ///   pivot is zero (exactly, or in floating point zero or not finite),
    ///   ``MatrixError/notFinite(operation:shape:row:col:)`` for a
    ///   floating-point entry that is NaN or infinite.
    @inlinable
    public func inverse() throws -> Matrix {
        guard isSquare else {
            throw MatrixError.invalidShape(
                operation: "inverse", shape: shape, reason: "matrix is not square")
        }
        try requireFiniteEntries("inverse")
        let n = rows
        if let custom = Scalar.self as? any CustomMatrixAlgorithms.Type,
            let inverse = try custom.bridgedInverse(self)
        {
            return inverse
        }
        guard let (lu, perm, _) = luFactorisation() else {
            throw MatrixError.singular(operation: "inverse", shape: shape)
        }
        var inv = Array(repeating: Scalar.zero, count: n * n)
        for col in 0..<n {
            // Solve L y = P e_col, then U x = y.
            var x = Array(repeating: Scalar.zero, count: n)
            for i in 0..<n { x[i] = perm[i] == col ? .one : .zero }
            for i in 0..<n {
                var s = x[i]
                for k in 0..<i where !lu[i + k * n].isZero { s = s - lu[i + k * n] * x[k] }
                x[i] = s
            }
            for i in stride(from: n - 1, through: 0, by: -1) {
                var s = x[i]
                for k in (i + 1)..<n where !lu[i + k * n].isZero { s = s - lu[i + k * n] * x[k] }
                x[i] = s / lu[i + i * n]
            }
            for i in 0..<n { inv[i + col * n] = x[i] }
        }
        return Matrix(uncheckedRows: n, cols: n, storage: inv)
    }
}
