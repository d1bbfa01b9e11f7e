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
/// remainder over `h = 1, 1/2, 1/4, …` and fits `log |r| = p · log h + b` by
/// least squares on the smallest-`h` window of samples at least 32× above the
/// rounding floor (so rounding moves each fitted `log |r|` by at most 3 %).
/// The floor is measured, not assumed: the rounding of `f`, of the claimed
/// `⟨g, v⟩` and of `⟨v, Hv⟩` near `x`, each by fourth differences over
/// random moves of relative size `√u … 64√u` (a ladder that redraws the
/// rounding of long sums while the smooth parts cancel); a sample's floor is
/// `f`'s plus `h` times the gradient's plus `h²/2` times the Hessian's, so
/// the first-order term that a rounded gradient itself puts into the
/// remainder is never read as a wrong slope.
///
/// The outcome is ``DerivativeCheckOutcome/passed`` when the fitted order
/// is at least `expected − 0.15` on a straight line (`R² ≥ 0.99`),
/// ``DerivativeCheckOutcome/failed`` when it is an order lower on a straight
/// line (`p ≤ expected − 0.85`: the remainder keeps a first-order term), and
/// ``DerivativeCheckOutcome/inconclusive`` otherwise, with the reason (too
/// few samples above the floor, a curved fit, an order in between). A
/// correct derivative whose remainder is swamped by rounding is never failed.
///
/// Run it with ``DerivativeCheck/taylorRemainder(of:claimed:hessianVectorProduct:at:options:)``:
///
/// ```swift
/// let test = try DerivativeCheck.taylorRemainder(of: f, claimed: gradient, at: x)
/// #expect(test.outcome == .passed, "\(test)")   // observed order ≈ 2
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
        /// Whether the sample lies 32× above the rounding floor.
        public let aboveRoundingFloor: Bool
        /// The rounding floor of this sample (`f`'s, plus `h` times the
        /// gradient's and `h²/2` times the Hessian's rounding along `v`).
        public var floor: Double = 0
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
    /// The measured rounding floor of `f` near `x`.
    public let roundingFloor: Double
    /// The measured rounding of the claimed `⟨g, v⟩` near `x` (plus the
    /// final rounding of its terms); `h` times it is added to each sample's floor.
    public let gradientRoundingAlongDirection: Double
    /// Why the verdict is what it is, in words.
    public let explanation: String
    /// The seed of the random direction.
    public let seed: UInt64
    /// The direction `v` used.
    public let direction: [Double]
    /// Passed, failed or inconclusive (never not-differentiable).
    public let outcome: DerivativeCheckOutcome

    /// Whether the outcome is ``DerivativeCheckOutcome/passed``.
    public var passed: Bool { outcome == .passed }

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
    /// - Complexity: at most 125 evaluations of `f`, 61 of the gradient (and of the HVP).
    static func run(
        function: ([Double]) throws -> Double,
        gradient: [Double],
        hessianVectorProduct: (([Double]) throws -> [Double])? = nil,
        at x: [Double],
        direction: [Double]? = nil,
        seed: UInt64 = 0x5EED
    ) throws -> TaylorRemainderTest {
        try run(
            function: function, roundPoint: { $0 }, unitRoundoff: Double.ulpOfOne / 2,
            gradient: { _ in gradient },
            hessianVectorProduct: hessianVectorProduct.map { hvp in { _, v in try hvp(v) } },
            at: x, direction: direction, seed: seed)
    }

    /// Runs the test on `Float` code: `f` and the claimed derivatives are
    /// computed in single precision; the steps are the exact differences of
    /// the `Float`-rounded points, and the floor is that of the `Float` code.
    /// - Throws: as the `Double` version.
    static func run(
        function: @escaping ([Float]) throws -> Float,
        gradient: [Float],
        hessianVectorProduct: (([Float]) throws -> [Float])? = nil,
        at x: [Float],
        seed: UInt64 = 0x5EED
    ) throws -> TaylorRemainderTest {
        let product: (([Double]) throws -> [Double])? = hessianVectorProduct.map { hvp in
            { v in try hvp(v.map { Float($0) }).map { Double($0) } }
        }
        let widened = gradient.map { Double($0) }
        return try run(
            function: { point in Double(try function(point.map { Float($0) })) },
            roundPoint: { $0.map { Double(Float($0)) } }, unitRoundoff: Double(Float.ulpOfOne) / 2,
            gradient: { _ in widened },
            hessianVectorProduct: product.map { hvp in { _, v in try hvp(v) } },
            at: x.map { Double($0) }, direction: nil, seed: seed)
    }

    /// Runs the test for a function of a matrix: `gradient` and the optional
    /// Hessian-vector product `V ↦ ∇²f(X) V` in the shape of `X`.
    /// - Throws: ``DerivativeCheckError/shapeMismatch(what:expected:actual:)``
    ///   when a shape differs from `x`'s; otherwise as the flat version.
    static func run(
        function: (Matrix<Double>) throws -> Double,
        gradient: Matrix<Double>,
        hessianVectorProduct: ((Matrix<Double>) throws -> Matrix<Double>)? = nil,
        at x: Matrix<Double>,
        seed: UInt64 = 0x5EED
    ) throws -> TaylorRemainderTest {
        let shape = x.shape
        guard gradient.shape == shape else {
            throw DerivativeCheckError.shapeMismatch(
                what: "claimed gradient", expected: shape, actual: gradient.shape)
        }
        let product: (([Double]) throws -> [Double])? = hessianVectorProduct.map { hvp in
            { v in
                let hv = try hvp(reshaped(v, shape))
                guard hv.shape == shape else {
                    throw DerivativeCheckError.shapeMismatch(
                        what: "claimed Hessian-vector product", expected: shape, actual: hv.shape)
                }
                return hv.entries
            }
        }
        return try run(
            function: { try function(reshaped($0, shape)) }, gradient: gradient.entries,
            hessianVectorProduct: product, at: x.entries, seed: seed)
    }

    /// The test in a given precision: `roundPoint` rounds a point to it;
    /// `gradient` and `hessianVectorProduct` (`(point, v) ↦ ∇²f v`) are the
    /// claimed code, re-evaluated near `x` to measure its rounding along `v`.
    static func run(
        function: ([Double]) throws -> Double, roundPoint: @escaping ([Double]) -> [Double],
        unitRoundoff: Double,
        gradient: ([Double]) throws -> [Double],
        hessianVectorProduct: (([Double], [Double]) throws -> [Double])?,
        at start: [Double], direction: [Double]?, seed: UInt64, noiseSamples: Int = 6
    ) throws -> TaylorRemainderTest {
        let n = start.count
        guard n > 0 else { throw DerivativeCheckError.emptyPoint }
        try requireFinite(start, "point x")
        let x = roundPoint(start)
        let g = try gradient(x)
        guard g.count == n else {
            throw DerivativeCheckError.lengthMismatch(
                what: "claimed gradient", expected: n, actual: g.count)
        }
        try requireFinite(g, "claimed gradient")
        var v: [Double]
        if let direction {
            guard direction.count == n else {
                throw DerivativeCheckError.lengthMismatch(
                    what: "direction", expected: n, actual: direction.count)
            }
            try requireFinite(direction, "direction")
            v = direction
        } else {
            var random = CheckRandomness(seed: seed)
            v = random.normalVector(n)
            let scale =
                max(1, x.map { Swift.abs($0) }.max() ?? 1)
                / max(v.map { Swift.abs($0) }.max() ?? 1, .leastNormalMagnitude)
            v = v.map { $0 * scale }
        }
        guard v.contains(where: { $0 != 0 }) else {
            throw DerivativeCheckError.invalidOption("direction is zero")
        }

        let fx = try function(x)
        guard fx.isFinite else { throw DerivativeCheckError.nonFinite(what: "f(x)", index: nil) }
        var hv: [Double]?
        if let hessianVectorProduct {
            let product = try hessianVectorProduct(x, v)
            guard product.count == n else {
                throw DerivativeCheckError.lengthMismatch(
                    what: "claimed Hessian-vector product", expected: n, actual: product.count)
            }
            try requireFinite(product, "claimed Hessian-vector product")
            hv = product
        }
        let expected = hv == nil ? 2 : 3
        // The rounding of f, of ⟨g, v⟩ and of ⟨v, Hv⟩ near x, each by the
        // noise ladder (fourth differences over radii √u … 64√u): long sums
        // are redrawn and the smooth parts cancel.
        var random = CheckRandomness(seed: seed &+ 1)
        let ladder = RoundingNoiseLadder(
            unitRoundoff: unitRoundoff, samples: noiseSamples, roundPoint: roundPoint)
        var evaluations = 0
        let floor = max(
            2 * unitRoundoff * Swift.abs(fx),
            try ladder.measure(
                at: x, center: [fx], random: &random, evaluations: &evaluations
            ) { [try function($0)] }[0])
        let gradientNoise =
            try ladder.measure(
                at: x, center: [dot(g, v)], random: &random, evaluations: &evaluations
            ) { [dot(try gradient($0), v)] }[0]
            + 2 * unitRoundoff * zip(g, v).reduce(0) { $0 + Swift.abs($1.0 * $1.1) }
        var curvatureNoise = 0.0
        if let hv, let hessianVectorProduct {
            curvatureNoise =
                try ladder.measure(
                    at: x, center: [dot(v, hv)], random: &random, evaluations: &evaluations
                ) { [dot(v, try hessianVectorProduct($0, v))] }[0]
                + 2 * unitRoundoff * zip(hv, v).reduce(0) { $0 + Swift.abs($1.0 * $1.1) }
        }
        // Every h down to where the step drops below the precision: a
        // remainder a·h + b·h² can cross zero (one dip below the floor)
        // before its leading term shows.
        let pointScale = max(1, x.map { Swift.abs($0) }.max() ?? 1)
        let directionScale = v.map { Swift.abs($0) }.max() ?? 1
        var samples: [Sample] = []
        var h = 1.0
        while samples.count < 64, h * directionScale > 4 * unitRoundoff * pointScale {
            let point = roundPoint(zip(x, v).map { $0 + h * $1 })
            let fh = try function(point)
            // The step actually taken (exact in Double for Float points).
            let step = zip(point, x).map { $0 - $1 }
            let slope = dot(g, step)
            let curvature = hv.map { 0.5 * h * dot(step, $0) } ?? 0
            let remainder = fh - fx - slope - curvature
            // f's floor, plus the rounding of the claimed derivatives, which
            // enters the remainder as h·⟨δg, v⟩ and h²/2·⟨v, δHv⟩: a first-order
            // term that rounding alone puts there is never read as a wrong slope.
            let sampleFloor =
                max(
                    floor,
                    4 * unitRoundoff * (Swift.abs(fh) + Swift.abs(slope) + Swift.abs(curvature)))
                + h * gradientNoise + 0.5 * h * h * curvatureNoise
            let above = remainder.isFinite && Swift.abs(remainder) > 32 * sampleFloor
            samples.append(
                Sample(
                    stepSize: h, remainder: remainder, aboveRoundingFloor: above,
                    floor: sampleFloor))
            h /= 2
        }
        return TaylorRemainderTest(
            expectedOrder: expected, samples: samples, roundingFloor: floor,
            gradientRoundingAlongDirection: gradientNoise, seed: seed, direction: v)
    }

    init(
        expectedOrder: Int, samples: [Sample], roundingFloor: Double,
        gradientRoundingAlongDirection: Double = 0, seed: UInt64, direction: [Double]
    ) {
        self.expectedOrder = expectedOrder
        self.samples = samples
        self.roundingFloor = roundingFloor
        self.gradientRoundingAlongDirection = gradientRoundingAlongDirection
        self.seed = seed
        self.direction = direction
        let window = TaylorRemainderTest.asymptoticWindow(samples)
        let wrong =
            expectedOrder == 2
            ? "the gradient is wrong" : "the gradient or the Hessian-vector product is wrong"
        if window.count >= 3 {
            let fit = leastSquaresLine(
                xs: window.map { Double.log($0.stepSize) },
                ys: window.map { Double.log(Swift.abs($0.remainder)) })
            observedOrder = fit.slope
            fitQuality = fit.rSquared
            fittedRange = (window.map(\.stepSize).min() ?? 0)...(window.map(\.stepSize).max() ?? 0)
            let straight = fit.rSquared >= 0.99
            let order =
                "remainder shrinks like h^\(short(fit.slope)), expected h^\(expectedOrder)"
            if straight, fit.slope >= Double(expectedOrder) - 0.15 {
                outcome = .passed
                let hidden =
                    32
                    * (roundingFloor / (window.map(\.stepSize).min() ?? 1)
                        + gradientRoundingAlongDirection)
                explanation =
                    "remainder shrinks like h^\(short(fit.slope)) as expected; an error "
                    + "⟨claimed − true, v⟩ below about \(short(hidden)) "
                    + "would hide under the rounding floor"
            } else if straight, fit.slope <= Double(expectedOrder) - 0.85,
                let departure = TaylorRemainderTest.departure(
                    from: window, in: samples,
                    order: expectedOrder - 1)
            {
                // The leading term seen on the window does not hold at smaller
                // steps: the window lies outside the Taylor regime (at large
                // logits, a max that switches along v gives a first-order
                // remainder for large h whatever the gradient).
                outcome = .inconclusive
                explanation =
                    order + " on the window, but not at smaller steps (at h = "
                    + "\(short(departure.step)) the remainder is \(short(departure.seen)), the "
                    + "window's leading term predicts \(short(departure.predicted))): the window "
                    + "is not in the Taylor regime; inconclusive"
            } else if straight, fit.slope <= Double(expectedOrder) - 0.85 {
                outcome = .failed
                explanation = order + ": " + wrong
            } else if !straight {
                outcome = .inconclusive
                explanation =
                    "log-log fit is not straight (R² \(short(fit.rSquared))): "
                    + "the remainder is not in its asymptotic regime; inconclusive"
            } else {
                outcome = .inconclusive
                explanation =
                    order + ", between the orders of a right and a wrong derivative; inconclusive"
            }
        } else {
            observedOrder = nil
            fitQuality = nil
            fittedRange = nil
            outcome = .inconclusive
            explanation =
                samples.contains(where: \.aboveRoundingFloor)
                ? "fewer than 3 consecutive samples 32× above the rounding floor "
                    + "\(short(roundingFloor)); inconclusive"
                : "the remainder stays within 32× the rounding floor \(short(roundingFloor)) "
                    + "for every h ≤ 1: "
                    + "the Taylor model is exact to rounding or the floor swamps any error; "
                    + "inconclusive"
        }
    }

    /// For a remainder that looks one order too low on `window`: the first
    /// smaller step at which its leading term `a·h^order` (from the window's
    /// smallest step) is well above the floor (8×) but the remainder departs
    /// from it by more than a quarter of it plus twice the floor; `nil` when
    /// the leading term holds down to the floor, as a wrong derivative's does.
    static func departure(
        from window: [Sample], in samples: [Sample], order: Int
    ) -> (step: Double, seen: Double, predicted: Double)? {
        guard let last = window.min(by: { $0.stepSize < $1.stepSize }) else { return nil }
        let coefficient = last.remainder / Double.pow(last.stepSize, Double(order))
        for sample in samples where sample.stepSize < last.stepSize {
            let predicted = coefficient * Double.pow(sample.stepSize, Double(order))
            guard Swift.abs(predicted) >= 8 * sample.floor else { break }
            let allowed = 0.25 * Swift.abs(predicted) + 2 * sample.floor
            if !(Swift.abs(sample.remainder - predicted) <= allowed) {
                return (sample.stepSize, sample.remainder, predicted)
            }
        }
        return nil
    }

    /// The window to fit: the run of consecutive samples above the floor that
    /// reaches the smallest `h`, at most 8 samples long (a factor 256 in `h`).
    static func asymptoticWindow(_ samples: [Sample]) -> [Sample] {
        guard let lastAbove = samples.lastIndex(where: \.aboveRoundingFloor) else { return [] }
        var start = lastAbove
        while start > 0, samples[start - 1].aboveRoundingFloor, lastAbove - start + 1 < 8 {
            start -= 1
        }
        // Leave out the sample nearest the floor: its rounding share is largest.
        let end = lastAbove - start + 1 > 4 ? lastAbove - 1 : lastAbove
        return Array(samples[start...end])
    }

    public var description: String {
        let verdict: String
        switch outcome {
        case .passed: verdict = "passed"
        case .failed: verdict = "FAILED"
        case .inconclusive: verdict = "INCONCLUSIVE"
        case .notDifferentiable: verdict = "NOT DIFFERENTIABLE"
        }
        var text = "Taylor remainder test \(verdict): "
        if let observedOrder, let fitQuality, let fittedRange {
            text +=
                "observed order \(short(observedOrder)) (expected \(expectedOrder)), "
                + "R² \(short(fitQuality)), "
                + "fitted h in [\(short(fittedRange.lowerBound)), "
                + "\(short(fittedRange.upperBound))]; "
        }
        text += explanation + " (seed \(seed), \(samples.count) step sizes)"
        return text
    }
}

/// Three significant digits (``NumberFormat/threeSignificant(_:)``).
private func short(_ x: Double) -> String { NumberFormat.threeSignificant(x) }

/// Least-squares line `y = slope·x + intercept` with its `R²`.
func leastSquaresLine(
    xs: [Double], ys: [Double]
) -> (
    slope: Double, intercept: Double, rSquared: Double
) {
    let n = Double(xs.count)
    let meanX = xs.reduce(0, +) / n
    let meanY = ys.reduce(0, +) / n
    var sxx = 0.0
    var sxy = 0.0
    var syy = 0.0
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
