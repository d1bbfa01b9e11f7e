import MatrixNumerics
import ClaimLanguage
extension Double: ClaimScalar {
    public static func exactNumber(_ value: ExactNumber) -> Double { value.doubleValue }
    public static func step(_ x: Double) -> Double { x > 0 ? 1 : 0 }
    public static func userFunction(_ function: UserFunction, order: Int, _ x: Double) -> Double {
        standInFunction(function, order: order, x, literal: { $0 })
    }
    public var isUndefined: Bool { !isFinite }
    /// Forward mode: ``Dual`` numbers through the evaluator.
    public static func jacobian(
        of function: Expression, withRespectTo variable: String,
        in evaluator: ClaimEvaluator<Double>
    ) throws -> Matrix<Double> {
        try forwardModeJacobian(of: function, withRespectTo: variable, in: evaluator)
    }
}
