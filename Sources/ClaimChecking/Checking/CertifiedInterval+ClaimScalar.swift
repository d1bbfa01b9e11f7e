import ClaimLanguage
import MatrixNumerics
import SymbolicAlgebra

extension CertifiedInterval: ClaimScalar {
    /// The exact literal `p/q`.
    public static func exactNumber(_ value: ExactNumber) -> CertifiedInterval {
        guard let r = try? Rational(value.numerator, value.denominator) else { return .undefined }
        return CertifiedInterval(r)
    }

    /// `1` for `x > 0`, `0` for `x ≤ 0` (as documented, `step(0) = 0`);
    /// undefined when the interval straddles the jump (`lower ≤ 0 < upper`).
    public static func step(_ x: CertifiedInterval) -> CertifiedInterval {
        if x.isUndefined { return x }
        if x.lower.signum > 0 { return .one }
        if x.upper.signum <= 0 { return .zero }
        return .undefined
    }

    /// The numeric check's stand-in (``ElementaryFunctions/standInFunction(_:order:_:literal:)``),
    /// with its `Double` parameters taken exactly.
    public static func userFunction(
        _ function: UserFunction, order: Int, _ x: CertifiedInterval
    )
        -> CertifiedInterval
    {
        standInFunction(function, order: order, x, literal: { CertifiedInterval(exactly: $0) })
    }

    /// Enclosures are exact in the sense that matters to the evaluator: an
    /// interval `[0, 0]` is a true zero (so an exactly singular matrix has
    /// determinant 0), and small determinants and inverses use cofactors,
    /// which need no pivoting.
    public static var isExact: Bool { true }

    /// Forward mode in ``Dual`` intervals: derivatives are enclosed too.
    public static func jacobian(
        of function: Expression, withRespectTo variable: String,
        in evaluator: ClaimEvaluator<CertifiedInterval>
    ) throws -> Matrix<CertifiedInterval> {
        try forwardModeJacobian(of: function, withRespectTo: variable, in: evaluator)
    }
}
