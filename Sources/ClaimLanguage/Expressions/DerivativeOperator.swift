/// The derivative operators (numerator layout).
public enum DerivativeOperator: String, Hashable, Sendable, CaseIterable {
    /// `jac(F, X)` = ∂vec F/∂(vec X)ᵀ, shape |F|×|X|.
    case jacobian = "jac"
    /// `grad(f, X)` for a scalar `f`: ∂f/∂X, shaped like `X`.
    case gradient = "grad"
    /// `hess(f, X)` = ∂²f/∂vec X ∂(vec X)ᵀ, shape |X|×|X|.
    case hessian = "hess"
}
