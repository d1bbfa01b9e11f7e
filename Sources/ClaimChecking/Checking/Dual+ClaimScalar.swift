import MatrixNumerics
import ClaimLanguage
extension Dual: ClaimScalar where Base: ClaimScalar {
    public static func exactNumber(_ value: ExactNumber) -> Dual { Dual(Base.exactNumber(value)) }
    /// The step is locally constant: its derivative is zero away from `0`.
    public static func step(_ x: Dual) -> Dual { Dual(Base.step(x.value)) }
    /// `f⁽ᵏ⁾(a + bε) = f⁽ᵏ⁾(a) + f⁽ᵏ⁺¹⁾(a)·b·ε`.
    public static func userFunction(_ function: UserFunction, order: Int, _ x: Dual) -> Dual {
        Dual(
            Base.userFunction(function, order: order, x.value),
            Base.userFunction(function, order: order + 1, x.value) * x.derivative)
    }
    public var isUndefined: Bool { value.isUndefined || derivative.isUndefined }
    /// Forward mode again: nested duals give second derivatives.
    public static func jacobian(
        of function: Expression, withRespectTo variable: String,
        in evaluator: ClaimEvaluator<Dual>
    ) throws -> Matrix<Dual> {
        try forwardModeJacobian(of: function, withRespectTo: variable, in: evaluator)
    }
}
