import MatrixNumerics
/// A `Double` with a running bound on its accumulated rounding error
/// (running error analysis, Wilkinson 1963; Higham, *Accuracy and
/// Stability of Numerical Algorithms*, §3.3).
///
/// Every operation returns the rounded result `v` and a bound `e` with
/// `|v − exact| ≤ e` to first order, where `exact` is the result of the same
/// formula in exact real arithmetic on the exact inputs:
///
/// - `(a ± b)`: `e = e_a + e_b + u|v|`
/// - `(a · b)`: `e = |a|e_b + |b|e_a + e_a e_b + u|v|`
/// - `(a / b)`: `e = (e_a + |v| e_b)/(|b| − e_b) + u|v|` (undefined if `|b| ≤ e_b`)
/// - `f(a)`: `e = L_f e_a + c·u|v|` with `L_f` a bound of `|f′|` near `a` and
///   `c` covering the library function's own error,
///
/// with `u = 2⁻⁵³`, plus `2⁻¹⁰⁷⁴` per operation for underflow. The numeric check compares both
/// sides of a claim with
/// these bounds: a residual far above `e_lhs + e_rhs` is a counterexample,
/// one within it agrees to working precision. No fixed tolerance is used.
public struct BoundedDouble: Sendable, Equatable {
    /// The computed value.
    public var value: Double
    /// A bound on `|value − exact|`.
    public var errorBound: Double

    /// The unit roundoff `u = 2⁻⁵³`.
    public static let unitRoundoff = 0x1p-53

    /// A value with the given error bound.
    public init(_ value: Double, errorBound: Double) {
        self.value = value
        self.errorBound = errorBound
    }

    /// An exactly known value (error bound 0).
    public init(exactly value: Double) {
        self.init(value, errorBound: 0)
    }

    /// `value` rounded from an exact result: error `u|value|`.
    /// The `2⁻¹⁰⁷⁴` term covers underflow: rounding into the subnormal
    /// range has an absolute (not relative) error of at most half that.
    @inlinable package static func rounded(_ value: Double, _ propagated: Double) -> BoundedDouble {
        BoundedDouble(value, errorBound: propagated + unitRoundoff * Swift.abs(value) + 0x1p-1074)
    }

    /// A library function's result: propagated error plus a few ulps.
    @inlinable package static func libraryResult(
        _ value: Double, _ propagated: Double
    ) -> BoundedDouble {
        BoundedDouble(
            value,
            errorBound: propagated + 4 * unitRoundoff * Swift.abs(value)
                + Double.leastNormalMagnitude)
    }

    package static let undefined = BoundedDouble(.nan, errorBound: .infinity)
}

extension BoundedDouble: CustomStringConvertible {
    /// `v ± e`.
    public var description: String { "\(value) ± \(errorBound)" }
}

extension BoundedDouble: Ring {
    public static var zero: BoundedDouble { BoundedDouble(exactly: 0) }
    public static var one: BoundedDouble { BoundedDouble(exactly: 1) }
    /// Exact for `|n| ≤ 2⁵³`, else rounded.
    public init(_ integer: Int) {
        let v = Double(integer)
        self.init(
            v,
            errorBound: integer.magnitude <= (1 << 53)
                ? 0 : BoundedDouble.unitRoundoff * Swift.abs(v))
    }
    public static func + (a: BoundedDouble, b: BoundedDouble) -> BoundedDouble {
        rounded(a.value + b.value, a.errorBound + b.errorBound)
    }
    public static func - (a: BoundedDouble, b: BoundedDouble) -> BoundedDouble {
        rounded(a.value - b.value, a.errorBound + b.errorBound)
    }
    public static func * (a: BoundedDouble, b: BoundedDouble) -> BoundedDouble {
        rounded(
            a.value * b.value,
            Swift.abs(a.value) * b.errorBound + Swift.abs(b.value) * a.errorBound + a.errorBound
                * b.errorBound)
    }
    public static prefix func - (a: BoundedDouble) -> BoundedDouble {
        BoundedDouble(-a.value, errorBound: a.errorBound)
    }
    /// Exactly zero: value 0 with no error (a zero with an error bound is
    /// not skipped by sparse kernels, so its error still propagates).
    public var isZero: Bool { value == 0 && errorBound == 0 }
}

extension BoundedDouble: Field {
    public static func / (a: BoundedDouble, b: BoundedDouble) -> BoundedDouble {
        let denominator = Swift.abs(b.value) - b.errorBound
        guard denominator > 0 else { return .undefined }
        let v = a.value / b.value
        return rounded(v, (a.errorBound + Swift.abs(v) * b.errorBound) / denominator)
    }
}

extension BoundedDouble: RealValued, PivotingStrategy {
    public var realValue: Double { value }
    public var pivotMagnitude: Double? { Swift.abs(value) }
}
