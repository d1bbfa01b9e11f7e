import ClaimLanguage
import MatrixNumerics
import SymbolicAlgebra

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
        Rational(0), Rational(1), Rational(-1), (try? Rational(1, 2)) ?? Rational(0),
        Rational(2), Rational(-2), (try? Rational(-1, 2)) ?? Rational(0), Rational(3),
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
                    let variable = SymbolicCheck.variable(name, i, j, shape)
                    slots.append(Slot(name: name, i: i, j: j, variable: variable))
                }
            }
        }
        guard !slots.isEmpty, slots.count <= CounterexampleShrinker.maximumEntries else {
            return nil
        }
        var budget = CounterexampleShrinker.maximumEvaluations
        let exactSides = exactSides(at: assignment)

        func refutes(_ values: [Int]) -> SimpleCounterexample? {
            guard budget > 0, MonotonicClock.seconds() < deadline else { return nil }
            budget -= 1
            let point = values.map { CounterexampleShrinker.candidates[$0] }
            return evaluate(
                point, slots: slots, shapes: shapes, assignment: assignment,
                exactSides: exactSides)
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
    typealias Sides = (lhs: Matrix<Symbolic>, rhs: Matrix<Symbolic>)

    func exactSides(at assignment: [String: Int]) -> Sides? {
        guard claim.differentiatedDefinitions.isEmpty else { return nil }
        let check = SymbolicCheck(claim: claim, options: options, deadline: deadline)
        guard let values = try? check.values(at: assignment) else { return nil }
        let evaluator = ClaimEvaluator<Symbolic>(
            claim: claim, assignment: assignment, values: values,
            complexityBudget: options.symbolicTermBudget)
        evaluator.deadline = deadline
        guard let (lhs, rhs) = try? evaluator.evaluateSides(),
            lhs.shape == rhs.shape || lhs.count == 1 || rhs.count == 1,
            !(lhs.entries + rhs.entries).contains(where: Self.notRational)
        else {
            return nil
        }
        return (lhs, rhs)
    }

    func evaluate(
        _ point: [Rational], slots: [Slot], shapes: [String: Shape],
        assignment: [String: Int], exactSides: Sides?
    ) -> SimpleCounterexample? {
        var byVariable: [Variable: Rational] = [:]
        var matrices: [String: [[Rational]]] = [:]
        for (name, shape) in shapes {
            let row = Array(repeating: Rational(0), count: shape.cols)
            matrices[name] = Array(repeating: row, count: shape.rows)
        }
        for (slot, value) in zip(slots, point) {
            byVariable[slot.variable] = value
            matrices[slot.name]?[slot.i][slot.j] = value
            if claim.symmetricSymbols.contains(slot.name) {
                matrices[slot.name]?[slot.j][slot.i] = value
            }
        }
        let shown = Set(slots.map(\.name))
        let display = matrices.filter { shown.contains($0.key) }
            .mapValues { $0.map { $0.map(\.description) } }
        if let (lhs, rhs) = exactSides {
            let rows = Swift.max(lhs.rows, rhs.rows)
            for k in 0..<Swift.max(lhs.count, rhs.count) {
                let l = lhs.count == 1 ? lhs.entries[0] : lhs.entries[k]
                let r = rhs.count == 1 ? rhs.entries[0] : rhs.entries[k]
                guard let lv = l.evaluateExactly(at: byVariable),
                    let rv = r.evaluateExactly(at: byVariable)
                else { return nil }
                // Only where both sides as written are defined: the normal
                // forms may be defined where the claim is not (`x ./ x` is 1).
                if lv != rv && definedAsWritten(matrices, assignment) {
                    return SimpleCounterexample(
                        assignment: assignment, point: display, row: k % rows, col: k / rows,
                        lhs: lv.description, rhs: rv.description, exact: true)
                }
            }
            return nil
        }
        var values: [String: Matrix<BoundedDouble>] = [:]
        for (name, entries) in matrices {
            let cols = entries.first?.count ?? 1
            guard
                let m = try? Matrix<BoundedDouble>(
                    rows: entries.count, cols: cols,
                    { i, j in
                        BoundedDouble(exactly: entries[i][j].doubleValue)
                    })
            else { return nil }
            values[name] = m
        }
        let evaluator = ClaimEvaluator<BoundedDouble>(
            claim: claim, assignment: assignment, values: values)
        evaluator.deadline = deadline
        guard let (lhs, rhs) = try? evaluator.evaluateSides(),
            lhs.shape == rhs.shape || lhs.count == 1 || rhs.count == 1,
            !(lhs.entries + rhs.entries).contains(where: \.isUndefined)
        else { return nil }
        let comparison = NumericCheck(claim: claim, options: options, deadline: deadline)
            .compare(lhs, rhs)
        guard let worst = comparison.worst,
            worst.residual > options.refutationFactor * worst.bound
        else { return nil }
        return SimpleCounterexample(
            assignment: assignment, point: display,
            row: worst.row, col: worst.col,
            lhs: CounterexampleShrinker.decimal(worst.lhs),
            rhs: CounterexampleShrinker.decimal(worst.rhs), exact: false)
    }

    /// Whether both sides of the claim as written are defined at the exact
    /// point (128-bit interval arithmetic over exact rationals).
    func definedAsWritten(_ matrices: [String: [[Rational]]], _ assignment: [String: Int]) -> Bool {
        var values: [String: Matrix<CertifiedInterval>] = [:]
        for (name, entries) in matrices {
            guard
                let m = try? Matrix<CertifiedInterval>(
                    rows: entries.count, cols: entries.first?.count ?? 1,
                    { i, j in CertifiedInterval(entries[i][j]) })
            else { return false }
            values[name] = m
        }
        let certified = CertifiedCheck(claim: claim, deadline: deadline)
        guard let (lhs, rhs) = certified.enclosures(at: assignment, values: values, bits: 128)
        else { return false }
        return !(lhs.entries + rhs.entries).contains(where: \.isUndefined)
    }

    /// Whether an entry is undefined or has a transcendental or function atom.
    static func notRational(_ x: Symbolic) -> Bool { x.isUndefined || x.hasTranscendentalAtoms }

    /// Six significant digits.
    static func decimal(_ x: Double) -> String {
        let rounded = (x * 1e6).rounded() / 1e6
        let integral = rounded == rounded.rounded() && Swift.abs(rounded) < 1e15
        return integral ? String(Int(rounded)) : "\(rounded)"
    }
}
