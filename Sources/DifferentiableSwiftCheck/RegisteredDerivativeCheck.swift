#if canImport(_Differentiation)
import _Differentiation
import MatrixNumerics

/// Checks the derivatives that Swift's differentiation (`_Differentiation`)
/// uses for a `@differentiable(reverse)` function — including every custom
/// `@derivative(of:)` inside it, which the compiler trusts without a check —
/// with the bounds and reports of ``DerivativeCheck``.
///
/// The reference is either a generic twin of the same function (exact: dual
/// numbers, eight tangents per pass in full mode) or, when you name it,
/// Richardson finite differences (sensitivity about `1e-7` instead of
/// `1e-12`; the report says so).
///
/// ```swift
/// let check = try RegisteredDerivativeCheck.gradient(
///     of: loss, reference: GenericLoss(), at: x)
/// #expect(check.outcome == .passed, "\(check)")
/// ```
///
/// Forward-mode differentials (registered JVPs) are still experimental in
/// Swift 6.3 (`-enable-experimental-forward-mode-differentiation`) and are
/// not checked here.
public enum RegisteredDerivativeCheck {
    /// Checks `pullback(1)` of a scalar function, its gradient, against the
    /// dual-number reference of `reference`, a generic twin of `function`.
    /// - Throws: ``DerivativeCheckError`` for wrong lengths or non-finite input.
    public static func gradient<F: ScalarValuedMatrixFunction>(
        of function: @escaping @differentiable(reverse) ([Double]) -> Double, reference: F,
        at x: [Double], options: DerivativeCheckOptions = .full
    ) throws -> DerivativeCheckReport {
        try DerivativeCheck.gradient(
            of: reference, claimed: { point in try registeredGradient(function, at: point) },
            at: Matrix(column: x), options: options)
    }

    /// Checks `pullback(1)` against Richardson finite differences of
    /// `function` itself, for when no generic twin exists.
    /// The options' reference is set to finite differences (the report says so).
    /// - Throws: ``DerivativeCheckError``.
    public static func gradientAgainstFiniteDifferences(
        of function: @escaping @differentiable(reverse) ([Double]) -> Double,
        at x: [Double], options: DerivativeCheckOptions = .full
    ) throws -> DerivativeCheckReport {
        try DerivativeCheck.gradient(
            of: { point in function(point.entries) },
            claimed: { point in try registeredGradient(function, at: point) },
            at: Matrix(column: x), options: withFiniteDifferences(options))
    }

    /// Checks the vector-Jacobian products `uᵀJ = pullback(u)` of a
    /// vector-valued function against the dual-number reference of its
    /// generic twin (full mode: every entry; fast mode: random `uᵀJv`).
    /// - Throws: ``DerivativeCheckError`` for wrong lengths or non-finite input.
    public static func vectorJacobianProduct<F: MatrixFunction>(
        of function: @escaping @differentiable(reverse) ([Double]) -> [Double], reference: F,
        at x: [Double], options: DerivativeCheckOptions = .full
    ) throws -> DerivativeCheckReport {
        try DerivativeCheck.vectorJacobianProduct(
            of: reference,
            claimed: { point, u in
                let (value, pullback) = valueWithPullback(at: point.entries, of: function)
                guard value.count == u.count else {
                    throw DerivativeCheckError.lengthMismatch(
                        what: "function output", expected: u.count, actual: value.count)
                }
                return Matrix(column: pullback(Array<Double>.TangentVector(u.entries)).base)
            },
            at: Matrix(column: x), options: options)
    }

    /// `pullback(1)` at `point`, in the shape of `point`.
    static func registeredGradient(
        _ function: @differentiable(reverse) ([Double]) -> Double, at point: Matrix<Double>
    ) throws -> Matrix<Double> {
        let (_, pullback) = valueWithPullback(at: point.entries, of: function)
        let gradient = pullback(1).base
        guard gradient.count == point.count else {
            throw DerivativeCheckError.lengthMismatch(
                what: "registered gradient", expected: point.count, actual: gradient.count)
        }
        return Matrix(column: gradient)
    }
}
/// `options` with the finite-difference reference named.
private func withFiniteDifferences(_ options: DerivativeCheckOptions) -> DerivativeCheckOptions {
    var options = options
    options.reference = .finiteDifferences
    return options
}
#endif
