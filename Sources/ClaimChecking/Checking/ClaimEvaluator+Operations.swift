import ClaimLanguage
import MatrixNumerics

/// Binary operations, matrix powers and built-in functions.
extension ClaimEvaluator {
    /// The gradient on the symmetric matrices (Frobenius inner product) from
    /// the total derivatives `T[i,j] = ∂f/∂s_ij` with respect to the
    /// independent entries: `T[i,i]` on the diagonal, `T[i,j]/2` off it — the
    /// symmetric part `(G + Gᵀ)/2` of the unconstrained gradient `G`.
    func symmetricGradient(_ t: Matrix<S>) -> Matrix<S> {
        var g = t
        let half = S.exactNumber(ExactNumber(1, 2)!)
        for j in 0..<t.cols { for i in 0..<t.rows where i != j { g[i, j] = t[i, j] * half } }
        return g
    }

    /// The largest matrix the evaluator builds (entries).
    public static var maximumEntries: Int { 4_000_000 }

    package func binary(_ op: BinaryOperator, _ x: Matrix<S>, _ y: Matrix<S>) throws -> Matrix<S> {
        let xScalar = x.rows == 1 && x.cols == 1, yScalar = y.rows == 1 && y.cols == 1
        if op == .kronecker {
            let (r, o1) = x.rows.multipliedReportingOverflow(by: y.rows)
            let (c, o2) = x.cols.multipliedReportingOverflow(by: y.cols)
            if o1 || o2 { throw EvaluationFailure.invalidShape("Kronecker product too large") }
            try requireSize(r, c, "a Kronecker product")
        }
        if op == .multiply && !xScalar && !yScalar {
            try requireSize(x.rows, y.cols, "a matrix product")
        }
        return try matrixOperation {
            switch op {
            case .add:
                if xScalar && !yScalar { return y.map { x[0, 0] + $0 } }
                if yScalar && !xScalar { return x.map { $0 + y[0, 0] } }
                return try x + y
            case .subtract:
                if xScalar && !yScalar { return y.map { x[0, 0] - $0 } }
                if yScalar && !xScalar { return x.map { $0 - y[0, 0] } }
                return try x - y
            case .multiply:
                if xScalar { return x[0, 0] * y }
                if yScalar { return x * y[0, 0] }
                return try x * y
            case .hadamard:
                if xScalar { return x[0, 0] * y }
                if yScalar { return x * y[0, 0] }
                return try x.hadamard(y)
            case .elementDivide:
                if xScalar && !yScalar { return y.map { x[0, 0] / $0 } }
                if yScalar { return x / y[0, 0] }
                return try x.hadamardDivision(y)
            case .divide:
                return x / y[0, 0]
            case .kronecker:
                return try x.kroneckerProduct(y)
            }
        }
    }

    package func power(_ base: Matrix<S>, _ k: Int) throws -> Matrix<S> {
        guard k >= -4096 && k <= 4096 else {
            throw EvaluationFailure.undefined("exponent \(k) is too large")
        }
        if let result = try powerOverCommonDenominator(base, k) { return result }
        let terms = Swift.max(1, (base.entries.map(\.complexity).max() ?? 1) - 1)
        try requirePowerEstimate(termsPerEntry: terms, size: base.rows, k)
        if base.rows == 1 && base.cols == 1 {
            if k < 0 && base[0, 0].isZero {
                throw EvaluationFailure.undefined("zero raised to a negative power")
            }
            return scalarMatrix(base[0, 0].power(k))
        }
        return try matrixOperation {
            var b = k < 0 ? try inverse(ofValue: base) : base
            var result = try Matrix<S>.identity(base.rows)
            var e = Swift.abs(k)
            while e > 0 {
                if e & 1 == 1 { result = try result * b }
                e >>= 1
                if e > 0 { b = try b * b }
            }
            return result
        }
    }

    package func call(_ function: BuiltinFunction, _ arguments: [Expression]) throws -> Matrix<S> {
        switch function {
        case .eye:
            let n = try dimension(arguments[0], "eye")
            try requireSize(n, n, "eye(\(n))")
            return try matrixOperation { try Matrix<S>.identity(n) }
        case .comm:
            return try commutation(
                try dimension(arguments[0], "comm"), try dimension(arguments[1], "comm"))
        case .ones, .zeros:
            let r = try dimension(arguments[0], function.rawValue)
            let c = arguments.count > 1 ? try dimension(arguments[1], function.rawValue) : 1
            try requireSize(r, c, "\(function.rawValue)(\(r), \(c))")
            return try matrixOperation {
                function == .ones ? try Matrix<S>.ones(r, c) : try Matrix<S>.zeros(r, c)
            }
        default:
            break
        }
        if function == .det { return scalarMatrix(try determinant(arguments[0])) }
        if function == .inv { return try inverse(arguments[0]) }
        let x = try value(arguments[0])
        switch function {
        case .vec: return x.vec
        case .diag: return try matrixOperation { try x.diag() }
        case .tr: return scalarMatrix(try matrixOperation { try x.trace() })
        case .sum: return scalarMatrix(x.sum)
        case .det: return scalarMatrix(try determinant(ofValue: x))
        case .inv: return try inverse(ofValue: x)
        case .kron:
            let y = try value(arguments[1])
            return try binary(.kronecker, x, y)
        case .sigmoid: return x.map { S.sigmoid($0) }
        case .tanh: return x.map { S.tanh($0) }
        case .exp: return x.map { S.exp($0) }
        case .log: return x.map { S.log($0) }
        case .softplus: return x.map { S.softplus($0) }
        case .relu: return x.map { S.relu($0) }
        case .step: return x.map { S.step($0) }
        case .abs, .sqrt, .sin, .cos, .pow, .norm, .adj:
            return try cookbookFunction(function, x, arguments)
        case .eye, .ones, .zeros, .comm: return x
        }
    }
}
