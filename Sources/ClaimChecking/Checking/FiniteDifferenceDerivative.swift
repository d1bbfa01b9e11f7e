import ClaimLanguage
import MatrixNumerics

/// Richardson finite differences of a derivative operator's function, in the
/// operator's layout: the Jacobian `∂vec F/∂(vec X)ᵀ`; the gradient shaped
/// like `X` (its symmetric part for a symmetric `X`); the Hessian. The one
/// implementation behind the checker's veto of forward mode
/// (``NumericCheck``) and the deriver's check of its results against the
/// input (`FiniteDifferenceCheck`). Finite differences evaluate only the
/// function, never a derivative rule, which is what makes them an
/// independent witness for both.
package enum FiniteDifferenceDerivative {
    /// The estimate and its Richardson error estimate, entry by entry.
    /// - Parameters:
    ///   - values: a value for every symbol; `x` is the variable's value.
    ///   - stepScale: the first relative step is `0.0625·stepScale`
    ///     (Jacobians, gradients) or `0.125·stepScale` (Hessians).
    /// - Throws: ``EvaluationFailure/undefined(_:)`` when the function is
    ///   undefined or not finite near the point.
    package static func estimate(
        _ op: DerivativeOperator, of f: Expression, variable: String, at x: Matrix<Double>,
        claim: ResolvedClaim, assignment: [String: Int], values: [String: Matrix<Double>],
        stepScale: Double = 1, levels: Int = 3, deadline: Double = .infinity
    ) throws -> (value: Matrix<Double>, error: Matrix<Double>) {
        let needed = ClaimEvaluator<Double>(claim: claim, assignment: assignment, values: values)
            .neededDefinitions(for: f)
        func evaluate(_ point: [Double]) throws -> [Double] {
            var moved = values
            moved[variable] = try Matrix(rows: x.rows, cols: x.cols, storage: point)
            let e = ClaimEvaluator<Double>(claim: claim, assignment: assignment, values: moved)
            e.deadline = deadline
            let v = try e.evaluate(f, needing: needed).entries
            if v.contains(where: { !$0.isFinite }) {
                throw EvaluationFailure.undefined("non-finite value near the point")
            }
            return v
        }
        switch op {
        case .jacobian, .gradient:
            let d = try FiniteDifferences.jacobian(
                of: { m in Matrix(column: try evaluate(m.entries)) }, at: x,
                method: .richardson(initialRelativeStep: 0.0625 * stepScale, levels: levels))
            guard op == .gradient else { return (d.value, d.errorEstimate) }
            var estimate = try d.value.transposed.unvec(rows: x.rows, cols: x.cols)
            var error = try d.errorEstimate.transposed.unvec(rows: x.rows, cols: x.cols)
            if claim.symmetricSymbols.contains(variable) {
                // The gradient on symmetric matrices is the symmetric part of the
                // unconstrained one.
                estimate = try (estimate + estimate.transposed) / 2
                error = try (error + error.transposed) / 2
            }
            return (estimate, error)
        case .hessian:
            let d = try FiniteDifferences.hessian(
                of: { m in try evaluate(m.entries)[0] }, at: x,
                method: .richardson(initialRelativeStep: 0.125 * stepScale, levels: levels))
            return (d.value, d.errorEstimate)
        }
    }
}
