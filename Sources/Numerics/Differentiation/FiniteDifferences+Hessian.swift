extension FiniteDifferences {
    /// The Hessian `H[a, b] = ∂²f / ∂(vec X)[a] ∂(vec X)[b]` of a scalar
    /// function, shape `|X| × |X|` (see ``DerivativeLayout``), from the
    /// second difference
    ///
    ///     (f(x + hₐeₐ + h_b e_b) − f(x + hₐeₐ − h_b e_b) − f(x − hₐeₐ + h_b e_b)
    ///      + f(x − hₐeₐ − h_b e_b)) / (4 hₐ h_b),
    ///
    /// whose error also expands in even powers of the step, with the same
    /// tableau and estimate as first derivatives. Symmetric by construction.
    /// - Throws: as ``FiniteDifferences/jacobian(of:at:method:)``.
    /// - Complexity: `2 · levels · |X|(|X| + 1)` evaluations of `f`.
    public static func hessian(
        of f: (Matrix<Double>) throws -> Double, at x: Matrix<Double>,
        method: FiniteDifferenceMethod = .richardson
    ) throws -> DerivativeEstimate {
        let operation = "finite-difference Hessian"
        let (relativeStep, levels, extrapolate) = try method.validated(operation, order: 2)
        let n = x.count
        var value = [Double](repeating: 0, count: n * n)
        var error = value
        for a in 0..<n {
            for b in a..<n {
                let scaleA = Swift.max(1, Swift.abs(x.storage[a])),
                    scaleB = Swift.max(1, Swift.abs(x.storage[b]))
                var stepA = powerOfTwo(atMost: relativeStep * scaleA) * (extrapolate ? 1 : 2)
                var stepB = powerOfTwo(atMost: relativeStep * scaleB) * (extrapolate ? 1 : 2)
                var samples = [QuotientSample]()
                for _ in 0..<levels {
                    func at(_ signA: Double, _ signB: Double) throws -> Double {
                        var shifted = x
                        shifted.storage[a] += signA * stepA
                        shifted.storage[b] += signB * stepB
                        let y = try f(shifted)
                        guard y.isFinite else {
                            throw DifferentiationError.nonFiniteValue(
                                operation: operation, inputEntry: a, step: stepA)
                        }
                        return y
                    }
                    let pp = try at(1, 1), pm = try at(1, -1), mp = try at(-1, 1),
                        mm = try at(-1, -1)
                    let denominator = 4 * stepA * stepB
                    let quotient = ((pp - pm) - (mp - mm)) / denominator
                    let rounding =
                        functionAccuracy
                        * (Swift.abs(pp) + Swift.abs(pm) + Swift.abs(mp) + Swift.abs(mm))
                        / denominator
                        + 2 * Double.ulpOfOne * Swift.max(scaleA / stepA, scaleB / stepB)
                        * Swift.abs(quotient)
                    samples.append(QuotientSample(values: [quotient], rounding: [rounding]))
                    stepA /= 2
                    stepB /= 2
                }
                let entry = RichardsonTableau.combine(samples, extrapolate: extrapolate)
                value[a + b * n] = entry.value[0]
                value[b + a * n] = entry.value[0]
                error[a + b * n] = entry.error[0]
                error[b + a * n] = entry.error[0]
            }
        }
        return try DerivativeEstimate(
            value: Matrix(rows: n, cols: n, storage: value),
            errorEstimate: Matrix(rows: n, cols: n, storage: error))
    }
}
