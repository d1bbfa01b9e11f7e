/// The layout a note writes its derivatives in.
///
/// - ``numerator``: `∂F/∂X` is `|F|×|X|`, the claim language's `jac(F, X)`.
/// - ``denominator``: `∂F/∂X` is `|X|×|F|`, `jac(F, X)ᵀ`.
///
/// In both, the derivative of a scalar `f` by `X` is shaped like `X`
/// (`grad(f, X)`), and a second derivative is the Hessian `hess(f, x)`.
public enum DerivativeLayout: String, Hashable, Sendable, CaseIterable {
    case numerator
    case denominator
}
