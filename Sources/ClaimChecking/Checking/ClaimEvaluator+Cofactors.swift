import ClaimLanguage
import MatrixNumerics

/// Exact determinants, minors and inverses of small matrices by cofactors.
extension ClaimEvaluator {
    /// `det A` by Laplace expansion along the first row (n ≤ 4): for
    /// polynomial entries the result stays a polynomial.
    package static func cofactorDeterminant(_ a: Matrix<S>) throws -> S {
        let n = a.rows
        if n == 0 { return .one }
        if n == 1 { return a[0, 0] }
        if n == 2 { return a[0, 0] * a[1, 1] - a[0, 1] * a[1, 0] }
        var total = S.zero
        for j in 0..<n where !a[0, j].isZero {
            let minor = try ClaimEvaluator.minor(a, 0, j)
            let term = try a[0, j] * cofactorDeterminant(minor)
            total = j % 2 == 0 ? total + term : total - term
        }
        return total
    }

    package static func minor(_ a: Matrix<S>, _ row: Int, _ col: Int) throws -> Matrix<S> {
        let n = a.rows
        var storage: [S] = []
        storage.reserveCapacity((n - 1) * (n - 1))
        for j in 0..<n where j != col { for i in 0..<n where i != row { storage.append(a[i, j]) } }
        return try Matrix(column: storage).unvec(rows: n - 1, cols: n - 1)
    }

    /// `A⁻¹ = adj(A)/det A` (n ≤ 4): every entry has the one denominator `det A`.
    package static func adjugateInverse(_ a: Matrix<S>) throws -> Matrix<S> {
        let d = try cofactorDeterminant(a)
        if d.isZero { throw EvaluationFailure.undefined("inverse: \(a.shape): matrix is singular") }
        let n = a.rows
        if n == 1 { return Matrix(column: [S.one / d]) }
        return try Matrix(rows: n, cols: n) { i, j in
            // (A⁻¹)[i, j] = (−1)^(i+j) M[j, i] / det A
            let c = try cofactorDeterminant(minor(a, j, i))
            return ((i + j) % 2 == 0 ? c : -c) / d
        }
    }
}
