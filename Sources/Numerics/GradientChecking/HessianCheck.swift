/// Checks claimed second derivatives of a generic ``ScalarValuedMatrixFunction`` against
/// hyper-dual references (Fike & Alonso 2011): the Hessian-vector product
/// `∇²f(X) V` (in the shape of `X`, `vec(∇²f V) = H vec V`) and the whole
/// Hessian `H = ∂ vec ∇f / ∂ (vec X)ᵀ` (`|X| × |X|`, symmetric).
///
/// Fast mode compares `uᵀ (claimed H v)` with the single hyper-dual pass
/// `f(X + U ε₁ + V ε₂)`, whose `ε₁ε₂` part is `uᵀ H v` exactly.
///
/// Internal since ``DerivativeCheck`` became the one entry point, which forwards here.
@usableFromInline enum HessianCheck {
    /// Checks `claimed(X, V) = ∇²f(X) V`.
    ///
    /// - Throws: ``DerivativeCheckError`` for wrong shapes or non-finite input.
    /// - Complexity: full mode `2|X|²` hyper-dual passes (small `X` only);
    ///   fast mode `2·probes` passes and 2·probes claimed products.
    @inlinable
    static func hessianVectorProduct<F: ScalarValuedMatrixFunction>(
        of function: F,
        claimed: @escaping (_ x: Matrix<Double>, _ v: Matrix<Double>) throws -> Matrix<Double>,
        at x: Matrix<Double>, options: DerivativeCheckOptions = .fast
    ) throws -> DerivativeCheckReport {
        let shape = x.shape
        let product: ClaimedLinearMap = .jacobianVectorProduct { point, v in
            try entries(
                of: claimed(reshaped(point, shape), reshaped(v, shape)), shape: shape,
                what: "claimed Hessian-vector product")
        }
        return try check(
            function, quantity: .hessianVectorProduct, claimed: product, at: x, options: options)
    }

    /// Checks `claimed(X) = ∇²f(X)`, an `|X| × |X|` matrix.
    @inlinable
    static func hessian<F: ScalarValuedMatrixFunction>(
        of function: F, claimed: @escaping (_ x: Matrix<Double>) throws -> Matrix<Double>,
        at x: Matrix<Double>,
        options: DerivativeCheckOptions = .full
    ) throws -> DerivativeCheckReport {
        let shape = x.shape, n = x.count
        let matrix: ClaimedLinearMap = .matrix { point in
            try entries(
                of: claimed(reshaped(point, shape)), shape: Shape(n, n), what: "claimed Hessian")
        }
        return try check(function, quantity: .hessian, claimed: matrix, at: x, options: options)
    }

    /// Checks `claimed(X, V) = ∇²f(X) V` for code over `Double` only: the
    /// reference is Richardson finite differences of your gradient code
    /// `X ↦ ∇f(X)` along `V` (check that gradient first, with
    /// ``DerivativeCheck``).
    /// - Throws: ``DerivativeCheckError`` for wrong shapes or non-finite input.
    /// - Complexity: full mode `8|X|` gradient evaluations; fast mode `8·probes`.
    @usableFromInline static func hessianVectorProduct(
        ofGradient gradient: @escaping (Matrix<Double>) throws -> Matrix<Double>,
        claimed: @escaping (_ x: Matrix<Double>, _ v: Matrix<Double>) throws -> Matrix<Double>,
        at x: Matrix<Double>, options: DerivativeCheckOptions = .fast
    ) throws -> DerivativeCheckReport {
        let shape = x.shape
        let product: ClaimedLinearMap = .jacobianVectorProduct { point, v in
            try entries(
                of: claimed(reshaped(point, shape), reshaped(v, shape)), shape: shape,
                what: "claimed Hessian-vector product")
        }
        return try JacobianCheck.finiteDifferenceCheck(
            gradient, quantity: .hessianVectorProduct, claimed: product, outputShape: shape, at: x,
            options: options)
    }

    @inlinable
    static func check<F: ScalarValuedMatrixFunction>(
        _ function: F, quantity: CheckedQuantity, claimed: ClaimedLinearMap, at x: Matrix<Double>,
        options: DerivativeCheckOptions
    ) throws -> DerivativeCheckReport {
        let shape = x.shape, n = x.count
        let counter = EvaluationCounter()
        // uᵀ H v from one hyper-dual pass.
        let mixed: ([Double], [Double], [Double]) throws -> Double = { point, u, v in
            counter.count += 1
            var storage = [HyperDual<Double>]()
            storage.reserveCapacity(n)
            for i in 0..<n { storage.append(HyperDual(point[i], u[i], v[i], 0)) }
            return try function(
                Matrix(uncheckedRows: shape.rows, cols: shape.cols, storage: storage)
            ).epsilon1epsilon2
        }
        let hessianTimes: ([Double], [Double]) throws -> (values: [Double], errors: [Double]) = {
            point, v in
            var e = [Double](repeating: 0, count: n)
            let values = try (0..<n).map { i in
                e[i] = 1
                defer { e[i] = 0 }
                return try mixed(point, e, v)
            }
            return (values, [Double](repeating: 0, count: n))
        }
        // uᵀ ∇f(X) (for kink probes of the gradient map), one dual pass along u.
        let projectedGradient: ([Double], [Double]) throws -> Double = { point, u in
            counter.count += 1
            var storage = [Dual<Double>]()
            storage.reserveCapacity(n)
            for i in 0..<n { storage.append(Dual(point[i], u[i])) }
            return try function(
                Matrix(uncheckedRows: shape.rows, cols: shape.cols, storage: storage)
            ).derivative
        }
        // uᵀ H v by Richardson differences of t ↦ uᵀ ∇f(X + t v), each one
        // dual pass along u: an independent check of the hyper-dual
        // reference, as finite differences of f check the first-order ones.
        let crossCheckProbe:
            ([Double], [Double], [Double]) throws -> (value: Double, error: Double) = {
                point, u, v in
                let projected: (Matrix<Double>) throws -> Matrix<Double> = { y in
                    Matrix(column: [try projectedGradient(y.entries, u)])
                }
                let estimate = try FiniteDifferences.jvp(
                    of: projected, at: Matrix(column: point), direction: Matrix(column: v),
                    method: checkStepMethod)
                return (estimate.value.entries[0], estimate.errorEstimate.entries[0])
            }
        let options = defaultLayout(options, shape: shape)
        let comparison = DerivativeComparison.build(
            quantity: quantity, reference: .hyperDual, outputs: n, inputs: n, options: options,
            outputLabel: { i in options.inputLabel(i, count: n) }, claimed: claimed,
            counter: counter,
            referenceJVP: hessianTimes, referenceProbe: mixed, projectedFunction: projectedGradient,
            crossCheckProbe: crossCheckProbe)
        return try comparison.run(at: x.entries, options: options)
    }
}
