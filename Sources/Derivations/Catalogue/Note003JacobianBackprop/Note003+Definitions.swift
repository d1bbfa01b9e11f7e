// Seed note 003, part 1 of 2: Definitions (`gradient-jacobian`).

extension Note003 {
    static let definitions = Derivation(
        "gradient-jacobian", seed: seed, title: "Gradient, Jacobian and first-order Taylor"
    ) {
        Summary(
            """
                The gradient of a scalar `f` is the column of partial derivatives; the Jacobian of \
                a vector function stacks the transposed gradients of its components as rows; `f(x \
                + Δx) ≈ f(x) + (∇f)ᵀ Δx`.
                """
        )
        Notation(
            """
                The note's gradient is a column shaped like `x` (our `grad`), its Jacobian has one \
                row per component (numerator layout, our `jac`). `x = (u, v, w)` has three \
                entries, so `x: 3`.
                """
        )
        Notation(
            """
                We instantiate the scalar `f(x) = Σ_k s((A x)_k)` and the vector function `F(x) = \
                s(A x)` with a user function `s`.
                """
        )
        Notation(
            """
                The line `= f(x) + ‖∇f‖ ‖Δx‖ cos θ` defines the angle `θ`; it is not a matrix \
                identity and is not encoded.
                """
        )
        Symbols("x: 3, A: k x 3, s: function")
        Step(
            "gradient is the transposed Jacobian row",
            lines: 9...9,
            quote:
                #"""
                    \nabla f = \frac{\partial f}{\partial x} = \begin{bmatrix} \frac{\partial \#
                    f}{\partial u} \\ \frac{\partial f}{\partial v} \\ \frac{\partial f}{\partial \#
                    w} \end{bmatrix}
                    """#,
            kind: .convention,
            note:
                #"""
                    \nabla f = \frac{\partial f}{\partial x} = \begin{bmatrix} \frac{\partial \#
                    f}{\partial u} \\ \frac{\partial f}{\partial v} \\ \frac{\partial f}{\partial \#
                    w} \end{bmatrix}
                    """#,
            claim: "grad(sum(s(A*x)), x) == jac(sum(s(A*x)), x)'")
        Step(
            "first-order Taylor written with =",
            lines: 13...13,
            quote:
                #"""
                    f(x + \Delta x) &= f(x) + \frac{\partial f}{\partial u} \Delta u + \#
                    \frac{\partial f}{\partial v} \Delta v + \frac{\partial f}{\partial w} \Delta \#
                    w
                    """#,
            note:
                #"""
                    f(x + \Delta x) = f(x) + \frac{\partial f}{\partial u} \Delta u + \#
                    \frac{\partial f}{\partial v} \Delta v + \frac{\partial f}{\partial w} \Delta \#
                    w
                    """#,
            claim: "sum(s(A*(x + dx))) == sum(s(A*x)) + sum(i, grad(sum(s(A*x)), x)[i] * dx[i])",
            context: .symbols("dx: 3, i: index 3"),
            correction: Correction(
                claim:
                    """
                        sum(s(A*(x + dx))) == sum(s(A*x)) + sum(i, grad(sum(s(A*x)), x)[i] * \
                        dx[i])
                        """,
                latex:
                    #"""
                        f(x + \Delta x) \approx f(x) + \frac{\partial f}{\partial u} \Delta u + \#
                        \frac{\partial f}{\partial v} \Delta v + \frac{\partial f}{\partial w} \#
                        \Delta w \quad (= \text{ when } f \text{ is affine})
                        """#,
                explanation:
                    """
                        The first-order Taylor expansion is written with `=`: it drops the \
                        `O(‖Δx‖²)` remainder (for `f = u²` at `u = 1`, `Δu = ½`: `9/4` on the \
                        left, `2` on the right). It is exact only for affine `f`: the \
                        correction is checked under `s'' = 0`, exactly at the shapes up to 3 \
                        (the index-notation prover has no rule for the Taylor step that `s'' = \
                        0` licenses, so this index statement has no all-shapes proof).
                        """,
                context: .symbols("dx: 3, i: index 3", assuming: ["s'' = 0"])))
        Step(
            "the sum of partials is (∇f)ᵀ Δx",
            lines: 13...13, quote: #"&= f(x) + (\nabla f)^t \Delta x"#,
            note:
                #"""
                    f(x) + \frac{\partial f}{\partial u} \Delta u + \frac{\partial f}{\partial v} \#
                    \Delta v + \frac{\partial f}{\partial w} \Delta w = f(x) + (\nabla f)^T \#
                    \Delta x
                    """#,
            claim:
                """
                    sum(s(A*x)) + sum(i, grad(sum(s(A*x)), x)[i] * dx[i]) == sum(s(A*x)) + \
                    grad(sum(s(A*x)), x)' * dx
                    """,
            context: .symbols("dx: 3, i: index 3"))
        Step(
            "Jacobian rows are transposed gradients",
            lines: 22...22,
            quote:
                #"""
                    J = \begin{bmatrix} \left(\frac{\partial f}{\partial x}\right)^t \\ \#
                    \left(\frac{\partial g}{\partial x}\right)^t \\ \left(\frac{\partial \#
                    h}{\partial x}\right)^t \end{bmatrix}
                    """#,
            kind: .definition,
            note:
                #"""
                    J = \begin{bmatrix} (\partial f / \partial x)^t \\ (\partial g / \partial \#
                    x)^t \\ (\partial h / \partial x)^t \end{bmatrix}
                    """#,
            claim: "e' * jac(s(A*x), x) == grad(e' * s(A*x), x)'",
            context: .symbols("e: k"),
            remark:
                """
                    For every weighting `e` of the components, so in particular for each unit \
                    vector (each row).
                    """
        )
        Step(
            "Jacobian of an elementwise layer",
            lines: 22...22,
            quote:
                #"""
                    = \begin{bmatrix} \frac{\partial f}{\partial u} & \frac{\partial f}{\partial \#
                    v} & \frac{\partial f}{\partial w}
                    """#,
            note:
                #"""
                    J = \begin{bmatrix} \frac{\partial f}{\partial u} & \frac{\partial \#
                    f}{\partial v} & \frac{\partial f}{\partial w} \\ \vdots \end{bmatrix}
                    """#,
            claim: "jac(s(A*x), x) == diag(s'(A*x)) * A")
    }
}
