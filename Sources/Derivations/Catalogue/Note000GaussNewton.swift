/// Seed note 000: the Jacobian chain rule, the Gauss-Newton Hessian
/// `H = J_φ H_L J_φᵀ`, the layer Jacobian `∂z^L/∂w^l = (a^{l-1} ⊗ I_n) δ^l`
/// with the `δ` recursion, and a CurveBall step.
///
/// Each derivation is a file of its own in `Note000GaussNewton/`.
enum Note000 {
    static let seed = "000_8abc8f1c17198766.txt"
    static let derivations = [chainRule, gaussNewton, layerJacobian, curveBall]
    static let unclaimed: [UnclaimedLines] = [
        UnclaimedLines(5...9, .setup, "the domains of f, g and g ∘ f"),
        UnclaimedLines(11, .setup, "the vectors x, y, z and their entries"),
        UnclaimedLines(
            21...25, .setup,
            """
                f = L(φ(w)), φ: ℝᵖ → ℝᵒ with the remark “(输入 z^L)”, “(input z^L)”: z^L is the \
                output of φ, which is the input of L; L: ℝᵒ → ℝ
                """
        ),
        UnclaimedLines(33, .setup, "arrows naming the two factors of line 31 J_L and J_φ"),
        UnclaimedLines(77, .setup, "definition: δ^{l+1} = ∂z^L/∂z^{l+1}"),
        UnclaimedLines(81, .setup, "the definition of δ^{l+1} restated for differentials"),
        UnclaimedLines(95, .prose, "“J_φ U is back-propagation; proof on the next page”"),
        UnclaimedLines(
            119, .setup, "the CurveBall update z ← ρz − βΔz (an assignment, not an equation)"),
        UnclaimedLines(124...128, .prose, "the plan of steps 2–4 of a CurveBall iteration"),
    ]

    static let denominatorLayout = """
        The note writes Jacobians in **denominator layout**: its `J(f)` for \
        `f: ℝⁿ → ℝᵐ` is `n × m` with entry `(j, k) = ∂y_k/∂x_j`. Our `jac(y, x)` is \
        numerator layout (`m × n`), so the note's `J(f)` is `jac(y, x)'`.
        """
}
