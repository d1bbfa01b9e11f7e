import ClaimLanguage
import MatrixNumerics

/// The Matrix Cookbook's functions: `abs`, `sqrt`, `sin`, `cos`, `A .^ p`,
/// `norm`, `adj` and `comm`.
extension ClaimEvaluator {
    /// `comm(m, n)`: the `mn × mn` permutation with `vec(Xᵀ) = K vec X` for
    /// `X` of shape `m × n`, i.e. `K[j + n·i, i + m·j] = 1`.
    func commutation(_ m: Int, _ n: Int) throws -> Matrix<S> {
        let (size, overflow) = m.multipliedReportingOverflow(by: n)
        if overflow { throw EvaluationFailure.invalidShape("comm(\(m), \(n)) is too large") }
        try requireSize(size, size, "comm(\(m), \(n))")
        var k = try matrixOperation { try Matrix<S>.zeros(size, size) }
        for i in 0..<m {
            for j in 0..<n { k[j + n * i, i + m * j] = .one }
        }
        return k
    }

    /// The entrywise and matrix functions of the Cookbook on the value `x`
    /// of the first argument.
    func cookbookFunction(
        _ function: BuiltinFunction, _ x: Matrix<S>, _ arguments: [Expression]
    )
        throws -> Matrix<S>
    {
        switch function {
        case .abs:
            // |x| = 2 relu(x) − x: exact, with relu's kink at 0.
            return x.map { S(2) * S.relu($0) - $0 }
        case .sqrt: return x.map { S.sqrt($0) }
        case .sin: return x.map { S.sin($0) }
        case .cos: return x.map { S.cos($0) }
        case .pow:
            guard let p = ShapeInference.constantExponent(arguments[1]) else {
                throw EvaluationFailure.internalError("the exponent of .^ is not a constant")
            }
            if p.isInteger {
                guard Swift.abs(p.numerator) <= 4096 else {
                    throw EvaluationFailure.undefined("exponent \(p) is too large")
                }
                if p.numerator < 0 && x.entries.contains(where: \.isZero) {
                    throw EvaluationFailure.undefined("zero raised to a negative power")
                }
                return x.map { $0.power(p.numerator) }
            }
            return x.map { S.pow($0, S.exactNumber(p)) }
        case .norm:
            var total = S.zero
            for entry in x.entries { total = total + entry * entry }
            return scalarMatrix(S.sqrt(total))
        case .adj:
            return try adjugate(x)
        default:
            throw EvaluationFailure.internalError("\(function.rawValue) is not a Cookbook function")
        }
    }

    /// The adjugate `adj X` (`adj X · X = det X · I`), the transposed
    /// cofactor matrix: a polynomial in the entries, defined at singular
    /// matrices too. Computed by cofactors (Laplace expansion) up to 5×5;
    /// `det(X) X⁻¹` beyond, where a singular point is undefined (Laplace
    /// expansion costs n!·n² products: 0.2 s of a derivative's
    /// certification at 8×8 in forward mode).
    func adjugate(_ x: Matrix<S>) throws -> Matrix<S> {
        let n = x.rows
        guard n == x.cols else {
            throw EvaluationFailure.invalidShape("adj: \(x.shape): matrix is not square")
        }
        if n == 1 { return scalarMatrix(.one) }
        if n <= 5 {
            return try Matrix(rows: n, cols: n) { i, j in
                let c = try ClaimEvaluator.cofactorDeterminant(try ClaimEvaluator.minor(x, j, i))
                return (i + j) % 2 == 0 ? c : -c
            }
        }
        try guardElimination(x, "adj", limit: 2)
        let d = try matrixOperation { try x.determinant() }
        if d.isZero {
            throw EvaluationFailure.undefined("adj: the matrix is singular to working precision")
        }
        return try matrixOperation { try x.inverse() } * d
    }
}
