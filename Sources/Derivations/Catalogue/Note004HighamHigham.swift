/// Seed note 004: backpropagation after Higham & Higham (2019), "Deep
/// Learning: An Introduction for Applied Mathematicians", and the input
/// Jacobian `∂H/∂x = D^{[L]} W^{[L]} ⋯ D^{[1]} W^{[1]}`.
///
/// Each derivation is a file of its own in `Note004HighamHigham/`.
enum Note004 {
    static let seed = "004_23be57528ec63dc3.txt"
    static let derivations = [backprop, inputJacobian]
    static let unclaimed: [UnclaimedLines] = [
        UnclaimedLines(5, .setup, "a layer: a^{[l]} = σ(z^{[l]})"),
        UnclaimedLines(
            9...10, .garbled,
            """
                four arrows and ℝ^{n_l}, ℝ^{n_{l+1}}, ℝ^{n_{l+1}}, ℝ^{n_{l+1}} under line 7; which \
                arrow points at which symbol cannot be read
                """
        ),
        UnclaimedLines(
            14...16, .setup, "(*) a^{[l]} = σ(z^{[l]}); H(x) = a^{[L]}, H: ℝ^{n_1} → ℝ^{n_L}"),
        UnclaimedLines(20, .setup, "H(x) = σ(z^{[L]}) with z^{[L]} ∈ ℝ"),
        UnclaimedLines(26...30, .setup, "homework 3/1: n_L = 1, H: ℝ^{n_1} → ℝ, compute ∇H"),
        UnclaimedLines(
            32...34, .setup,
            """
                the answer's definitions: (*), a^{[l]} = σ(z^{[l]}), H(x) = a^{[L]}, C = ½‖y − \
                H(x)‖², δ_j^{[l]} = ∂C/∂z_j^{[l]} for 2 ≤ l ≤ L
                """
        ),
    ]

    static let notation = """
        The note follows Higham & Higham: `z^{[l]} = W^{[l]} a^{[l−1]} + b^{[l]}`, \
        `a^{[l]} = σ(z^{[l]})`, `D^{[l]} = diag(σ'(z^{[l]}))`, with `W^{[l]}` of shape \
        `n_l × n_{l−1}`. As in the paper, layer 1 is the input: `H: ℝ^{n_1} → ℝ^{n_L}` (line 16) \
        and `δ^{[l]}` for `2 ≤ l ≤ L` (line 34), so `a^{[1]} = x` and the first weights are \
        `W^{[2]}`. \
        The backpropagation claims name the layers of a two-layer network `1` and `2`. \
        Jacobians `∂a/∂x` are numerator layout (our `jac`). \
        `σ'(z)` is written `sigmoid(z) .* (1 - sigmoid(z))` in claims.
        """
}
