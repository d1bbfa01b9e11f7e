import ClaimChecking
import ClaimLanguage
import MatrixNumerics

/// An independent check of a derived result against Richardson finite
/// differences of the input function, at one seeded point: every dimension
/// variable set to `dimension`, entries drawn from `[0.5, 1.5)` (positive,
/// so `log` and `sqrt` are defined) with `dimension` added on the diagonal
/// of square matrices (so determinants are positive); symmetric matrices
/// are symmetrised. Only plain derivative variables (not `vec(X)`, `X'`).
public enum FiniteDifferenceCheck {
    /// The outcome at one point.
    public struct Outcome: Sendable {
        /// The largest `|result − FD|` over the entries.
        public let maximumDifference: Double
        /// The tolerance: `10 × FD error estimate + 1e-8 × max(1, |result|)`, per entry.
        public let passed: Bool
    }

    /// The seeded point described above: every dimension variable set to
    /// `dimension`, a value for every symbol; `nil` if a shape is not positive.
    public static func point(
        for claim: ResolvedClaim, dimension: Int = 3, seed: UInt64 = 7
    ) throws
        -> (assignment: [String: Int], values: [String: Matrix<Double>])?
    {
        var assignment: [String: Int] = [:]
        for v in claim.dimensionVariables { assignment[v] = dimension }
        var generator = SplitMix64(seed: seed)
        var values: [String: Matrix<Double>] = [:]
        for name in claim.symbols {
            guard let shape = claim.shape(of: name, at: assignment) else { return nil }
            var m = try Matrix<Double>(rows: shape.rows, cols: shape.cols) { _, _ in
                0.5 + generator.nextUnitInterval()
            }
            if shape.rows == shape.cols && shape.rows > 1 {
                if claim.symmetricSymbols.contains(name) { m = try (m + m.transposed) / 2 }
                for i in 0..<shape.rows { m[i, i] += Double(shape.rows) }
            }
            values[name] = m
        }
        return (assignment, values)
    }

    /// Compares `result.result` with finite differences of the input; `nil`
    /// when the input's variable is reparametrised or the point is undefined.
    public static func check(
        _ result: DeriveResult, dimension: Int = 3, seed: UInt64 = 7
    ) throws
        -> Outcome?
    {
        guard let derived = result.result else { return nil }
        let claim = try Claim(parsingExpression: result.input).resolve()
        guard case .derivative(let op, let f, let variable, _, _) = claim.claim.lhs,
            DerivativeVariable(variable).form == .plain
        else { return nil }
        guard let (assignment, values) = try point(for: claim, dimension: dimension, seed: seed)
        else { return nil }
        let evaluator = ClaimEvaluator<Double>(claim: claim, assignment: assignment, values: values)
        let value = try evaluator.evaluate(derived)
        guard let x = values[variable] else { return nil }
        // The checker's finite differences (one implementation): they evaluate
        // only the input function, so they are independent of the derived result.
        let estimate: Matrix<Double>, error: Matrix<Double>
        do {
            (estimate, error) = try FiniteDifferenceDerivative.estimate(
                op, of: f, variable: variable, at: x, claim: claim, assignment: assignment,
                values: values)
        } catch EvaluationFailure.undefined {
            return nil
        }
        guard estimate.count == value.count else {
            return Outcome(maximumDifference: .infinity, passed: false)
        }
        var worst = 0.0
        var passed = true
        for k in 0..<value.count {
            let difference = Swift.abs(value.entries[k] - estimate.entries[k])
            guard difference.isFinite else { return nil }
            worst = Swift.max(worst, difference)
            if difference > 10 * error.entries[k] + 1e-8 * Swift.max(1, Swift.abs(value.entries[k]))
            {
                passed = false
            }
        }
        return Outcome(maximumDifference: worst, passed: passed)
    }
}
