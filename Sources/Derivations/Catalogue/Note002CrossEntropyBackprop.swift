/// Seed note 002: backpropagation for sigmoid outputs and cross-entropy, in
/// the `Θ^{(l)}` notation with a bias column.
///
/// Each derivation is a file of its own in `Note002CrossEntropyBackprop/`.
enum Note002 {
    static let seed = "002_15813224ae0d6bad.txt"
    static let derivations = [outputDelta, hiddenDelta, weightGradient]
    static let unclaimed: [UnclaimedLines] = [
        UnclaimedLines(
            5...8, .prose,
            """
                (1): take m = 1 and find ∂J/∂y_j^{(4)}; use k, not j, in the computation; simplify \
                J(θ)
                """
        ),
        UnclaimedLines(26, .prose, "(2): θ^{(3)} as in the figure"),
        UnclaimedLines(32, .garbled, "a line the author struck out (every term is \\cancel{…})"),
        UnclaimedLines(
            33...35, .setup, "b: bias, w: weights, θ_w^{(3)}: the weights without the bias column"),
        UnclaimedLines(
            37, .setup,
            """
                (*) again: y^{(4)} = θ^{(3)} (1, g(y_1^{(3)}), …, g(y_4^{(3)})), with a_0^{(3)} = \
                y_0^{(3)} = 1
                """
        ),
        UnclaimedLines(
            39...42, .prose,
            """
                the goal δ^{(3)} = ∂J/∂y^{(3)}; y_0^{(3)} = 1 is not differentiated; every \
                y_j^{(3)} feeds every y_j^{(4)}
                """
        ),
        UnclaimedLines(60, .setup, "recall the matrix product C = A_{m×k} B_{k×n}"),
        UnclaimedLines(
            103, .setup, "notation: ∂J/∂θ^{(l)} denotes (记作) the matrix of the ∂J/∂θ_{j,i}^{(l)}"),
    ]

    static let thetaNotation = """
        The note writes `y^{(l)}` for the **pre-activation** of layer `l` (our `z`), \
        `a^{(l)} = g(y^{(l)})` with `g = σ`, and the label vector `y` (no superscript). \
        `Θ^{(l)}` includes the bias column `θ_{j,0}` (with `a_0 = 1`); `Θ_w` is `Θ` without it. \
        Indices start at 0 for the bias and 1 for neurons. \
        In claims `y4`, `y3` are `y^{(4)}`, `y^{(3)}`.
        """
}
