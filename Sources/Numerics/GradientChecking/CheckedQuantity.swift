/// Which derivative a check compared.
public enum CheckedQuantity: String, Sendable, Equatable, CustomStringConvertible {
    case gradient
    case jacobian
    case jacobianVectorProduct = "Jacobian-vector product (J v)"
    case vectorJacobianProduct = "vector-Jacobian product (uᵀ J)"
    case hessianVectorProduct = "Hessian-vector product (H v)"
    case hessian

    public var description: String { rawValue }
}
