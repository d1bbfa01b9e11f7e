import SymbolicAlgebra
/// The factors of a term that share one index tuple, multiplied into one
/// exact scalar: `value` evaluated at `indices`.
///
/// The value is a ``Symbolic`` whose variables are *pointwise* quantities
/// registered by ``IndexTranslator``: a matrix symbol `X` means the entry
/// `X[indices]`, an elementwise atom `σ(z)` means `σ(z[indices])`, `#n` the
/// dimension `n`, `c` a scalar symbol. So `A ⊙ σ(B)` at `(i, j)` is the single
/// group `A·σ(B)` at `(i, j)`, and the Hadamard algebra is the algebra of
/// ``Symbolic`` (with its chain rule and its cancellations).
package struct IndexGroup: Sendable {
    /// The index tuple (may repeat an index, as in `X[i,i]`).
    package var indices: [TensorIndex]
    /// The product of the factors at that tuple.
    package var value: Symbolic
}
