// Seed note 003, part 2 of 2 (`jacobian-backprop`), section 2 of 2:
// The textbook form with δ (lines 82–90).

extension Note003 {
    /// The steps of lines 82–90: the textbook form with δ.
    @DerivationBuilder static var jacobianBackpropTextbook: [DerivationPart] {
        Step(
            "textbook: ∂E/∂w_j^r = ∂v_j^r/∂w_j^r ∂y_j^r/∂v_j^r ∂E/∂y_j^r",
            lines: 82...82,
            quote:
                #"""
                    \frac{\partial \mathcal{E}}{\partial w_j^r} &= \frac{\partial v_j^r}{\partial \#
                    w_j^r} \frac{\partial y_j^r}{\partial v_j^r} \frac{\partial \#
                    \mathcal{E}}{\partial y_j^r}
                    """#,
            note:
                #"""
                    \frac{\partial \mathcal{E}}{\partial w_j^r} = \frac{\partial v_j^r}{\partial \#
                    w_j^r} \frac{\partial y_j^r}{\partial v_j^r} \frac{\partial \#
                    \mathcal{E}}{\partial y_j^r}
                    """#,
            claim:
                """
                    grad(E, W)[j,m] == grad((W*yp + b)[j], W)[j,m] * s'(W*yp + b)[j] * (V' * \
                    (t'(V*yr + c) .* e'(yL)))[j]
                    """,
            context: .symbols("j: index k, m: index q"),
            remark:
                """
                    `w_j^r` is any weight `w_{jm}^r` into neuron `j` (`v_j^r` is the only \
                    pre-activation it moves); `∂E/∂y^r = Vᵀ (t'(V y^r + c) ⊙ e'(y^L))`.
                    """
        )
        Step(
            "textbook: = y_i^{r−1} ∂E/∂v_j^r",
            lines: 82...82, quote: #"&= y_i^{r-1} \frac{\partial \mathcal{E}}{\partial v_j^r}"#,
            note:
                #"""
                    \frac{\partial v_j^r}{\partial w_j^r} \frac{\partial y_j^r}{\partial v_j^r} \#
                    \frac{\partial \mathcal{E}}{\partial y_j^r} = y_i^{r-1} \frac{\partial \#
                    \mathcal{E}}{\partial v_j^r}
                    """#,
            claim:
                """
                    grad((W*yp + b)[j], W)[j,m] * s'(W*yp + b)[j] * gy[j] == yp[i] * (s'(W*yp + b) \
                    .* gy)[j]
                    """,
            context: .symbols(
                "j: index k, i: index q, m: index q", ("gy", "V' * (t'(V*yr + c) .* e'(yL))")),
            correction: Correction(
                claim:
                    """
                        grad((W*yp + b)[j], W)[j,i] * s'(W*yp + b)[j] * gy[j] == yp[i] * (s'(W*yp \
                        + b) .* gy)[j]
                        """,
                latex:
                    #"""
                        \frac{\partial v_j^r}{\partial w_{ji}^r} \frac{\partial y_j^r}{\partial \#
                        v_j^r} \frac{\partial \mathcal{E}}{\partial y_j^r} = y_i^{r-1} \#
                        \frac{\partial \mathcal{E}}{\partial v_j^r}
                        """#,
                explanation:
                    """
                        `∂v_j^r/∂w_{jm}^r = y_m^{r−1}`: the input index is the weight's second \
                        index, which `w_j^r` does not name. The `i` of `y_i^{r−1}` enters in this \
                        link (and stays in the next); with the weight `w_{ji}^r` the link holds.
                        """,
                context: .symbols("j: index k, i: index q", ("gy", "V' * (t'(V*yr + c) .* e'(yL))"))
            ))
        Step(
            "textbook: ∂E/∂w_j^r = y_i^{r−1} δ_j^r",
            lines: 82...82, quote: #"&= y_i^{r-1} \delta_j^r \quad (\text{in textbook})"#,
            note: #"\frac{\partial \mathcal{E}}{\partial w_j^r} = y_i^{r-1} \delta_j^r"#,
            claim: "grad(E, W)[j,m] == yp[i] * dl[j]",
            context: .symbols(
                "j: index k, i: index q, m: index q",
                ("dl", "s'(W*yp + b) .* (V' * (t'(V*yr + c) .* e'(yL)))")),
            correction: Correction(
                claim: "grad(E, W)[j,i] == yp[i] * dl[j]",
                latex: #"\frac{\partial \mathcal{E}}{\partial w_{ji}^r} = y_i^{r-1} \delta_j^r"#,
                explanation:
                    """
                        The left side names the weight `w_j^r` with one index, the right side \
                        brings in an `i` from nowhere. Read as written (any weight `w_{jm}` of \
                        neuron `j`, any `i`) the line is false for `m ≠ i`; the weight is \
                        `w_{ji}^r`, from neuron `i` of layer `r − 1`.
                        """,
                context: .symbols(
                    "j: index k, i: index q",
                    ("dl", "s'(W*yp + b) .* (V' * (t'(V*yr + c) .* e'(yL)))"))))
        Step(
            "textbook: ∂E/∂y_i^r = w_{ij}^{r+1} f'(v_i^{r+1}) ∂E/∂y_i^{r+1} …",
            lines: 86...86,
            quote:
                #"""
                    \frac{\partial \mathcal{E}}{\partial y_i^r} &= w_{ij}^{r+1} f'(v_i^{r+1}) \#
                    \frac{\partial \mathcal{E}}{\partial y_i^{r+1}} \dots
                    """#,
            note:
                #"""
                    \frac{\partial \mathcal{E}}{\partial y_i^r} = \sum_j w_{ij}^{r+1} \#
                    f'(v_i^{r+1}) \frac{\partial \mathcal{E}}{\partial y_i^{r+1}}
                    """#,
            claim:
                """
                    grad(sum(e(t(U*yv + c2))), yv)[i] == sum(j, U[i,j] * t'(U*yv + c2)[i] * \
                    e'(t(U*yv + c2))[i])
                    """,
            context: .symbols("yv: k, U: k x k, c2: k, i: index k, j: index k"),
            correction: Correction(
                claim:
                    """
                        grad(sum(e(t(U*yv + c2))), yv)[i] == sum(kk, U[kk,i] * t'(U*yv + c2)[kk] * \
                        e'(t(U*yv + c2))[kk])
                        """,
                latex:
                    #"""
                        \frac{\partial \mathcal{E}}{\partial y_i^r} = w_{1i}^{r+1} f'(v_1^{r+1}) \#
                        \frac{\partial \mathcal{E}}{\partial y_1^{r+1}} + \dots = \sum_k \#
                        w_{ki}^{r+1} f'(v_k^{r+1}) \frac{\partial \mathcal{E}}{\partial \#
                        y_k^{r+1}}
                        """#,
                explanation:
                    """
                        The first term has its indices crossed: `y_i^r` reaches neuron `k` of \
                        layer `r + 1` through `w_{ki}^{r+1}` (the note's own `w_{kj}` convention, \
                        line 90), and the factors `f'(v_k^{r+1}) ∂E/∂y_k^{r+1}` belong to that \
                        neuron, not to neuron `i`. Read as written, the `…` runs over the only \
                        free index `j` of the term, and the sum is false. Checked with equal \
                        widths (`U: k × k`) so that every index is in range.
                        """,
                context: .symbols("yv: k, U: k x k, c2: k, i: index k, kk: index k")))
        Step(
            "textbook: ∂E/∂y_i^r = Σ_k w_{kj}^{r+1} f'(v_k^{r+1}) ∂E/∂y_k^{r+1}",
            lines: 86...86,
            quote:
                #"""
                    &= \sum_k w_{kj}^{r+1} f'(v_k^{r+1}) \frac{\partial \mathcal{E}}{\partial \#
                    y_k^{r+1}}
                    """#,
            note:
                #"""
                    \frac{\partial \mathcal{E}}{\partial y_i^r} = \sum_k w_{kj}^{r+1} \#
                    f'(v_k^{r+1}) \frac{\partial \mathcal{E}}{\partial y_k^{r+1}}
                    """#,
            claim:
                """
                    grad(sum(e(t(V*yv + c))), yv)[i] == sum(kk, V[kk,j] * t'(V*yv + c)[kk] * \
                    e'(t(V*yv + c))[kk])
                    """,
            context: .symbols("yv: k, i: index k, j: index k, kk: index o"),
            correction: Correction(
                claim:
                    """
                        grad(sum(e(t(V*yv + c))), yv)[j] == sum(kk, V[kk,j] * t'(V*yv + c)[kk] * \
                        e'(t(V*yv + c))[kk])
                        """,
                latex:
                    #"""
                        \frac{\partial \mathcal{E}}{\partial y_j^r} = \sum_k w_{kj}^{r+1} \#
                        f'(v_k^{r+1}) \frac{\partial \mathcal{E}}{\partial y_k^{r+1}}
                        """#,
                explanation:
                    """
                        The left side is `∂E/∂y_i^r`, the sum is over the weights `w_{kj}` of \
                        neuron `j`: the indices disagree. With `j` on both sides the line is the \
                        textbook rule.
                        """,
                context: .symbols("yv: k, j: index k, kk: index o")))
        Step(
            "δ_j^r = ∂y_j^r/∂v_j^r ∂E/∂y_j^r",
            lines: 90...90,
            quote:
                #"""
                    \delta_j^r &= \frac{\partial \mathcal{E}}{\partial v_j^r} = \frac{\partial \#
                    y_j^r}{\partial v_j^r} \frac{\partial \mathcal{E}}{\partial y_j^r}
                    """#,
            note:
                #"""
                    \delta_j^r &= \frac{\partial \mathcal{E}}{\partial v_j^r} = \frac{\partial \#
                    y_j^r}{\partial v_j^r} \frac{\partial \mathcal{E}}{\partial y_j^r}
                    """#,
            claim:
                """
                    grad(sum(e(t(V*s(vr) + c))), vr)[j] == s'(vr)[j] * (V' * (t'(V*s(vr) + c) .* \
                    e'(t(V*s(vr) + c))))[j]
                    """,
            context: .symbols("vr: k, j: index k"),
            remark: "`∂E/∂y^r = Vᵀ (t'(V y^r + c) ⊙ e'(y^L))` at `y^r = s(v^r)`.")
        Step(
            "= f'(v_j^r) Σ_k w_{kj}^{r+1} f'(v_k^{r+1}) ∂E/∂y_k^{r+1}",
            lines: 90...90,
            quote:
                #"""
                    &= f'(v_j^r) \sum_k w_{kj}^{r+1} f'(v_k^{r+1}) \frac{\partial \#
                    \mathcal{E}}{\partial y_k^{r+1}}
                    """#,
            note:
                #"""
                    &= f'(v_j^r) \sum_k w_{kj}^{r+1} f'(v_k^{r+1}) \frac{\partial \#
                    \mathcal{E}}{\partial y_k^{r+1}}
                    """#,
            claim:
                """
                    grad(sum(e(t(V*s(vr) + c))), vr)[j] == s'(vr)[j] * sum(kk, V[kk,j] * \
                    t'(V*s(vr) + c)[kk] * e'(t(V*s(vr) + c))[kk])
                    """,
            context: .symbols("vr: k, j: index k, kk: index o"))
        Step(
            "textbook δ recursion",
            lines: 90...90, quote: #"&= f'(v_j^r) \boxed{\sum_k w_{kj}^{r+1} \delta_k^{r+1}}"#,
            note:
                #"""
                    \delta_j^r = \frac{\partial \mathcal{E}}{\partial v_j^r} = f'(v_j^r) \sum_k \#
                    w_{kj}^{r+1} \delta_k^{r+1}
                    """#,
            claim:
                """
                    grad(sum(e(t(V*s(vr) + c))), vr) == s'(vr) .* (V' * (t'(V*s(vr) + c) .* \
                    e'(t(V*s(vr) + c))))
                    """,
            context: .symbols("vr: k"))
        Step(
            "… = e_j^r",
            lines: 90...90, quote: #"&= e_j^r \end{aligned}"#,
            note: #"\delta_j^r = \dots = e_j^r"#,
            claim: "grad(sum(e(t(V*s(vr) + c))), vr) == ev",
            context: .symbols("vr: k, ev: k"),
            correction: Correction(
                claim:
                    """
                        grad(sum(e(t(V*s(vr) + c))), vr) == s'(vr) .* (V' * (t'(V*s(vr) + c) .* \
                        e'(t(V*s(vr) + c))))
                        """,
                latex: #"= \delta_j^r"#,
                explanation:
                    """
                        The chain ends in `e_j^r`, a symbol the note never defines; it began with \
                        `δ_j^r`, which is what the boxed sum times `f'(v_j^r)` is. Read literally \
                        (`e^r` any vector) the last link is false.
                        """,
                context: .symbols("vr: k")))
    }
}
