#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MatrixNumerics
import ClaimLanguage

/// Proves, verifies or refutes a claim.
///
/// 1. **Symbolic**: for every assignment of the dimension variables in
///    `1...3` (largest first, within a size budget) both sides are built
///    over fully symbolic entries and compared exactly.
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
    /// - Throws: ``ClaimError`` for syntax, name and shape errors.
    public func check(_ text: String, context: ClaimContext = ClaimContext()) throws -> CheckReport {
        try check(try Claim(parsing: text, context: context))
    }

    /// Resolves and checks a parsed claim.
    /// - Throws: ``ClaimError`` for name and shape errors.
    public func check(_ claim: Claim) throws -> CheckReport {
        check(try claim.resolve())
    }

    /// Checks a resolved claim. Never throws: every failure is part of the report.
    public func check(_ claim: ResolvedClaim) -> CheckReport {
        let start = MonotonicClock.seconds()
        let deadline = start + options.timeBudget
        var notes: [String] = claim.notes

        // 1. Symbolic, largest shapes first.
        let symbolicShapes = symbolicAssignments(claim, notes: &notes)
        var symbolic: [SymbolicShapeResult] = []
        for assignment in symbolicShapes {
            let t = MonotonicClock.seconds()
            let outcome = SymbolicCheck(claim: claim, options: options, deadline: deadline).outcome(at: assignment)
            symbolic.append(SymbolicShapeResult(assignment: assignment, outcome: outcome, seconds: MonotonicClock.seconds() - t))
        }

        // 2. Numeric: small shapes without an exact verdict (smallest first,
        //    to find the smallest counterexample), then random larger shapes.
        let check = NumericCheck(claim: claim, options: options, deadline: deadline)
        var numeric: [NumericShapeResult] = []
        var results: [NumericCheck.Result] = []
        let smallShapes = symbolic.filter {
            if case .equal = $0.outcome { return false }
            if case .notApplicable = $0.outcome { return false }
            return true
        }.map(\.assignment).sorted { ClaimChecker.size($0) < ClaimChecker.size($1) }
        let allNodes = check.allDerivativeNodes
        for (index, assignment) in smallShapes.enumerated() where affordable(claim, assignment, allNodes) {
            let r = check.run(at: assignment, baseSeed: options.seed &+ UInt64(1000 + index), points: options.pointsPerShape)
            results.append(r)
            numeric.append(r.summary)
            if r.counterexample != nil { break }
        }
        if !results.contains(where: { $0.counterexample != nil }) {
            let (assignments, capped) = numericAssignments(claim)
            if capped { notes.append("numeric dimensions were drawn smaller to keep derivative checks affordable") }
            if assignments.isEmpty { notes.append("no numeric shape is affordable (symbols or derivative variables too large)") }
            for (index, assignment) in assignments.enumerated() {
                guard affordable(claim, assignment, allNodes) else {
                    notes.append("\(ShapeAssignment.describe(assignment)): too large for the numeric check (more than 4096 symbol entries or a derivative variable beyond the limits)")
                    continue
                }
                let points = claim.dimensionVariables.isEmpty ? options.pointsPerShape * options.numericShapes : options.pointsPerShape
                let r = check.run(at: assignment, baseSeed: options.seed &+ UInt64(index), points: points)
                results.append(r)
                numeric.append(r.summary)
            }
        }
        for r in numeric { if let note = r.note { notes.append("\(ShapeAssignment.describe(r.assignment)): \(note)") } }

        var verdict = decide(symbolic: symbolic, numeric: results, freed: claim.differentiatedDefinitions, notes: &notes)
        // 3. Where no floating-point point refutes, an exact rational point can:
        //    at the smallest shape whose exact difference is non-zero.
        switch verdict {
        case .proved, .refuted: break
        case .holdsNumerically, .inconclusive:
            var exact = SymbolicCheck(claim: claim, options: options)
            exact.deadline = start + options.timeBudget
            let differing = symbolic.filter { $0.outcome == .differs }.map(\.assignment)
                .sorted { ClaimChecker.size($0) < ClaimChecker.size($1) }
            for assignment in differing {
                if let witness = exact.exactWitness(at: assignment, seed: options.seed) {
                    notes.append("refuted by exact rational arithmetic (error bound 0): no floating-point point tried showed the difference")
                    verdict = .refuted(witness)
                    break
                }
            }
        }
        // 4. Every counterexample is shown with simple exact entries when some exist.
        if case .refuted(var counterexample) = verdict, options.shrinkCounterexamples {
            counterexample.simple = CounterexampleShrinker(claim: claim, options: options, deadline: deadline)
                .shrink(counterexample)
            verdict = .refuted(counterexample)
        }
        return CheckReport(source: claim.claim.source, verdict: verdict, symbolic: symbolic, numeric: numeric,
                           seed: options.seed, notes: notes, seconds: MonotonicClock.seconds() - start)
    }

    package func decide(symbolic: [SymbolicShapeResult], numeric: [NumericCheck.Result], freed: Set<String> = [],
                notes: inout [String]) -> Verdict {
        // Refuted: the smallest-shape counterexample.
        let counterexamples = numeric.compactMap(\.counterexample)
        if let best = counterexamples.min(by: { a, b in
            let sa = ClaimChecker.size(a.assignment), sb = ClaimChecker.size(b.assignment)
            return sa != sb ? sa < sb : a.significance > b.significance
        }) {
            return .refuted(best)
        }
        if let disagreement = numeric.compactMap(\.finiteDifferenceDisagreement).first {
            return .inconclusive(reason: disagreement)
        }
        let evaluated = numeric.filter { !$0.undefinedEverywhere }
        if numeric.contains(where: \.unclear) {
            return .inconclusive(reason: "at some point the two sides differ by more than their rounding-error bound but not by enough to refute")
        }
        let equalShapes = symbolic.filter { $0.outcome == .equal }
        let applicable = symbolic.filter { if case .notApplicable = $0.outcome { return false } else { return true } }
        let allEqual = !applicable.isEmpty && equalShapes.count == applicable.count
        if evaluated.isEmpty {
            if numeric.isEmpty && allEqual { return .proved }
            if numeric.isEmpty {
                return .inconclusive(reason: "no shape was small enough for the numeric check, and no exact proof at every symbolic shape")
            }
            return .inconclusive(reason: "both sides could not be evaluated at any point tried (\(numeric.compactMap(\.summary.note).first ?? "undefined"))")
        }
        if allEqual { return .proved }
        var reasons: [String] = []
        let budget = symbolic.filter { if case .budgetExceeded = $0.outcome { return true } else { return false } }
        let differs = symbolic.filter { $0.outcome == .differs }
        if applicable.isEmpty { reasons.append("no symbolic shape could be checked") }
        if !budget.isEmpty {
            var text = "symbolic budget exceeded at \(budget.map { ShapeAssignment.describe($0.assignment) }.joined(separator: "; "))"
            if case .budgetExceeded(let why) = budget[0].outcome { text += " (\(why))" }
            reasons.append(text)
        }
        if !differs.isEmpty {
            reasons.append("the exact difference is non-zero at \(differs.map { ShapeAssignment.describe($0.assignment) }.joined(separator: "; ")) yet vanishes at every point tried (\(freed.isEmpty ? "a rule the symbolic engine lacks" : "the symbolic check treats \(freed.sorted().joined(separator: ", ")) as free, since derivatives are taken with respect to \(freed.count == 1 ? "it" : "them")"))")
        }
        if !equalShapes.isEmpty { reasons.append("exact at \(equalShapes.count) shape\(equalShapes.count == 1 ? "" : "s")") }
        return .holdsNumerically(reason: reasons.joined(separator: "; "))
    }

    // MARK: Shapes

    package static func size(_ assignment: [String: Int]) -> Int { assignment.values.reduce(0, +) }

    /// Every assignment in `1...symbolicMaximumDimension`, largest first,
    /// within the entry budget; at most `symbolicMaximumShapes` (keeping the
    /// all-ones assignment).
    package func symbolicAssignments(_ claim: ResolvedClaim, notes: inout [String]) -> [[String: Int]] {
        let all = ShapeAssignment.all(claim.dimensionVariables, maximum: options.symbolicMaximumDimension)
        var withinBudget: [([String: Int], Int)] = []
        var skipped = 0
        for a in all {
            var entries = 0
            for name in claim.symbols + claim.differentiatedDefinitions.sorted() {
                guard let s = claim.shape(of: name, at: a) else { continue }
                let (count, o1) = s.rows.multipliedReportingOverflow(by: s.cols)
                let (sum, o2) = entries.addingReportingOverflow(count)
                entries = o1 || o2 ? Int.max : sum
            }
            if entries <= options.symbolicEntryBudget { withinBudget.append((a, entries)) } else { skipped += 1 }
        }
        withinBudget.sort { $0.1 != $1.1 ? $0.1 > $1.1 : ClaimChecker.size($0.0) > ClaimChecker.size($1.0) }
        var chosen = withinBudget.map(\.0)
        if chosen.count > options.symbolicMaximumShapes {
            let smallest = chosen.last
            chosen = Array(chosen.prefix(options.symbolicMaximumShapes - 1))
            if let smallest { chosen.append(smallest) }
            skipped += withinBudget.count - chosen.count
        }
        if skipped > 0 { notes.append("\(skipped) symbolic shape\(skipped == 1 ? "" : "s") skipped (size budget and shape cap)") }
        return chosen
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
        for _ in 0..<options.numericShapes {
            var maximum = options.numericMaximumDimension
            var assignment: [String: Int] = [:]
            for attempt in 0..<40 {
                if attempt > 0 && attempt % 4 == 0 && maximum > 1 { maximum -= 1; capped = true }
                assignment = [:]
                for v in variables { assignment[v] = 1 + Int(generator.next() % UInt64(maximum)) }
                if affordable(claim, assignment, nodes) { break }
            }
            result.append(assignment)
        }
        return (result, capped)
    }

    package func affordable(_ claim: ResolvedClaim, _ assignment: [String: Int], _ nodes: [(DerivativeOperator, String)]) -> Bool {
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
            let size = claim.shape(of: variable, at: assignment).map { ClaimChecker.saturatingSum(0, $0) } ?? 0
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
