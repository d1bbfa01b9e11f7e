import ClaimLanguage
import MatrixNumerics
import SymbolicAlgebra

extension ClaimEvaluator {
    /// `Mᵏ` (`|k| ≥ 2`) over exact symbolic entries when `M` — or `M⁻¹`
    /// for `k < 0`, an adjugate over the determinant — has one common
    /// denominator `d`: `Nᵏ / dᵏ` with the numerators `N` multiplied as
    /// polynomials (``Matrix/powerOverCommonDenominator(_:)``), and the
    /// size estimate of ``power(_:_:)`` taken on the numerators. `nil` when
    /// the entries are not symbolic or have no common denominator.
    func powerOverCommonDenominator(_ base: Matrix<S>, _ k: Int) throws -> Matrix<S>? {
        guard S.isExact, base.rows > 1, Swift.abs(k) > 1, base is Matrix<Symbolic> else {
            return nil
        }
        let b = k < 0 ? try inverse(ofValue: base) : base
        guard let symbolic = b as? Matrix<Symbolic>, let parts = symbolic.commonDenominator
        else { return nil }
        let terms = parts.numerators.entries.map(\.numerator.terms.count).max() ?? 1
        try requirePowerEstimate(termsPerEntry: terms, size: base.rows, k)
        let result = try matrixOperation {
            try symbolic.powerOverCommonDenominator(Swift.abs(k))
        }
        return result as? Matrix<S>
    }

    /// Exact powers multiply sizes: `(n·c)^|k|` for `c` terms per entry of an
    /// `n×n` base is estimated before computing, and beyond four times the
    /// term budget the symbolic budget is exceeded.
    func requirePowerEstimate(termsPerEntry c: Int, size n: Int, _ k: Int) throws {
        guard complexityBudget < .max, Swift.abs(k) > 1 else { return }
        let (factor, overflow) = Swift.max(1, c).multipliedReportingOverflow(by: n)
        var estimate = 1
        for _ in 0..<Swift.abs(k) {
            let (next, tooLarge) = estimate.multipliedReportingOverflow(by: factor)
            if overflow || tooLarge || next > 4 * complexityBudget {
                throw EvaluationFailure.budgetExceeded(
                    "a power with exponent \(k) of entries with \(factor) terms would exceed the "
                        + "budget")
            }
            estimate = next
        }
    }
}
