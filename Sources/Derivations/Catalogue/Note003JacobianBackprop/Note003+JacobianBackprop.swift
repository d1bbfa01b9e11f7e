// Seed note 003, part 2 of 2: Backprop with layer Jacobians (`jacobian-backprop`).

extension Note003 {
    static let jacobianBackprop = Derivation(
        "jacobian-backprop", seed: seed,
        title:
            """
                Backpropagation with layer Jacobians: ∂E/∂θ^r = (J_θ^r)ᵀ ∂E/∂y^r, ∂E/∂y^r = \
                (J_y^{r+1})ᵀ ∂E/∂y^{r+1}
                """
    ) {
        Summary(
            """
                With `y^r = f^r(y^{r−1}, θ^r)` and the layer Jacobian `J^r = [J_y^r J_θ^r]`, the \
                gradient with respect to the parameters of layer `r` is `(J_θ^r)ᵀ ∂E/∂y^r`, and \
                `∂E/∂y^r` is propagated back by `(J_y^{r+1})ᵀ`.
                """
        )
        Notation(
            """
                The note's `∂E/∂θ^r` is a column (denominator layout) and `J^r` is numerator \
                layout, so `(J_θ^r)ᵀ ∂E/∂y^r` is our `jac(y^r, θ^r)' * grad(E, y^r)`. The layer is \
                `y^r = s(W y^{r−1} + b)` with `θ^r = vec(W)`; `E = Σ e(y^L)` with a user function \
                `e`, so `∂E/∂y^L = e'(y^L)`.
                """
        )
        Notation(
            """
                In the textbook example, `v^r` is the pre-activation, `w_{kj}^{r+1}` connects \
                neuron `j` of layer `r` to neuron `k` of layer `r+1` (our `V[k, j]`).
                """
        )
        Symbols("yp: q, W: k x q, b: k, V: o x k, c: o, s: function, t: function, e: function")
        Define("yr", "s(W*yp + b)")
        Define("yL", "t(V*yr + c)")
        Define("E", "sum(e(yL))")
        jacobianBackpropRecursions
        jacobianBackpropTextbook
    }
}
