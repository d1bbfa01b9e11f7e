import MatrixNumerics
/// Seed note 001: `vec(AXB) = (Bᵀ ⊗ A) vec X`, the layer Hessians with respect
/// to `W^l` and `b^l`, sigmoid + binary cross-entropy, and the `Q^l` recursion.
///
/// Each derivation is a file of its own in `Note001LayerHessians/`.
enum Note001 {
    static let seed = "001_6ddf747029886e15.txt"
    static let derivations = [vecKronecker, layerHessians, crossEntropy, qRecursion]
    static let unclaimed: [UnclaimedLines] = [
        UnclaimedLines(7, .setup, "the layer: z^l = W^l a^{l-1} + b^l"),
        UnclaimedLines(
            19, .garbled,
            """
                the definition of ∇_{W^l} z^l for differentials, but the leading `\\vec{r}` is \
                unreadable: no vector r exists in the note (probably a garbled 又, “also”)
                """
        ),
        UnclaimedLines(25, .setup, "the definition of P^l for differentials, ②"),
        UnclaimedLines(
            29, .garbled, "line 19 repeated, with the same unreadable leading `\\vec{r}`"),
        UnclaimedLines(
            77, .garbled,
            """
                z^{l+1} = (1/n) Σ_i z_i − z: vector arrows and a mean that fit nothing around it; \
                unreadable as part of the derivation
                """
        ),
        UnclaimedLines(
            79...83, .setup, "definitions: Q^{l+1} = ∇²J, δ^{l+1} = ∇J, and the cross-entropy J"),
        UnclaimedLines(99, .setup, "a^{l+1} = sigmoid(z^{l+1}), written s(z^{l+1})"),
        UnclaimedLines(119, .setup, "assumption: ∇_{z^{l+1}} J = δ^{l+1} is known"),
        UnclaimedLines(123, .setup, "the next layer: z^{l+1} = W^{l+1} a^l + b^{l+1}"),
    ]

    static let gradientLayout = """
        The note's `∇_X y` is in **denominator layout**: `∇_W z` is `∂z/∂vec(W)` arranged \
        `mn × n` (one column per entry of `z`), i.e. our `jac(z, W)'`; `∇²_X J` is our \
        `hess(J, X)` (symmetric, so the layouts agree); `Q^l = ∇²_{z^l} J = hess(J, z^l)`.
        """
}
