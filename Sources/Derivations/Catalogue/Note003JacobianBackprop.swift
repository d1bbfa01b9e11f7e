/// Seed note 003: gradient and Jacobian definitions, first-order Taylor, and
/// backpropagation written with layer Jacobians `[J_y J_θ]`.
///
/// Each derivation is a file of its own in `Note003JacobianBackprop/`.
enum Note003 {
    static let seed = "003_88fec9fdaa1fc519.txt"
    static let derivations = [definitions, jacobianBackprop]
    static let unclaimed: [UnclaimedLines] = [
        UnclaimedLines(5, .setup, "y = f(x) with x = (u, v, w)"),
        UnclaimedLines(11, .prose, "“the direction of ∇f is the direction of steepest ascent”"),
        UnclaimedLines(
            15, .prose,
            "cos θ = 1 when ∇f and Δx point the same way (defines the angle θ of line 13)"),
        UnclaimedLines(20, .setup, "Y = (f(x), g(x), h(x)) ≜ f̄(x)"),
        UnclaimedLines(
            31...33, .setup, "the layer map y^r = f^r(y^{r−1}, θ^r) and y^r with k_r neurons"),
        UnclaimedLines(
            35, .setup,
            """
                θ^r = (θ_{j_1}^r, …, θ_{j_r}^r) with j_r parameters, with a notational slip that \
                no claim can check: the first subscript is j_1 where 1 is meant (lines 42 and 49 \
                run θ_1^r, …, θ_{j_r}^r)
                """
        ),
        UnclaimedLines(37, .setup, "the cost E = g(y^L, y), e.g. ‖y^L − y‖"),
        UnclaimedLines(40, .prose, "heading: “Jacobian matrix at layer r”"),
        UnclaimedLines(47, .prose, "heading (A): layer L"),
        UnclaimedLines(55, .prose, "heading (B): layers r = L − 1, …, 1"),
    ]
}
