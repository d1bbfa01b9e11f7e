/// The Taylor-remainder order test: a derivative check that needs no step
/// size and no tolerance.
///
/// Along a direction `v`, the remainder
///
///     r₁(h) = f(x + h v) − f(x) − h ⟨g, v⟩
///
/// shrinks like `h²` when `g` is the true gradient and only like `h` when it
/// is wrong. Adding the claimed Hessian-vector product,
///
///     r₂(h) = r₁(h) − (h²/2) ⟨v, H v⟩,
///
/// shrinks like `h³` when `H v` is right too. The test evaluates the
/// remainder over a geometric range `h = h₀, h₀/2, h₀/4, …`, discards the
/// samples within 32× of the rounding floor (the spread of `f` over points a
/// few ulps from `x`, at least `4u · (|f(x+hv)| + |h⟨g,v⟩|)`),
/// and fits `log |r| = p · log h + b` by least squares on the smallest-`h`
/// window of samples above the floor (the asymptotic regime). `p` is the
/// observed order; the fit's `R²` says how straight the line is.
///
/// ```swift
/// let test = try TaylorRemainderTest.run(function: f, gradient: g, at: x, seed: 7)
/// #expect(test.passed, "\(test)")   // observed order ≈ 2
/// ```
///
/// - Citation: P. E. Farrell, D. A. Ham, S. W. Funke, M. E. Rognes,
///   *Automated derivation of the adjoint of high-level transient finite
///   element programs*, SIAM J. Sci. Comput. 35 (2013) — the Taylor test of
///   dolfin-adjoint.
public struct TaylorRemainderTest: Sendable, CustomStringConvertible {
    /// One step size and its remainder.
    public struct Sample: Sendable, Equatable {
        public let stepSize: Double
        public let remainder: Double
        /// Whether the sample lies above the rounding floor.
        public let aboveRoundingFloor: Bool
    }

    /// The order a correct derivative gives: 2 (gradient) or 3 (gradient and
    /// Hessian-vector product).
    public let expectedOrder: Int
    /// The slope of `log |r|` against `log h` on the fitted window, or `nil`
    /// when no window rose above the rounding floor.
    public let observedOrder: Double?
    /// Coefficient of determination `R²` of the fit (1 = straight line).
    public let fitQuality: Double?
    /// The step sizes of the fitted window (smallest, largest).
    public let fittedRange: ClosedRange<Double>?
    /// Every sample, largest `h` first.
    public let samples: [Sample]
    /// Why the verdict is what it is, in words.
    public let explanation: String
    /// The seed of the random direction.
    public let seed: UInt64
    /// The direction `v` used.
    public let direction: [Double]

    /// The verdict: the observed order is at least `expectedOrder − 0.15` with
    /// a straight fit (`R² ≥ 0.99`), or the remainder stayed at the rounding
    /// floor for every `h` (the Taylor model is exact, e.g. `f` quadratic).
    public let passed: Bool

    /// Runs the test along a seeded random direction.
    ///
    /// - Parameters:
    ///   - function: `f : ℝⁿ → ℝ`.
    ///   - gradient: the claimed `∇f(x)`, length `n`.
    ///   - hessianVectorProduct: optionally the claimed `v ↦ ∇²f(x) v`; then
    ///     the expected order is 3.
    ///   - x: the point, length `n`.
    ///   - direction: `v`; a seeded standard normal vector scaled to
    ///     `‖v‖∞ = max(1, ‖x‖∞)` when `nil`.
    /// - Throws: ``DerivativeCheckError`` for length mismatches or
    ///   non-finite values at `x`; anything `function` throws.
    /// - Complexity: at most about 70 evaluations of `f`.
    public static func run(
        function: ([Double]) throws -> Double,
        gradient: [Double],
        hessianVectorProduct: (([Double]) throws -> [Double])? = nil,
        at x: [Double],
        direction: [Double]? = nil,
        seed: UInt64 = 0x5EED
    ) throws -> TaylorRemainderTest {
        let n = x.count
        guard n > 0 else { throw DerivativeCheckError.emptyPoint }
        guard gradient.count == n else { throw DerivativeCheckError.lengthMismatch(what: "claimed gradient", expected: n, actual: gradient.count) }
        try requireFinite(x, "point x")
        try requireFinite(gradient, "claimed gradient")
        var v: [Double]
        if let direction {
            guard direction.count == n else { throw DerivativeCheckError.lengthMismatch(what: "direction", expected: n, actual: direction.count) }
            try requireFinite(direction, "direction")
            v = direction
        } else {
            var random = CheckRandomness(seed: seed)
            v = random.normalVector(n)
            let scale = max(1, x.map { Swift.abs($0) }.max() ?? 1) / max(v.map { Swift.abs($0) }.max() ?? 1, .leastNormalMagnitude)
            v = v.map { $0 * scale }
        }
        guard v.contains(where: { $0 != 0 }) else { throw DerivativeCheckError.invalidOption("direction is zero") }

        let fx = try function(x)
        guard fx.isFinite else { throw DerivativeCheckError.nonFinite(what: "f(x)", index: nil) }
        let slope = dot(gradient, v)
        var curvature = 0.0
        if let hessianVectorProduct {
            let hv = try hessianVectorProduct(v)
            guard hv.count == n else { throw DerivativeCheckError.lengthMismatch(what: "claimed Hessian-vector product", expected: n, actual: hv.count) }
            try requireFinite(hv, "claimed Hessian-vector product")
            curvature = dot(v, hv)
        }
        let expected = hessianVectorProduct == nil ? 2 : 3
        let unitRoundoff = Double.ulpOfOne / 2
        // The rounding floor of f near x, measured: f at four points a few
        // ulps from x differs from f(x) by its evaluation noise.
        var random = CheckRandomness(seed: seed &+ 1)
        var noise = 2 * unitRoundoff * Swift.abs(fx)
        for _ in 0..<4 {
            let nearby = x.map { $0 + 2 * unitRoundoff * $0 * (random.uniform() < 0.5 ? -1 : 1) }
            let value = try function(nearby)
            if value.isFinite { noise = max(noise, Swift.abs(value - fx)) }
        }
        // A sample is fitted only when its remainder is 32× above that noise
        // (and above 4u of the values involved).
        var samples: [Sample] = []
        var h = 1.0
        var belowInARow = 0
        while samples.count < 64, h > 1e-15 {
            let point = zip(x, v).map { $0 + h * $1 }
            let fh = try function(point)
            let taylor = fx + h * slope + (expected == 3 ? 0.5 * h * h * curvature : 0)
            let remainder = fh - taylor
            let floor = max(noise, 4 * unitRoundoff * (Swift.abs(fh) + Swift.abs(h * slope) + Swift.abs(0.5 * h * h * curvature)))
            let above = remainder.isFinite && Swift.abs(remainder) > 32 * floor
            samples.append(Sample(stepSize: h, remainder: remainder, aboveRoundingFloor: above))
            belowInARow = above ? 0 : belowInARow + 1
            // Stop once the remainder has sat at the rounding floor for a while
            // after having been above it (or after enough steps overall).
            if belowInARow >= 4, samples.contains(where: \.aboveRoundingFloor) { break }
            h /= 2
        }
        return TaylorRemainderTest(expectedOrder: expected, samples: samples, seed: seed, direction: v)
    }

    /// Runs the test for a function of a matrix: `gradient` and the optional
    /// Hessian-vector product `V ↦ ∇²f(X) V` in the shape of `X`.
    /// - Throws: ``DerivativeCheckError/shapeMismatch(what:expected:actual:)``
    ///   when a shape differs from `x`'s; otherwise as the flat version.
    public static func run(
        function: (Matrix<Double>) throws -> Double,
        gradient: Matrix<Double>,
        hessianVectorProduct: ((Matrix<Double>) throws -> Matrix<Double>)? = nil,
        at x: Matrix<Double>,
        seed: UInt64 = 0x5EED
    ) throws -> TaylorRemainderTest {
        let shape = x.shape
        guard gradient.shape == shape else {
            throw DerivativeCheckError.shapeMismatch(what: "claimed gradient", expected: shape, actual: gradient.shape)
        }
        let product: (([Double]) throws -> [Double])? = hessianVectorProduct.map { hvp in
            { v in
                let hv = try hvp(reshaped(v, shape))
                guard hv.shape == shape else {
                    throw DerivativeCheckError.shapeMismatch(what: "claimed Hessian-vector product", expected: shape, actual: hv.shape)
                }
                return hv.entries
            }
        }
        return try run(function: { try function(reshaped($0, shape)) }, gradient: gradient.entries,
                       hessianVectorProduct: product, at: x.entries, seed: seed)
    }

    init(expectedOrder: Int, samples: [Sample], seed: UInt64, direction: [Double]) {
        self.expectedOrder = expectedOrder
        self.samples = samples
        self.seed = seed
        self.direction = direction
        let window = TaylorRemainderTest.asymptoticWindow(samples)
        if window.count >= 3 {
            let fit = leastSquaresLine(
                xs: window.map { Double.log($0.stepSize) }, ys: window.map { Double.log(Swift.abs($0.remainder)) })
            observedOrder = fit.slope
            fitQuality = fit.rSquared
            fittedRange = (window.map(\.stepSize).min() ?? 0)...(window.map(\.stepSize).max() ?? 0)
            let orderOK = fit.slope >= Double(expectedOrder) - 0.15
            let straight = fit.rSquared >= 0.99
            passed = orderOK && straight
            if !orderOK {
                explanation = "remainder shrinks like h^\(NumberFormat.threeSignificant(fit.slope)), expected h^\(expectedOrder): "
                    + (expectedOrder == 2 ? "the gradient is wrong" : "the gradient or the Hessian-vector product is wrong")
            } else if !straight {
                explanation = "log-log fit is not straight (R² \(NumberFormat.threeSignificant(fit.rSquared))): the remainder is not in its asymptotic regime; inconclusive"
            } else {
                explanation = "remainder shrinks like h^\(NumberFormat.threeSignificant(fit.slope)) as expected"
            }
        } else if samples.contains(where: \.aboveRoundingFloor) {
            observedOrder = nil
            fitQuality = nil
            fittedRange = nil
            passed = false
            explanation = "fewer than 3 consecutive samples above the rounding floor; inconclusive"
        } else {
            observedOrder = nil
            fitQuality = nil
            fittedRange = nil
            passed = true
            explanation = "remainder at the rounding floor for every h: the Taylor model is exact to rounding"
        }
    }

    /// The window to fit: the run of consecutive samples above the floor that
    /// reaches the smallest `h`, at most 8 samples long (a factor 256 in `h`).
    static func asymptoticWindow(_ samples: [Sample]) -> [Sample] {
        guard let lastAbove = samples.lastIndex(where: \.aboveRoundingFloor) else { return [] }
        var start = lastAbove
        while start > 0, samples[start - 1].aboveRoundingFloor, lastAbove - start + 1 < 8 { start -= 1 }
        // Leave out the sample nearest the floor: its rounding share is largest.
        let end = lastAbove - start + 1 > 4 ? lastAbove - 1 : lastAbove
        return Array(samples[start...end])
    }

    public var description: String {
        var text = "Taylor remainder test \(passed ? "passed" : "FAILED"): "
        if let observedOrder, let fitQuality, let fittedRange {
            text += "observed order \(NumberFormat.threeSignificant(observedOrder)) (expected \(expectedOrder)), R² \(NumberFormat.threeSignificant(fitQuality)), "
                + "fitted h in [\(NumberFormat.threeSignificant(fittedRange.lowerBound)), \(NumberFormat.threeSignificant(fittedRange.upperBound))]; "
        }
        text += explanation + " (seed \(seed), \(samples.count) step sizes)"
        return text
    }
}

/// Least-squares line `y = slope·x + intercept` with its `R²`.
func leastSquaresLine(xs: [Double], ys: [Double]) -> (slope: Double, intercept: Double, rSquared: Double) {
    let n = Double(xs.count)
    let meanX = xs.reduce(0, +) / n, meanY = ys.reduce(0, +) / n
    var sxx = 0.0, sxy = 0.0, syy = 0.0
    for (x, y) in zip(xs, ys) {
        sxx += (x - meanX) * (x - meanX)
        sxy += (x - meanX) * (y - meanY)
        syy += (y - meanY) * (y - meanY)
    }
    guard sxx > 0 else { return (0, meanY, 0) }
    let slope = sxy / sxx
    let rSquared = syy > 0 ? (sxy * sxy) / (sxx * syy) : 1
    return (slope, meanY - slope * meanX, rSquared)
}

func requireFinite(_ values: [Double], _ what: String) throws {
    if let i = values.firstIndex(where: { !$0.isFinite }) {
        throw DerivativeCheckError.nonFinite(what: what, index: i)
    }
}
