/// Checks claimed second derivatives of a generic ``ScalarFunction`` against
/// hyper-dual references (Fike & Alonso 2011): the Hessian-vector product
/// `∇²f(x) v` and the whole Hessian `∇²f(x)` (`n × n`, symmetric, so the
/// numerator layout `∂(∇f)/∂xᵀ` and its transpose agree).
///
/// Fast mode compares `uᵀ (claimed H v)` with the single hyper-dual pass
/// `f(x + u ε₁ + v ε₂)`, whose `ε₁ε₂` part is `uᵀ ∇²f v` exactly.
public enum HessianCheck {
    /// Checks `claimed(x, v) = ∇²f(x) v`.
    ///
    /// - Throws: ``DerivativeCheckError`` for wrong lengths or non-finite input.
    /// - Complexity: full mode `O(n²)` hyper-dual passes (small `n` only);
    ///   fast mode `2·probes` passes and `2·probes` claimed products.
    @inlinable
    public static func hessianVectorProduct<F: ScalarFunction>(
        of function: F, claimed: @escaping (_ x: [Double], _ v: [Double]) throws -> [Double], at x: [Double],
        options: DerivativeCheckOptions = .fast
    ) throws -> DerivativeCheckReport {
        try check(function, quantity: .hessianVectorProduct, claimed: .jacobianVectorProduct(claimed), at: x, options: options)
    }

    /// Checks `claimed(x) = ∇²f(x)`, an `n × n` matrix.
    @inlinable
    public static func hessian<F: ScalarFunction>(
        of function: F, claimed: @escaping (_ x: [Double]) throws -> Matrix<Double>, at x: [Double],
        options: DerivativeCheckOptions = .full
    ) throws -> DerivativeCheckReport {
        let n = x.count
        let matrix: ([Double]) throws -> [Double] = { point in
            let h = try claimed(point)
            guard h.rows == n, h.cols == n else {
                throw DerivativeCheckError.lengthMismatch(what: "claimed Hessian \(h.shape), entries", expected: n * n, actual: h.count)
            }
            return h.entries
        }
        return try check(function, quantity: .hessian, claimed: .matrix(matrix), at: x, options: options)
    }

    @inlinable
    static func check<F: ScalarFunction>(
        _ function: F, quantity: CheckedQuantity, claimed: ClaimedLinearMap, at x: [Double], options: DerivativeCheckOptions
    ) throws -> DerivativeCheckReport {
        let n = x.count
        let counter = EvaluationCounter()
        // uᵀ ∇²f(x) v from one hyper-dual pass.
        let mixed: ([Double], [Double], [Double]) throws -> Double = { point, u, v in
            counter.count += 1
            var arguments = [HyperDual<Double>]()
            arguments.reserveCapacity(n)
            for i in 0..<n { arguments.append(HyperDual(point[i], u[i], v[i], 0)) }
            return try function(arguments).epsilon1epsilon2
        }
        let hessianTimes: ([Double], [Double]) throws -> [Double] = { point, v in
            var e = [Double](repeating: 0, count: n)
            return try (0..<n).map { i in
                e[i] = 1
                defer { e[i] = 0 }
                return try mixed(point, e, v)
            }
        }
        let gradient: ([Double]) throws -> [Double] = { point in
            var arguments = point.map { Dual<Double>($0) }
            return try (0..<n).map { i in
                counter.count += 1
                arguments[i].derivative = 1
                defer { arguments[i].derivative = 0 }
                return try function(arguments).derivative
            }
        }
        let layout = options
        let comparison = DerivativeComparison.exact(
            quantity: quantity, reference: .hyperDual, outputs: n, inputs: n, options: options,
            outputLabel: { i in layout.inputLabel(i, count: n) }, claimed: claimed, counter: counter,
            referenceJVP: hessianTimes, referenceProbe: mixed, function: gradient)
        return try comparison.run(at: x, options: options)
    }
}
