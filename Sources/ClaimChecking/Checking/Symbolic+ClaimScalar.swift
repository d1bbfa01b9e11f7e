import MatrixNumerics
import SymbolicAlgebra
import ClaimLanguage
extension Symbolic: ClaimScalar {
    public static func exactNumber(_ value: ExactNumber) -> Symbolic {
        guard let r = try? Rational(value.numerator, value.denominator) else {
            return Symbolic.zero / Symbolic.zero
        }
        return Symbolic(r)
    }

    public static func userFunction(_ function: UserFunction, order: Int, _ x: Symbolic) -> Symbolic
    {
        elementwise(
            ElementwiseFunction(function.name, derivativesVanishFromOrder: function.vanishingOrder),
            derivativeOrder: order, x)
    }

    public static var isExact: Bool { true }

    /// Terms in the numerator and denominator.
    public var complexity: Int { numerator.terms.count + denominator.terms.count }

    /// Exact differentiation of every entry of `F` with respect to every
    /// entry variable of `X` (the evaluator holds `X` as variables).
    ///
    /// For a `let`-defined `z = g(…)`, `jac(F, z)` is the partial derivative
    /// of `F` with `z` independent, at `z = g(…)`: `F` is built with fresh
    /// variables for `z`'s entries, differentiated, and then `g(…)` is
    /// substituted for them. Everywhere else `z` is its definition, so the
    /// exact check decides the claim itself, not a freer one.
    public static func jacobian(
        of function: Expression, withRespectTo variable: String,
        in evaluator: ClaimEvaluator<Symbolic>
    ) throws -> Matrix<Symbolic> {
        let x: Matrix<Symbolic>, f: Matrix<Symbolic>
        var substitution: [Variable: Symbolic] = [:]
        if let value = evaluator.values[variable] {
            x = value
            f = try evaluator.evaluate(function)
        } else {
            let value = try evaluator.variableValue(variable)
            x = try Matrix<Symbolic>(rows: value.rows, cols: value.cols) { i, j in
                Symbolic(SymbolicCheck.variable(variable, i, j, value.shape))
            }
            for k in 0..<value.count {
                substitution[
                    SymbolicCheck.variable(variable, k % value.rows, k / value.rows, value.shape)] =
                    value.entries[k]
            }
            var values = evaluator.values
            values[variable] = x
            let inner = ClaimEvaluator<Symbolic>(
                claim: evaluator.claim, assignment: evaluator.assignment, values: values,
                complexityBudget: evaluator.complexityBudget)
            inner.deadline = evaluator.deadline
            f = try inner.evaluate(function)
        }
        // A symmetric matrix's entries (i, j) and (j, i) are one variable: the total derivative.
        let symmetric = evaluator.claim.symmetricSymbols.contains(variable)
        let variables = (0..<x.count).map { k -> Variable in
            let (i, j) = (k % x.rows, k / x.rows)
            return symmetric
                ? SymbolicCheck.variable(variable, Swift.min(i, j), Swift.max(i, j), x.shape)
                : SymbolicCheck.variable(variable, i, j, x.shape)
        }
        // Row i: every partial derivative of entry i, its squared denominator formed once.
        var rows: [[Symbolic]] = []
        rows.reserveCapacity(f.count)
        for i in 0..<f.count {
            if MonotonicClock.seconds() > evaluator.deadline {
                throw EvaluationFailure.budgetExceeded("time budget exceeded while differentiating")
            }
            // Refused before its numerator is multiplied out when the
            // squared denominator alone is over the budget.
            guard
                var row = f.entries[i].partialDerivatives(
                    withRespectTo: variables, termLimit: evaluator.complexityBudget)
            else {
                throw EvaluationFailure.budgetExceeded(
                    """
                        a derivative's squared denominator exceeds the term budget \
                        (\(evaluator.complexityBudget))
                        """
                )
            }
            if !substitution.isEmpty { row = row.map { $0.substituting(substitution) } }
            for d in row where d.complexity > evaluator.complexityBudget {
                throw EvaluationFailure.budgetExceeded(
                    "a derivative has \(d.complexity) terms (budget \(evaluator.complexityBudget))")
            }
            rows.append(row)
        }
        return try Matrix(rows: f.count, cols: x.count) { i, k in rows[i][k] }
    }
}
