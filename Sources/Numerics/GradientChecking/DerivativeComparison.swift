/// The engine behind every public check: compares a claimed linear map
/// (a Jacobian, gradient, Hessian, or their products) with a reference,
/// entry by entry (full mode) or by randomized probes `uᵀ J v` (fast mode),
/// probes kinks when something fails, and resamples the point.
///
/// The public entry points build one of these from the user's closures; the
/// closures that evaluate generic functions on dual numbers are created in
/// `@inlinable` code so that they are specialized in the caller's module.
@usableFromInline
struct DerivativeComparison {
    /// Reference values with their error estimates (zero for exact references).
    @usableFromInline typealias Estimates = (values: [Double], errors: [Double])

    let quantity: CheckedQuantity
    let reference: ReferenceMethod
    /// `n`: inputs (columns of the claimed matrix).
    let inputCount: Int
    /// `m`: outputs (rows of the claimed matrix).
    let outputCount: Int
    /// Unit roundoff of the claimed precision (`2⁻⁵³` or `2⁻²⁴`).
    let unitRoundoff: Double
    /// The readable name of entry `(output, input)`.
    let entryLabel: (Int, Int) -> String
    /// Claimed `m × n` matrix at `x`, column-major (full mode).
    let claimedMatrix: ([Double]) throws -> [Double]
    /// Claimed state at `x` for fast mode, reused by every probe (e.g. the
    /// whole claimed gradient), then the probe `uᵀ J v` with `Σ|terms|`.
    let claimedProbes: ([Double], [(u: [Double], v: [Double])]) throws -> [ProbeValue]
    /// The reference columns `J e_j` (length `m`) at `x` for the given
    /// indices `j` (every column for `nil`), handed to the body with `j` (in
    /// any order; several per pass when the reference carries several tangents).
    let referenceColumns: ([Double], [Int]?, (Int, Estimates) throws -> Void) throws -> Void
    /// Reference `uᵀ J v` at `x`, with its error estimate.
    let referenceProbe: ([Double], [Double], [Double]) throws -> (value: Double, error: Double)
    /// `(x, u) ↦ uᵀ F(x)` for the function `F` whose derivative is checked;
    /// used to probe kinks along the failing direction.
    /// `nil` when the function itself is not available (no kink probes).
    let projectedFunction: (([Double], [Double]) throws -> Double)?
    /// Whether to measure rounding noise by re-evaluating at a point a few
    /// ulps away (exact references; finite differences carry their own estimate).
    let measuresNoise: Bool
    /// Rounds a point to the claimed precision (identity for Double).
    let roundPoint: ([Double]) -> [Double]
    /// Evaluations spent by the closures above (counted by their builders).
    let evaluationCount: () -> Int
    /// Extra notes for the report.
    var notes: [String] = []
    /// The smallest positive magnitude of the claimed precision: an entry
    /// below it cannot be claimed more exactly than 0 (underflow).
    var smallestMagnitude = Double.leastNonzeroMagnitude
    /// An independent estimate of `uᵀ J v` (finite differences) with its
    /// error estimate, used to cross-check an exact reference.
    var crossCheck: (([Double], [Double], [Double]) throws -> (value: Double, error: Double))?

    @usableFromInline
    init(
        quantity: CheckedQuantity, reference: ReferenceMethod, inputCount: Int, outputCount: Int,
        unitRoundoff: Double, entryLabel: @escaping (Int, Int) -> String,
        claimedMatrix: @escaping ([Double]) throws -> [Double],
        claimedProbes: @escaping ([Double], [(u: [Double], v: [Double])]) throws -> [ProbeValue],
        referenceColumns:
            @escaping ([Double], [Int]?, (Int, Estimates) throws -> Void) throws -> Void,
        referenceProbe:
            @escaping ([Double], [Double], [Double]) throws -> (value: Double, error: Double),
        projectedFunction: (([Double], [Double]) throws -> Double)?,
        measuresNoise: Bool, roundPoint: @escaping ([Double]) -> [Double],
        evaluationCount: @escaping () -> Int, notes: [String] = [],
        crossCheck: (([Double], [Double], [Double]) throws -> (value: Double, error: Double))? = nil
    ) {
        self.crossCheck = crossCheck
        self.quantity = quantity
        self.reference = reference
        self.inputCount = inputCount
        self.outputCount = outputCount
        self.unitRoundoff = unitRoundoff
        self.entryLabel = entryLabel
        self.claimedMatrix = claimedMatrix
        self.claimedProbes = claimedProbes
        self.referenceColumns = referenceColumns
        self.referenceProbe = referenceProbe
        self.projectedFunction = projectedFunction
        self.measuresNoise = measuresNoise
        self.roundPoint = roundPoint
        self.evaluationCount = evaluationCount
        self.notes = notes
    }

    /// One comparison at one point.
    struct Pass {
        var entries: [EntryDiscrepancy]
        /// Fast mode: the largest `Σ|terms| / max|term|` of the claimed
        /// probes, the factor by which a one-entry error is diluted.
        var dilution: Double?
        /// What the pass did beyond the usual (for the report).
        var notes: [String] = []
        /// Full mode: the time estimated before the reference passes.
        var estimatedSeconds: Double?
        /// Fast mode: fewer than `K` nearby points were measured, every probe
        /// being inside its bound with those.
        var noiseCutShort = false
        /// For entry `k`, its direction: `uᵀ J v` is the entry, and the
        /// kink probe moves along `v` watching `uᵀ F`.
        var direction: (Int) -> (v: [Double], u: [Double], name: String)
    }

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

    private func report(
        _ outcome: DerivativeCheckReport.Outcome, pass: Pass, order: [Int], failed: Int,
        x: [Double],
        kinks: [KinkFinding], options: DerivativeCheckOptions, extra: Int
    ) -> DerivativeCheckReport {
        let worst = order.prefix(options.worstEntryCount).map { pass.entries[$0] }
        let unitName = unitRoundoff > 1e-10 ? "u₃₂" : "u"
        let t = formatFactor(options.confidenceFactor)
        var sources: [String] = []
        if measuresNoise {
            sources.append(
                """
                noise: max(claimed's 4th differences over radii √\(unitName)…64√\(unitName), \
                |Δ(claimed − reference)| at \(options.noiseSamples) points ±√\(unitName) away)
                """
            )
        }
        if !reference.isExact { sources.append("Richardson error estimate") }
        let spread = sources.isEmpty ? "" : "\(t)·(\(sources.joined(separator: " + "))) + "
        let fastTerm = options.mode == .fast ? " + \(t)·\(unitName)·√(Σ terms² of uᵀJv)" : ""
        let bound =
            "\(spread)2·\(unitName)·(|claimed| + |reference|)\(fastTerm) + 2η, "
            + "\(unitName) = \(NumberFormat.threeSignificant(unitRoundoff)), η = "
            + "\(NumberFormat.threeSignificant(smallestMagnitude)) (underflow)"
        var notes = notes + pass.notes
        if let dilution = pass.dilution {
            notes.append(
                "fast-mode dilution Σ|terms| / max|term| = "
                    + "\(NumberFormat.threeSignificant(dilution)): "
                    + "a one-entry relative error below about "
                    + "bound·\(NumberFormat.threeSignificant(dilution))/|uᵀJv| is invisible"
            )
        }
        var report = DerivativeCheckReport(
            quantity: quantity, mode: options.mode, reference: reference, outcome: outcome,
            worstEntries: worst,
            entriesChecked: pass.entries.count, entriesFailed: failed, boundDescription: bound,
            seed: options.seed,
            point: x, kinks: kinks, evaluations: evaluationCount() + extra, notes: notes,
            dilutionFactor: pass.dilution)
        report.estimatedSeconds = pass.estimatedSeconds
        if outcome == .failed { report.roundingHint = roundingHint(pass.entries) }
        return report
    }

    /// The hint of ``DerivativeCheckReport/roundingHint``: every failing
    /// entry within ``roundingHintBoundRatio`` of its bound and with a relative
    /// error below ``roundingHintUnits`` unit roundoffs. A bug that small
    /// cannot be told from rounding that nearby points do not redraw.
    private func roundingHint(_ entries: [EntryDiscrepancy]) -> String? {
        let failing = entries.filter { !$0.withinBound }
        guard !failing.isEmpty, failing.allSatisfy({ $0.bound >= 0 }) else { return nil }
        let ratio = failing.map(\.boundRatio).max() ?? .infinity
        let relative =
            failing.map { entry in
                Swift.abs(entry.claimed - entry.reference)
                    / max(
                        Swift.abs(entry.reference), Swift.abs(entry.claimed), .leastNormalMagnitude)
            }.max() ?? .infinity
        guard ratio <= Self.roundingHintBoundRatio,
            relative <= Self.roundingHintUnits * unitRoundoff
        else { return nil }
        let units = relative / unitRoundoff
        return """
            the failing entries are within \(formatFactor(ratio.rounded(.up)))× their bounds and \
            their relative error (at most \(NumberFormat.threeSignificant(relative)), \
            \(formatFactor(units.rounded(.up)))·u) is at the rounding level of the checked \
            precision: this may be rounding that nearby points do not redraw (a long reduction \
            whose terms are far below the running sum, data rounded to the claimed precision) \
            rather than a bug. A pairwise or compensated sum, or the same code in Float64, \
            tells them apart.
            """
    }

    /// See ``roundingHint(_:)``.
    static let roundingHintBoundRatio = 16.0
    /// See ``roundingHint(_:)``: 4096 u is 2.4e-4 in `Float`, 9.1e-13 in `Double`.
    static let roundingHintUnits = 4096.0

    /// Every entry `J[i, j]`. The noise of each entry is the claimed
    /// matrix's own (``RoundingNoiseLadder``, claimed evaluations only); the
    /// columns with an entry outside that first bound are re-evaluated with
    /// the reference at `K` nearby points, which adds the reference's rounding
    /// (the spread of `claimed − reference`). A correct entry is rarely
    /// outside, so the reference's passes are spent mostly at `x`.
    private func fullPass(
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

    /// The noise ladder of this comparison's precision.
    private func noiseLadder(_ options: DerivativeCheckOptions) -> RoundingNoiseLadder {
        RoundingNoiseLadder(
            unitRoundoff: unitRoundoff, samples: options.noiseSamples, roundPoint: roundPoint)
    }

    /// Randomized probes `uᵀ J v`.
    /// `noise`: measure all `K` nearby points even when no probe needs them.
    private func fastPass(
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

    /// `x` with every entry moved by a random relative `±√u` (zero entries
    /// stay zero): far enough to redraw the rounding of sums of up to about
    /// `1/u` terms, close enough that the derivative barely changes.
    private func perturbed(_ x: [Double], random: inout CheckRandomness) -> [Double] {
        let relative = unitRoundoff.squareRoot()
        return roundPoint(
            x.map { value in
                value * (1 + relative * (2 * random.uniform() - 1))
            })
    }
}

/// `8` for integral factors, else three significant digits.
func formatFactor(_ x: Double) -> String {
    x == x.rounded() && Swift.abs(x) < 1e6 ? String(Int(x)) : NumberFormat.threeSignificant(x)
}
