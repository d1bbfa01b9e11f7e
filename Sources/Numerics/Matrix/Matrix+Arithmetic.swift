extension Matrix {
    /// The transpose `Aᵀ`, with `Aᵀ[j, i] = A[i, j]`.
    @inlinable
    public var transposed: Matrix {
        var out = [Scalar]()
        out.reserveCapacity(count)
        for i in 0..<rows { for j in 0..<cols { out.append(storage[i + j * rows]) } }
        return Matrix(uncheckedRows: cols, cols: rows, storage: out)
    }

    @inlinable
    func requireSameShape(_ other: Matrix, _ operation: String) throws {
        guard rows == other.rows, cols == other.cols else {
            throw MatrixError.shapeMismatch(
                operation: operation, lhs: shape, rhs: other.shape, reason: "shapes differ")
        }
    }

    /// Entrywise sum `A + B`.
    /// - Throws: ``MatrixError/shapeMismatch(operation:lhs:rhs:reason:)`` when the shapes differ.
    @inlinable
    public static func + (lhs: Matrix, rhs: Matrix) throws -> Matrix {
        try lhs.requireSameShape(rhs, "matrix sum")
        var out = lhs.storage
        for k in out.indices { out[k] = out[k] + rhs.storage[k] }
        return Matrix(uncheckedRows: lhs.rows, cols: lhs.cols, storage: out)
    }

    /// Entrywise difference `A − B`.
    @inlinable
    public static func - (lhs: Matrix, rhs: Matrix) throws -> Matrix {
        try lhs.requireSameShape(rhs, "matrix difference")
        var out = lhs.storage
        for k in out.indices { out[k] = out[k] - rhs.storage[k] }
        return Matrix(uncheckedRows: lhs.rows, cols: lhs.cols, storage: out)
    }

    /// Entrywise negation `−A`.
    @inlinable
    public static prefix func - (operand: Matrix) -> Matrix {
        Matrix(
            uncheckedRows: operand.rows, cols: operand.cols, storage: operand.storage.map { -$0 })
    }

    /// Scalar multiple `cA`.
    @inlinable
    public static func * (lhs: Scalar, rhs: Matrix) -> Matrix {
        Matrix(uncheckedRows: rhs.rows, cols: rhs.cols, storage: rhs.storage.map { lhs * $0 })
    }

    /// Scalar multiple `Ac`.
    @inlinable
    public static func * (lhs: Matrix, rhs: Scalar) -> Matrix {
        Matrix(uncheckedRows: lhs.rows, cols: lhs.cols, storage: lhs.storage.map { $0 * rhs })
    }

    /// Matrix product `AB`, with `(AB)[i, j] = Σₖ A[i, k] B[k, j]`.
    ///
    /// `Matrix<Double>` dispatches to a cache-blocked kernel (see
    /// `Matrix+DoubleProduct.swift`); other scalars use this generic loop.
    /// - Throws: ``MatrixError/shapeMismatch(operation:lhs:rhs:reason:)`` when
    ///   the inner dimensions differ.
    /// - Complexity: O(m·n·p).
    @inlinable
    public static func * (lhs: Matrix, rhs: Matrix) throws -> Matrix {
        guard lhs.cols == rhs.rows else {
            throw MatrixError.shapeMismatch(
                operation: "matrix product", lhs: lhs.shape, rhs: rhs.shape,
                reason: "inner dimensions \(lhs.cols) and \(rhs.rows) differ")
        }
        if let fast = Matrix.fastProduct(lhs, rhs) { return fast }
        return lhs.genericProduct(rhs)
    }

    /// Generic `j-k-i` product loop (column `j` of the result accumulates
    /// `A[:, k]·B[k, j]`, skipping zero `B[k, j]`); callers have checked the shapes.
    ///
    /// `@inlinable`, so a caller's specialisation (`Float`, `Dual<Double>`, …)
    /// compiles it for the concrete scalar; buffer pointers (indices valid by
    /// construction) keep bounds and uniqueness checks out of the inner loop.
    @inlinable
    func genericProduct(_ rhs: Matrix) -> Matrix {
        let m = rows, n = rhs.cols, inner = cols
        var out = Array(repeating: Scalar.zero, count: m * n)
        storage.withUnsafeBufferPointer { a in
            rhs.storage.withUnsafeBufferPointer { b in
                out.withUnsafeMutableBufferPointer { c in
                    // Offsets are below the validated entry counts, so the
                    // wrapping operators cannot wrap; they let the loop vectorise.
                    for j in 0..<n {
                        let columnOfB = j &* inner, columnOfC = j &* m
                        for k in 0..<inner {
                            let bkj = b[k &+ columnOfB]
                            if bkj.isZero { continue }
                            let columnOfA = k &* m
                            for i in 0..<m {
                                c[i &+ columnOfC] = c[i &+ columnOfC] + a[i &+ columnOfA] * bkj
                            }
                        }
                    }
                }
            }
        }
        return Matrix(uncheckedRows: m, cols: n, storage: out)
    }

    /// Entrywise (Hadamard) product `A ⊙ B`.
    @inlinable
    public func hadamard(_ other: Matrix) throws -> Matrix {
        try requireSameShape(other, "Hadamard product")
        var out = storage
        for k in out.indices { out[k] = out[k] * other.storage[k] }
        return Matrix(uncheckedRows: rows, cols: cols, storage: out)
    }

    /// The sum of all entries, `Σᵢⱼ A[i, j]`.
    @inlinable
    public var sum: Scalar { storage.reduce(.zero, +) }

    /// The trace `tr A = Σᵢ A[i, i]`.
    /// - Throws: ``MatrixError/invalidShape(operation:shape:reason:)`` for a non-square matrix.
    @inlinable
    public func trace() throws -> Scalar {
        guard isSquare else {
            throw MatrixError.invalidShape(
                operation: "trace", shape: shape, reason: "matrix is not square")
        }
        var t = Scalar.zero
        for i in 0..<rows { t = t + storage[i + i * rows] }
        return t
    }
}

extension Matrix where Scalar: Field {
    /// Entrywise division `A ⊘ B`.
    @inlinable
    public func hadamardDivision(_ other: Matrix) throws -> Matrix {
        try requireSameShape(other, "Hadamard division")
        var out = storage
        for k in out.indices { out[k] = out[k] / other.storage[k] }
        return Matrix(uncheckedRows: rows, cols: cols, storage: out)
    }

    /// Division of every entry by a scalar, `A / c`.
    @inlinable
    public static func / (lhs: Matrix, rhs: Scalar) -> Matrix {
        Matrix(uncheckedRows: lhs.rows, cols: lhs.cols, storage: lhs.storage.map { $0 / rhs })
    }
}
