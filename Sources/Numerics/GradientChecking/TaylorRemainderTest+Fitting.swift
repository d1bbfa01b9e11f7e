/// The fitted window of samples, the departure from its leading term, and the line fit.
extension TaylorRemainderTest {
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
}

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
