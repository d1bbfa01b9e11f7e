/// The one layout convention for every derivative in this package:
/// **numerator layout**.
///
/// For a map `F: ℝ^(m×n) → ℝ^(p×q)`, `X ↦ F(X)`, the Jacobian is
///
///     J = ∂ vec F / ∂ (vec X)ᵀ,   J[a, b] = ∂ (vec F)[a] / ∂ (vec X)[b],
///
/// of shape `|F| × |X| = (p·q) × (m·n)`, where `vec` stacks columns
/// (column-major, so `(vec X)[i + j·m] = X[i, j]`, the storage order of
/// ``Matrix``). Row `a` is the gradient of one output entry; column `b` is the
/// response of every output to one input entry. With this layout the chain
/// rule reads left to right as on paper, `J(G ∘ F) = J(G) · J(F)`, and the
/// classic identities hold as written:
///
/// - `X ↦ AXB` has Jacobian `Bᵀ ⊗ A` (because `vec(AXB) = (Bᵀ ⊗ A) vec X`),
/// - `X ↦ X⁻¹` has Jacobian `−(X⁻ᵀ ⊗ X⁻¹)`.
///
/// Derived objects, defined from `J`:
///
/// - **JVP** (directional derivative) along `V` (shape of `X`):
///   `dF[V] = lim_{t→0} (F(X + tV) − F(X))/t`, returned in the shape of `F`,
///   with `vec dF[V] = J · vec V`.
/// - **Gradient** of a scalar `f`: returned in the shape of `X`,
///   `∇f[i, j] = ∂f/∂X[i, j]`, i.e. `vec ∇f = Jᵀ` where `J` is the `1 × |X|`
///   numerator-layout Jacobian of `f`.
/// - **Hessian** of a scalar `f`: the `|X| × |X|` matrix
///   `H[a, b] = ∂²f / ∂(vec X)[a] ∂(vec X)[b]`, the numerator-layout Jacobian
///   of `vec ∇f` (symmetric for twice continuously differentiable `f`).
///
/// Every derivative API (``FiniteDifferences``, ``ForwardMode``,
/// ``ComplexStep``) refers here instead of restating the convention.
public enum DerivativeLayout {
    /// The Jacobian's shape `|F| × |X|` for an output of shape `output` and an
    /// input of shape `input`.
    @inlinable
    public static func jacobianShape(output: Shape, input: Shape) -> Shape {
        Shape(output.count, input.count)
    }
}
