// Seed note 003, part 2 of 2 (`jacobian-backprop`), section 1 of 2:
// The layer Jacobians and the two recursions (lines 42–76).

extension Note003 {
    /// The steps of lines 42–76: the layer Jacobians and the two recursions.
    @DerivationBuilder static var jacobianBackpropRecursions: [DerivationPart] {
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
    }
}
