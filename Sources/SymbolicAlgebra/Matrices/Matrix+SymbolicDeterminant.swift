import MatrixNumerics
/// `Matrix<Symbolic>.determinant()` and `.inverse()` — also when called from
/// generic code — use division-free expansion up to 10×10 instead of LU
/// elimination, whose rational-function pivots swell without polynomial gcds.
extension Symbolic: CustomMatrixAlgorithms {
    public static func customDeterminant(of matrix: Matrix<Symbolic>) throws -> Symbolic? {
        matrix.rows <= Matrix<Symbolic>.fractionFreeLimit
            ? try matrix.fractionFreeDeterminant() : nil
    }

    public static func customInverse(of matrix: Matrix<Symbolic>) throws -> Matrix<Symbolic>? {
        matrix.rows <= Matrix<Symbolic>.fractionFreeLimit ? try matrix.fractionFreeInverse() : nil
    }
}

extension Matrix where Scalar == Symbolic {
    /// The largest size handled by fraction-free expansion; larger matrices
    /// use exact elimination (LU over rational functions).
    package static var fractionFreeLimit: Int { 10 }

    /// The determinant, exactly (what ``Matrix/determinant()`` uses for
    /// `Symbolic` up to 10×10).
    ///
    /// Division-free: each row is brought to a common denominator `Dᵢ`
    /// (the product of its distinct denominators; `1` for polynomial
    /// entries), the polynomial determinant is expanded by Laplace's rule
    /// with every minor computed once (O(n·2ⁿ) products), and the result
    /// is divided by `Π Dᵢ`. This avoids the expression swell of
    /// elimination with rational-function pivots, and returns a polynomial
    /// for polynomial entries.
    /// - Throws: ``MatrixError/invalidShape(operation:shape:reason:)`` for a
    ///   non-square matrix.
    package func fractionFreeDeterminant() throws -> Symbolic {
        guard isSquare else {
            throw MatrixError.invalidShape(
                operation: "determinant", shape: shape, reason: "matrix is not square")
        }
        if let undefined = entries.first(where: \.isUndefined) { return undefined }
        let (polynomial, scale) = try commonDenominatorRows()
        return polynomial.expandedDeterminant() / scale
    }

    /// The inverse `A⁻¹`, exactly, as adjugate over determinant:
    /// `(A⁻¹)ᵢⱼ = (−1)^(i+j) det A₍ⱼᵢ₎ / det A`, with the same division-free
    /// minors (what ``Matrix/inverse()`` uses for `Symbolic` up to 10×10).
    /// - Throws: ``MatrixError/invalidShape(operation:shape:reason:)`` for a
    ///   non-square matrix, ``MatrixError/singular(operation:shape:)`` when the
    ///   determinant is exactly zero or undefined.
    package func fractionFreeInverse() throws -> Matrix<Symbolic> {
        guard isSquare else {
            throw MatrixError.invalidShape(
                operation: "inverse", shape: shape, reason: "matrix is not square")
        }
        let n = rows
        let det = try fractionFreeDeterminant()
        guard !det.isZero, !det.isUndefined else {
            throw MatrixError.singular(operation: "inverse", shape: shape)
        }
        if n == 1 { return Matrix(column: [Symbolic.one / self[0, 0]]) }
        var inverse = [Symbolic](repeating: .zero, count: n * n)
        for i in 0..<n {
            for j in 0..<n {
                // Minor deleting row j and column i.
                var minorEntries: [Symbolic] = []
                minorEntries.reserveCapacity((n - 1) * (n - 1))
                for col in 0..<n where col != i {
                    for row in 0..<n where row != j { minorEntries.append(self[row, col]) }
                }
                let minor = try Matrix(rows: n - 1, cols: n - 1, storage: minorEntries)
                let cofactor = try minor.fractionFreeDeterminant()
                inverse[i + j * n] = ((i + j) % 2 == 0 ? cofactor : -cofactor) / det
            }
        }
        return try Matrix(rows: n, cols: n, storage: inverse)
    }

    /// Rows scaled to polynomial entries, and the product of the scales.
    package func commonDenominatorRows() throws -> (Matrix<Symbolic>, Symbolic) {
        if entries.allSatisfy(\.isPolynomial) { return (self, .one) }
        var storage = entries
        var scale = Symbolic.one
        for i in 0..<rows {
            var denominators: [Polynomial] = []
            for j in 0..<cols
            where !self[i, j].denominator.isOne && !denominators.contains(self[i, j].denominator) {
                denominators.append(self[i, j].denominator)
            }
            guard !denominators.isEmpty else { continue }
            let rowScale = denominators.reduce(Symbolic.one) { $0 * Symbolic($1) }
            scale = scale * rowScale
            for j in 0..<cols { storage[i + j * rows] = self[i, j] * rowScale }
        }
        return (try Matrix(rows: rows, cols: cols, storage: storage), scale)
    }

    /// Laplace expansion with memoised minors over the bottom rows.
    package func expandedDeterminant() -> Symbolic {
        let n = rows
        if n == 0 { return .one }
        // minors[mask]: determinant of the last popcount(mask) rows restricted to the columns in
        // mask.
        var minors = [Symbolic](repeating: .zero, count: 1 << n)
        minors[0] = .one
        for mask in 1..<(1 << n) {
            let size = mask.nonzeroBitCount
            let row = n - size
            var sum = Symbolic.zero
            var position = 0
            for j in 0..<n where mask & (1 << j) != 0 {
                defer { position += 1 }
                let entry = self[row, j]
                if entry.isZero { continue }
                let minor = minors[mask & ~(1 << j)]
                if minor.isZero { continue }
                let term = entry * minor
                sum = position % 2 == 0 ? sum + term : sum - term
            }
            minors[mask] = sum
        }
        return minors[(1 << n) - 1]
    }
}
