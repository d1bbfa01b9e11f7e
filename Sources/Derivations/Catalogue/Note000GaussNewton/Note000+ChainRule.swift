// Seed note 000, part 1 of 4: Chain rule (`jacobian-chain-rule`).

extension Note000 {
    static let chainRule = Derivation(
        "jacobian-chain-rule", seed: seed, title: "The Jacobian chain rule"
    ) {
        Summary(
            """
                For `f: ℝⁿ → ℝᵐ`, `g: ℝᵐ → ℝᵖ`, the Jacobian of `g ∘ f` is the product of the \
                Jacobians, in the note's layout `J(g∘f) = J(f)·J(g)`.
                """
        )
        Notation(denominatorLayout)
        Notation(
            """
                We instantiate `f(x) = f(A x)` and `g(y) = g(B y)` with user-declared elementwise \
                functions `f`, `g` (any smooth functions; the checker treats them as unknown atoms \
                with derivatives `f'`, `f''`), so the maps are arbitrary nonlinear maps of the \
                stated shapes.
                """
        )
        Symbols("x: n, A: m x n, B: p x m, f: function, g: function")
        Define("y", "f(A*x)")
        Define("z", "g(B*y)")
        Step(
            "chain rule, entrywise",
            lines: 13...13,
            quote:
                #"""
                    \frac{\partial z_i}{\partial x_j} = \sum_{k=1}^m \frac{\partial z_i}{\partial \#
                    y_k} \cdot \frac{\partial y_k}{\partial x_j}
                    """#,
            note:
                #"""
                    \frac{\partial z_i}{\partial x_j} = \sum_{k=1}^m \frac{\partial z_i}{\partial \#
                    y_k} \cdot \frac{\partial y_k}{\partial x_j}
                    """#,
            claim: "jac(z, x) == (diag(g'(B*y)) * B) * jac(y, x)",
            remark:
                """
                    The sum over `k` is the matrix product of the two numerator-layout Jacobians; \
                    `diag(g'(By)) B` is `∂z/∂y`.
                    """
        )
        Step(
            "chain rule in the note's layout",
            lines: 17...17, quote: #"J(g \circ f) = J(f) \cdot J(g)"#, kind: .convention,
            note: #"J(g \circ f) = J(f) \cdot J(g)"#,
            claim: "jac(z, x)' == jac(y, x)' * (diag(g'(B*y)) * B)'")
        Step(
            shape: "shape of J(g∘f)",
            lines: 19...19,
            quote: #"\begin{matrix} n \times p & & n \times m & m \times p \end{matrix}"#,
            note: #"n \times p = (n \times m)(m \times p)"#,
            annotation: ShapeAnnotation("jac(z, x)'", rows: "n", cols: "p"))
        Step(
            shape: "shape of J(f)",
            lines: 15...15, quote: #"\end{pmatrix}_{n \times m}"#, note: #"J(f)_{n \times m}"#,
            annotation: ShapeAnnotation("jac(y, x)'", rows: "n", cols: "m"))
    }
}
