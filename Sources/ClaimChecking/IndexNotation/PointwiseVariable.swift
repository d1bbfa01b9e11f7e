/// What a variable of a group's ``Symbolic`` value stands for, at the
/// group's index tuple `T`.
package enum PointwiseVariable: Sendable {
    /// The entry `X[T]` of a matrix symbol whose (split) index ranges are `dimensions`.
    case symbol(name: String, dimensions: [IndexDimension])
    /// A scalar (`1×1`) symbol; index-free.
    case scalarSymbol(String)
    /// A dimension variable used as a number; index-free.
    case dimension(String)
    /// The entry `u[T]` of an index expression that is not pointwise (e.g.
    /// `(W x + b)[i] = Σ_k W[i,k] x[k] + b[i]`), kept whole as the argument of
    /// an elementwise function; `tensor` is its normalised index form.
    case value(IndexedTensor)
    /// The entry `inv(A)[T]`; `symbol` names `A` when it is a plain matrix
    /// symbol, which enables the rule `Σ_k A[i,k] inv(A)[k,j] = δ[i,j]`.
    case inverse(of: IndexedTensor, symbol: String?)
    /// `det(A)`, index-free; `inverse` names the variable of `inv(A)` used by
    /// its derivative `∂det A/∂A[a,b] = det A · inv(A)[b,a]`.
    case determinant(of: IndexedTensor, inverse: String)

    /// Whether the quantity does not depend on the group's indices.
    package var isIndexFree: Bool {
        switch self {
        case .symbol, .inverse: return false
        case .scalarSymbol, .dimension, .determinant: return true
        case .value(let tensor): return tensor.free.isEmpty
        }
    }
}
