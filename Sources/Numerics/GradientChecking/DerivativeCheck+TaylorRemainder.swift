extension DerivativeCheck {
    /// The Taylor remainder test (``TaylorRemainderTest``) of a claimed
    /// gradient, and optionally of a claimed Hessian-vector product: along a
    /// seeded direction `v`, `f(X + hV) − f(X) − h⟨∇f, V⟩` must shrink like
    /// `h²` (like `h³` after subtracting `h²/2 ⟨V, ∇²f V⟩`). No step size and
    /// no reference; the outcome is the same ``DerivativeCheckOutcome`` as
    /// every other check's, and a correct derivative whose remainder is
    /// swamped by rounding is `inconclusive`, never `failed`.
    ///
    /// The claimed closures are re-evaluated near `X` to measure their own
    /// rounding along `v` (``RoundingNoiseLadder``), so a `Float` gradient's
    /// rounding is not read as a first-order error.
    /// `options` supplies the seed and ``DerivativeCheckOptions/noiseSamples``.
    /// - Throws: ``DerivativeCheckError``.
    /// - Complexity: at most 125 evaluations of `f` and 61 of each claimed closure.
    public static func taylorRemainder(
        of function: (Matrix<Double>) throws -> Double,
        claimed: (Matrix<Double>) throws -> Matrix<Double>,
        hessianVectorProduct: ((Matrix<Double>, Matrix<Double>) throws -> Matrix<Double>)? = nil,
        at x: Matrix<Double>, options: DerivativeCheckOptions = .full
    ) throws(DerivativeCheckError) -> TaylorRemainderTest {
        try taylorRemainder(
            in: Double.self, of: function, claimed: claimed,
            hessianVectorProduct: hessianVectorProduct, at: x, options: options)
    }

    /// The Taylor remainder test of `Float` code: `f`, the gradient and the
    /// Hessian-vector product are evaluated in single precision at
    /// `Float`-rounded points, the steps are the exact differences of those
    /// points, and the floors are the `Float` code's. An untyped closure
    /// resolves to the `Double` overload; annotate `(w: Matrix<Float>)`.
    /// - Throws: ``DerivativeCheckError``.
    @_disfavoredOverload
    public static func taylorRemainder(
        of function: (Matrix<Float>) throws -> Float,
        claimed: (Matrix<Float>) throws -> Matrix<Float>,
        hessianVectorProduct: ((Matrix<Float>, Matrix<Float>) throws -> Matrix<Float>)? = nil,
        at x: Matrix<Double>, options: DerivativeCheckOptions = .full
    ) throws(DerivativeCheckError) -> TaylorRemainderTest {
        try taylorRemainder(
            in: Float.self, of: function, claimed: claimed,
            hessianVectorProduct: hessianVectorProduct, at: x, options: options)
    }

    /// Both precisions: the points are rounded to `S`, every value widened
    /// to `Double`, and the unit roundoff is `S`'s.
    static func taylorRemainder<S: BinaryFloatingPoint>(
        in _: S.Type, of function: (Matrix<S>) throws -> S,
        claimed: (Matrix<S>) throws -> Matrix<S>,
        hessianVectorProduct: ((Matrix<S>, Matrix<S>) throws -> Matrix<S>)?,
        at x: Matrix<Double>, options: DerivativeCheckOptions
    ) throws(DerivativeCheckError) -> TaylorRemainderTest {
        let shape = x.shape
        func lowered(_ flat: [Double]) -> Matrix<S> {
            Matrix(uncheckedRows: shape.rows, cols: shape.cols, storage: flat.map { S($0) })
        }
        func widened(_ value: Matrix<S>, _ what: String) throws -> [Double] {
            guard value.shape == shape else {
                throw DerivativeCheckError.shapeMismatch(
                    what: what, expected: shape, actual: value.shape)
            }
            return value.entries.map { Double($0) }
        }
        return try guarded {
            let options = try options.validated(pointCount: x.count)
            return try TaylorRemainderTest.run(
                function: { Double(try function(lowered($0))) },
                roundPoint: { $0.map { Double(S($0)) } }, unitRoundoff: Double(S.ulpOfOne) / 2,
                gradient: { try widened(claimed(lowered($0)), "claimed gradient") },
                hessianVectorProduct: hessianVectorProduct.map { product in
                    { point, v in
                        try widened(
                            product(lowered(point), lowered(v)),
                            "claimed Hessian-vector product")
                    }
                },
                at: x.entries, direction: nil, seed: options.seed,
                noiseSamples: options.noiseSamples)
        }
    }
}
