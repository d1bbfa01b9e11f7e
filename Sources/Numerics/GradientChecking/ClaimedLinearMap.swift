/// The derivative a user claims, in one of the forms user code produces:
/// the whole matrix, its action `J v` (JVP) or its transpose action `uᵀ J` (VJP).
///
/// Internal glue between the public checks and ``DerivativeComparison``.
@usableFromInline
enum ClaimedLinearMap {
    /// The `m × n` matrix at `x`, column-major (a gradient is `1 × n`).
    case matrix(([Double]) throws -> [Double])
    /// `(x, v) ↦ J(x) v`, length `m`.
    case jacobianVectorProduct(([Double], [Double]) throws -> [Double])
    /// `(x, u) ↦ J(x)ᵀ u`, length `n`.
    case vectorJacobianProduct(([Double], [Double]) throws -> [Double])

    /// The whole claimed matrix (column-major), by `n` JVPs or `m` VJPs if needed.
    func matrix(at x: [Double], outputs m: Int, inputs n: Int, name: String) throws -> [Double] {
        switch self {
        case .matrix(let claimed):
            let values = try claimed(x)
            guard values.count == m * n else {
                throw DerivativeCheckError.lengthMismatch(
                    what: name, expected: m * n, actual: values.count)
            }
            return values
        case .jacobianVectorProduct(let jvp):
            var values = [Double](repeating: 0, count: m * n)
            for j in 0..<n {
                var e = [Double](repeating: 0, count: n)
                e[j] = 1
                let column = try jvp(x, e)
                guard column.count == m else {
                    throw DerivativeCheckError.lengthMismatch(
                        what: name, expected: m, actual: column.count)
                }
                for i in 0..<m { values[i + j * m] = column[i] }
            }
            return values
        case .vectorJacobianProduct(let vjp):
            var values = [Double](repeating: 0, count: m * n)
            for i in 0..<m {
                var e = [Double](repeating: 0, count: m)
                e[i] = 1
                let row = try vjp(x, e)
                guard row.count == n else {
                    throw DerivativeCheckError.lengthMismatch(
                        what: name, expected: n, actual: row.count)
                }
                for j in 0..<n { values[i + j * m] = row[j] }
            }
            return values
        }
    }

    /// `uᵀ J v` for each probe with the sizes of its terms; the whole
    /// matrix is evaluated once at `x` and shared by the probes.
    func probes(
        at x: [Double], _ probes: [(u: [Double], v: [Double])], outputs m: Int, inputs n: Int,
        name: String
    ) throws
        -> [ProbeValue]
    {
        switch self {
        case .matrix(let claimed):
            let values = try claimed(x)
            guard values.count == m * n else {
                throw DerivativeCheckError.lengthMismatch(
                    what: name, expected: m * n, actual: values.count)
            }
            return probes.map { probe in
                var value = ProbeValue()
                for j in 0..<n {
                    let vj = probe.v[j]
                    for i in 0..<m { value.add(probe.u[i] * values[i + j * m] * vj) }
                }
                return value
            }
        case .jacobianVectorProduct(let jvp):
            return try probes.map { probe in
                let jv = try jvp(x, probe.v)
                guard jv.count == m else {
                    throw DerivativeCheckError.lengthMismatch(
                        what: name, expected: m, actual: jv.count)
                }
                return ProbeValue(terms: zip(probe.u, jv).map { $0 * $1 })
            }
        case .vectorJacobianProduct(let vjp):
            return try probes.map { probe in
                let ju = try vjp(x, probe.u)
                guard ju.count == n else {
                    throw DerivativeCheckError.lengthMismatch(
                        what: name, expected: n, actual: ju.count)
                }
                return ProbeValue(terms: zip(ju, probe.v).map { $0 * $1 })
            }
        }
    }
}

/// One claimed probe `uᵀ J v = Σ terms`, with the sizes of its terms: the
/// rounding of the claimed entries scales with `√(Σ terms²)`, and a one-entry
/// error is diluted by `Σ|terms| / max|term|`.
@usableFromInline
struct ProbeValue {
    /// `Σ terms`.
    var value = 0.0
    /// `Σ |terms|`.
    var absoluteSum = 0.0
    /// `Σ terms²`.
    var squareSum = 0.0
    /// `max |term|`.
    var largestTerm = 0.0

    init() {}

    init(terms: [Double]) {
        for term in terms { add(term) }
    }

    mutating func add(_ term: Double) {
        value += term
        let size = Swift.abs(term)
        absoluteSum += size
        squareSum += size * size
        largestTerm = max(largestTerm, size)
    }
}

/// Counts evaluations made by the closures of one check.
@usableFromInline
final class EvaluationCounter {
    @usableFromInline var count = 0
    @usableFromInline init() {}
}

extension DerivativeComparison {
    /// A comparison of `claimed` against a reference `J v` with error
    /// estimates (zero for exact references), optionally with a dedicated
    /// `uᵀ J v` and a finite-difference cross-check.
    @usableFromInline
    static func build(
        quantity: CheckedQuantity, reference: ReferenceMethod, outputs m: Int, inputs n: Int,
        options: DerivativeCheckOptions, outputLabel: @escaping (Int) -> String?,
        claimed: ClaimedLinearMap, counter: EvaluationCounter,
        referenceJVP: @escaping ([Double], [Double]) throws -> Estimates,
        referenceProbe: (([Double], [Double], [Double]) throws -> Double)? = nil,
        projectedFunction: (([Double], [Double]) throws -> Double)?,
        crossCheckJVP: (([Double], [Double]) throws -> Estimates)? = nil,
        crossCheckProbe: (
            ([Double], [Double], [Double]) throws -> (value: Double, error: Double)
        )? = nil,
        referenceColumnBatch:
            (([Double], [Int]?, (Int, Estimates) throws -> Void) throws -> Void)? = nil
    ) -> DerivativeComparison {
        let name = "claimed \(quantity)"
        let labels = options
        func checked(_ estimates: Estimates) throws -> Estimates {
            guard estimates.values.count == m, estimates.errors.count == m else {
                throw DerivativeCheckError.lengthMismatch(
                    what: "function output", expected: m, actual: estimates.values.count)
            }
            return estimates
        }
        let crossCheck: (([Double], [Double], [Double]) throws -> (value: Double, error: Double))? =
            crossCheckProbe
            ?? crossCheckJVP.map { jvp in
                { x, u, v in
                    let estimate = try checked(jvp(x, v))
                    return (
                        dot(u, estimate.values),
                        zip(u, estimate.errors).reduce(0) { $0 + Swift.abs($1.0) * $1.1 }
                    )
                }
            }
        return DerivativeComparison(
            quantity: quantity, reference: reference, inputCount: n, outputCount: m,
            unitRoundoff: Double.ulpOfOne / 2,
            entryLabel: { i, j in
                entryName(
                    quantity: quantity, output: outputLabel(i),
                    input: labels.inputLabel(j, count: n))
            },
            claimedMatrix: { x in
                counter.count += 1;
                return try claimed.matrix(at: x, outputs: m, inputs: n, name: name)
            },
            claimedProbes: { x, probes in
                counter.count += 1;
                return try claimed.probes(at: x, probes, outputs: m, inputs: n, name: name)
            },
            referenceColumns: { x, columns, body in
                if let referenceColumnBatch {
                    try referenceColumnBatch(x, columns) { j, estimates in
                        try body(j, checked(estimates))
                    }
                    return
                }
                var e = [Double](repeating: 0, count: n)
                for j in columns ?? Array(0..<n) {
                    e[j] = 1
                    try body(j, checked(referenceJVP(x, e)))
                    e[j] = 0
                }
            },
            referenceProbe: { x, u, v in
                if let referenceProbe { return (try referenceProbe(x, u, v), 0) }
                let jv = try checked(referenceJVP(x, v))
                return (
                    dot(u, jv.values), zip(u, jv.errors).reduce(0) { $0 + Swift.abs($1.0) * $1.1 }
                )
            },
            projectedFunction: projectedFunction, measuresNoise: reference.isExact,
            roundPoint: { $0 },
            evaluationCount: { counter.count }, crossCheck: crossCheck)
    }
}

/// A flat column-major array as a matrix of the given shape (the count was validated).
@usableFromInline
func reshaped(_ flat: [Double], _ shape: Shape) -> Matrix<Double> {
    Matrix(uncheckedRows: shape.rows, cols: shape.cols, storage: flat)
}

/// The entries of `matrix` after checking its shape.
@usableFromInline
func entries(of matrix: Matrix<Double>, shape: Shape, what: String) throws -> [Double] {
    guard matrix.shape == shape else {
        throw DerivativeCheckError.shapeMismatch(what: what, expected: shape, actual: matrix.shape)
    }
    return matrix.entries
}

/// Richardson extrapolation over the relative steps `2⁻⁷ … 2⁻¹⁰` (8
/// evaluations): small enough not to straddle a kink `10⁻²` away (where
/// resampling puts the point), large enough that rounding stays near `10⁻¹² |f|`.
@usableFromInline
let checkStepMethod = FiniteDifferenceMethod.richardson(initialRelativeStep: 0x1p-7, levels: 4)

/// Finite differences (Richardson) of `F` along `v`, with their error estimates.
@usableFromInline
func finiteDifferenceJVP(
    _ function: @escaping (Matrix<Double>) throws -> Matrix<Double>, inputShape: Shape,
    counter: EvaluationCounter
) -> ([Double], [Double]) throws -> (values: [Double], errors: [Double]) {
    { x, v in
        let counted: (Matrix<Double>) throws -> Matrix<Double> = { point in
            counter.count += 1; return try function(point)
        }
        let estimate = try FiniteDifferences.jvp(
            of: counted, at: reshaped(x, inputShape), direction: reshaped(v, inputShape),
            method: checkStepMethod)
        return (estimate.value.entries, estimate.errorEstimate.entries)
    }
}

/// The default labels: `x[i]` for a column, `X[i, j]` for a matrix.
@usableFromInline
func defaultLayout(_ options: DerivativeCheckOptions, shape: Shape) -> DerivativeCheckOptions {
    guard options.layout == nil else { return options }
    var options = options
    options.layout = shape.cols == 1 ? .vector(shape.rows) : try? ParameterLayout([("X", shape)])
    return options
}

/// `∂f/∂W[3, 7]`, `∂F[2]/∂x[0]`, `∂²f/∂x[1]∂x[0]`.
func entryName(quantity: CheckedQuantity, output: String?, input: String) -> String {
    switch quantity {
    case .gradient: return "∂f/∂\(input)"
    case .hessian, .hessianVectorProduct: return "∂²f/∂\(output ?? "x")∂\(input)"
    default: return "∂\(output ?? "F")/∂\(input)"
    }
}
