import MatrixNumerics
import SymbolicAlgebra
extension SymbolicCheck {
    /// An exact counterexample at a shape where the symbolic sides differ:
    /// an entry whose exact difference evaluates, at a rational point, to a
    /// non-zero rational. Only for differences with no transcendental or
    /// user-function atom (so the evaluation is exact arithmetic, error bound
    /// 0). The checker does not report it directly: its point is handed to
    /// ``CertifiedCheck``, which evaluates the claim as written there, so a
    /// point where a side is undefined (a rewrite such as
    /// `exp(k·log w) = wᵏ` holds only for `w > 0`) is never a witness.
    ///
    /// This refutes claims whose floating-point evaluation cannot, such as
    /// `det(A + A) == det(A - A)`: the right side is exactly 0, which the
    /// numeric check cannot tell from a singular-to-rounding determinant.
    package func exactWitness(at assignment: [String: Int], seed: UInt64) -> Counterexample? {
        guard let (lhs, rhs, values) = exactSides(at: assignment) else { return nil }
        let wide = lhs.count >= rhs.count ? lhs : rhs
        for k in 0..<Swift.max(lhs.count, rhs.count) {
            let l = lhs.count == 1 ? lhs.entries[0] : lhs.entries[k]
            let r = rhs.count == 1 ? rhs.entries[0] : rhs.entries[k]
            guard l != r, !l.isUndefined, !r.isUndefined else { continue }
            let difference = l - r
            guard !difference.hasTranscendentalAtoms,
                case .nonZero(let witness) = difference.testForZero(seed: seed),
                let exactPoint = witness.exactPoint, let exactValue = witness.exactValue,
                !exactValue.isZero,
                let lv = l.evaluateExactly(at: exactPoint),
                let rv = r.evaluateExactly(at: exactPoint)
            else { continue }
            // The point as matrices, for display: every symbol entry the difference uses.
            var point: [String: [[Double]]] = [:]
            for (name, matrix) in values {
                let rows = (0..<matrix.rows).map { i in
                    (0..<matrix.cols).map { j in
                        let v = SymbolicCheck.variable(name, i, j, matrix.shape)
                        return exactPoint[v]?.doubleValue ?? 0
                    }
                }
                if matrix.entries.contains(where: {
                    !Set($0.variables).isDisjoint(with: exactPoint.keys)
                }) {
                    point[name] = rows
                }
            }
            return Counterexample(
                assignment: assignment, seed: seed, row: k % wide.rows, col: k / wide.rows,
                lhs: lv.doubleValue, rhs: rv.doubleValue,
                residual: Swift.abs(exactValue.doubleValue), errorBound: 0, point: point)
        }
        return nil
    }
}

extension SymbolicCheck {
    /// Both sides in exact arithmetic at `assignment` (within the term budget
    /// and the deadline), with the symbols' values; `nil` when they cannot be
    /// evaluated or their shapes do not match.
    func exactSides(
        at assignment: [String: Int]
    ) -> (lhs: Matrix<Symbolic>, rhs: Matrix<Symbolic>, values: [String: Matrix<Symbolic>])? {
        guard let values = try? values(at: assignment) else { return nil }
        let evaluator = ClaimEvaluator<Symbolic>(
            claim: claim, assignment: assignment, values: values,
            complexityBudget: options.symbolicTermBudget)
        evaluator.deadline = deadline
        guard let (lhs, rhs) = try? evaluator.evaluateSides(),
            lhs.shape == rhs.shape || lhs.count == 1 || rhs.count == 1
        else { return nil }
        return (lhs, rhs, values)
    }

    /// The point of ``exactWitness(at:seed:)`` as exact intervals for every
    /// symbol (entries the difference does not use are 0).
    func exactWitnessPoint(
        at assignment: [String: Int], seed: UInt64
    ) -> [String: Matrix<CertifiedInterval>]? {
        guard let witness = exactWitness(at: assignment, seed: seed),
            let values = try? values(at: assignment)
        else {
            return nil
        }
        var point: [String: Matrix<CertifiedInterval>] = [:]
        for (name, matrix) in values {
            guard
                let m = try? Matrix<CertifiedInterval>(
                    rows: matrix.rows, cols: matrix.cols,
                    { i, j in
                        let entry =
                            witness.point[name].flatMap {
                                i < $0.count && j < $0[i].count ? $0[i][j] : nil
                            } ?? 0
                        // The exact points are small integers and halves: exact in `Double`.
                        return CertifiedInterval(exactly: entry)
                    })
            else { return nil }
            point[name] = m
        }
        return point
    }
}
