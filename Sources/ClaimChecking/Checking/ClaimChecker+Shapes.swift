import MatrixNumerics
import ClaimLanguage
import SymbolicAlgebra

/// The shapes a check covers: the symbolic cube, the numeric shapes beyond
/// it, probes and grids for variables written as numbers, and their costs.
extension ClaimChecker {
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
        symbolicAssignments(claim, ScalarDependence(claim), notes: &notes)
    }

    /// ``symbolicAssignments(_:notes:)`` with the claim's dependence on its
    /// variables written as numbers already computed (one per check).
    func symbolicAssignments(
        _ claim: ResolvedClaim, _ dependence: ScalarDependence, notes: inout [String]
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
        chosen += polynomialValues(claim, dependence)
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
        numericAssignments(claim, ScalarDependence(claim))
    }

    /// ``numericAssignments(_:)`` with the claim's dependence already computed.
    func numericAssignments(
        _ claim: ResolvedClaim, _ dependence: ScalarDependence
    ) -> ([[String: Int]], Bool) {
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
