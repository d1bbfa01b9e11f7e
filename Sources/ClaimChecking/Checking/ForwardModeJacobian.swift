import MatrixNumerics
import ClaimLanguage
extension ClaimScalar where Self: RealFunctions {
    /// `∂vec F/∂(vec X)ᵀ` by forward mode: column `k` is the ε-part of `F`
    /// evaluated in ``Dual`` numbers with `ε` seeded on entry `k` of `vec X`.
    /// Definitions are re-evaluated in dual numbers, so derivatives pass
    /// through `let`. Exact up to the rounding of the base scalar.
    /// - Complexity: |X| evaluations of `F` in `Dual<Self>`.
    public static func forwardModeJacobian(
        of function: Expression, withRespectTo variable: String,
        in evaluator: ClaimEvaluator<Self>
    ) throws -> Matrix<Self> {
        let x = try evaluator.variableValue(variable)
        let lifted = evaluator.values.mapValues { $0.map { Dual<Self>($0) } }
        var columns: [[Self]] = []
        columns.reserveCapacity(x.count)
        var rows = 0
        let needed = evaluator.neededDefinitions(for: function)
        for k in 0..<x.count {
            var values = lifted
            var seeded = x.entries.map { Dual<Self>($0) }
            seeded[k] = Dual<Self>(x.entries[k], .one)
            // A symmetric matrix moves (i, j) and (j, i) together: the total derivative.
            let (i, j) = (k % x.rows, k / x.rows)
            if i != j, evaluator.claim.symmetricSymbols.contains(variable) {
                seeded[j + i * x.rows] = Dual<Self>(x.entries[j + i * x.rows], .one)
            }
            values[variable] = try Matrix(column: seeded).unvec(rows: x.rows, cols: x.cols)
            let inner = ClaimEvaluator<Dual<Self>>(
                claim: evaluator.claim, assignment: evaluator.assignment, values: values,
                complexityBudget: evaluator.complexityBudget)
            inner.deadline = evaluator.deadline
            inner.indexValues = evaluator.indexValues
            let f = try inner.evaluate(function, needing: needed)
            rows = f.count
            columns.append(f.entries.map(\.derivative))
        }
        return try Matrix(rows: rows, cols: x.count, storage: columns.flatMap { $0 })
    }
}
