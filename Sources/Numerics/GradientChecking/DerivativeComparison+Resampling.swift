/// The check itself: a pass, the exact reference cross-checked, kink probes and resampling.
extension DerivativeComparison {
    /// Runs the check with kink detection and resampling.
    @usableFromInline
    func run(at start: [Double], options: DerivativeCheckOptions) throws -> DerivativeCheckReport {
        let options = try options.validated(pointCount: inputCount)
        guard start.count == inputCount else {
            throw DerivativeCheckError.lengthMismatch(
                what: "point x", expected: inputCount, actual: start.count)
        }
        try requireFinite(start, "point x")
        var random = CheckRandomness(seed: options.seed)
        var x = roundPoint(start)
        var kinks: [KinkFinding] = []
        var extraEvaluations = 0
        for attempt in 0...options.maximumResamples {
            let randomAtPass = random
            var pass =
                try options.mode == .full
                ? fullPass(at: x, options: options, random: &random)
                : fastPass(at: x, options: options, random: &random)
            var order = worstFirst(pass)
            let failing = order.filter { !pass.entries[$0].withinBound }
            var suspects = failing
            var crossCheckFailure: (index: Int, message: String)?
            if failing.isEmpty {
                guard let crossCheck else {
                    return report(
                        .passed, pass: pass, order: order, failed: 0, x: x, kinks: kinks,
                        options: options, extra: extraEvaluations)
                }
                crossCheckFailure = try disagreement(crossCheck, pass, order, x, options)
                if crossCheckFailure != nil, pass.noiseCutShort {
                    // The allowance includes the entry's bound, formed without the
                    // nearby points the pass skipped: measure all K (the same probes
                    // and points, from the same random state) and cross-check again.
                    random = randomAtPass
                    pass = try fastPass(at: x, options: options, random: &random, noise: true)
                    order = worstFirst(pass)
                    crossCheckFailure = try disagreement(crossCheck, pass, order, x, options)
                }
                if let crossCheckFailure { suspects = [crossCheckFailure.index] }
                guard crossCheckFailure != nil else {
                    var checked = self
                    checked.notes.append(
                        "\(self.reference) reference cross-checked against finite differences "
                            + "(Richardson) on the worst "
                            + "\(options.mode == .full ? "3 entries" : "probe"): consistent")
                    return checked.report(
                        .passed, pass: pass, order: order, failed: 0, x: x, kinks: kinks,
                        options: options, extra: extraEvaluations)
                }
            }
            // Probe the suspect entries for a kink before blaming the claim.
            var kink: KinkFinding?
            for index in suspects.prefix(projectedFunction == nil ? 0 : 3) {
                guard let projectedFunction else { break }
                let (v, u, name) = pass.direction(index)
                let scale =
                    max(1, x.map { Swift.abs($0) }.max() ?? 1)
                    / max(v.map { Swift.abs($0) }.max() ?? 1, .leastNormalMagnitude)
                let sides = try KinkProbe.oneSidedDerivatives(
                    scale: scale, evaluations: &extraEvaluations
                ) { t in
                    try projectedFunction(zip(x, v).map { $0 + t * $1 }, u)
                }
                if let sides {
                    kink = KinkFinding(
                        point: x, direction: name, rightDerivative: sides.right,
                        leftDerivative: sides.left)
                    break
                }
            }
            if kink == nil, crossCheckFailure != nil, !kinks.isEmpty,
                attempt < options.maximumResamples
            {
                // Still close to the kink found before: finite differences
                // straddle it. Move again.
                let scale = 1e-2 * max(1, x.map { Swift.abs($0) }.max() ?? 1)
                let z = random.normalVector(inputCount)
                x = roundPoint(zip(x, z).map { $0 + scale * $1 })
                continue
            }
            guard let kink else {
                if let crossCheckFailure = crossCheckFailure?.message {
                    var checked = self
                    checked.notes.append(
                        """
                        the exact reference disagrees with finite differences: \
                        \(crossCheckFailure); the generic function may not be differentiable \
                        by \(self.reference) here
                        """
                    )
                    return checked.report(
                        .inconclusive, pass: pass, order: order, failed: 0, x: x, kinks: kinks,
                        options: options, extra: extraEvaluations)
                }
                return report(
                    .failed, pass: pass, order: order, failed: failing.count, x: x, kinks: kinks,
                    options: options, extra: extraEvaluations)
            }
            kinks.append(kink)
            if attempt == options.maximumResamples {
                return report(
                    .notDifferentiable, pass: pass, order: order, failed: failing.count, x: x,
                    kinks: kinks, options: options, extra: extraEvaluations)
            }
            // Resample: a nearby random point, at distance ~1e-2 of the point's scale.
            let scale = 1e-2 * max(1, x.map { Swift.abs($0) }.max() ?? 1)
            let z = random.normalVector(inputCount)
            x = roundPoint(zip(x, z).map { $0 + scale * $1 })
        }
        throw DerivativeCheckError.invalidOption("unreachable resampling state")
    }

    /// The entries of `pass`, worst bound ratio first.
    private func worstFirst(_ pass: Pass) -> [Int] {
        pass.entries.indices.sorted { pass.entries[$0].boundRatio > pass.entries[$1].boundRatio }
    }

    /// Cross-checks the exact reference with finite differences on the worst
    /// entries (the worst probe in fast mode, to keep fast mode at O(1)
    /// evaluations of a large model); the first entry where they disagree,
    /// described, or `nil`.
    private func disagreement(
        _ crossCheck: ([Double], [Double], [Double]) throws -> (value: Double, error: Double),
        _ pass: Pass, _ order: [Int], _ x: [Double], _ options: DerivativeCheckOptions
    ) throws -> (index: Int, message: String)? {
        for index in order.prefix(options.mode == .full ? 3 : 1) {
            let (v, u, name) = pass.direction(index)
            let estimate = try crossCheck(x, u, v)
            let entry = pass.entries[index]
            // The Richardson estimate bounds the truncation error; the
            // reference entry carries its own measured noise.
            let allowed =
                options.confidenceFactor * estimate.error
                + max(entry.bound, 0) + 4 * Double.ulpOfOne
                * (Swift.abs(entry.reference) + Swift.abs(estimate.value))
            if !(Swift.abs(entry.reference - estimate.value) <= allowed) {
                return (
                    index,
                    """
                    \(entry.reference.description) (\(self.reference)) vs \(estimate.value) \
                    ± \(NumberFormat.threeSignificant(estimate.error)) (finite \
                    differences) along \(name)
                    """
                )
            }
        }
        return nil
    }
}
