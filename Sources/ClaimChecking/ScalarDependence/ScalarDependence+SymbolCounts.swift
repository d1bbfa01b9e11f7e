import ClaimLanguage
import MatrixNumerics
import SymbolicAlgebra

extension ScalarDependence {
    /// Variables that a reduction over symbols turns into a number:
    /// `sum(x ./ x) = n`, `tr(X*inv(X)) = n`, `sum(exp(0*x)) = n`.
    ///
    /// The syntax does not show these (``hiddenCounts(_:_:)`` sees only
    /// reductions of dimension-only expressions), so each reduction (`tr`,
    /// `sum`, `det`, `norm`, a product, outside derivative operators) is
    /// evaluated exactly at two small shapes: every variable 2, and then
    /// one variable 3. A 1×1 value with no symbol left that differs between
    /// the two is a count of that variable, which has no bound
    /// (`relu(sum(x ./ x) - 9)*sum(x) == 0` holds at n ≤ 9 only). Counts the
    /// exact engine does not reduce to a constant are not found. The search
    /// is bounded: at most 32 reductions, 2,000 terms, a quarter second.
    static func symbolCounts(_ claim: ResolvedClaim) -> Set<String> {
        let variables = claim.dimensionVariables
        if variables.isEmpty || claim.symbols.isEmpty { return [] }
        var candidates: [Expression] = []
        var stack = claim.claim.definitions.map(\.expression) + [claim.claim.lhs, claim.claim.rhs]
        while let e = stack.popLast(), candidates.count < 32 {
            switch e {
            case .derivative:
                continue
            case .call(.tr, _, _), .call(.sum, _, _), .call(.det, _, _), .call(.norm, _, _),
                .binary(.multiply, _, _, _):
                if mentionsSymbol(e, claim) { candidates.append(e) }
            default:
                break
            }
            stack.append(contentsOf: e.children)
        }
        if candidates.isEmpty { return [] }
        let deadline = MonotonicClock.seconds() + 0.25
        let base = Dictionary(uniqueKeysWithValues: variables.map { ($0, 2) })
        let check = SymbolicCheck(claim: claim, options: CheckOptions())
        func constants(_ assignment: [String: Int]) -> [Rational?] {
            guard let values = try? check.values(at: assignment) else {
                return candidates.map { _ in nil }
            }
            return candidates.map { e in
                if MonotonicClock.seconds() > deadline { return nil }
                let evaluator = ClaimEvaluator<Symbolic>(
                    claim: claim, assignment: assignment, values: values,
                    complexityBudget: 2_000)
                evaluator.deadline = deadline
                guard let m = try? evaluator.evaluate(e), m.count == 1 else { return nil }
                return m.entries[0].constantValue
            }
        }
        let atBase = constants(base)
        if atBase.allSatisfy({ $0 == nil }) { return [] }
        var found: Set<String> = []
        for v in variables {
            var other = base
            other[v] = 3
            for (a, b) in zip(atBase, constants(other)) {
                if let a, let b, a != b { found.insert(v) }
            }
        }
        return found
    }

    /// Whether `e` names a declared symbol (through `let` definitions).
    static func mentionsSymbol(_ e: Expression, _ claim: ResolvedClaim) -> Bool {
        let symbols = Set(claim.symbols)
        var definitions: [String: Expression] = [:]
        for d in claim.claim.definitions { definitions[d.name] = d.expression }
        var stack = [e]
        var visited = 0
        while let x = stack.popLast(), visited < 10_000 {
            visited += 1
            if case .symbol(let name, _) = x {
                if symbols.contains(name) { return true }
                if let d = definitions[name] { stack.append(d) }
            }
            stack.append(contentsOf: x.children)
        }
        return false
    }
}
