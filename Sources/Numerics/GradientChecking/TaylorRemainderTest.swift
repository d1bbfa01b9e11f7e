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
