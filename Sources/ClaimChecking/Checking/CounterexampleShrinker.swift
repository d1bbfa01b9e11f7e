import ClaimLanguage
import MatrixNumerics
import SymbolicAlgebra

/// A counterexample a student can check by hand: the smallest shape that
/// refutes, and entries from `0, ±1, ±½, ±2, 3`.
public struct SimpleCounterexample: Hashable, Sendable, CustomStringConvertible {
    /// The dimension variables' values.
    public let assignment: [String: Int]
    /// Every symbol's entries, exactly (`"1/2"`), row by row.
    public let point: [String: [[String]]]
    /// The zero-based entry where the sides differ.
    public let row: Int
    public let col: Int
    /// The two sides there: exact rationals when `exact`, else decimals.
    public let lhs: String
    public let rhs: String
    /// Whether the sides were evaluated in exact rational arithmetic (error
    /// bound 0); otherwise in floating point with the residual more than the
    /// refutation factor above its rounding-error bound.
    public let exact: Bool

    public var description: String {
        let values = point.keys.sorted().map { name -> String in
            let rows = point[name] ?? []
            if rows.count == 1 && rows[0].count == 1 { return "\(name) = \(rows[0][0])" }
            if rows.allSatisfy({ $0.count == 1 }) { return "\(name) = (\(rows.map { $0[0] }.joined(separator: ", ")))" }
            return "\(name) = [" + rows.map { "[" + $0.joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
        }
        let shape = assignment.isEmpty ? "" : "at \(ShapeAssignment.describe(assignment)), "
        return "\(shape)\(values.joined(separator: ", ")): entry [\(row + 1),\(col + 1)] is \(lhs) on the left and "
            + "\(rhs) on the right" + (exact ? " (exact)" : " (floating point, far above its error bound)")
    }
}

/// Shrinks a counterexample to simple exact entries.
///
/// At the counterexample's shape (the smallest the checker found), candidate
/// points with entries from ``candidates`` are tried — every entry equal,
/// then seeded random choices — and the first that refutes is simplified one
/// entry at a time, each replaced by the simplest candidate that still
/// refutes. A point refutes when some entry of the two sides differs:
/// exactly, by rational evaluation of the symbolic sides, when the claim has
/// no transcendental or user-function atom; otherwise in ``BoundedDouble``
/// with the checker's refutation factor. Soundness is unchanged: the
/// random-point counterexample stays the verdict's evidence.
struct CounterexampleShrinker {
    let claim: ResolvedClaim
    let options: CheckOptions
    let deadline: Double

    /// The entries tried, simplest first.
    static let candidates: [Rational] = [
        Rational(0), Rational(1), Rational(-1), (try? Rational(1, 2)) ?? Rational(0), Rational(2), Rational(-2),
        (try? Rational(-1, 2)) ?? Rational(0), Rational(3),
    ]
    /// The most symbol entries shrunk; larger shapes keep the random point only.
    static let maximumEntries = 32
    /// The most evaluations spent on one counterexample.
    static let maximumEvaluations = 400

    /// One entry of one symbol (symmetric matrices share `(i, j)` and `(j, i)`).
    struct Slot {
        let name: String
        let i: Int
        let j: Int
        let variable: Variable
    }

    func shrink(_ counterexample: Counterexample) -> SimpleCounterexample? {
        let assignment = counterexample.assignment
        var slots: [Slot] = []
        var shapes: [String: Shape] = [:]
        let used = usedSymbols()
        for name in claim.symbols {
            guard let shape = claim.shape(of: name, at: assignment) else { return nil }
            shapes[name] = shape
            guard used.contains(name) else { continue }
            let symmetric = claim.symmetricSymbols.contains(name)
            for j in 0..<shape.cols {
                for i in 0..<shape.rows where !symmetric || i <= j {
                    slots.append(Slot(name: name, i: i, j: j, variable: SymbolicCheck.variable(name, i, j, shape)))
                }
            }
        }
        guard !slots.isEmpty, slots.count <= CounterexampleShrinker.maximumEntries else { return nil }
        var budget = CounterexampleShrinker.maximumEvaluations
        let exactSides = exactSides(at: assignment)

        func refutes(_ values: [Int]) -> SimpleCounterexample? {
            guard budget > 0, MonotonicClock.seconds() < deadline else { return nil }
            budget -= 1
            let point = values.map { CounterexampleShrinker.candidates[$0] }
            return evaluate(point, slots: slots, shapes: shapes, assignment: assignment, exactSides: exactSides)
        }

        let count = CounterexampleShrinker.candidates.count
        var start: [Int]?
        for v in 0..<count where start == nil {
            let values = [Int](repeating: v, count: slots.count)
            if refutes(values) != nil { start = values }
        }
        var state = counterexample.seed &+ 0x9E37_79B9_7F4A_7C15
        for _ in 0..<40 where start == nil {
            var values: [Int] = []
            for _ in slots {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                values.append(Int((state >> 33) % UInt64(count)))
            }
            if refutes(values) != nil { start = values }
        }
        guard var current = start else { return nil }
        for k in current.indices {
            for v in 0..<current[k] {
                var trial = current
                trial[k] = v
                if refutes(trial) != nil {
                    current = trial
                    break
                }
            }
        }
        budget = Swift.max(budget, 1)
        return refutes(current)
    }

    /// The symbols the two sides use, directly or through `let` definitions
    /// (a context may declare more): only these are shrunk and shown.
    func usedSymbols() -> Set<String> {
        var names = ClaimEvaluator<Double>.referencedNames(claim.claim.lhs)
            .union(ClaimEvaluator<Double>.referencedNames(claim.claim.rhs))
        for definition in claim.claim.definitions.reversed() where names.contains(definition.name) {
            names.formUnion(ClaimEvaluator<Double>.referencedNames(definition.expression))
        }
        return names
    }

    /// Both sides over symbolic entries, when they are rational functions
    /// (no atoms) and no definition was freed for a derivative.
    func exactSides(at assignment: [String: Int]) -> (lhs: Matrix<Symbolic>, rhs: Matrix<Symbolic>)? {
        guard claim.differentiatedDefinitions.isEmpty else { return nil }
        let check = SymbolicCheck(claim: claim, options: options, deadline: deadline)
        guard let values = try? check.values(at: assignment) else { return nil }
        let evaluator = ClaimEvaluator<Symbolic>(claim: claim, assignment: assignment, values: values,
                                                 complexityBudget: options.symbolicTermBudget)
        evaluator.deadline = deadline
        guard let (lhs, rhs) = try? evaluator.evaluateSides(),
              lhs.shape == rhs.shape || lhs.count == 1 || rhs.count == 1,
              !(lhs.entries + rhs.entries).contains(where: { $0.isUndefined || $0.hasTranscendentalAtoms }) else {
            return nil
        }
        return (lhs, rhs)
    }

    func evaluate(_ point: [Rational], slots: [Slot], shapes: [String: Shape], assignment: [String: Int],
                  exactSides: (lhs: Matrix<Symbolic>, rhs: Matrix<Symbolic>)?) -> SimpleCounterexample? {
        var byVariable: [Variable: Rational] = [:]
        var matrices: [String: [[Rational]]] = [:]
        for (name, shape) in shapes {
            matrices[name] = Array(repeating: Array(repeating: Rational(0), count: shape.cols), count: shape.rows)
        }
        for (slot, value) in zip(slots, point) {
            byVariable[slot.variable] = value
            matrices[slot.name]?[slot.i][slot.j] = value
            if claim.symmetricSymbols.contains(slot.name) { matrices[slot.name]?[slot.j][slot.i] = value }
        }
        let shown = Set(slots.map(\.name))
        let display = matrices.filter { shown.contains($0.key) }.mapValues { $0.map { $0.map(\.description) } }
        if let (lhs, rhs) = exactSides {
            let rows = Swift.max(lhs.rows, rhs.rows)
            for k in 0..<Swift.max(lhs.count, rhs.count) {
                let l = lhs.count == 1 ? lhs.entries[0] : lhs.entries[k]
                let r = rhs.count == 1 ? rhs.entries[0] : rhs.entries[k]
                guard let lv = l.evaluateExactly(at: byVariable), let rv = r.evaluateExactly(at: byVariable) else {
                    return nil
                }
                if lv != rv {
                    return SimpleCounterexample(assignment: assignment, point: display, row: k % rows, col: k / rows,
                                                lhs: lv.description, rhs: rv.description, exact: true)
                }
            }
            return nil
        }
        var values: [String: Matrix<BoundedDouble>] = [:]
        for (name, entries) in matrices {
            guard let m = try? Matrix<BoundedDouble>(rows: entries.count, cols: entries.first?.count ?? 1, { i, j in
                BoundedDouble(exactly: entries[i][j].doubleValue)
            }) else { return nil }
            values[name] = m
        }
        let evaluator = ClaimEvaluator<BoundedDouble>(claim: claim, assignment: assignment, values: values)
        evaluator.deadline = deadline
        guard let (lhs, rhs) = try? evaluator.evaluateSides(),
              lhs.shape == rhs.shape || lhs.count == 1 || rhs.count == 1,
              !(lhs.entries + rhs.entries).contains(where: \.isUndefined) else { return nil }
        let comparison = NumericCheck(claim: claim, options: options, deadline: deadline).compare(lhs, rhs)
        guard let worst = comparison.worst, worst.residual > options.refutationFactor * worst.bound else { return nil }
        return SimpleCounterexample(assignment: assignment, point: display, row: worst.row, col: worst.col,
                                    lhs: CounterexampleShrinker.decimal(worst.lhs),
                                    rhs: CounterexampleShrinker.decimal(worst.rhs), exact: false)
    }

    /// Six significant digits.
    static func decimal(_ x: Double) -> String {
        let rounded = (x * 1e6).rounded() / 1e6
        return rounded == rounded.rounded() && Swift.abs(rounded) < 1e15 ? String(Int(rounded)) : "\(rounded)"
    }
}
