import MatrixNumerics
import ClaimLanguage
/// Each function propagates the input's error bound through a bound of its
/// derivative on `[a − e, a + e]`, then adds the library's own rounding.
extension BoundedDouble: ElementaryFunctions {
    public static func exp(_ x: BoundedDouble) -> BoundedDouble {
        let v = Double.exp(x.value)
        guard v.isFinite else { return .undefined }
        return libraryResult(v, v * Double.expMinusOne(x.errorBound))
    }

    public static func log(_ x: BoundedDouble) -> BoundedDouble {
        guard x.value > x.errorBound else { return .undefined }
        return libraryResult(Double.log(x.value), -Double.log(onePlus: -x.errorBound / x.value))
    }

    public static func sqrt(_ x: BoundedDouble) -> BoundedDouble {
        guard x.value >= 0 else { return .undefined }
        let v = x.value.squareRoot()
        let low = Swift.max(0, x.value - x.errorBound).squareRoot()
        return rounded(v, x.errorBound == 0 ? 0 : x.errorBound / (v + low))
    }

    public static func sin(_ x: BoundedDouble) -> BoundedDouble {
        libraryResult(Double.sin(x.value), x.errorBound)
    }

    public static func cos(_ x: BoundedDouble) -> BoundedDouble {
        libraryResult(Double.cos(x.value), x.errorBound)
    }

    /// `|tanh′| ≤ 1`.
    public static func tanh(_ x: BoundedDouble) -> BoundedDouble {
        libraryResult(Double.tanh(x.value), x.errorBound)
    }

    /// `|σ′| ≤ 1/4`.
    public static func sigmoid(_ x: BoundedDouble) -> BoundedDouble {
        libraryResult(Double.sigmoid(x.value), x.errorBound / 4)
    }

    /// `|softplus′| ≤ 1`.
    public static func softplus(_ x: BoundedDouble) -> BoundedDouble {
        libraryResult(Double.softplus(x.value), x.errorBound)
    }

    /// `relu` is 1-Lipschitz; at a kink within the error bound it is still
    /// bounded, so no special case is needed.
    public static func relu(_ x: BoundedDouble) -> BoundedDouble {
        BoundedDouble(Double.relu(x.value), errorBound: x.errorBound)
    }

    public static func pow(_ x: BoundedDouble, _ y: BoundedDouble) -> BoundedDouble {
        exp(y * log(x))
    }
}

extension BoundedDouble: RealFunctions {
    public static func expMinusOne(_ x: BoundedDouble) -> BoundedDouble {
        let v = Double.expMinusOne(x.value)
        guard v.isFinite else { return .undefined }
        return libraryResult(v, Double.exp(x.value + x.errorBound) * x.errorBound)
    }

    public static func log(onePlus x: BoundedDouble) -> BoundedDouble {
        guard 1 + x.value > x.errorBound else { return .undefined }
        return libraryResult(
            Double.log(onePlus: x.value), x.errorBound / (1 + x.value - x.errorBound))
    }

    public static func atan2(y: BoundedDouble, x: BoundedDouble) -> BoundedDouble {
        let r = (x.value * x.value + y.value * y.value).squareRoot()
        let e = x.errorBound + y.errorBound
        guard r > e else { return .undefined }
        return libraryResult(Double.atan2(y: y.value, x: x.value), e / (r - e))
    }
}

extension BoundedDouble: ClaimScalar {
    public static func exactNumber(_ value: ExactNumber) -> BoundedDouble {
        BoundedDouble(exactly: Double(value.numerator))
            / BoundedDouble(exactly: Double(value.denominator))
    }

    /// Undefined when the error bound straddles the jump at 0.
    public static func step(_ x: BoundedDouble) -> BoundedDouble {
        if Swift.abs(x.value) <= x.errorBound { return .undefined }
        return BoundedDouble(exactly: x.value > 0 ? 1 : 0)
    }

    public static func userFunction(
        _ function: UserFunction, order: Int, _ x: BoundedDouble
    ) -> BoundedDouble {
        standInFunction(function, order: order, x, literal: { BoundedDouble($0, errorBound: 0) })
    }

    public var isUndefined: Bool { !value.isFinite || !errorBound.isFinite }

    public static func jacobian(
        of function: Expression, withRespectTo variable: String,
        in evaluator: ClaimEvaluator<BoundedDouble>
    ) throws -> Matrix<BoundedDouble> {
        try forwardModeJacobian(of: function, withRespectTo: variable, in: evaluator)
    }
}
