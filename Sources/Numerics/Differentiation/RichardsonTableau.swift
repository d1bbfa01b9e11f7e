/// One difference quotient per output component at one step `h`, with a
/// bound on its rounding error (`~ u·|f|/h` for first derivatives).
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
/// entry with the smallest estimate is returned, with that estimate.
@usableFromInline
enum RichardsonTableau {
    /// Multiplies the tableau differences (the estimate must survive the
    /// selection of the smallest one).
    @usableFromInline static let safetyFactor = 2.0

    /// Extrapolates `samples` (one per step `h₀/2ᵏ`, all with the same number of
    /// components). With `extrapolate == false` it returns the last plain
    /// difference `D(h_last)` with the estimate `|D(h_last) − D(h_prev)| + R`
    /// (for central differences about 3× the leading truncation term).
    @usableFromInline
    static func combine(_ samples: [QuotientSample], extrapolate: Bool) -> (value: [Double], error: [Double]) {
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
                error[c] = Swift.abs(last.values[c] - previous.values[c]) + last.rounding[c]
            }
            return (value, error)
        }
        var tableau = [Double](repeating: 0, count: levels * levels)
        var rounding = [Double](repeating: 0, count: levels * levels)
        for c in 0..<components {
            var bestValue = samples[levels - 1].values[c]
            var bestError = Double.infinity
            for k in 0..<levels {
                tableau[k * levels] = samples[k].values[c]
                rounding[k * levels] = samples[k].rounding[c]
                if k == 0 { continue }
                var power = 1.0
                for m in 0...k {
                    let here = k * levels + m
                    let difference: Double
                    if m == 0 {
                        difference = Swift.abs(tableau[here] - tableau[here - levels])
                    } else {
                        power *= 4
                        let lowerHere = tableau[here - 1], lowerPrevious = tableau[here - levels - 1]
                        tableau[here] = lowerHere + (lowerHere - lowerPrevious) / (power - 1)
                        rounding[here] = (power * rounding[here - 1] + rounding[here - levels - 1]) / (power - 1)
                        difference = Swift.max(Swift.abs(tableau[here] - lowerHere),
                                               Swift.abs(tableau[here] - lowerPrevious))
                    }
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
}
