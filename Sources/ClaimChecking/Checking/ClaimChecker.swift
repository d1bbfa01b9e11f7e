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
        // How the claim depends on variables written as numbers: computed
        // once (it evaluates reductions exactly to find hidden counts).
        let dependence = ScalarDependence(claim)
        let (symbolicShapes, skipped) = symbolicAssignments(claim, dependence, notes: &notes)
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
            let (assignments, capped) = numericAssignments(claim, dependence)
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
                let larger = numericAssignments(claim, dependence).0.filter {
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
                // The exact zeros of kink arguments (`step(x - 1)` at x = 1).
                extra += check.exactKinkPoints(at: assignment, seed: options.seed)
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
}
