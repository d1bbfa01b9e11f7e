// Seed note 000, part 3 of 4: Layer Jacobian and δ recursion (`layer-jacobian`).

extension Note000 {
    static let layerJacobian = Derivation(
        "layer-jacobian", seed: seed, title: "∂z^L/∂w^l = (a^{l-1} ⊗ I_n) δ^l and the δ recursion"
    ) {
        Summary(
            """
                With `δ^l = ∂z^L/∂z^l` (denominator layout, `n × o`), the Jacobian of the network \
                output with respect to the weights of layer `l` is `(a^{l-1} ⊗ I_n) δ^l`; `δ` \
                obeys `δ^l = diag(f'(z^l)) W^{l+1 T} δ^{l+1}` with `δ^L = I`; and `(∂z^L/∂W^l) u` \
                is computed without forming the Jacobian.
                """
        )
        Notation(denominatorLayout + " So `δ^l = jac(z^L, z^l)'` and `∂z^L/∂w^l = jac(z^L, W^l)'`.")
        Notation(
            """
                Layer `l` maps `a^{l-1} ∈ ℝᵐ` to `z^l = W^l a^{l-1} + b^l ∈ ℝⁿ`, `a^l = f(z^l)`; \
                the next (last) layer is `z^L = V a^l + c ∈ ℝᵒ` (the note's `W^{l+1}`). In claims, \
                `a` is `a^{l-1}`, `W` is `W^l`, `V` is `W^{l+1}`.
                """
        )
        Symbols("a: m, W: n x m, b: n, V: o x n, c: o, f: function")
        Define("zl", "W*a + b")
        Define("zL", "V*f(zl) + c")
        layerJacobianDifferentials
        layerJacobianDeltaRecursion
        layerJacobianTimesVector
    }
}
