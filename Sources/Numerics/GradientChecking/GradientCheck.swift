/// Checks a claimed gradient `∇f(x)` (numerator layout: the `1 × n` row
/// `∂f/∂xᵀ`, stored as an `n`-array in the order of `x`).
///
/// Two kinds of function:
/// - a generic ``ScalarFunction``: the reference is exact (dual numbers or the
///   complex step), and the bound is the rounding noise measured by
///   re-evaluating a few ulps away, plus a floor of `32 u`.
/// - a closure over `Double`: the reference is finite differences with
///   Richardson extrapolation, and the bound is the Richardson error estimate.
///
/// ```swift
/// let check = try GradientCheck.gradient(of: Rosenbrock(), claimed: myGradient, at: [0.3, -1.2])
/// #expect(check.passed, "\(check)")
/// ```
public enum GradientCheck {
    /// Checks `claimed(x) = ∇f(x)` against an exact reference.
    ///
    /// - Parameters:
    ///   - function: `f`, generic over the scalar.
    ///   - claimed: the user's gradient code, `x ↦ ∇f(x)` (length `n`).
    ///   - x: the point.
    ///   - options: full or fast mode, seed, layout for readable indices.
    ///   - reference: dual numbers (default) or the complex step.
    /// - Throws: ``DerivativeCheckError`` for wrong lengths or non-finite
    ///   input; anything `function` or `claimed` throws.
    /// - Complexity: full mode `2n + 2` evaluations of `f` on dual numbers and
    ///   2 of `claimed`; fast mode `2·probes` and 2.
    @inlinable
    public static func gradient<F: ScalarFunction>(
        of function: F, claimed: @escaping ([Double]) throws -> [Double], at x: [Double],
        options: DerivativeCheckOptions = .full, reference: ExactReference = .dual
    ) throws -> DerivativeCheckReport {
        let n = x.count
        let counter = EvaluationCounter()
        let jvp: ([Double], [Double]) throws -> [Double]
        switch reference {
        case .dual:
            jvp = { point, v in
                counter.count += 1
                var arguments = [Dual<Double>]()
                arguments.reserveCapacity(n)
                for i in 0..<n { arguments.append(Dual(point[i], v[i])) }
                return [try function(arguments).derivative]
            }
        case .complexStep:
            jvp = { point, v in
                counter.count += 1
                let step = 1e-200
                var arguments = [Complex<Double>]()
                arguments.reserveCapacity(n)
                for i in 0..<n { arguments.append(Complex(point[i], step * v[i])) }
                return [try function(arguments).imaginary / step]
            }
        }
        let comparison = DerivativeComparison.exact(
            quantity: .gradient, reference: reference == .dual ? .dual : .complexStep, outputs: 1, inputs: n,
            options: options, outputLabel: { _ in nil }, claimed: .matrix(claimed), counter: counter,
            referenceJVP: jvp,
            function: { point in counter.count += 1; return [try function(point)] })
        return try comparison.run(at: x, options: options)
    }
}
