import MatrixNumerics
import ClaimLanguage
/// The numeric check at one shape assignment: random points, both sides in
/// ``BoundedDouble`` (derivative operators by forward mode), a comparison
/// against the running error bounds, and a cross-check of every derivative
/// operator by Richardson finite differences.
package struct NumericCheck {
    package let claim: ResolvedClaim
    package let options: CheckOptions
    /// Evaluation stops after this monotonic time (the checker's time budget).
    package var deadline = Double.infinity

    package struct Result {
        var summary: NumericShapeResult
        var counterexample: Counterexample?
        /// Some residual lay between its bound and the refutation threshold.
        var unclear: Bool
        /// Forward mode and finite differences disagreed beyond the estimate.
        var finiteDifferenceDisagreement: String?
        /// No point was defined.
        var undefinedEverywhere: Bool
        /// An internal error stopped the shape (never dropped: the verdict
        /// is then inconclusive).
        var internalError: String? = nil
        /// Forward-mode counterexamples vetoed because finite differences
        /// contradicted forward mode at the same point.
        var vetoed = 0
    }

    /// The derivative operators not nested inside another one, from both
    /// sides and every definition.
    package var derivativeNodes: [Expression] {
        var nodes: [Expression] = []
        var stack = claim.claim.definitions.map(\.expression) + [claim.claim.lhs, claim.claim.rhs]
        while let e = stack.popLast() {
            // A node that mentions an index depends on the index values: it
            // is not cross-checked by finite differences on its own.
            if case .derivative = e {
                if !NumericCheck.mentionsIndex(e) { nodes.append(e) }
            } else {
                stack.append(contentsOf: e.children)
            }
        }
        return nodes
    }

    /// Whether `expression` uses an entry or an index sum.
    static func mentionsIndex(_ expression: Expression) -> Bool {
        var stack = [expression]
        while let e = stack.popLast() {
            switch e {
            case .entry, .indexSum: return true
            default: stack.append(contentsOf: e.children)
            }
        }
        return false
    }

    package func run(at assignment: [String: Int], baseSeed: UInt64, points: Int) -> Result {
        let sampler = PointSampler(claim: claim)
        let nodes = options.finiteDifferences ? derivativeNodes : []
        var seeds: [UInt64] = []
        var resampled = 0
        var maxRelative = 0.0, maxSignificance = 0.0
        var fdRatio: Double? = nodes.isEmpty ? nil : 0
        var unclear = false
        var counterexample: Counterexample?
        var fdDisagreement: String?
        var lastFailure: String?
        var internalError: String?
        var vetoed = 0
        var attempt = 0
        var evaluated = 0
        while evaluated < points && attempt < points * options.maximumAttempts {
            let seed = PointSampler.pointSeed(baseSeed, attempt)
            let kind = attempt
            attempt += 1
            do {
                // Declared functions: a different stand-in family at successive points.
                try UserFunction.$currentStandIn.withValue(kind % UserFunction.standInFamilies) {
                    let doubles = try sampler.values(at: assignment, seed: seed, attempt: kind)
                    let bounded = doubles.mapValues { $0.map { BoundedDouble(exactly: $0) } }
                    let evaluator = ClaimEvaluator<BoundedDouble>(
                        claim: claim, assignment: assignment, values: bounded)
                    evaluator.deadline = deadline
                    let (lhs, rhs) = try evaluator.evaluateSides()
                    if lhs.entries.contains(where: \.isUndefined)
                        || rhs.entries.contains(where: \.isUndefined)
                    {
                        throw EvaluationFailure.undefined(
                            """
                                a side is not finite (overflow, log of a non-positive number, \
                                division by ~0)
                                """
                        )
                    }
                    guard lhs.shape == rhs.shape || lhs.count == 1 || rhs.count == 1 else {
                        throw EvaluationFailure.internalError(
                            "the sides have shapes \(lhs.shape) and \(rhs.shape)")
                    }
                    seeds.append(seed)
                    evaluated += 1
                    let comparison = compare(lhs, rhs)
                    maxRelative = Swift.max(maxRelative, comparison.maxRelative)
                    maxSignificance = Swift.max(maxSignificance, comparison.maxSignificance)
                    // Cross-check derivative operators by finite differences first:
                    // a contradiction vetoes a forward-mode counterexample at this point.
                    var contradicted = false
                    for node in nodes {
                        // Finite differences that cannot be taken here (a side not
                        // finite near the point) neither confirm nor veto.
                        guard
                            let ratio = try? finiteDifferenceRatio(
                                node, doubles, evaluator, assignment)
                        else { continue }
                        fdRatio = Swift.max(fdRatio ?? 0, ratio)
                        if ratio > 10 {
                            contradicted = true
                            if fdDisagreement == nil {
                                fdDisagreement =
                                    """
                                        forward mode and finite differences disagree for \
                                        \(Self.text(of: node, in: claim.claim.source)) at \
                                        \(ShapeAssignment.describe(assignment)), seed \(seed) \
                                        (\(NumberFormat.compact(ratio))× the FD error estimate)
                                        """
                            }
                        }
                    }
                    if let worst = comparison.worst,
                        worst.residual > options.refutationFactor * worst.bound
                    {
                        if contradicted {
                            vetoed += 1
                        } else {
                            let point = doubles.mapValues { $0.nestedRows }
                            let c = Counterexample(
                                assignment: assignment, seed: seed, row: worst.row, col: worst.col,
                                lhs: worst.lhs, rhs: worst.rhs, residual: worst.residual,
                                errorBound: worst.bound, point: point)
                            if counterexample == nil
                                || c.significance > counterexample?.significance ?? 0
                            {
                                counterexample = c
                            }
                        }
                    } else if comparison.maxSignificance > 1 {
                        unclear = true
                    }
                }
            } catch let failure as EvaluationFailure {
                if case .invalidShape(let s) = failure {
                    lastFailure = s
                    break
                }
                if case .internalError(let s) = failure {
                    lastFailure = "internal error: \(s)"
                    internalError = s
                    break
                }
                if case .budgetExceeded(let s) = failure {
                    lastFailure = s
                    break
                }
                resampled += 1
                lastFailure = failure.description
            } catch {
                resampled += 1
                lastFailure = "\(error)"
            }
        }
        if counterexample == nil && internalError == nil {
            let (probe, probeVetoes) = probeScales(at: assignment, baseSeed: baseSeed)
            counterexample = probe
            vetoed += probeVetoes
        }
        var note: String?
        if resampled > 0 {
            let plural = resampled == 1 ? "" : "s"
            note = "resampled \(resampled) point\(plural) (\(lastFailure ?? "undefined"))"
        }
        if evaluated == 0 { note = "no defined point: \(lastFailure ?? "undefined")" }
        let method =
            nodes.isEmpty && derivativeNodes.isEmpty
            ? "direct" : (options.finiteDifferences ? "dual+FD" : "dual")
        let summary = NumericShapeResult(
            assignment: assignment, seeds: seeds, points: evaluated, resampled: resampled,
            maxRelativeError: maxRelative, maxSignificance: maxSignificance, method: method,
            finiteDifferenceRatio: fdRatio, note: note)
        return Result(
            summary: summary, counterexample: counterexample, unclear: unclear,
            finiteDifferenceDisagreement: fdDisagreement, undefinedEverywhere: evaluated == 0,
            internalError: internalError, vetoed: vetoed)
    }

    /// What one scale probe found.
    enum ProbeOutcome {
        /// No point, or no residual beyond the refutation threshold.
        case nothing
        /// A counterexample that finite differences contradict.
        case vetoed
        case counterexample(Counterexample)
    }

    /// The families of the scale probes, after the ordinary points.
    static let probeFamilies: [PointFamily] = [.wide, .integers, .zero, .large]

    /// One point from each of ``probeFamilies`` (`[-10, 10]`, integers and
    /// the kinks at 0, magnitudes up to 10³), then, at the all-ones shape
    /// (with at most ``gridProbeEntries`` symbol entries), the
    /// ``gridProbeCount`` points of the half-integer and quarter grids
    /// (``gridValues(_:)``), looking only for a counterexample: a probe point
    /// where a side is undefined, or whose residual is unclear, is passed
    /// over, so probes never make a verdict inconclusive. A counterexample
    /// is kept only when finite differences do not contradict forward mode
    /// at that point (else it is vetoed).
    func probeScales(
        at assignment: [String: Int], baseSeed: UInt64
    ) -> (counterexample: Counterexample?, vetoed: Int) {
        var vetoed = 0
        var points: [(seed: UInt64, standIn: Int, values: () throws -> [String: Matrix<Double>])] =
            []
        for (k, family) in NumericCheck.probeFamilies.enumerated() {
            let seed = PointSampler.pointSeed(baseSeed, 0x5CA1E + k)
            points.append(
                (seed, k % UserFunction.standInFamilies, {
                    try family.values(for: claim, at: assignment, seed: seed)
                }))
        }
        // The grid at the all-ones shape only (a fixed-shape claim's one
        // shape): enough for a claim false between two grid points, at a
        // fraction of the cost of every shape; the kink probes likewise.
        if assignment.values.allSatisfy({ $0 == 1 })
            && symbolEntries(at: assignment) <= NumericCheck.gridProbeEntries
        {
            let kinkSeed = PointSampler.pointSeed(baseSeed, 0x4B1A7)
            for (p, values) in kinkPoints(at: assignment, seed: kinkSeed).enumerated() {
                points.append(
                    (PointSampler.pointSeed(kinkSeed, p), p % UserFunction.standInFamilies,
                     { values }))
            }
            for p in 0..<NumericCheck.gridProbeCount {
                let seed = PointSampler.pointSeed(baseSeed, 0x6121D + p)
                points.append(
                    (seed, p % UserFunction.standInFamilies,
                     { try self.gridValues(p, at: assignment) }))
            }
        }
        for point in points {
            if MonotonicClock.seconds() > deadline { break }
            let found = try? UserFunction.$currentStandIn.withValue(point.standIn) {
                () throws -> ProbeOutcome in
                try probe(point.values(), at: assignment, seed: point.seed)
            }
            switch found {
            case .counterexample(let c): return (c, vetoed)
            case .vetoed: vetoed += 1
            case .nothing, nil: continue
            }
        }
        return (nil, vetoed)
    }

    /// One probe point: a counterexample, a vetoed one, or nothing.
    private func probe(
        _ doubles: [String: Matrix<Double>], at assignment: [String: Int], seed: UInt64
    ) throws -> ProbeOutcome {
        let bounded = doubles.mapValues { $0.map { BoundedDouble(exactly: $0) } }
        let evaluator = ClaimEvaluator<BoundedDouble>(
            claim: claim, assignment: assignment, values: bounded)
        evaluator.deadline = deadline
        let (lhs, rhs) = try evaluator.evaluateSides()
        guard !lhs.entries.contains(where: \.isUndefined),
            !rhs.entries.contains(where: \.isUndefined),
            lhs.shape == rhs.shape || lhs.count == 1 || rhs.count == 1,
            let worst = compare(lhs, rhs).worst,
            worst.residual > options.refutationFactor * worst.bound
        else { return .nothing }
        let nodes = options.finiteDifferences ? derivativeNodes : []
        for node in nodes {
            if let ratio = try? finiteDifferenceRatio(node, doubles, evaluator, assignment),
                ratio > 10
            {
                return .vetoed
            }
        }
        return .counterexample(
            Counterexample(
                assignment: assignment, seed: seed, row: worst.row, col: worst.col,
                lhs: worst.lhs, rhs: worst.rhs, residual: worst.residual,
                errorBound: worst.bound, point: doubles.mapValues { $0.nestedRows }))
    }

    /// Grid probes run at the all-ones shape when it has at most this many symbol entries.
    static let gridProbeEntries = 16
    /// The half-integers `−5.5 … 5.5` (12 points) and the quarters
    /// `±0.25, ±0.75, ±1.25, ±1.75` (8 points).
    static let gridProbeCount = 20

    /// Grid point `p` of ``gridProbeCount``: entry `q` (counted over every
    /// symbol's entries in order) is `−5.5 + ((p + 5q) mod 12)` for
    /// `p < 12`, else `−1.75 + ((p + 3q) mod 8)/2`, so that at a scalar the
    /// points sweep every half-integer in `[−5.5, 5.5]` (the insides of the
    /// integer intervals, where the integer probes land on the ends) and
    /// the quarters around the kink at 0.
    func gridValues(_ p: Int, at assignment: [String: Int]) throws -> [String: Matrix<Double>] {
        var q = 0
        var result: [String: Matrix<Double>] = [:]
        for name in claim.symbols {
            guard let shape = claim.shape(of: name, at: assignment) else {
                throw EvaluationFailure.invalidShape("'\(name)' has a non-positive dimension")
            }
            var m = try Matrix<Double>(rows: shape.rows, cols: shape.cols) { _, _ in
                defer { q += 1 }
                return p < 12
                    ? -5.5 + Double((p + 5 * q) % 12) : -1.75 + Double((p + 3 * q) % 8) / 2
            }
            if claim.symmetricSymbols.contains(name) {
                let copy = m
                m = try Matrix<Double>(rows: shape.rows, cols: shape.cols) { i, j in
                    i <= j ? copy[i, j] : copy[j, i]
                }
            }
            result[name] = m
        }
        return result
    }

    /// The number of symbol entries at `assignment` (saturating).
    func symbolEntries(at assignment: [String: Int]) -> Int {
        claim.symbols.reduce(0) { total, name in
            claim.shape(of: name, at: assignment).map { ClaimChecker.saturatingSum(total, $0) }
                ?? total
        }
    }

    package struct Comparison {
        var maxRelative = 0.0
        var maxSignificance = 0.0
        var worst: (row: Int, col: Int, lhs: Double, rhs: Double, residual: Double, bound: Double)?
    }

    /// Entry-by-entry comparison; a `1×1` side broadcasts.
    package func compare(_ lhs: Matrix<BoundedDouble>, _ rhs: Matrix<BoundedDouble>) -> Comparison {
        let shape = lhs.count >= rhs.count ? lhs.shape : rhs.shape
        var c = Comparison()
        var worstSignificance = -1.0
        for j in 0..<shape.cols {
            for i in 0..<shape.rows {
                let l = lhs.count == 1 ? lhs[0, 0] : lhs[i, j]
                let r = rhs.count == 1 ? rhs[0, 0] : rhs[i, j]
                let residual = Swift.abs(l.value - r.value)
                let bound = l.errorBound + r.errorBound + 2 * BoundedDouble.unitRoundoff * residual
                let scale = Swift.max(Swift.abs(l.value), Swift.abs(r.value))
                // Entries that are zero to within their rounding bound (an
                // `== 0` claim) have no meaningful relative error.
                if scale > 100 * bound {
                    c.maxRelative = Swift.max(c.maxRelative, residual / scale)
                }
                let significance = residual == 0 ? 0 : (bound > 0 ? residual / bound : .infinity)
                c.maxSignificance = Swift.max(c.maxSignificance, significance)
                if significance > worstSignificance {
                    worstSignificance = significance
                    c.worst = (i, j, l.value, r.value, residual, bound)
                }
            }
        }
        return c
    }

    /// `max |dual − FD| / (10·FD error estimate + dual rounding bound)` over the node's entries.
    /// The smallest ratio over a short ladder of difference steps (step
    /// control): near an ill-conditioned point (an almost singular inverse)
    /// the first step can be too large for its own error estimate, so
    /// smaller steps with one more Richardson level are tried before
    /// finite differences are said to disagree.
    package func finiteDifferenceRatio(
        _ node: Expression, _ doubles: [String: Matrix<Double>],
        _ evaluator: ClaimEvaluator<BoundedDouble>, _ assignment: [String: Int]
    ) throws -> Double {
        var best = Double.infinity
        var lastError: Error?
        for (scale, levels) in [(1.0, 3), (0.25, 4), (1.0 / 16, 4)] {
            do {
                best = Swift.min(
                    best,
                    try finiteDifferenceRatio(
                        node, doubles, evaluator, assignment,
                        stepScale: scale, levels: levels))
            } catch {
                lastError = error
            }
            if best <= 10 { return best }
        }
        if best.isInfinite, let lastError { throw lastError }
        return best
    }

    func finiteDifferenceRatio(
        _ node: Expression, _ doubles: [String: Matrix<Double>],
        _ evaluator: ClaimEvaluator<BoundedDouble>, _ assignment: [String: Int],
        stepScale: Double, levels: Int
    ) throws -> Double {
        guard case .derivative(let op, let f, let variable, _, _) = node else { return 0 }
        let x =
            try doubles[variable]
            ?? ClaimEvaluator<Double>(claim: claim, assignment: assignment, values: doubles)
            .variableValue(variable)
        let dual = try evaluator.evaluate(node)
        let (estimate, error) = try FiniteDifferenceDerivative.estimate(
            op, of: f, variable: variable, at: x, claim: claim, assignment: assignment,
            values: doubles, stepScale: stepScale, levels: levels, deadline: deadline)
        guard estimate.count == dual.count else { return .infinity }
        var ratio = 0.0
        for k in 0..<dual.count {
            let d = dual.entries[k]
            let difference = Swift.abs(d.value - estimate.entries[k])
            let allowed = 10 * error.entries[k] + d.errorBound
            if difference > 0 {
                ratio = Swift.max(ratio, allowed > 0 ? difference / allowed : .infinity)
            }
        }
        return ratio
    }

    package static func text(of e: Expression, in source: String) -> String {
        let characters = Array(source)
        let r = e.range
        guard r.start >= 0, r.end <= characters.count, r.start < r.end else {
            return "a derivative"
        }
        return "'" + String(characters[r.start..<r.end]) + "'"
    }

}
