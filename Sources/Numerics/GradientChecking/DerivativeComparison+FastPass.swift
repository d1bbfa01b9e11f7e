/// Fast mode: randomized probes `uᵀ J v` of the claimed matrix against the reference.
extension DerivativeComparison {
    /// Randomized probes `uᵀ J v`.
    /// `noise`: measure all `K` nearby points even when no probe needs them.
    func fastPass(
        at x: [Double], options: DerivativeCheckOptions, random: inout CheckRandomness,
        noise measuringNoise: Bool = false
    ) throws -> Pass {
        let m = outputCount, n = inputCount
        var probes: [(u: [Double], v: [Double])] = []
        for _ in 0..<options.probes {
            let u = m == 1 ? [1.0] : random.normalVector(m)
            probes.append((u: u, v: random.normalVector(n)))
        }
        let claimed = try claimedProbes(x, probes)
        var references: [(value: Double, error: Double)] = []
        for probe in probes { references.append(try referenceProbe(x, probe.u, probe.v)) }
        var noise = [Double](repeating: 0, count: probes.count)
        let t = options.confidenceFactor
        func bound(_ k: Int) -> Double {
            t * (references[k].error + noise[k])
                + 2 * unitRoundoff * (Swift.abs(claimed[k].value) + Swift.abs(references[k].value))
                + 2 * smallestMagnitude + t * unitRoundoff * claimed[k].squareSum.squareRoot()
        }
        func someProbeOutside() -> Bool {
            probes.indices.contains { k in
                !(Swift.abs(claimed[k].value - references[k].value) <= bound(k))
            }
        }
        // The measured noise only widens the bound (each nearby point can only
        // raise it), so a check whose probes are all inside the bound formed
        // with the points measured so far passes as it would with all K: the
        // points (a claimed derivative and P reference passes each) are spent
        // only while some probe is outside. A check that fails has measured all K.
        var samplesTaken = 0
        while measuresNoise, samplesTaken < options.noiseSamples,
            measuringNoise || someProbeOutside()
        {
            // Move the probe directions too: rounding inside a claimed
            // product that does not depend on x (the constant Hessian of
            // a quadratic) is redrawn only by a new direction.
            let y = perturbed(x, random: &random)
            let moved = probes.map { probe in
                (
                    u: m == 1 ? probe.u : jittered(probe.u, random: &random),
                    v: jittered(probe.v, random: &random)
                )
            }
            let claimedY = try claimedProbes(y, moved)
            for k in probes.indices {
                let referenceY = try referenceProbe(y, moved[k].u, moved[k].v)
                let spread = Swift.abs(
                    (claimedY[k].value - referenceY.value)
                        - (claimed[k].value - references[k].value))
                if spread.isFinite { noise[k] = max(noise[k], spread) }
            }
            samplesTaken += 1
        }
        var notes: [String] = []
        let noiseCutShort = measuresNoise && samplesTaken < options.noiseSamples
        if noiseCutShort {
            notes.append(
                "every probe within its bound after \(samplesTaken) of the "
                    + "\(options.noiseSamples) nearby points: the others were not needed "
                    + "(more points only widen the bound)")
        }
        if measuresNoise, someProbeOutside() {
            // A probe outside: the claimed probes' own noise, with long
            // reductions redrawn (it only adds to the bound, so a check that
            // passes without it is spared its 60 claimed evaluations).
            var ladderEvaluations = 0
            let own = try noiseLadder(options).measure(
                at: x, center: claimed.map(\.value), random: &random,
                evaluations: &ladderEvaluations
            ) { point in try claimedProbes(point, probes).map(\.value) }
            for k in probes.indices { noise[k] = max(noise[k], own[k]) }
        }
        var entries: [EntryDiscrepancy] = []
        var directions: [(v: [Double], u: [Double], name: String)] = []
        var dilution = 1.0
        for k in probes.indices {
            let c = claimed[k].value, r = references[k].value
            let label =
                m == 1
                ? "probe \(k + 1): ⟨claimed, v⟩ vs directional derivative"
                : "probe \(k + 1): uᵀJv"
            entries.append(
                EntryDiscrepancy(
                    label: label, outputIndex: nil, inputIndex: nil,
                    claimed: c, reference: r, bound: c.isFinite ? bound(k) : -1))
            directions.append(
                (v: probes[k].v, u: probes[k].u, name: "random direction v (probe \(k + 1))"))
            if claimed[k].largestTerm > 0 {
                dilution = max(dilution, claimed[k].absoluteSum / claimed[k].largestTerm)
            }
        }
        var pass = Pass(entries: entries, dilution: dilution, notes: notes) { directions[$0] }
        pass.noiseCutShort = noiseCutShort
        return pass
    }

    /// A probe direction with every entry scaled by a random `1 ± √u`.
    private func jittered(_ direction: [Double], random: inout CheckRandomness) -> [Double] {
        let relative = unitRoundoff.squareRoot()
        return direction.map { $0 * (1 + relative * (2 * random.uniform() - 1)) }
    }
}
