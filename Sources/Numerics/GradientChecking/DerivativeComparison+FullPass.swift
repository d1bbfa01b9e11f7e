/// Full mode: every entry of the claimed matrix against the reference.
extension DerivativeComparison {
    /// Every entry `J[i, j]`. The noise of each entry is the claimed
    /// matrix's own (``RoundingNoiseLadder``, claimed evaluations only); the
    /// columns with an entry outside that first bound are re-evaluated with
    /// the reference at `K` nearby points, which adds the reference's rounding
    /// (the spread of `claimed − reference`). A correct entry is rarely
    /// outside, so the reference's passes are spent mostly at `x`.
    func fullPass(
        at x: [Double], options: DerivativeCheckOptions, random: inout CheckRandomness
    ) throws -> Pass {
        let m = outputCount, n = inputCount
        guard !m.multipliedReportingOverflow(by: n).overflow else {
            throw DerivativeCheckError.invalidOption(
                "full mode needs \(m)·\(n) entries, which overflows Int; use fast mode")
        }
        let start = MonotonicClock.seconds()
        let claimed = try checkedClaimedMatrix(at: x)
        let claimedSeconds = MonotonicClock.seconds() - start
        // One batch of reference columns, timed, then the estimate, then the rest.
        let first = Array(0..<Swift.min(8, n))
        var (referenceValues, referenceErrors) = try referenceMatrix(at: x, columns: first)
        let perColumn = (MonotonicClock.seconds() - start - claimedSeconds) / Double(first.count)
        let ladderEvaluations =
            measuresNoise ? 4 * (options.noiseSamples + 3 * ((options.noiseSamples + 1) / 2)) : 0
        let estimate =
            perColumn * Double(n) + claimedSeconds * Double(1 + ladderEvaluations)
        if estimate > options.longCheckSeconds { options.onLongCheck?(estimate) }
        if n > first.count {
            try referenceColumns(x, Array(first.count..<n)) { j, column in
                for i in 0..<m {
                    referenceValues[i + j * m] = column.values[i]
                    referenceErrors[i + j * m] = column.errors[i]
                }
            }
        }
        let t = options.confidenceFactor
        var noise = [Double](repeating: 0, count: m * n)
        func bound(_ e: Int) -> Double {
            t * (referenceErrors[e] + noise[e])
                + 2 * unitRoundoff * (Swift.abs(claimed[e]) + Swift.abs(referenceValues[e]))
                + 2 * smallestMagnitude
        }
        var notes: [String] = []
        if measuresNoise {
            var ladderEvaluations = 0
            noise = try noiseLadder(options).measure(
                at: x, center: claimed, random: &random, evaluations: &ladderEvaluations,
                evaluate: checkedClaimedMatrix)
            // The columns outside that bound, worst first, with their worst ratio.
            func worstRatio(_ j: Int) -> Double {
                (0..<m).map { i in
                    let e = i + j * m
                    let excess = Swift.abs(claimed[e] - referenceValues[e]) / bound(e)
                    return excess.isNaN ? .infinity : excess
                }.max() ?? 0
            }
            let ratios = (0..<n).map(worstRatio)
            let suspects = (0..<n).filter { !(ratios[$0] <= 1) }.sorted { ratios[$0] > ratios[$1] }
            if !suspects.isEmpty {
                // The same K points for every batch; the claimed matrix there once.
                var points: [(y: [Double], claimed: [Double])] = []
                for _ in 0..<options.noiseSamples {
                    let y = perturbed(x, random: &random)
                    points.append((y, try checkedClaimedMatrix(at: y)))
                }
                // Batches of eight columns (one eight-tangent pass per point),
                // until one still fails with the reference's rounding counted:
                // the verdict is then certain, and a wrong gradient does not
                // pay K passes for every column.
                var measured = 0
                while measured < suspects.count {
                    let batch = Array(suspects[measured..<Swift.min(measured + 8, suspects.count)])
                    for point in points {
                        let (referenceY, _) = try referenceMatrix(at: point.y, columns: batch)
                        for j in batch {
                            for i in 0..<m {
                                let e = i + j * m
                                let spread = Swift.abs(
                                    (point.claimed[e] - referenceY[e])
                                        - (claimed[e] - referenceValues[e]))
                                if spread.isFinite { noise[e] = max(noise[e], spread) }
                            }
                        }
                    }
                    measured += batch.count
                    if batch.contains(where: { !(worstRatio($0) <= 1) }) { break }
                }
                let stopped = measured < suspects.count ? " (stopped at a confirmed failure)" : ""
                notes.append(
                    """
                    \(suspects.count) of \(n) columns outside the claimed code's own noise bound; \
                    the reference re-evaluated at \(options.noiseSamples) points ±√u away for \
                    \(measured) of them\(stopped)
                    """)
            }
        }
        var entries: [EntryDiscrepancy] = []
        entries.reserveCapacity(m * n)
        for j in 0..<n {
            for i in 0..<m {
                let e = i + j * m
                let c = claimed[e], r = referenceValues[e]
                entries.append(
                    EntryDiscrepancy(
                        label: entryLabel(i, j), outputIndex: m == 1 ? nil : i, inputIndex: j,
                        claimed: c, reference: r, bound: c.isFinite ? bound(e) : -1))
            }
        }
        let took = MonotonicClock.seconds() - start
        if estimate > options.longCheckSeconds || took > options.longCheckSeconds {
            notes.append(
                "estimated \(NumberFormat.threeSignificant(estimate)) s before the reference "
                    + "passes (one timed batch × the batches); took "
                    + "\(NumberFormat.threeSignificant(took)) s")
        }
        return Pass(
            entries: entries, dilution: nil, notes: notes, estimatedSeconds: estimate
        ) { index in
            let entry = entries[index]
            var v = [Double](repeating: 0, count: n)
            v[entry.inputIndex ?? 0] = 1
            var u = [Double](repeating: 0, count: m)
            u[entry.outputIndex ?? 0] = 1
            return (v: v, u: u, name: options.inputLabel(entry.inputIndex ?? 0, count: n))
        }
    }

    /// The claimed `m × n` matrix at `x`, column-major, its length checked.
    private func checkedClaimedMatrix(at x: [Double]) throws -> [Double] {
        let claimed = try claimedMatrix(x)
        guard claimed.count == outputCount * inputCount else {
            throw DerivativeCheckError.lengthMismatch(
                what: "claimed \(quantity)", expected: outputCount * inputCount,
                actual: claimed.count)
        }
        return claimed
    }

    /// The reference with its error estimates at `x`, `m × n` column-major,
    /// filled in the given columns (every column for `nil`).
    private func referenceMatrix(
        at x: [Double], columns: [Int]?
    ) throws -> (values: [Double], errors: [Double]) {
        let m = outputCount, n = inputCount
        var values = [Double](repeating: 0, count: m * n)
        var errors = [Double](repeating: 0, count: m * n)
        try referenceColumns(x, columns) { j, column in
            for i in 0..<m {
                values[i + j * m] = column.values[i]
                errors[i + j * m] = column.errors[i]
            }
        }
        return (values, errors)
    }
}
