import SymbolicAlgebra
extension SymbolicCheck {
    /// An exact counterexample at a shape where the symbolic sides differ:
    /// an entry whose exact difference evaluates, at a rational point, to a
    /// non-zero rational. Only for differences with no transcendental or
    /// user-function atom (so the evaluation is exact arithmetic, error bound
    /// 0) and only when no `let`-defined name was freed for a derivative (a
    /// difference of the freed form is no refutation of the claim itself).
    ///
    /// This refutes claims whose floating-point evaluation cannot, such as
    /// `det(A + A) == det(A - A)`: the right side is exactly 0, which the
    /// numeric check cannot tell from a singular-to-rounding determinant.
    package func exactWitness(at assignment: [String: Int], seed: UInt64) -> Counterexample? {
        guard claim.differentiatedDefinitions.isEmpty else { return nil }
        guard let values = try? values(at: assignment) else { return nil }
        let evaluator = ClaimEvaluator<Symbolic>(claim: claim, assignment: assignment, values: values,
                                                 complexityBudget: options.symbolicTermBudget)
        evaluator.deadline = deadline
        guard let (lhs, rhs) = try? evaluator.evaluateSides(),
              lhs.shape == rhs.shape || lhs.count == 1 || rhs.count == 1 else { return nil }
        let wide = lhs.count >= rhs.count ? lhs : rhs
        for k in 0..<Swift.max(lhs.count, rhs.count) {
            let l = lhs.count == 1 ? lhs.entries[0] : lhs.entries[k]
            let r = rhs.count == 1 ? rhs.entries[0] : rhs.entries[k]
            guard l != r, !l.isUndefined, !r.isUndefined else { continue }
            let difference = l - r
            guard !difference.hasTranscendentalAtoms,
                  case .nonZero(let witness) = difference.testForZero(seed: seed),
                  let exactPoint = witness.exactPoint, let exactValue = witness.exactValue, !exactValue.isZero,
                  let lv = l.evaluateExactly(at: exactPoint), let rv = r.evaluateExactly(at: exactPoint) else { continue }
            // The point as matrices, for display: every symbol entry the difference uses.
            var point: [String: [[Double]]] = [:]
            for (name, matrix) in values {
                let rows = (0..<matrix.rows).map { i in
                    (0..<matrix.cols).map { j in
                        let v = SymbolicCheck.variable(name, i, j, matrix.shape)
                        return exactPoint[v]?.doubleValue ?? 0
                    }
                }
                if matrix.entries.contains(where: { !Set($0.variables).isDisjoint(with: exactPoint.keys) }) {
                    point[name] = rows
                }
            }
            return Counterexample(assignment: assignment, seed: seed, row: k % wide.rows, col: k / wide.rows,
                                  lhs: lv.doubleValue, rhs: rv.doubleValue,
                                  residual: Swift.abs(exactValue.doubleValue), errorBound: 0, point: point)
        }
        return nil
    }
}
