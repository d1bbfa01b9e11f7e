/// The rounding noise of a vector-valued computation `c(x)` near `x`, from
/// fourth-order differences at a ladder of radii, each component separately.
///
/// At radius `ρ` each sample draws a random relative perturbation `w`
/// (`|w_i| ≤ ρ|x_i|`, on the grid of the checked precision so that the five
/// points `x + k w`, `k = −2 … 2`, are exact) and takes
///
///     d = |c(x + 2w) − 4c(x + w) + 6c(x) − 4c(x − w) + c(x − 2w)| / √35:
///
/// the smooth part of `c` cancels up to `ρ⁴ c''''`, and for independent
/// roundings of variance `σ²` at the five points `d` has variance `2σ²`, as
/// a plain difference of two evaluations has.
///
/// Why a ladder: moving `x` by `√u` redraws the rounding of a sum only while
/// each term moves by an ulp of the partial sum, that is up to about `1/√u`
/// terms (4,096 in `Float`). Beyond, most rounding decisions stay the same at
/// nearby points and the spread underestimates the error (least squares over
/// 10⁵ rows in `Float`, issue 18: the first rung saw a median 0.8 and up to
/// 8.7 times less than the error, the fourth 0.36 and 1.5 times). The radii
/// `√u · 4ⁱ`, `i = 0 … 3`, reach sums of `64/√u` terms; a radius counts only
/// while its estimate stays within ``growthLimit`` times the running one. The
/// smooth remainder grows like `ρ⁴` (256× per rung); rounding that is
/// gradually redrawn grows like `√ρ` (2× per rung) but, starting from an
/// underestimate, can jump further: the limit 16 is the geometric middle.
/// A rung also needs the next one to grow less than 64× (else the smooth
/// part is at least a quarter of it), the last one to stay within 4× the
/// running estimate: the ladder stops where curvature (or a kink) shows.
@usableFromInline
struct RoundingNoiseLadder {
    /// Radii `√u · ratio^i` for `i` below this (4 unless a test looks at one rung).
    var rungs = 4
    /// The ratio between consecutive radii.
    static let ratio = 4.0
    /// How much larger than the running estimate a rung may be and still count.
    static let growthLimit = 16.0
    /// How much larger the next rung may be for this one to count.
    static let lookaheadLimit = 64.0
    /// The last rung, which has no next one to look at, counts within this
    /// factor of the running estimate.
    static let lastRungLimit = 4.0

    /// Unit roundoff of the checked precision.
    let unitRoundoff: Double
    /// Samples at the first rung (`K`); the higher rungs take `⌈K/2⌉`.
    let samples: Int
    /// Rounds a point to the checked precision.
    let roundPoint: ([Double]) -> [Double]

    /// The noise estimate of every component of `evaluate` at `x`, given
    /// `center = evaluate(x)`; `evaluations` counts the calls.
    func measure(
        at x: [Double], center: [Double], random: inout CheckRandomness,
        evaluations: inout Int, evaluate: ([Double]) throws -> [Double]
    ) throws -> [Double] {
        let m = center.count
        var levels: [[Double]] = []
        for rung in 0..<rungs {
            let radius = unitRoundoff.squareRoot() * Double.pow(Self.ratio, Double(rung))
            let count = rung == 0 ? samples : (samples + 1) / 2
            var level = [Double](repeating: 0, count: m)
            for _ in 0..<count {
                let w = gridStep(x, radius: radius, random: &random)
                var values: [[Double]] = []
                var shifted = x
                for k in [2.0, 1, -1, -2] {
                    // An indexed loop, not `zip(x, w).map`: the generic zip
                    // iterator was most of a debug build's time on long inputs.
                    for i in shifted.indices { shifted[i] = x[i] + k * w[i] }
                    let point = roundPoint(shifted)
                    let value = try evaluate(point)
                    guard value.count == m else {
                        throw DerivativeCheckError.lengthMismatch(
                            what: "re-evaluation near x", expected: m, actual: value.count)
                    }
                    values.append(value)
                    evaluations += 1
                }
                for j in 0..<m {
                    let fourth =
                        values[0][j] - 4 * values[1][j] + 6 * center[j] - 4 * values[2][j]
                        + values[3][j]
                    let d = Swift.abs(fourth) / 35.0.squareRoot()
                    if d.isFinite { level[j] = max(level[j], d) }
                }
            }
            levels.append(level)
        }
        return (0..<m).map { j in
            var estimate = levels[0][j]
            for rung in 1..<rungs {
                let running = max(estimate, unitRoundoff * Swift.abs(center[j]))
                let level = levels[rung][j]
                guard level <= Self.growthLimit * running else { break }
                // Look ahead: a next rung 64× up means the smooth part
                // (256× per rung) is at least a quarter of this one.
                let settled =
                    rung + 1 < rungs
                    ? levels[rung + 1][j] <= Self.lookaheadLimit * level
                    : level <= Self.lastRungLimit * running
                guard settled else { break }
                estimate = max(estimate, level)
            }
            return estimate
        }
    }

    /// A random step `w` with `|w_i| ≤ radius·|x_i|`, rounded to a multiple
    /// of the spacing of the checked precision one binade above
    /// `|x_i| + 2|w_i|`, so that `x_i + k w_i` (`|k| ≤ 2`) is exact in that
    /// precision when `x_i` is.
    func gridStep(_ x: [Double], radius: Double, random: inout CheckRandomness) -> [Double] {
        x.map { value in
            let raw = value * radius * (2 * random.uniform() - 1)
            let top = Swift.abs(value) + 2 * Swift.abs(raw)
            guard top > 0, top.isFinite else { return 0 }
            // The spacing of the checked precision at `2·top`: 2^(exponent + 1) · 2u.
            let spacing = max(
                Double(sign: .plus, exponent: top.exponent + 1, significand: 1) * 2 * unitRoundoff,
                Double.leastNonzeroMagnitude)
            return (raw / spacing).rounded() * spacing
        }
    }
}
