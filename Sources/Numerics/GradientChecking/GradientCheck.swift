/// Checks a claimed gradient `∇f(X)`, returned in the shape of `X`
/// (`∇f[i, j] = ∂f/∂X[i, j]`; ``DerivativeLayout``).
///
/// Two kinds of function:
/// - a generic ``ScalarValuedMatrixFunction``: the reference is exact (dual numbers or the
///   complex step), each entry's bound is the rounding noise measured near
///   the point (``DerivativeCheckOptions``) plus a floor of `2u`, and finite
///   differences cross-check the reference on the worst entries.
/// - a closure over `Double`: the reference is finite differences with
///   Richardson extrapolation, and the bound comes from the Richardson error
///   estimate.
///
/// Internal since ``DerivativeCheck`` became the one entry point, which forwards here.
@usableFromInline enum GradientCheck {
    /// Checks `claimed(X) = ∇f(X)` against an exact reference.
    ///
    /// - Parameters:
    ///   - function: `f`, generic over the scalar.
    ///   - claimed: the user's gradient code, `X ↦ ∇f(X)` in the shape of `X`.
    ///   - x: the point.
    ///   - options: full or fast mode, seed, layout for readable indices.
    ///   - reference: dual numbers (default) or the complex step.
    /// - Throws: ``DerivativeCheckError`` for wrong shapes or non-finite
    ///   input; anything `function` or `claimed` throws.
    /// - Complexity: full mode `⌈|X|/8⌉` evaluations of `f` on eight-tangent
    ///   dual numbers (``MultiDual``; `|X|` passes for the complex step) plus
    ///   `K` per batch of columns outside the claimed code's own noise bound,
    ///   `≤ 61 + K` of `claimed` and `≤ 24` of `f` for the cross-check
    ///   (`K` = ``DerivativeCheckOptions/noiseSamples``); fast mode
    ///   `(k + 1)·probes`, `k + 1` (`+ 60` when a probe is still outside) and 8,
    ///   `k ≤ K` the nearby points the bound needed (all `K` when it fails).
    @inlinable
    static func gradient<F: ScalarValuedMatrixFunction>(
        of function: F, claimed: @escaping (Matrix<Double>) throws -> Matrix<Double>,
        at x: Matrix<Double>,
        options: DerivativeCheckOptions = .full, reference: ExactReference = .dual
    ) throws -> DerivativeCheckReport {
        let shape = x.shape, n = x.count
        let counter = EvaluationCounter()
        let jvp: ([Double], [Double]) throws -> (values: [Double], errors: [Double])
        switch reference {
        case .dual:
            jvp = { point, v in
                counter.count += 1
                let storage = dualSeeded(point, direction: v)
                let value = try function(
                    Matrix(uncheckedRows: shape.rows, cols: shape.cols, storage: storage))
                return ([value.derivative], [0])
            }
        case .complexStep:
            jvp = { point, v in
                counter.count += 1
                let step = 1e-200
                var storage = [Complex<Double>]()
                storage.reserveCapacity(n)
                for i in 0..<n { storage.append(Complex(point[i], step * v[i])) }
                let value = try function(
                    Matrix(uncheckedRows: shape.rows, cols: shape.cols, storage: storage))
                return ([value.imaginary / step], [0])
            }
        }
        let values: (Matrix<Double>) throws -> Matrix<Double> = {
            Matrix(column: [try function($0)])
        }
        let options = defaultLayout(options, shape: shape)
        let comparison = DerivativeComparison.build(
            quantity: .gradient, reference: reference.method, outputs: 1, inputs: n,
            options: options,
            outputLabel: { _ in nil },
            claimed: .matrix {
                try entries(
                    of: claimed(reshaped($0, shape)), shape: shape, what: "claimed gradient")
            },
            counter: counter, referenceJVP: jvp,
            projectedFunction: { point, u in
                counter.count += 1; return u[0] * (try function(reshaped(point, shape)))
            },
            crossCheckJVP: finiteDifferenceJVP(values, inputShape: shape, counter: counter),
            referenceColumnBatch: reference == .dual
                ? multiDualGradientColumns(function, shape: shape, counter: counter) : nil)
        return try comparison.run(at: x.entries, options: options)
    }

    /// Checks `claimed(X) = ∇f(X)` for a function over `Double` only, against
    /// finite differences with Richardson extrapolation; each entry's bound is
    /// `8 ×` its Richardson error estimate plus a `32 u` floor.
    ///
    /// - Throws: ``DerivativeCheckError`` for wrong shapes or non-finite
    ///   input; ``DifferentiationError`` when finite differences meet a
    ///   non-finite value; anything `function` or `claimed` throws.
    /// - Complexity: full mode `8|X|` evaluations of `f`; fast mode `8·probes`.
    @usableFromInline static func gradient(
        of function: @escaping (Matrix<Double>) throws -> Double,
        claimed: @escaping (Matrix<Double>) throws -> Matrix<Double>, at x: Matrix<Double>,
        options: DerivativeCheckOptions = .full
    ) throws -> DerivativeCheckReport {
        let shape = x.shape
        let counter = EvaluationCounter()
        let values: (Matrix<Double>) throws -> Matrix<Double> = {
            Matrix(column: [try function($0)])
        }
        let options = defaultLayout(options, shape: shape)
        let comparison = DerivativeComparison.build(
            quantity: .gradient, reference: .finiteDifferences, outputs: 1, inputs: x.count,
            options: options,
            outputLabel: { _ in nil },
            claimed: .matrix {
                try entries(
                    of: claimed(reshaped($0, shape)), shape: shape, what: "claimed gradient")
            },
            counter: counter,
            referenceJVP: finiteDifferenceJVP(values, inputShape: shape, counter: counter),
            projectedFunction: { point, u in
                counter.count += 1; return u[0] * (try function(reshaped(point, shape)))
            })
        return try comparison.run(at: x.entries, options: options)
    }
}
