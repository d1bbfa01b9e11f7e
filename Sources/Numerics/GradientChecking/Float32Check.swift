/// Checks a `Float32` implementation of a gradient against a Float64 exact
/// reference (dual numbers on the generic function), with bounds from
/// `Float32`'s unit roundoff `u₃₂ = 2⁻²⁴ ≈ 6.0e-8` instead of a step size.
///
/// The point is rounded to `Float` first and the reference is evaluated at
/// exactly that point, so the comparison sees only the rounding inside the
/// `Float32` code. That rounding is measured by re-evaluating the claimed
/// `Float` code near the point (``RoundingNoiseLadder``, which redraws the
/// rounding of long `Float` sums), so a correct implementation raises no
/// false alarm while an error far above single-precision noise is caught.
///
/// Internal since ``DerivativeCheck`` became the one entry point, which forwards here.
@usableFromInline enum Float32Check {
    /// The unit roundoff of `Float`, `2⁻²⁴`.
    @usableFromInline static let unitRoundoff: Double = Double(Float.ulpOfOne) / 2

    /// Checks `claimed(X₃₂) = ∇f(X₃₂)` computed in `Float`, in the shape of `X`.
    /// - Throws: ``DerivativeCheckError`` for wrong shapes or non-finite input.
    @inlinable
    static func gradient<F: ScalarValuedMatrixFunction>(
        of function: F, claimed: @escaping (Matrix<Float>) throws -> Matrix<Float>,
        at x: Matrix<Double>,
        options: DerivativeCheckOptions = .full
    ) throws -> DerivativeCheckReport {
        let shape = x.shape, n = x.count
        let counter = EvaluationCounter()
        let claimedDouble = widenedFloat32Gradient(claimed, shape: shape)
        let jvp: ([Double], [Double]) throws -> (values: [Double], errors: [Double]) = { point, v in
            counter.count += 1
            let storage = dualSeeded(point, direction: v)
            return (
                [
                    try function(
                        Matrix(uncheckedRows: shape.rows, cols: shape.cols, storage: storage)
                    ).derivative
                ], [0]
            )
        }
        let options = defaultLayout(options, shape: shape)
        let base = DerivativeComparison.build(
            quantity: .gradient, reference: .dual, outputs: 1, inputs: n, options: options,
            outputLabel: { _ in nil }, claimed: .matrix(claimedDouble), counter: counter,
            referenceJVP: jvp,
            projectedFunction: { point, u in
                counter.count += 1; return u[0] * (try function(reshaped(point, shape)))
            },
            referenceColumnBatch: multiDualGradientColumns(function, shape: shape, counter: counter)
        )
        let comparison = base.inPrecision(
            unitRoundoff: unitRoundoff, roundPoint: { $0.map { Double(Float($0)) } },
            note:
                """
                    claimed gradient computed in Float32; reference: dual numbers in Float64 at \
                    the Float32-rounded point
                    """
        )
        return try comparison.run(at: x.entries, options: options)
    }
}

extension Float32Check {
    /// Checks a `Float` gradient against your own Float64 gradient (trusted,
    /// or checked separately with ``DerivativeCheck``), both evaluated at the
    /// Float32-rounded point, with the bound from `u₃₂` and the measured
    /// Float32 noise. No function values are needed, so kinks are not probed.
    /// - Throws: ``DerivativeCheckError`` for wrong shapes or non-finite input.
    @usableFromInline static func gradient(
        claimed: @escaping (Matrix<Float>) throws -> Matrix<Float>,
        reference: @escaping (Matrix<Double>) throws -> Matrix<Double>, at x: Matrix<Double>,
        options: DerivativeCheckOptions = .full
    ) throws -> DerivativeCheckReport {
        let shape = x.shape, n = x.count
        let counter = EvaluationCounter()
        let claimedDouble = widenedFloat32Gradient(claimed, shape: shape)
        let referenceJVP: ([Double], [Double]) throws -> (values: [Double], errors: [Double]) = {
            point, v in
            counter.count += 1
            let g = try entries(
                of: reference(reshaped(point, shape)), shape: shape,
                what: "Float64 reference gradient")
            return ([dot(g, v)], [0])
        }
        let options = defaultLayout(options, shape: shape)
        let base = DerivativeComparison.build(
            quantity: .gradient, reference: .float64, outputs: 1, inputs: n, options: options,
            outputLabel: { _ in nil }, claimed: .matrix(claimedDouble), counter: counter,
            referenceJVP: referenceJVP,
            projectedFunction: nil)
        let comparison = base.inPrecision(
            unitRoundoff: unitRoundoff, roundPoint: { $0.map { Double(Float($0)) } },
            note:
                """
                    claimed gradient computed in Float32; reference: your Float64 gradient at the \
                    Float32-rounded point
                    """
        )
        return try comparison.run(at: x.entries, options: options)
    }
}

extension DerivativeComparison {
    /// The same comparison for code that computes in a lower precision.
    @usableFromInline
    func inPrecision(
        unitRoundoff: Double, roundPoint: @escaping ([Double]) -> [Double], note: String
    ) -> DerivativeComparison {
        var comparison = DerivativeComparison(
            quantity: quantity, reference: reference, inputCount: inputCount,
            outputCount: outputCount,
            unitRoundoff: unitRoundoff, entryLabel: entryLabel, claimedMatrix: claimedMatrix,
            claimedProbes: claimedProbes,
            referenceColumns: referenceColumns, referenceProbe: referenceProbe,
            projectedFunction: projectedFunction,
            measuresNoise: measuresNoise, roundPoint: roundPoint, evaluationCount: evaluationCount,
            notes: notes + [note], crossCheck: crossCheck)
        comparison.smallestMagnitude = Double(Float.leastNonzeroMagnitude)
        return comparison
    }
}

/// The claimed `Float` gradient as a function of `Double` entries: the point
/// is rounded to `Float`, the result widened back to `Double`.
@usableFromInline
func widenedFloat32Gradient(
    _ claimed: @escaping (Matrix<Float>) throws -> Matrix<Float>, shape: Shape
) -> ([Double]) throws -> [Double] {
    { point in
        let single = Matrix<Float>(
            uncheckedRows: shape.rows, cols: shape.cols, storage: point.map { Float($0) })
        let g = try claimed(single)
        guard g.shape == shape else {
            throw DerivativeCheckError.shapeMismatch(
                what: "claimed Float32 gradient", expected: shape, actual: g.shape)
        }
        return g.entries.map { Double($0) }
    }
}
