import ClaimLanguage
import MatrixNumerics

/// Size guards: results and eliminations that would outgrow the budgets
/// throw before they are computed.
extension ClaimEvaluator {
    /// Refuses, before computing it, an exact operation whose entries would
    /// swell past the budget: multiplying or adding rational functions
    /// multiplies their sizes (no gcd is taken), so the estimate is the
    /// product of the operands' largest entry sizes (times the inner
    /// dimension for a matrix product).
    package func guardSwell(_ op: BinaryOperator, _ x: Matrix<S>, _ y: Matrix<S>) throws {
        guard complexityBudget < .max else { return }
        let cx = x.entries.map(\.complexity).max() ?? 0, cy = y.entries.map(\.complexity).max() ?? 0
        let inner = op == .multiply && x.count > 1 && y.count > 1 ? x.cols : 1
        let (product, o1) = cx.multipliedReportingOverflow(by: cy)
        let (estimate, o2) = product.multipliedReportingOverflow(by: inner)
        if o1 || o2 || estimate > 4 * complexityBudget {
            throw EvaluationFailure.budgetExceeded(
                """
                    '\(op.rawValue)' of entries with \(cx) and \(cy) terms would exceed the budget \
                    of \(complexityBudget) terms
                    """
            )
        }
    }

    /// Exact elimination on 3×3 and larger matrices whose entries are
    /// already sums or quotients swells (no gcd is taken): beyond `limit`
    /// terms per entry the symbolic budget is exceeded up front.
    package func guardElimination(_ x: Matrix<S>, _ what: String, limit: Int) throws {
        guard complexityBudget < .max, x.rows >= 3 else { return }
        let worst = x.entries.map(\.complexity).max() ?? 0
        if worst > limit {
            throw EvaluationFailure.budgetExceeded(
                "\(what) of a \(x.rows)×\(x.cols) matrix whose entries have up to \(worst) terms")
        }
    }

    package func requireSize(_ rows: Int, _ cols: Int, _ what: String) throws {
        let (count, overflow) = rows.multipliedReportingOverflow(by: cols)
        if overflow || count > ClaimEvaluator.maximumEntries {
            throw EvaluationFailure.invalidShape(
                """
                    \(what) would have \(rows)×\(cols) entries (limit \
                    \(ClaimEvaluator.maximumEntries))
                    """
            )
        }
    }
}
