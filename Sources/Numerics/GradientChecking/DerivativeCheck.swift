/// The one entry point of the regression guard: checks a claimed gradient,
/// Jacobian, JVP, VJP, Hessian or Hessian-vector product against a reference.
///
/// Every method takes `of:` (the function), `claimed:` (your derivative code),
/// `at:` (the point) and `options:` (``DerivativeCheckOptions``: mode, seed,
/// reference, layout). The default is full mode against dual numbers. The
/// precision is the claimed code's scalar type (`Double` or `Float`). A
/// finite-difference reference is used only when the options name it
/// (``DerivativeCheckReference/finiteDifferences``), for closures over
/// `Double`; the report's `reference` and notes say so. Errors are typed:
/// anything your code throws comes back as
/// ``DerivativeCheckError/evaluationFailed(_:)``.
///
/// ```swift
/// let check = try DerivativeCheck.gradient(of: Loss(), claimed: backprop, at: w)
/// #expect(check.passed, "\(check)")
/// ```
public enum DerivativeCheck {
    /// Checks `claimed(X) = ∇f(X)`, in the shape of `X`, against dual
    /// numbers or the complex step (cross-checked by finite differences).
    /// - Throws: ``DerivativeCheckError``.
    /// - Complexity: full mode `⌈|X|/8⌉` eight-tangent dual passes at `X`,
    ///   `≤ 60` claimed gradients for the noise, and `K⌈c/8⌉` more passes for
    ///   the `c` columns outside the claimed code's own noise bound; fast mode
    ///   `(k + 1)·probes`, `k ≤ K` the nearby points its bound needed
    ///   (`K` = ``DerivativeCheckOptions/noiseSamples``; all `K` when it fails).
    @inlinable
    public static func gradient<F: ScalarValuedMatrixFunction>(
        of function: F, claimed: @escaping (Matrix<Double>) throws -> Matrix<Double>,
        at x: Matrix<Double>, options: DerivativeCheckOptions = .full
    ) throws(DerivativeCheckError) -> DerivativeCheckReport {
        try exact("gradient", options, x.shape) { reference in
            try GradientCheck.gradient(
                of: function, claimed: claimed, at: x, options: options, reference: reference)
        }
    }

    /// Checks `claimed(X) = ∇f(X)` for a closure over `Double` against
    /// finite differences; `options.reference` must be `.finiteDifferences`.
    /// - Throws: ``DerivativeCheckError``.
    public static func gradient(
        of function: @escaping (Matrix<Double>) throws -> Double,
        claimed: @escaping (Matrix<Double>) throws -> Matrix<Double>,
        at x: Matrix<Double>, options: DerivativeCheckOptions
    ) throws(DerivativeCheckError) -> DerivativeCheckReport {
        try differences("gradient", options, x.shape) {
            try GradientCheck.gradient(of: function, claimed: claimed, at: x, options: options)
        }
    }

    /// Checks a `Float` gradient `claimed(X₃₂) = ∇f(X₃₂)` against Float64 dual
    /// numbers at the Float32-rounded point, with bounds from `u₃₂ = 2⁻²⁴`.
    /// An untyped closure resolves to the `Double` overload; annotate
    /// `(w: Matrix<Float>)` to pick this one.
    /// - Throws: ``DerivativeCheckError``.
    @inlinable @_disfavoredOverload
    public static func gradient<F: ScalarValuedMatrixFunction>(
        of function: F, claimed: @escaping (Matrix<Float>) throws -> Matrix<Float>,
        at x: Matrix<Double>, options: DerivativeCheckOptions = .full
    ) throws(DerivativeCheckError) -> DerivativeCheckReport {
        try dual("Float32 gradient: the reference is Float64 dual numbers", options, x.shape) {
            try Float32Check.gradient(of: function, claimed: claimed, at: x, options: options)
        }
    }

    /// Checks a `Float` gradient against your own Float64 gradient code (check
    /// that one first), both at the Float32-rounded point.
    /// - Throws: ``DerivativeCheckError``.
    public static func gradient(
        claimed: @escaping (Matrix<Float>) throws -> Matrix<Float>,
        reference: @escaping (Matrix<Double>) throws -> Matrix<Double>,
        at x: Matrix<Double>, options: DerivativeCheckOptions = .full
    ) throws(DerivativeCheckError) -> DerivativeCheckReport {
        try boundary(x.shape) {
            try Float32Check.gradient(
                claimed: claimed, reference: reference, at: x, options: options)
        }
    }

    /// Checks `claimed(X) = J(X) = ∂ vec F / ∂ (vec X)ᵀ`, an `|F| × |X|` matrix.
    /// - Throws: ``DerivativeCheckError``.
    @inlinable
    public static func jacobian<F: MatrixFunction>(
        of function: F, claimed: @escaping (Matrix<Double>) throws -> Matrix<Double>,
        at x: Matrix<Double>, options: DerivativeCheckOptions = .full
    ) throws(DerivativeCheckError) -> DerivativeCheckReport {
        try exact("Jacobian", options, x.shape) { reference in
            try JacobianCheck.jacobian(
                of: function, claimed: claimed, at: x, options: options, reference: reference)
        }
    }

    /// Checks a claimed Jacobian of a closure over `Double` (finite differences).
    /// - Throws: ``DerivativeCheckError``.
    public static func jacobian(
        of function: @escaping (Matrix<Double>) throws -> Matrix<Double>,
        claimed: @escaping (Matrix<Double>) throws -> Matrix<Double>,
        at x: Matrix<Double>, options: DerivativeCheckOptions
    ) throws(DerivativeCheckError) -> DerivativeCheckReport {
        try differences("Jacobian", options, x.shape) {
            try JacobianCheck.jacobian(of: function, claimed: claimed, at: x, options: options)
        }
    }

    /// Checks `claimed(X, V) = dF[V]`, in the shape of `F`.
    /// - Throws: ``DerivativeCheckError``.
    @inlinable
    public static func jacobianVectorProduct<F: MatrixFunction>(
        of function: F,
        claimed: @escaping (Matrix<Double>, Matrix<Double>) throws -> Matrix<Double>,
        at x: Matrix<Double>, options: DerivativeCheckOptions = .full
    ) throws(DerivativeCheckError) -> DerivativeCheckReport {
        try exact("JVP", options, x.shape) { reference in
            try JacobianCheck.jacobianVectorProduct(
                of: function, claimed: claimed, at: x, options: options, reference: reference)
        }
    }

    /// Checks a claimed JVP of a closure over `Double` (finite differences).
    /// - Throws: ``DerivativeCheckError``.
    public static func jacobianVectorProduct(
        of function: @escaping (Matrix<Double>) throws -> Matrix<Double>,
        claimed: @escaping (Matrix<Double>, Matrix<Double>) throws -> Matrix<Double>,
        at x: Matrix<Double>, options: DerivativeCheckOptions
    ) throws(DerivativeCheckError) -> DerivativeCheckReport {
        try differences("JVP", options, x.shape) {
            try JacobianCheck.jacobianVectorProduct(
                of: function, claimed: claimed, at: x, options: options)
        }
    }

    /// Checks `claimed(X, U) = Uᵀ J` (as `Jᵀ vec U` in the shape of `X`): a
    /// hand-written backward pass.
    /// - Throws: ``DerivativeCheckError``.
    @inlinable
    public static func vectorJacobianProduct<F: MatrixFunction>(
        of function: F,
        claimed: @escaping (Matrix<Double>, Matrix<Double>) throws -> Matrix<Double>,
        at x: Matrix<Double>, options: DerivativeCheckOptions = .full
    ) throws(DerivativeCheckError) -> DerivativeCheckReport {
        try exact("VJP", options, x.shape) { reference in
            try JacobianCheck.vectorJacobianProduct(
                of: function, claimed: claimed, at: x, options: options, reference: reference)
        }
    }

    /// Checks a claimed VJP of a closure over `Double` (finite differences).
    /// - Throws: ``DerivativeCheckError``.
    public static func vectorJacobianProduct(
        of function: @escaping (Matrix<Double>) throws -> Matrix<Double>,
        claimed: @escaping (Matrix<Double>, Matrix<Double>) throws -> Matrix<Double>,
        at x: Matrix<Double>, options: DerivativeCheckOptions
    ) throws(DerivativeCheckError) -> DerivativeCheckReport {
        try differences("VJP", options, x.shape) {
            try JacobianCheck.vectorJacobianProduct(
                of: function, claimed: claimed, at: x, options: options)
        }
    }

    /// Checks `claimed(X) = ∇²f(X)` (`|X| × |X|`) against hyper-dual numbers
    /// (`reference: .dual`), cross-checked by finite differences of the
    /// dual-number gradient.
    /// - Throws: ``DerivativeCheckError``.
    @inlinable
    public static func hessian<F: ScalarValuedMatrixFunction>(
        of function: F, claimed: @escaping (Matrix<Double>) throws -> Matrix<Double>,
        at x: Matrix<Double>, options: DerivativeCheckOptions = .full
    ) throws(DerivativeCheckError) -> DerivativeCheckReport {
        try dual("Hessian: the reference for a generic function is hyper-dual", options, x.shape) {
            try HessianCheck.hessian(of: function, claimed: claimed, at: x, options: options)
        }
    }

    /// Checks `claimed(X, V) = ∇²f(X) V` (shape of `X`) against hyper-dual
    /// numbers, cross-checked by finite differences of the dual-number gradient.
    /// - Throws: ``DerivativeCheckError``.
    @inlinable
    public static func hessianVectorProduct<F: ScalarValuedMatrixFunction>(
        of function: F,
        claimed: @escaping (Matrix<Double>, Matrix<Double>) throws -> Matrix<Double>,
        at x: Matrix<Double>, options: DerivativeCheckOptions = .full
    ) throws(DerivativeCheckError) -> DerivativeCheckReport {
        let what = "Hessian-vector product: the reference for a generic function is hyper-dual"
        return try dual(what, options, x.shape) {
            try HessianCheck.hessianVectorProduct(
                of: function, claimed: claimed, at: x, options: options)
        }
    }

    /// Checks `claimed(X, V) = ∇²f(X) V` for code over `Double`: the reference
    /// is finite differences of your gradient code (check that one first).
    /// - Throws: ``DerivativeCheckError``.
    public static func hessianVectorProduct(
        ofGradient gradient: @escaping (Matrix<Double>) throws -> Matrix<Double>,
        claimed: @escaping (Matrix<Double>, Matrix<Double>) throws -> Matrix<Double>,
        at x: Matrix<Double>, options: DerivativeCheckOptions
    ) throws(DerivativeCheckError) -> DerivativeCheckReport {
        try differences("Hessian-vector product", options, x.shape) {
            try HessianCheck.hessianVectorProduct(
                ofGradient: gradient, claimed: claimed, at: x, options: options)
        }
    }

    /// A check against an exact reference (`options.reference`, which must be
    /// `.dual` or `.complexStep`), inside ``boundary(_:_:)``.
    @usableFromInline
    static func exact(
        _ what: String, _ options: DerivativeCheckOptions, _ shape: Shape,
        _ body: (ExactReference) throws -> DerivativeCheckReport
    ) throws(DerivativeCheckError) -> DerivativeCheckReport {
        let reference = try options.reference.exact(for: what)
        return try boundary(shape) { try body(reference) }
    }

    /// A check whose only reference is dual numbers (`what` says why when
    /// `options` name another), inside ``boundary(_:_:)``.
    @usableFromInline
    static func dual(
        _ what: String, _ options: DerivativeCheckOptions, _ shape: Shape,
        _ body: () throws -> DerivativeCheckReport
    ) throws(DerivativeCheckError) -> DerivativeCheckReport {
        guard options.reference == .dual else { throw .invalidOption("\(what) (.dual)") }
        return try boundary(shape, body)
    }

    /// A check of a closure over `Double` against finite differences, which
    /// `options` must name, inside ``boundary(_:_:)``.
    static func differences(
        _ what: String, _ options: DerivativeCheckOptions, _ shape: Shape,
        _ body: () throws -> DerivativeCheckReport
    ) throws(DerivativeCheckError) -> DerivativeCheckReport {
        try options.reference.requireFiniteDifferences(for: what)
        return try boundary(shape, body)
    }

    /// Runs `body`, attaches the input's shape to the report and maps every
    /// foreign error to ``DerivativeCheckError/evaluationFailed(_:)``.
    @usableFromInline
    static func boundary(
        _ shape: Shape, _ body: () throws -> DerivativeCheckReport
    ) throws(DerivativeCheckError) -> DerivativeCheckReport {
        try guarded { try body().located(in: shape) }
    }

    /// Runs `body`, mapping every foreign error to
    /// ``DerivativeCheckError/evaluationFailed(_:)``.
    @usableFromInline
    static func guarded<T>(_ body: () throws -> T) throws(DerivativeCheckError) -> T {
        do {
            return try body()
        } catch let error as DerivativeCheckError {
            throw error
        } catch {
            throw .evaluationFailed(String(describing: error))
        }
    }
}
