/// Checks claimed first derivatives of a map `F : X ↦ F(X)` between
/// matrices: the Jacobian `J = ∂ vec F / ∂ (vec X)ᵀ` (numerator layout,
/// `|F| × |X|`), the JVP `dF[V]` (shape of `F`, `vec dF[V] = J vec V`) and the
/// VJP `Uᵀ J` (returned in the shape of `X`, `vec = Jᵀ vec U`).
///
/// For a generic ``MatrixFunction`` the reference is dual numbers (or the
/// complex step), cross-checked by finite differences; for a closure over
/// `Double` it is finite differences with Richardson error estimates.
///
/// Internal since ``DerivativeCheck`` became the one entry point, which forwards here.
@usableFromInline enum JacobianCheck {
    /// Checks `claimed(X) = J(X)`, an `|F| × |X|` matrix.
    /// - Throws: ``DerivativeCheckError`` for wrong shapes or non-finite input.
    @inlinable
    static func jacobian<F: MatrixFunction>(
        of function: F, claimed: @escaping (_ x: Matrix<Double>) throws -> Matrix<Double>,
        at x: Matrix<Double>,
        options: DerivativeCheckOptions = .full, reference: ExactReference = .dual
    ) throws -> DerivativeCheckReport {
        let outputShape = try function(x).shape
        let jacobianShape = Shape(outputShape.count, x.count)
        let map: ClaimedLinearMap = .matrix { point in
            try entries(
                of: claimed(reshaped(point, x.shape)), shape: jacobianShape,
                what: "claimed Jacobian")
        }
        return try check(
            function, quantity: .jacobian, claimed: map, outputShape: outputShape, at: x,
            options: options, reference: reference)
    }

    /// Checks `claimed(X, V) = dF[V]`, in the shape of `F`.
    @inlinable
    static func jacobianVectorProduct<F: MatrixFunction>(
        of function: F,
        claimed: @escaping (_ x: Matrix<Double>, _ v: Matrix<Double>) throws -> Matrix<Double>,
        at x: Matrix<Double>, options: DerivativeCheckOptions = .full,
        reference: ExactReference = .dual
    ) throws -> DerivativeCheckReport {
        let outputShape = try function(x).shape
        let map: ClaimedLinearMap = .jacobianVectorProduct { point, v in
            try entries(
                of: claimed(reshaped(point, x.shape), reshaped(v, x.shape)), shape: outputShape,
                what: "claimed JVP")
        }
        return try check(
            function, quantity: .jacobianVectorProduct, claimed: map, outputShape: outputShape,
            at: x, options: options, reference: reference)
    }

    /// Checks `claimed(X, U) = Uᵀ J` (as `Jᵀ vec U` in the shape of `X`), `U`
    /// in the shape of `F`: what a hand-written backward pass returns.
    @inlinable
    static func vectorJacobianProduct<F: MatrixFunction>(
        of function: F,
        claimed: @escaping (_ x: Matrix<Double>, _ u: Matrix<Double>) throws -> Matrix<Double>,
        at x: Matrix<Double>, options: DerivativeCheckOptions = .full,
        reference: ExactReference = .dual
    ) throws -> DerivativeCheckReport {
        let outputShape = try function(x).shape
        let map: ClaimedLinearMap = .vectorJacobianProduct { point, u in
            try entries(
                of: claimed(reshaped(point, x.shape), reshaped(u, outputShape)), shape: x.shape,
                what: "claimed VJP")
        }
        return try check(
            function, quantity: .vectorJacobianProduct, claimed: map, outputShape: outputShape,
            at: x, options: options, reference: reference)
    }

    @inlinable
    static func check<F: MatrixFunction>(
        _ function: F, quantity: CheckedQuantity, claimed: ClaimedLinearMap, outputShape: Shape,
        at x: Matrix<Double>,
        options: DerivativeCheckOptions, reference: ExactReference
    ) throws -> DerivativeCheckReport {
        let shape = x.shape, n = x.count, m = outputShape.count
        let counter = EvaluationCounter()
        let jvp: ([Double], [Double]) throws -> (values: [Double], errors: [Double])
        switch reference {
        case .dual:
            jvp = { point, v in
                counter.count += 1
                let storage = dualSeeded(point, direction: v)
                let y = try function(
                    Matrix(uncheckedRows: shape.rows, cols: shape.cols, storage: storage))
                guard y.shape == outputShape else {
                    throw DerivativeCheckError.shapeMismatch(
                        what: "function output", expected: outputShape, actual: y.shape)
                }
                return (y.entries.map(\.derivative), [Double](repeating: 0, count: m))
            }
        case .complexStep:
            jvp = { point, v in
                counter.count += 1
                let step = 1e-200
                var storage = [Complex<Double>]()
                storage.reserveCapacity(n)
                for i in 0..<n { storage.append(Complex(point[i], step * v[i])) }
                let y = try function(
                    Matrix(uncheckedRows: shape.rows, cols: shape.cols, storage: storage))
                guard y.shape == outputShape else {
                    throw DerivativeCheckError.shapeMismatch(
                        what: "function output", expected: outputShape, actual: y.shape)
                }
                return (y.entries.map { $0.imaginary / step }, [Double](repeating: 0, count: m))
            }
        }
        let values: (Matrix<Double>) throws -> Matrix<Double> = { try function($0) }
        let options = defaultLayout(options, shape: shape)
        let outputLayout =
            outputShape.cols == 1
            ? ParameterLayout.vector(outputShape.rows, name: "F")
            : try ParameterLayout([("F", outputShape)])
        let comparison = DerivativeComparison.build(
            quantity: quantity, reference: reference.method, outputs: m, inputs: n,
            options: options,
            outputLabel: { outputLayout.label(ofFlatIndex: $0) }, claimed: claimed,
            counter: counter, referenceJVP: jvp,
            projectedFunction: { point, u in
                counter.count += 1
                return dot(
                    u,
                    try entries(
                        of: function(reshaped(point, shape)), shape: outputShape,
                        what: "function output"))
            },
            crossCheckJVP: finiteDifferenceJVP(values, inputShape: shape, counter: counter))
        return try comparison.run(at: x.entries, options: options)
    }

    /// Checks a claimed Jacobian of a function over `Double` only, against
    /// finite differences with Richardson error estimates.
    @usableFromInline static func jacobian(
        of function: @escaping (Matrix<Double>) throws -> Matrix<Double>,
        claimed: @escaping (_ x: Matrix<Double>) throws -> Matrix<Double>, at x: Matrix<Double>,
        options: DerivativeCheckOptions = .full
    ) throws -> DerivativeCheckReport {
        let outputShape = try function(x).shape
        let jacobianShape = Shape(outputShape.count, x.count)
        let map: ClaimedLinearMap = .matrix { point in
            try entries(
                of: claimed(reshaped(point, x.shape)), shape: jacobianShape,
                what: "claimed Jacobian")
        }
        return try finiteDifferenceCheck(
            function, quantity: .jacobian, claimed: map, outputShape: outputShape, at: x,
            options: options)
    }

    /// Checks a claimed JVP of a function over `Double` only.
    @usableFromInline static func jacobianVectorProduct(
        of function: @escaping (Matrix<Double>) throws -> Matrix<Double>,
        claimed: @escaping (_ x: Matrix<Double>, _ v: Matrix<Double>) throws -> Matrix<Double>,
        at x: Matrix<Double>,
        options: DerivativeCheckOptions = .full
    ) throws -> DerivativeCheckReport {
        let outputShape = try function(x).shape
        let map: ClaimedLinearMap = .jacobianVectorProduct { point, v in
            try entries(
                of: claimed(reshaped(point, x.shape), reshaped(v, x.shape)), shape: outputShape,
                what: "claimed JVP")
        }
        return try finiteDifferenceCheck(
            function, quantity: .jacobianVectorProduct, claimed: map, outputShape: outputShape,
            at: x, options: options)
    }

    /// Checks a claimed VJP of a function over `Double` only.
    @usableFromInline static func vectorJacobianProduct(
        of function: @escaping (Matrix<Double>) throws -> Matrix<Double>,
        claimed: @escaping (_ x: Matrix<Double>, _ u: Matrix<Double>) throws -> Matrix<Double>,
        at x: Matrix<Double>,
        options: DerivativeCheckOptions = .full
    ) throws -> DerivativeCheckReport {
        let outputShape = try function(x).shape
        let map: ClaimedLinearMap = .vectorJacobianProduct { point, u in
            try entries(
                of: claimed(reshaped(point, x.shape), reshaped(u, outputShape)), shape: x.shape,
                what: "claimed VJP")
        }
        return try finiteDifferenceCheck(
            function, quantity: .vectorJacobianProduct, claimed: map, outputShape: outputShape,
            at: x, options: options)
    }

    static func finiteDifferenceCheck(
        _ function: @escaping (Matrix<Double>) throws -> Matrix<Double>, quantity: CheckedQuantity,
        claimed: ClaimedLinearMap,
        outputShape: Shape, at x: Matrix<Double>, options: DerivativeCheckOptions
    ) throws -> DerivativeCheckReport {
        let shape = x.shape
        let counter = EvaluationCounter()
        let options = defaultLayout(options, shape: shape)
        // Second derivatives name both indices in the input's layout.
        let outputLayout =
            quantity == .hessianVectorProduct || quantity == .hessian
            ? (options.layout ?? .vector(x.count))
            : outputShape.cols == 1
                ? ParameterLayout.vector(outputShape.rows, name: "F")
                : try ParameterLayout([("F", outputShape)])
        let comparison = DerivativeComparison.build(
            quantity: quantity, reference: .finiteDifferences, outputs: outputShape.count,
            inputs: x.count, options: options,
            outputLabel: { outputLayout.label(ofFlatIndex: $0) }, claimed: claimed,
            counter: counter,
            referenceJVP: finiteDifferenceJVP(function, inputShape: shape, counter: counter),
            projectedFunction: { point, u in
                counter.count += 1
                return dot(
                    u,
                    try entries(
                        of: function(reshaped(point, shape)), shape: outputShape,
                        what: "function output"))
            })
        return try comparison.run(at: x.entries, options: options)
    }
}
