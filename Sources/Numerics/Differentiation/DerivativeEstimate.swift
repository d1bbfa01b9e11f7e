/// A numerically estimated derivative with an entrywise error estimate.
///
/// `errorEstimate[i, j]` is designed as a conservative bound on
/// `|value[i, j] − exact[i, j]|` (truncation estimated from the difference of
/// tableau levels, with a safety factor, plus a rounding term `~ u·max|F|/h`).
/// It is an estimate, not a proof: a function that is not smooth at the scale
/// of the steps can defeat it. Layout: see ``DerivativeLayout``.
public struct DerivativeEstimate: Sendable, Equatable {
    /// The estimated derivative.
    public var value: Matrix<Double>
    /// The entrywise error estimate, of the same shape as ``value``.
    public var errorEstimate: Matrix<Double>

    /// Creates an estimate; the two matrices must have the same shape.
    /// - Throws: ``MatrixError/shapeMismatch(operation:lhs:rhs:reason:)``.
    public init(value: Matrix<Double>, errorEstimate: Matrix<Double>) throws {
        guard value.shape == errorEstimate.shape else {
            throw MatrixError.shapeMismatch(
                operation: "derivative estimate", lhs: value.shape, rhs: errorEstimate.shape,
                reason: "value and error estimate must have the same shape")
        }
        self.value = value
        self.errorEstimate = errorEstimate
    }

    /// The largest entry of the error estimate.
    public var maximumErrorEstimate: Double { errorEstimate.entries.max() ?? 0 }

    /// Whether `|value − exact| ≤ errorEstimate` holds in every entry.
    /// - Throws: ``MatrixError/shapeMismatch(operation:lhs:rhs:reason:)`` when
    ///   `exact` has another shape.
    public func bounds(_ exact: Matrix<Double>) throws -> Bool {
        guard exact.shape == value.shape else {
            throw MatrixError.shapeMismatch(
                operation: "error bound check", lhs: value.shape, rhs: exact.shape,
                reason: "estimate and reference must have the same shape")
        }
        for k in 0..<value.count
        where !(Swift.abs(value.entries[k] - exact.entries[k]) <= errorEstimate.entries[k]) {
            return false
        }
        return true
    }
}
