/// One difference quotient per output component at one step `h`, with a
/// bound on its rounding error (`~ u·max|F|/h` for first derivatives).
@usableFromInline
struct QuotientSample {
    @usableFromInline var values: [Double]
    @usableFromInline var rounding: [Double]

    @usableFromInline init(values: [Double], rounding: [Double]) {
        self.values = values
        self.rounding = rounding
    }
}

/// Richardson extrapolation (a Neville tableau) of difference quotients whose
/// truncation error expands in even powers of the step, `D(h) = D + c₁h² + c₂h⁴ + …`.
///
/// With steps `hₖ = h₀/2ᵏ`, the tableau is
///
///     T[k][0] = D(hₖ),
///     T[k][m] = T[k][m−1] + (T[k][m−1] − T[k−1][m−1]) / (4ᵐ − 1),
///
/// which cancels the `h², …, h^(2m)` terms. For each entry the error estimate is
///
///     safety · max(|T[k][m] − T[k][m−1]|, |T[k][m] − T[k−1][m−1]|) + R[k][m],
///
/// the distance to the two lower-order values it was built from (each of which
/// has a larger truncation error, so in the asymptotic regime this exceeds the
/// entry's own truncation error) plus `R[k][m]`, the rounding bounds of the
/// samples propagated through the tableau weights. Per output component the
/// entry with the smallest estimate is returned, with that estimate — but
/// only among entries built from steps in the asymptotic regime (see
/// ``asymptoticStart(_:_:levels:)``): at steps too large for the function,
/// two tableau entries can agree by coincidence, and the minimum over many
/// entries would find such a coincidence.
@usableFromInline
enum RichardsonTableau {
    /// Multiplies the tableau differences (the estimate must survive the
    /// selection of the smallest one).
    @usableFromInline static let safetyFactor = 2.0

    /// Extrapolates `samples` (one per step `h₀/2ᵏ`, all with the same number of
    /// components). With `extrapolate == false` it returns the last plain
    /// difference `D(h_last)` with the estimate `safety · |D(h_last) − D(h_prev)| + R`
    /// (for central differences with `h_prev = 2h_last` about 6× the leading
    /// truncation term).
    @usableFromInline
    static func combine(
        _ samples: [QuotientSample], extrapolate: Bool
    ) -> (value: [Double], error: [Double]) {
        let levels = samples.count
        guard let components = samples.first?.values.count, levels >= 2 else {
            return (samples.first?.values ?? [], samples.first?.rounding ?? [])
        }
        var value = [Double](repeating: 0, count: components)
        var error = [Double](repeating: 0, count: components)
        if !extrapolate {
            let last = samples[levels - 1], previous = samples[levels - 2]
            for c in 0..<components {
                value[c] = last.values[c]
                error[c] =
                    safetyFactor * Swift.abs(last.values[c] - previous.values[c]) + last.rounding[c]
            }
            return (value, error)
        }
        var tableau = [Double](repeating: 0, count: levels * levels)
        var rounding = [Double](repeating: 0, count: levels * levels)
        for c in 0..<components {
            for k in 0..<levels {
                tableau[k * levels] = samples[k].values[c]
                rounding[k * levels] = samples[k].rounding[c]
            }
            guard let firstRow = asymptoticStart(tableau, rounding, levels: levels) else {
                // No contracting tail: return the finest quotient with the
                // spread of all quotients as its estimate.
                let finest = tableau[(levels - 1) * levels]
                var spread = 0.0
                for k in 0..<levels {
                    spread = Swift.max(spread, Swift.abs(tableau[k * levels] - finest))
                }
                value[c] = finest
                error[c] = safetyFactor * spread + rounding[(levels - 1) * levels]
                continue
            }
            var bestValue = tableau[(levels - 1) * levels]
            var bestError = Double.infinity
            for k in 1..<levels {
                var power = 1.0
                for m in 0...k {
                    let here = k * levels + m
                    let difference: Double
                    if m == 0 {
                        difference = Swift.abs(tableau[here] - tableau[here - levels])
                    } else {
                        power *= 4
                        let lowerHere = tableau[here - 1],
                            lowerPrevious = tableau[here - levels - 1]
                        tableau[here] = lowerHere + (lowerHere - lowerPrevious) / (power - 1)
                        rounding[here] =
                            (power * rounding[here - 1] + rounding[here - levels - 1]) / (power - 1)
                        difference = Swift.max(
                            Swift.abs(tableau[here] - lowerHere),
                            Swift.abs(tableau[here] - lowerPrevious))
                    }
                    // Only entries built from rows in the asymptotic regime compete.
                    guard k - m >= firstRow else { continue }
                    let estimate = safetyFactor * difference + rounding[here]
                    if estimate < bestError {
                        bestError = estimate
                        bestValue = tableau[here]
                    }
                }
            }
            value[c] = bestValue
            error[c] = bestError
        }
        return (value, error)
    }

    /// The first row of the asymptotic regime: the smallest `r` such that
    /// from row `r` on, the differences of successive plain quotients
    /// `δₖ = |D(hₖ) − D(hₖ₋₁)|` contract (`δₖ ≤ δₖ₋₁/2`; in the asymptotic
    /// regime they shrink by 4 per halving) or sit at the rounding floor.
    /// `nil` when even the finest steps are not in that regime (steps too
    /// large for the function's scale).
    @usableFromInline
    static func asymptoticStart(_ tableau: [Double], _ rounding: [Double], levels: Int) -> Int? {
        func delta(_ k: Int) -> Double {
            Swift.abs(tableau[k * levels] - tableau[(k - 1) * levels])
        }
        func floor(_ k: Int) -> Double { 2 * (rounding[k * levels] + rounding[(k - 1) * levels]) }
        func behaves(_ k: Int) -> Bool {
            if delta(k) <= floor(k) { return true }
            return k >= 2 && delta(k) <= delta(k - 1) / 2
        }
        var k = levels - 1
        guard behaves(k) else { return nil }
        while k > 1, behaves(k - 1) { k -= 1 }
        // behaves(k) vouches for rows k − 2, k − 1, k (or k − 1, k at the floor).
        return Swift.max(0, k - 2)
    }
}
