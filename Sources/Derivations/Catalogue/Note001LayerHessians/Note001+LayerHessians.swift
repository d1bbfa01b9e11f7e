// Seed note 001, part 2 of 4: Layer Hessians (`layer-hessians`).

extension Note001 {
    static let layerHessians = Derivation(
        "layer-hessians", seed: seed, title: "The Hessian of the loss with respect to W^l and b^l"
    ) {
        Summary(
            """
                For `z = z(W)` and `J = J(z)`: `∇_W J = ∇_W z ∇_z J` and `∇²_W J = P (∇_z J ⊗ \
                I_mn) + (∇_W z) Q (∇_W z)ᵀ` with `P = ∇²_W z`, `Q = ∇²_z J`; for a layer `z^l = \
                W^l a^{l-1} + b^l`, `∇_W z = a^{l-1} ⊗ I_n`, `∇_b z = I_n`, `P = 0`, and `∇²_b J = \
                Q`.
                """
        )
        Notation(gradientLayout)
        Notation(
            """
                To check the general formula with `P ≠ 0` we use a nonlinear `z(W) = g(W a)` (user \
                function `g`) and a separable loss `J = Σ_k l(z_k)` (user function `l`), so `∇_z J \
                = l'(z)` and `Q = diag(l''(z))`. `P = ∇²_W z` is the note's `mn × mn²` matrix with \
                `vec(d∇_W z) = Pᵀ vec(dW)`, i.e. `jac(jac(z, W)', W)'`.
                """
        )
        Notation(
            """
                The chain at the top of the note annotates `a^{l-1}` as `n × 1` and writes \
                `a^{l+1} = f_l(z^l)`; both are checked below as shape statements.
                """
        )
        Notation(
            """
                The note's line `z^{l+1} = (1/n) Σ_i z_i − z` stands alone, unrelated to the steps \
                around it; it is not encoded.
                """
        )
        Symbols("a: m, W: n x m, b: n, g: function, l: function")
        Define("zg", "g(W*a)")
        Define("zl", "W*a + b")
        layerHessiansWeights
        layerHessiansBias
        layerHessiansLinearLayer
    }
}
