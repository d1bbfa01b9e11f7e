#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MatrixNumerics
import ClaimLanguage
import SymbolicAlgebra

/// Proves, verifies or refutes a claim.
///
/// 1. **Symbolic**: for every assignment of the dimension variables in
///    `1...3` (within a size budget; run smallest first, so a shape over
///    budget cannot cost the smaller ones their exact verdict) both sides
///    are built over fully symbolic entries and compared exactly.
/// 2. **Numeric**: at random shapes (dimensions up to 8) and random seeded
///    points, both sides are evaluated with rounding-error bounds
///    (``BoundedDouble``); derivative operators by forward mode and,
///    independently, by Richardson finite differences.
/// 3. **Verdict**: *refuted* only with a concrete counterexample whose
///    residual is far above its error bound (the smallest shape found);
///    *proved* only from exact equality on every symbolic shape, confirmed
///    numerically; *holds numerically* when there is no exact proof but every
///    point agrees; *inconclusive* otherwise.
///
/// ```swift
/// let report = try ClaimChecker().check("tr(A*B) == tr(B*A) where A: m x n, B: n x m")
/// report.verdict   // .proved
/// ```
public struct ClaimChecker: Sendable {
    /// The settings.
    public var options: CheckOptions

    public init(_ options: CheckOptions = CheckOptions()) {
        self.options = options
    }

    /// Parses, resolves and checks `text` in `context`.
    /// - Throws: ``ClaimError`` for syntax, name and shape errors and for
    ///   more than ``CheckOptions/maximumDimensionVariables`` dimension
    ///   variables; ``CheckOptionsError`` for invalid options.
    public func check(_ text: String, context: ClaimContext = ClaimContext()) throws -> CheckReport
    {
        try check(try Claim(parsing: text, context: context))
    }

    /// Resolves and checks a parsed claim.
    /// - Throws: ``ClaimError`` for name and shape errors and too many
    ///   dimension variables; ``CheckOptionsError`` for invalid options.
    public func check(_ claim: Claim) throws -> CheckReport {
        try options.validate()
        let resolved = try claim.resolve()
        try ClaimChecker.requireDimensionLimit(resolved, options)
        return check(resolved)
    }

    static func requireDimensionLimit(_ claim: ResolvedClaim, _ options: CheckOptions) throws {
        let count = claim.dimensionVariables.count
        if count > options.maximumDimensionVariables {
            throw ClaimError(
                .limit,
                "the claim has \(count) dimension variables; at most "
                    + "\(options.maximumDimensionVariables) are checked "
                    + "(\(options.symbolicMaximumDimension)^k shapes)",
                at: nil, in: claim.claim.source)
        }
    }

    /// Checks a resolved claim. Never throws: every failure is part of the
    /// report (invalid options and too many dimension variables make it
    /// inconclusive).
    public func check(_ claim: ResolvedClaim) -> CheckReport {
        let start = MonotonicClock.seconds()
        let deadline = start + options.timeBudget
        var notes: [String] = claim.notes
        var polynomialProof: String?
        var certifiedLargerShapes: [[String: Int]] = []
        func report(
            _ verdict: Verdict, _ symbolic: [SymbolicShapeResult] = [],
            _ numeric: [NumericShapeResult] = []
        ) -> CheckReport {
            CheckReport(
                source: claim.claim.source, verdict: verdict, symbolic: symbolic, numeric: numeric,
                seed: options.seed, notes: notes, seconds: MonotonicClock.seconds() - start,
                signedVariables: claim.signedIntegerSymbols, polynomialProof: polynomialProof,
                certifiedLargerShapes: certifiedLargerShapes)
        }
        do {
            try options.validate()
            try ClaimChecker.requireDimensionLimit(claim, options)
        } catch {
            return report(.inconclusive(reason: "\(error)"))
        }
        var evidence = VerdictPolicy.Evidence()
        evidence.dimensionVariables = claim.dimensionVariables
        evidence.signedVariables = claim.signedIntegerSymbols
        evidence.requiredCube = Swift.min(2, options.symbolicMaximumDimension)

        // 0. A quick look at the smallest shapes ({1, 2}ᵏ, smallest first):
        //    a refutation needs only a counterexample, so one found here ends
        //    the check before the symbolic sweep (which a false claim would
        //    otherwise run to the end of its budget).
        if let refutation = quickRefutation(claim, deadline: deadline) {
            evidence.counterexamples = refutation.counterexample.map { [$0] } ?? []
            var verdict = VerdictPolicy().decide(evidence)
            if case .refuted(var counterexample) = verdict, options.shrinkCounterexamples {
                counterexample.simple = CounterexampleShrinker(
                    claim: claim, options: options, deadline: deadline
                )
                .shrink(counterexample)
                verdict = .refuted(counterexample)
            }
            if case .refuted = verdict {
                notes.append("refuted at a small shape before the symbolic check")
                return report(verdict, [], [refutation.summary])
            }
        }

        // 1. Symbolic, smallest shapes first (so one expensive shape that
        //    uses up the budget cannot cost the small shapes their exact
        //    verdicts), reported largest first.
        let (symbolicShapes, skipped) = symbolicAssignments(claim, notes: &notes)
        evidence.skippedSymbolicShapes = skipped.count
        var symbolic: [SymbolicShapeResult] = []
        // The symbolic check may use half of the time budget; the rest is the numeric check's.
        let symbolicDeadline = start + options.timeBudget / 2
        for index in ClaimChecker.smallestFirst(symbolicShapes) {
            let assignment = symbolicShapes[index]
            let t = MonotonicClock.seconds()
            let outcome = SymbolicCheck(claim: claim, options: options, deadline: symbolicDeadline)
                .outcome(at: assignment)
            symbolic.append(
                SymbolicShapeResult(
                    assignment: assignment, outcome: outcome, seconds: MonotonicClock.seconds() - t)
            )
        }
        let position = Dictionary(
            symbolicShapes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        symbolic.sort { position[$0.assignment, default: 0] < position[$1.assignment, default: 0] }
        evidence.symbolic = symbolic

        // 2. Numeric: small shapes without an exact verdict and the skipped
        //    ones (smallest first, to find the smallest counterexample), then
        //    larger shapes beyond the symbolic range.
        let check = NumericCheck(claim: claim, options: options, deadline: deadline)
        var numeric: [NumericShapeResult] = []
        var results: [NumericCheck.Result] = []
        let smallShapes =
            (symbolic.filter {
                if case .equal = $0.outcome { return false }
                if case .notApplicable = $0.outcome { return false }
                return true
            }.map(\.assignment) + skipped).sorted { ClaimChecker.size($0) < ClaimChecker.size($1) }
        let allNodes = check.allDerivativeNodes
        for (index, assignment) in smallShapes.enumerated()
        where affordable(claim, assignment, allNodes) {
            let r = check.run(
                at: assignment, baseSeed: options.seed &+ UInt64(1000 + index),
                points: options.pointsPerShape)
            results.append(r)
            numeric.append(r.summary)
            if r.counterexample != nil { break }
        }
        if !results.contains(where: { $0.counterexample != nil }) {
            let (assignments, capped) = numericAssignments(claim)
            if capped {
                notes.append(
                    "numeric dimensions were drawn smaller to keep derivative checks affordable")
            }
            if assignments.isEmpty {
                notes.append(
                    "no numeric shape is affordable (symbols or derivative variables too large)")
            }
            for (index, assignment) in assignments.enumerated() {
                guard affordable(claim, assignment, allNodes) else {
                    notes.append(
                        """
                            \(ShapeAssignment.describe(assignment)): too large for the numeric \
                            check (more than 4096 symbol entries or a derivative variable beyond \
                            the limits)
                            """
                    )
                    continue
                }
                let points =
                    claim.dimensionVariables.isEmpty
                    ? options.pointsPerShape * options.numericShapes : options.pointsPerShape
                let r = check.run(
                    at: assignment, baseSeed: options.seed &+ UInt64(index), points: points)
                results.append(r)
                numeric.append(r.summary)
            }
        }
        for r in numeric {
            if let note = r.note {
                notes.append("\(ShapeAssignment.describe(r.assignment)): \(note)")
            }
        }
        if numeric.contains(where: { $0.note?.contains("time budget exceeded") == true }) {
            // Blame the part that used the time.
            let symbolicSeconds = symbolic.map(\.seconds).reduce(0, +)
            let numericSeconds = MonotonicClock.seconds() - start - symbolicSeconds
            notes.append(
                "time budget \(options.timeBudget) s: the symbolic check used "
                    + "\(NumberFormat.compact(symbolicSeconds)) s, the numeric check "
                    + "\(NumberFormat.compact(numericSeconds)) s")
        }
        evidence.counterexamples = results.compactMap(\.counterexample)
        evidence.finiteDifferenceDisagreement =
            results.compactMap(\.finiteDifferenceDisagreement).first
        evidence.unclear = results.contains(where: \.unclear)
        evidence.evaluatedShapes = results.filter { !$0.undefinedEverywhere }.map(
            \.summary.assignment)
        evidence.undefinedReason = results.compactMap(\.summary.note).first
        evidence.numericInternalErrors = results.compactMap(\.internalError)
        for r in results where r.vetoed > 0 {
            let plural = r.vetoed == 1 ? "" : "s"
            notes.append(
                "\(ShapeAssignment.describe(r.summary.assignment)): \(r.vetoed) forward-mode "
                    + "counterexample\(plural) vetoed: finite differences contradicted forward "
                    + "mode at the point")
        }

        // 2a. A variable written as a number makes the claim a polynomial in
        //     it, which a finite range cannot settle without enough values.
        let dependence = ScalarDependence(claim)
        if !dependence.bounds.isEmpty {
            let coverage = scalarCoverage(claim, dependence, symbolic, numeric)
            if let proof = coverage.polynomialProof {
                polynomialProof = proof
                notes.append(proof)
            }
            if !coverage.problems.isEmpty && !IndexProver.prove(claim).provedForAllShapes {
                evidence.scalarCoverageProblem = coverage.problems.joined(separator: "; ")
            }
        }

        // 2b. No floating-point point defined, yet exact equality: when the
        //     exact check covers the whole scope, a certified point can show
        //     that both sides are defined (overflow is not undefinedness).
        if evidence.evaluatedShapes.isEmpty, evidence.counterexamples.isEmpty,
            symbolic.contains(where: { $0.outcome == .equal }),
            !symbolic.contains(where: { $0.outcome == .differs })
        {
            if !claim.dimensionVariables.isEmpty {
                evidence.allShapesProof = IndexProver.prove(claim).provedForAllShapes
            }
            if claim.dimensionVariables.isEmpty || evidence.allShapesProof {
                let quarter = MonotonicClock.seconds() + options.timeBudget / 4
                let certified = CertifiedCheck(
                    claim: claim, deadline: Swift.min(deadline, quarter))
                let shapes = symbolic.filter { $0.outcome == .equal }.map(\.assignment)
                    .sorted { ClaimChecker.size($0) < ClaimChecker.size($1) }
                if let shape = shapes.first(where: {
                    certified.hasDefinedPoint(at: $0, seed: options.seed)
                }) {
                    evidence.certifiedDefinedShapes = [shape]
                    notes.append(
                        "no floating-point point is defined (overflow); both sides are defined "
                            + "at a point in certified interval arithmetic")
                }
            } else {
                // The exact check covers the cube only: the larger shapes need
                // the certified form of numeric agreement, every one of them.
                let quarter = MonotonicClock.seconds() + options.timeBudget / 4
                let certified = CertifiedCheck(
                    claim: claim, deadline: Swift.min(deadline, quarter))
                let shapes = symbolic.filter { $0.outcome == .equal }.map(\.assignment)
                    .sorted { ClaimChecker.size($0) < ClaimChecker.size($1) }
                let larger = numericAssignments(claim).0.filter {
                    affordable(claim, $0, allNodes)
                }
                if !larger.isEmpty,
                    let shape = shapes.first(where: {
                        certified.hasDefinedPoint(at: $0, seed: options.seed)
                    }),
                    larger.allSatisfy({
                        certified.agreesAtDefinedPoint(at: $0, seed: options.seed)
                    })
                {
                    evidence.certifiedDefinedShapes = [shape] + larger
                    evidence.certifiedLargerShapes = true
                    certifiedLargerShapes = larger
                    notes.append(
                        "no floating-point point is defined (overflow or underflow); both sides "
                            + "are defined, with overlapping enclosures, at a point in certified "
                            + "interval arithmetic at "
                            + larger.map { ShapeAssignment.describe($0) }.joined(separator: "; "))
                }
            }
        }

        // 3. Where the exact difference is non-zero and no floating-point
        //    point refutes, a certified point can: interval arithmetic over
        //    exact rationals, the exact witness's point first.
        if evidence.counterexamples.isEmpty {
            // The two smallest differing shapes, within a quarter of the time budget.
            let differing = symbolic.filter { $0.outcome == .differs }.map(\.assignment)
                .sorted { ClaimChecker.size($0) < ClaimChecker.size($1) }.prefix(2)
            let certifiedDeadline = Swift.min(
                deadline, MonotonicClock.seconds() + options.timeBudget / 4)
            let certified = CertifiedCheck(claim: claim, deadline: certifiedDeadline)
            for assignment in differing {
                var extra: [[String: Matrix<CertifiedInterval>]] = []
                var exact = SymbolicCheck(claim: claim, options: options)
                exact.deadline = deadline
                if let point = exact.exactWitnessPoint(at: assignment, seed: options.seed) {
                    extra.append(point)
                }
                // The zeros of affine kink arguments, exactly (`step(x - 1)` at x = 1).
                extra += check.kinkPoints(at: assignment, seed: options.seed, centersOnly: true)
                    .prefix(8).map { $0.mapValues { $0.map { CertifiedInterval(exactly: $0) } } }
                evidence.certifiedPoints +=
                    extra.count + PointFamily.allCases.count * CertifiedCheck.pointsPerFamily
                if let witness = certified.search(
                    at: assignment, seed: options.seed, extraPoints: extra)
                {
                    notes.append(
                        """
                            refuted in certified interval arithmetic: no floating-point point \
                            tried showed the difference
                            """
                    )
                    evidence.counterexamples.append(witness)
                    break
                }
                // The difference's own normal form, where the sides cancel digits.
                let family = PointFamily.allCases.flatMap { f in
                    (0..<CertifiedCheck.pointsPerFamily).compactMap {
                        certified.exactPoint(f, $0, at: assignment, seed: options.seed)?.values
                    }
                }
                if let witness = exact.differenceWitness(
                    at: assignment, points: extra + family, certified: certified,
                    seed: options.seed)
                {
                    notes.append(
                        "refuted in certified interval arithmetic on the exact difference: "
                            + "the two sides' enclosures could not be separated")
                    evidence.counterexamples.append(witness)
                    break
                }
            }
        }
        var verdict = VerdictPolicy().decide(evidence)
        // 4. Every counterexample is shown with simple exact entries when some exist.
        if case .refuted(var counterexample) = verdict, options.shrinkCounterexamples {
            counterexample.simple = CounterexampleShrinker(
                claim: claim, options: options, deadline: deadline
            )
            .shrink(counterexample)
            verdict = .refuted(counterexample)
        }
        return report(verdict, symbolic, numeric)
    }

    /// The first counterexample at the shapes of `{1, 2}ᵏ` (smallest first,
    /// at most eight of them), one numeric run each; `nil` when there is none
    /// or a finite-difference disagreement makes a refutation unsafe there.
    ///
    /// The search runs without the finite-difference cross-check of forward
    /// mode (most claims pass it, and the cross-check is the larger part of a
    /// run); a shape where it finds a counterexample is run again, with the
    /// same seed and the cross-check, and only that run can refute.
    func quickRefutation(_ claim: ResolvedClaim, deadline: Double) -> NumericCheck.Result? {
        let check = NumericCheck(claim: claim, options: options, deadline: deadline)
        var searchOptions = options
        searchOptions.finiteDifferences = false
        let search = NumericCheck(claim: claim, options: searchOptions, deadline: deadline)
        let nodes = check.allDerivativeNodes
        let shapes = ShapeAssignment.all(
            claim.dimensionVariables, maximum: 2, signed: claim.signedIntegerSymbols)
            .sorted { ClaimChecker.size($0) < ClaimChecker.size($1) }.prefix(8)
        for (index, assignment) in shapes.enumerated() where affordable(claim, assignment, nodes) {
            let seed = options.seed &+ UInt64(500 + index)
            if options.finiteDifferences {
                let found = search.run(
                    at: assignment, baseSeed: seed, points: options.pointsPerShape)
                if found.internalError != nil { return nil }
                if found.counterexample == nil { continue }
            }
            let r = check.run(at: assignment, baseSeed: seed, points: options.pointsPerShape)
            if r.finiteDifferenceDisagreement != nil || r.internalError != nil { return nil }
            if r.counterexample != nil { return r }
        }
        return nil
    }

    // MARK: Shapes

    /// The indices of `assignments` in the order the symbolic check runs
    /// them: smallest total size first (ties in the given order).
    package static func smallestFirst(_ assignments: [[String: Int]]) -> [Int] {
        assignments.indices.sorted {
            let (a, b) = (size(assignments[$0]), size(assignments[$1]))
            return a != b ? a < b : $0 < $1
        }
    }

    /// The sum of the magnitudes (a negative integer symbol counts by its size).
    package static func size(_ assignment: [String: Int]) -> Int {
        assignment.values.reduce(0) { $0 + Swift.abs($1) }
    }

    /// Every assignment in `1...symbolicMaximumDimension`, largest first,
    /// within the entry budget; at most `symbolicMaximumShapes` (keeping the
    /// all-ones assignment). Also returns the assignments of the cube that
    /// were skipped (they are checked numerically instead).
    package func symbolicAssignments(
        _ claim: ResolvedClaim, notes: inout [String]
    ) -> ([[String: Int]], [[String: Int]]) {
        let all = ShapeAssignment.all(
            claim.dimensionVariables, maximum: options.symbolicMaximumDimension,
            signed: claim.signedIntegerSymbols)
        var withinBudget: [([String: Int], Int)] = []
        var skipped: [[String: Int]] = []
        for a in all {
            var entries = 0
            for name in claim.symbols + claim.differentiatedDefinitions.sorted() {
                guard let s = claim.shape(of: name, at: a) else { continue }
                let (count, o1) = s.rows.multipliedReportingOverflow(by: s.cols)
                let (sum, o2) = entries.addingReportingOverflow(count)
                entries = o1 || o2 ? Int.max : sum
            }
            if entries <= options.symbolicEntryBudget {
                withinBudget.append((a, entries))
            } else {
                skipped.append(a)
            }
        }
        withinBudget.sort {
            $0.1 != $1.1 ? $0.1 > $1.1 : ClaimChecker.size($0.0) > ClaimChecker.size($1.0)
        }
        var chosen = withinBudget.map(\.0)
        if chosen.count > options.symbolicMaximumShapes {
            let smallest = chosen.removeLast()
            skipped += chosen[(options.symbolicMaximumShapes - 1)...]
            chosen = Array(chosen.prefix(options.symbolicMaximumShapes - 1)) + [smallest]
        }
        chosen += polynomialValues(claim)
        if !skipped.isEmpty {
            notes.append(
                "\(skipped.count) symbolic shape\(skipped.count == 1 ? "" : "s") skipped "
                    + "(size budget and shape cap); checked numerically")
        }
        return (chosen, skipped)
    }

    /// Random assignments in `1...numericMaximumDimension`, redrawn smaller
    /// when a derivative's variable would be too large.
    package func numericAssignments(_ claim: ResolvedClaim) -> ([[String: Int]], Bool) {
        let variables = claim.dimensionVariables
        // Fixed shapes: one assignment, checked at numericShapes × pointsPerShape points.
        if variables.isEmpty { return ([[:]], false) }
        var generator = Xoshiro256StarStar(seed: options.seed &* 0x9E37_79B9_7F4A_7C15 &+ 17)
        var result: [[String: Int]] = []
        var capped = false
        let nodes = NumericCheck(claim: claim, options: options).allDerivativeNodes
        let beyond = options.symbolicMaximumDimension + 1
        let signed = claim.signedIntegerSymbols
        // A signed integer symbol's values beyond the symbolic range `(2 - beyond)...(beyond - 1)`.
        let lowest = -(options.numericMaximumDimension / 2)
        let negativeBeyond = lowest <= 1 - beyond ? Array(lowest...(1 - beyond)) : []
        // A variable written as a number takes the values its bound needs
        // beyond the maximum too (none when the exact check covers them);
        // one without a bound is probed beyond it (refutation only).
        let dependence = ScalarDependence(claim)
        func extra(_ v: String) -> [Int] { numericValuesNeeded(claim, dependence, v) ?? [] }
        let probes = probeValues(claim, dependence)
        var probeEntries = 0
        func withinProbeBudget(_ assignment: [String: Int]) -> Bool {
            probeEntries = ClaimChecker.saturatingSum(
                probeEntries, claim.symbols.compactMap { claim.shape(of: $0, at: assignment) })
            return probeEntries <= ClaimChecker.probeEntryBudget
        }
        // A literal dimension L (`A: 9 x n`), dimension argument (`eye(9)`) or
        // entry index (`x[9]`) can be where a claim starts to fail
        // (`det(A*B) == 0` for n < 9 only): the dimensions up to L + 1 are
        // evaluated too (at most `literalDimensionReach`).
        let literal = Swift.max(
            ClaimChecker.largestLiteralDimension(claim), ClaimChecker.largestLiteralIndex(claim))
        let reach = Swift.min(literal + 1, ClaimChecker.literalDimensionReach)
        let top = Swift.max(options.numericMaximumDimension, reach)
        // One variable: every dimension beyond the symbolic range up to the maximum.
        if variables.count == 1, beyond <= options.numericMaximumDimension {
            let v = variables[0]
            let values = signed.contains(v) ? negativeBeyond.reversed() : []
            let lowestOrdinary = signed.contains(v) ? lowest : 1
            let more = extra(v).filter { $0 > top || $0 < lowestOrdinary }
            let probed = (probes[v] ?? []).filter { $0 > top && !more.contains($0) }
            for n in Array(beyond...top) + values + more + probed {
                let assignment = [v: n]
                if probed.contains(n) && !withinProbeBudget(assignment) { break }
                if affordable(claim, assignment, nodes) {
                    result.append(assignment)
                } else {
                    capped = true
                }
            }
            if !result.isEmpty { return (result, capped) }
        }
        for shape in 0..<options.numericShapes {
            var maximum = options.numericMaximumDimension
            // The first shape has every dimension beyond the symbolic range.
            var minimum = shape == 0 ? Swift.min(beyond, maximum) : 1
            var assignment: [String: Int] = [:]
            for attempt in 0..<40 {
                if attempt > 0 && attempt % 4 == 0 && maximum > 1 {
                    maximum -= 1
                    minimum = Swift.min(minimum, maximum)
                    capped = true
                }
                assignment = [:]
                for v in variables {
                    let negative = shape == 0 ? negativeBeyond : Array(lowest...0)
                    let values =
                        (signed.contains(v) ? negative : []) + Array(minimum...maximum)
                    assignment[v] = values[Int(generator.next() % UInt64(values.count))]
                }
                if affordable(claim, assignment, nodes) { break }
            }
            result.append(assignment)
        }
        // Several variables: every one at a literal dimension's reach together.
        if reach > options.numericMaximumDimension {
            let assignment = Dictionary(uniqueKeysWithValues: variables.map { ($0, reach) })
            if affordable(claim, assignment, nodes) { result.append(assignment) }
        }
        // Variables written as numbers: the grid of their needed values
        // each, the others small. A function in span{vʲ·bᵛ} of order R_v in
        // each v that vanishes on a grid of R_v consecutive values each is
        // zero (a product p(m)·q(n) can vanish on every line through small
        // values of the other variable); then the probes of variables with
        // no bound.
        let grid = ClaimChecker.grid(neededAxes(claim, dependence))
        var probePoints: [[String: Int]] = []
        for v in probes.keys.sorted() { probePoints += (probes[v] ?? []).map { [v: $0] } }
        let gridPoints = grid.count <= ClaimChecker.maximumGridShapes ? grid : []
        for (index, point) in (gridPoints + probePoints).enumerated() {
            var assignment: [String: Int] = [:]
            for w in variables { assignment[w] = point[w] ?? 1 + Int(generator.next() % 3) }
            if index >= gridPoints.count && !withinProbeBudget(assignment) { break }
            if affordable(claim, assignment, nodes) {
                result.append(assignment)
            } else {
                capped = true
            }
        }
        return (result, capped)
    }

    /// Probes stop when their shapes' symbols have this many entries in total.
    static let probeEntryBudget = 20_000

    /// Values beyond the numeric maximum for each variable written as a
    /// number with no bound (or one over the cap): up to
    /// `max(16, 2L + 2)` with `L` the claim's largest integer literal (at most
    /// ``ScalarDependence/maximumValue``), so `relu(n - 9)` is seen
    /// positive. They can only refute: without a bound nothing is proved.
    func probeValues(
        _ claim: ResolvedClaim, _ dependence: ScalarDependence
    ) -> [String: [Int]] {
        let top = options.numericMaximumDimension
        let reach = Swift.min(
            ScalarDependence.maximumValue,
            Swift.max(16, 2 * ClaimChecker.largestIntegerLiteral(claim) + 2))
        guard reach > top else { return [:] }
        var probes: [String: [Int]] = [:]
        for v in dependence.bounds.keys.sorted()
        where numericValuesNeeded(claim, dependence, v) == nil {
            probes[v] = Array((top + 1)...reach)
        }
        return probes
    }

    /// The largest magnitude of an integer literal in the claim (at most 1000).
    static func largestIntegerLiteral(_ claim: ResolvedClaim) -> Int {
        var stack = claim.claim.definitions.map(\.expression) + [claim.claim.lhs, claim.claim.rhs]
        var largest = 0
        while let e = stack.popLast() {
            if case .number(let c, _) = e, c.isInteger, Swift.abs(c.numerator) <= 1000 {
                largest = Swift.max(largest, Swift.abs(c.numerator))
            }
            stack.append(contentsOf: e.children)
        }
        return largest
    }

    /// At most this many shapes for the grid of the variables written as numbers.
    static let maximumGridShapes = 64
    /// Literal dimensions beyond the numeric maximum are followed up to this size.
    static let literalDimensionReach = 24

    /// The largest dimension of a declared symbol that does not grow with the
    /// dimension variables (its size at the all-ones assignment).
    static func largestLiteralDimension(_ claim: ResolvedClaim) -> Int {
        let ones = Dictionary(uniqueKeysWithValues: claim.dimensionVariables.map { ($0, 1) })
        var largest = 0
        for name in claim.symbols {
            guard let shape = claim.shape(of: name, at: ones) else { continue }
            largest = Swift.max(largest, shape.rows, shape.cols)
        }
        return largest
    }

    /// Every combination of the given values, one value per variable.
    static func grid(_ axes: [(variable: String, values: [Int])]) -> [[String: Int]] {
        var points: [[String: Int]] = [[:]]
        for axis in axes {
            points = points.flatMap { point in
                axis.values.map { value in point.merging([axis.variable: value]) { $1 } }
            }
            if points.count > maximumGridShapes { return points }
        }
        return axes.isEmpty ? [] : points
    }

    package func affordable(
        _ claim: ResolvedClaim, _ assignment: [String: Int], _ nodes: [(DerivativeOperator, String)]
    ) -> Bool {
        var total = 0
        for name in claim.symbols + claim.differentiatedDefinitions.sorted() {
            guard let shape = claim.shape(of: name, at: assignment) else { continue }
            let (count, overflow) = shape.rows.multipliedReportingOverflow(by: shape.cols)
            if overflow { return false }
            total += count
            if total > 4096 { return false }
        }
        if let sides = claim.sideShapes(at: assignment) {
            for s in [sides.lhs, sides.rhs] {
                let (count, overflow) = s.rows.multipliedReportingOverflow(by: s.cols)
                if overflow || count > ClaimEvaluator<Double>.maximumEntries { return false }
            }
        }
        for (op, variable) in nodes {
            let size =
                claim.shape(of: variable, at: assignment).map { ClaimChecker.saturatingSum(0, $0) }
                ?? 0
            if op == .hessian && size > options.maximumHessianVariables { return false }
            if size > options.maximumJacobianVariables { return false }
        }
        return true
    }

    /// `total + rows·cols`, saturating at `Int.max` (shapes of huge declared dimensions).
    package static func saturatingSum(_ total: Int, _ shape: Shape) -> Int {
        let (count, o1) = shape.rows.multipliedReportingOverflow(by: shape.cols)
        let (sum, o2) = total.addingReportingOverflow(count)
        return o1 || o2 ? Int.max : sum
    }

    /// `total + Σ rows·cols`, saturating at `Int.max`.
    static func saturatingSum(_ total: Int, _ shapes: [Shape]) -> Int {
        shapes.reduce(total) { saturatingSum($0, $1) }
    }
}

extension NumericCheck {
    /// Every derivative operator (nested ones too) with its variable.
    package var allDerivativeNodes: [(DerivativeOperator, String)] {
        var nodes: [(DerivativeOperator, String)] = []
        var stack = claim.claim.definitions.map(\.expression) + [claim.claim.lhs, claim.claim.rhs]
        while let e = stack.popLast() {
            if case .derivative(let op, _, let v, _, _) = e { nodes.append((op, v)) }
            stack.append(contentsOf: e.children)
        }
        return nodes
    }
}
