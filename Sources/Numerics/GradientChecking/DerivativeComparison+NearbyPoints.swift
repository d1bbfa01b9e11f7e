/// The nearby points and the noise ladder with which both passes measure rounding.
extension DerivativeComparison {
    /// The noise ladder of this comparison's precision.
    func noiseLadder(_ options: DerivativeCheckOptions) -> RoundingNoiseLadder {
        RoundingNoiseLadder(
            unitRoundoff: unitRoundoff, samples: options.noiseSamples, roundPoint: roundPoint)
    }

    /// `x` with every entry moved by a random relative `±√u` (zero entries
    /// stay zero): far enough to redraw the rounding of sums of up to about
    /// `1/u` terms, close enough that the derivative barely changes.
    func perturbed(_ x: [Double], random: inout CheckRandomness) -> [Double] {
        let relative = unitRoundoff.squareRoot()
        return roundPoint(
            x.map { value in
                value * (1 + relative * (2 * random.uniform() - 1))
            })
    }
}
