import MatrixNumerics
import SymbolicAlgebra
import ClaimLanguage
extension Symbolic: ClaimScalar {
    public static func exactNumber(_ value: ExactNumber) -> Symbolic {
        guard let r = try? Rational(value.numerator, value.denominator) else { return Symbolic.zero / Symbolic.zero }
        return Symbolic(r)
    }

    public static func userFunction(_ function: UserFunction, order: Int, _ x: Symbolic) -> Symbolic {
        elementwise(ElementwiseFunction(function.name, derivativesVanishFromOrder: function.vanishingOrder),
                    derivativeOrder: order, x)
    }

    public static var isExact: Bool { true }

    /// Terms in the numerator and denominator.
    public var complexity: Int { numerator.terms.count + denominator.terms.count }

    /// Exact differentiation of every entry of `F` with respect to every
    /// entry variable of `X` (the evaluator holds `X` as variables).
    public static func jacobian(of function: Expression, withRespectTo variable: String,
                                in evaluator: ClaimEvaluator<Symbolic>) throws -> Matrix<Symbolic> {
        guard let x = evaluator.values[variable] else {
            // A differentiated definition is a free symbol in the symbolic check.
            throw EvaluationFailure.internalError("no symbolic variables for '\(variable)'")
        }
        let f = try evaluator.evaluate(function)
        let variables = (0..<x.count).map { SymbolicCheck.variable(variable, $0 % x.rows, $0 / x.rows, x.shape) }
        return try Matrix(rows: f.count, cols: x.count) { i, k in
            let d = f.entries[i].derivative(withRespectTo: variables[k])
            if d.complexity > evaluator.complexityBudget {
                throw EvaluationFailure.budgetExceeded("a derivative has \(d.complexity) terms (budget \(evaluator.complexityBudget))")
            }
            return d
        }
    }
}
