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
        Step(
            "layer Jacobian with respect to the parameters",
            lines: 42...42,
            quote:
                #"J^r \triangleq \begin{bmatrix} J_{\underline{y}}^r & J_{\theta}^r \end{bmatrix}"#,
            kind: .definition,
            note:
                #"""
                    J^r \triangleq [J_y^r \; J_\theta^r], \quad J_\theta^r = \left(\frac{\partial \#
                    f_i^r}{\partial \theta_j^r}\right)
                    """#,
            claim: "jac(yr, W) == diag(s'(W*yp + b)) * kron(yp', eye(k))")
        Step(
            "layer Jacobian with respect to the input",
            lines: 42...42,
            quote:
                #"""
                    \frac{\partial f_1^r}{\partial y_1^{r-1}} & \dots & \frac{\partial \#
                    f_1^r}{\partial y_{k_{r-1}}^{r-1}}
                    """#,
            kind: .definition,
            note: #"J_y^r = \left(\frac{\partial f_i^r}{\partial y_j^{r-1}}\right)"#,
            claim: "jac(s(W*yv + b), yv) == diag(s'(W*yv + b)) * W",
            context: .symbols("yv: q"))
        Step(
            "(A) ∂E/∂θ_i^L = Σ_k ∂f_k^L/∂θ_i^L ∂E/∂y_k^L",
            lines: 49...49,
            quote:
                #"""
                    \frac{\partial f_1^L}{\partial \theta_1^L} \frac{\partial \#
                    \mathcal{E}}{\partial y_1^L} + \dots + \frac{\partial f_{k_L}^L}{\partial \#
                    \theta_1^L} \frac{\partial \mathcal{E}}{\partial y_{k_L}^L}
                    """#,
            note:
                #"""
                    \frac{\partial \mathcal{E}}{\partial \theta_i^L} = \sum_{k} \frac{\partial \#
                    f_k^L}{\partial \theta_i^L} \frac{\partial \mathcal{E}}{\partial y_k^L}
                    """#,
            claim:
                """
                    grad(sum(e(t(V*yv + c))), c)[i] == sum(kk, jac(t(V*yv + c), c)[kk,i] * \
                    e'(t(V*yv + c))[kk])
                    """,
            context: .symbols("yv: k, i: index o, kk: index o"),
            remark: "Checked with the last layer's bias `c` as its parameters `θ^L`.")
        Step(
            "(A) = (J_θ^L)ᵀ ∂E/∂y^L",
            lines: 51...51, quote: #"= (J_{\theta}^L)^T \frac{\partial \mathcal{E}}{\partial y^L}"#,
            note: #"= (J_{\theta}^L)^T \frac{\partial \mathcal{E}}{\partial y^L}"#,
            claim: "grad(sum(e(t(V*yv + c))), c) == jac(t(V*yv + c), c)' * e'(t(V*yv + c))",
            context: .symbols("yv: k"))
        Step(
            "(A) last layer: ∂E/∂θ^L = (J_θ^L)ᵀ ∂E/∂y^L",
            lines: 53...53,
            quote:
                #"""
                    \frac{\partial \mathcal{E}}{\partial \theta^L} = (J_{\theta}^L)^T \#
                    \frac{\partial \mathcal{E}}{\partial y^L}
                    """#,
            note:
                #"""
                    \frac{\partial \mathcal{E}}{\partial \theta^L} = (J_\theta^L)^T \#
                    \frac{\partial \mathcal{E}}{\partial y^L}
                    """#,
            claim: "vec(grad(sum(e(t(V*yv + c))), V)) == jac(t(V*yv + c), V)' * e'(t(V*yv + c))",
            context: .symbols("yv: k"))
        Step(
            shape: "(B) length of ∂E/∂θ^r",
            lines: 60...60,
            quote:
                #"""
                    \frac{\partial E}{\partial \theta^r} &= \begin{bmatrix} \frac{\partial \#
                    E}{\partial \theta_1^r} \\ \vdots \\ \frac{\partial E}{\partial \#
                    \theta_{k_r}^r} \end{bmatrix}
                    """#,
            note:
                #"""
                    \frac{\partial E}{\partial \theta^r} = \begin{bmatrix} \frac{\partial \#
                    E}{\partial \theta_1^r} & \cdots & \frac{\partial E}{\partial \theta_{k_r}^r} \#
                    \end{bmatrix}^T
                    """#,
            annotation: ShapeAnnotation("vec(grad(E, W))", rows: "k", cols: "1"),
            corrected: ShapeAnnotation("vec(grad(E, W))", rows: "k*q", cols: "1"),
            explanation:
                """
                    The gradient has one entry per **parameter** of layer `r` (`j_r`, here `k·q` \
                    weights), not one per neuron (`k_r = k`).
                    """
        )
        Step(
            "(B) ∂E/∂θ^r = (J_θ^r)ᵀ ∂E/∂y^r",
            lines: 74...74,
            quote:
                #"""
                    \frac{\partial E}{\partial \theta^r} = (J_{\theta}^r)^T \frac{\partial \#
                    E}{\partial y^r}
                    """#,
            note:
                #"""
                    \frac{\partial E}{\partial \theta^r} = (J_\theta^r)^T \frac{\partial \#
                    E}{\partial y^r}
                    """#,
            claim: "vec(grad(E, W)) == jac(yr, W)' * ((diag(t'(V*yr + c)) * V)' * e'(yL))",
            remark:
                """
                    `∂E/∂y^r = (J_y^{r+1})ᵀ e'(y^L)` with `J_y^{r+1} = diag(t'(V y^r + c)) V`. The \
                    line's aside “① is a special case of ②” is a cross-reference slip, in prose: \
                    ② relates `∂E/∂y^r` to `∂E/∂y^{r+1}` and never gives a `∂E/∂θ`; what holds is \
                    that line 53's ① (layer `L`) is the case `r = L` of this line.
                    """)
        Step(
            "(B) the chain as written: = (J_θ^r)ᵀ ∂E/∂y^r",
            lines: 59...62, quote: #"&= (J_{\theta}^r)^T \frac{\partial E}{\partial y^r}"#,
            note:
                #"""
                    \frac{\partial E}{\partial \theta^r} = \begin{bmatrix} \sum_i \frac{\partial \#
                    y_i^r}{\partial \theta_1^r} \frac{\partial E}{\partial y_i^r} \\ \vdots \#
                    \end{bmatrix} = (J_\theta^r)^T \frac{\partial E}{\partial y^r}
                    """#,
            claim: "vec(grad(E, W)) == jac(yr, W)' * ((diag(t'(V*yr + c)) * V)' * e'(yL))")
        Step(
            "∂E/∂y_i^r = Σ_k ∂y_k^{r+1}/∂y_i^r ∂E/∂y_k^{r+1}",
            lines: 67...68,
            quote:
                #"""
                    \frac{\partial y_1^{r+1}}{\partial y_1^r} \frac{\partial E}{\partial \#
                    y_1^{r+1}} + \dots + \frac{\partial y_{k_{r+1}}^{r+1}}{\partial y_1^r} \#
                    \frac{\partial E}{\partial y_{k_{r+1}}^{r+1}}
                    """#,
            note:
                #"""
                    \frac{\partial E}{\partial y_i^r} = \sum_k \frac{\partial y_k^{r+1}}{\partial \#
                    y_i^r} \frac{\partial E}{\partial y_k^{r+1}}
                    """#,
            claim:
                """
                    grad(sum(e(t(V*yv + c))), yv)[i] == sum(kk, jac(t(V*yv + c), yv)[kk,i] * \
                    e'(t(V*yv + c))[kk])
                    """,
            context: .symbols("yv: k, i: index k, kk: index o"))
        Step(
            "= (J_y^{r+1})ᵀ ∂E/∂y^{r+1}",
            lines: 69...70, quote: #"&= (J_y^{r+1})^T \frac{\partial E}{\partial y^{r+1}}"#,
            note: #"&= (J_y^{r+1})^T \frac{\partial E}{\partial y^{r+1}}"#,
            claim: "grad(sum(e(t(V*yv + c))), yv) == jac(t(V*yv + c), yv)' * e'(t(V*yv + c))",
            context: .symbols("yv: k"))
        Step(
            "② ∂E/∂y^r = (J_y^{r+1})ᵀ ∂E/∂y^{r+1}",
            lines: 76...76,
            quote:
                #"""
                    \frac{\partial E}{\partial y^r} = (J_y^{r+1})^T \frac{\partial E}{\partial \#
                    y^{r+1}}
                    """#,
            note:
                #"""
                    \frac{\partial E}{\partial y^r} = (J_y^{r+1})^T \frac{\partial E}{\partial \#
                    y^{r+1}}
                    """#,
            claim: "grad(sum(e(t(V*yv + c))), yv) == jac(t(V*yv + c), yv)' * e'(t(V*yv + c))",
            context: .symbols("yv: k"))
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
