/// Finite-difference derivatives of `Double` functions of a matrix, with
/// honest entrywise error estimates. Layout: see ``DerivativeLayout``.
///
/// ```swift
/// let estimate = try FiniteDifferences.jacobian(of: { try a * $0 * b }, at: x)
/// // estimate.value ≈ Bᵀ ⊗ A, and |estimate.value − (Bᵀ ⊗ A)| ≤ estimate.errorEstimate
/// ```
///
/// Every estimate combines a truncation term (from comparing steps, see
/// ``RichardsonTableau``) with a rounding term `u·max|F|/h`, where `u` is
/// ``functionAccuracy``: the estimate assumes every entry of `F` is evaluated
/// to within about 32 units in the last place of `F`'s largest entry
/// (normwise accuracy, which matrix products provide; a function with worse
/// cancellation than that can defeat the estimate) and that `F` is smooth at
/// the scale of the initial step.
///
/// For derivatives exact to rounding, use ``ForwardMode`` (dual numbers) or
/// ``ComplexStep`` on a function written generically (``MatrixFunction``).
public enum FiniteDifferences {
    /// The assumed accuracy of the function's evaluations, relative to the
    /// largest magnitude it returns: `32ε ≈ 7.1e-15`.
    public static let functionAccuracy = 32 * Double.ulpOfOne

    /// The Jacobian `∂ vec F / ∂ (vec X)ᵀ` of `f` at `x`, shape `|F| × |X|`,
    /// computed column by column: column `b` is the derivative of `vec F`
    /// along input entry `(vec X)[b]`.
    /// - Throws: ``DifferentiationError`` for invalid method parameters, an
    ///   output whose shape changes or that is not finite near `x`; whatever
    ///   `f` throws.
    /// - Complexity: `2 · levels · |X|` evaluations of `f`.
    public static func jacobian(
        of f: (Matrix<Double>) throws -> Matrix<Double>, at x: Matrix<Double>,
        method: FiniteDifferenceMethod = .richardson
    ) throws -> DerivativeEstimate {
        let operation = "finite-difference Jacobian"
        let output = try f(x)
        let shape = DerivativeLayout.jacobianShape(output: output.shape, input: x.shape)
        var value = [Double](), error = [Double]()
        value.reserveCapacity(shape.count)
        error.reserveCapacity(shape.count)
        for b in 0..<x.count {
            let column = try derivativeAlongLine(
                operation, method: method, inputEntry: b,
                scale: Swift.max(1, Swift.abs(x.storage[b]))
            ) { t in
                var shifted = x
                shifted.storage[b] += t
                return try sameShape(f(shifted), output.shape, operation).storage
            }
            value += column.value
            error += column.error
        }
        return try DerivativeEstimate(
            value: Matrix(rows: shape.rows, cols: shape.cols, storage: value),
            errorEstimate: Matrix(rows: shape.rows, cols: shape.cols, storage: error))
    }

    /// The directional derivative (JVP) `dF[V] = lim (F(X + tV) − F(X))/t`,
    /// in the shape of `F`, with `vec dF[V] = J · vec V`.
    /// - Throws: ``MatrixError/shapeMismatch(operation:lhs:rhs:reason:)`` when
    ///   `direction` and `x` differ in shape; otherwise as ``jacobian(of:at:method:)``.
    /// - Complexity: `2 · levels` evaluations of `f`.
    public static func jvp(
        of f: (Matrix<Double>) throws -> Matrix<Double>, at x: Matrix<Double>,
        direction: Matrix<Double>, method: FiniteDifferenceMethod = .richardson
    ) throws -> DerivativeEstimate {
        let operation = "finite-difference JVP"
        try x.requireSameShape(direction, operation)
        let output = try f(x)
        let directionSize = direction.storage.reduce(0) { Swift.max($0, Swift.abs($1)) }
        guard directionSize > 0 else {
            let zero = try Matrix<Double>.zeros(output.rows, output.cols)
            return try DerivativeEstimate(value: zero, errorEstimate: zero)
        }
        let pointSize = x.storage.reduce(0) { Swift.max($0, Swift.abs($1)) }
        let line = try derivativeAlongLine(
            operation, method: method, inputEntry: -1,
            scale: Swift.max(1, pointSize) / directionSize
        ) { t in
            var shifted = x
            for k in shifted.storage.indices { shifted.storage[k] += t * direction.storage[k] }
            return try sameShape(f(shifted), output.shape, operation).storage
        }
        return try DerivativeEstimate(
            value: Matrix(rows: output.rows, cols: output.cols, storage: line.value),
            errorEstimate: Matrix(rows: output.rows, cols: output.cols, storage: line.error))
    }

    /// The gradient `∇f` of a scalar function, in the shape of `x`
    /// (`∇f[i, j] = ∂f/∂X[i, j]`; see ``DerivativeLayout``).
    /// - Throws: as ``jacobian(of:at:method:)``.
    /// - Complexity: `2 · levels · |X|` evaluations of `f`.
    public static func gradient(
        of f: (Matrix<Double>) throws -> Double, at x: Matrix<Double>,
        method: FiniteDifferenceMethod = .richardson
    ) throws -> DerivativeEstimate {
        let jacobian = try jacobian(of: { Matrix(column: [try f($0)]) }, at: x, method: method)
        return try DerivativeEstimate(
            value: jacobian.value.unvec(rows: x.rows, cols: x.cols),
            errorEstimate: jacobian.errorEstimate.unvec(rows: x.rows, cols: x.cols))
    }

    /// The derivative along a line `t ↦ g(t)` at `t = 0` (all components at
    /// once), from central differences at the method's steps.
    static func derivativeAlongLine(
        _ operation: String, method: FiniteDifferenceMethod, inputEntry: Int, scale: Double,
        _ g: (Double) throws -> [Double]
    ) throws -> (value: [Double], error: [Double]) {
        let (relativeStep, levels, extrapolate) = try method.validated(operation, order: 1)
        // Central differences use steps 2h and h; Richardson h₀, h₀/2, ….
        let first = powerOfTwo(atMost: relativeStep * scale) * (extrapolate ? 1 : 2)
        var samples = [QuotientSample]()
        samples.reserveCapacity(levels)
        var h = first
        for _ in 0..<levels {
            let plus = try g(h), minus = try g(-h)
            guard plus.count == minus.count else {
                throw DifferentiationError.outputShapeChanged(
                    operation: operation, expected: Shape(plus.count, 1),
                    found: Shape(minus.count, 1))
            }
            var values = [Double](repeating: 0, count: plus.count)
            var rounding = values
            // Normwise: every output entry is assumed accurate to u·max|F|, since
            // small entries of matrix outputs usually come from cancellation.
            var outputSize = 0.0
            for c in plus.indices {
                guard plus[c].isFinite, minus[c].isFinite else {
                    throw DifferentiationError.nonFiniteValue(
                        operation: operation, inputEntry: inputEntry, step: h)
                }
                outputSize = Swift.max(outputSize, Swift.abs(plus[c]), Swift.abs(minus[c]))
            }
            for c in plus.indices {
                let quotient = (plus[c] - minus[c]) / (2 * h)
                values[c] = quotient
                // u·max|F|/h for the two evaluations, plus the step's own representation error.
                rounding[c] =
                    functionAccuracy * outputSize / h + Double.ulpOfOne * scale
                    * Swift.abs(quotient) / h
            }
            samples.append(QuotientSample(values: values, rounding: rounding))
            h /= 2
        }
        return RichardsonTableau.combine(samples, extrapolate: extrapolate)
    }

    /// The largest power of two not above `x` (for `x > 0`).
    static func powerOfTwo(atMost x: Double) -> Double {
        Double(sign: .plus, exponent: x.exponent, significand: 1)
    }

    /// `m` itself when its shape is `expected`, else a thrown error.
    static func sameShape(
        _ m: Matrix<Double>, _ expected: Shape, _ operation: String
    ) throws -> Matrix<Double> {
        guard m.shape == expected else {
            throw DifferentiationError.outputShapeChanged(
                operation: operation, expected: expected, found: m.shape)
        }
        return m
    }
}
