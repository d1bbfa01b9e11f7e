// Seed note 004, part 1 of 2: Backpropagation (`higham-backprop`).

extension Note004 {
    static let backprop = Derivation(
        "higham-backprop", seed: seed,
        title: "Backpropagation for the quadratic cost: δ^{[L]}, the δ recursion, ∂C/∂b and ∂C/∂w"
    ) {
        Summary(
            """
                For `C = ½‖y − a^{[L]}‖²`: `δ^{[L]} = σ'(z^{[L]}) ⊙ (a^{[L]} − y)`, `δ^{[l]} = \
                σ'(z^{[l]}) ⊙ (W^{[l+1]})ᵀ δ^{[l+1]}`, `∂C/∂b^{[l]} = δ^{[l]}` and \
                `∂C/∂w^{[l]}_{jk} = δ^{[l]}_j a^{[l−1]}_k`.
                """
        )
        Notation(notation)
        Notation(
            """
                The note starts twice: a first attempt (defining `δ` from `H`, marked `HW 3/1`) \
                and the answer (`<ans>`), which defines `δ` from the cost `C`. Both are encoded.
                """
        )
        Reference(
            """
                Higham & Higham (2019), Lemma 5.1: the same four equations, with `(W^{[l+1]})ᵀ \
                δ^{[l+1]}` in the recursion.
                """
        )
        Symbols("x: n0, W1: n1 x n0, b1: n1, W2: n2 x n1, b2: n2, y: n2")
        Define("z1", "W1*x + b1")
        Define("a1", "sigmoid(z1)")
        Define("z2", "W2*a1 + b2")
        Define("a2", "sigmoid(z2)")
        Define("C", "0.5 * (y - a2)' * (y - a2)")
        Define("d2", "sigmoid(z2) .* (1 - sigmoid(z2)) .* (a2 - y)")
        Define("d1", "sigmoid(z1) .* (1 - sigmoid(z1)) .* (W2' * d2)")
        backpropForwardPass
        backpropOutputError
        backpropDeltaRecursion
        backpropGradients
    }
}
