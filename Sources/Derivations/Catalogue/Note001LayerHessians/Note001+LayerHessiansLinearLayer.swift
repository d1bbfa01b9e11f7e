// Seed note 001, part 2 of 4 (`layer-hessians`), section 3 of 3:
// A linear layer: P = 0 and ∇_b z = I (lines 59–75).

extension Note001 {
    /// The steps of lines 59–75: a linear layer: P = 0 and ∇_b z = I.
    @DerivationBuilder static var layerHessiansLinearLayer: [DerivationPart] {
        Step(
            "dz^l = dW^l a^{l-1}",
            lines: 61...61, quote: #"\therefore dz^l = dW^l \cdot a^{l-1}"#,
            note: #"\therefore dz^l = dW^l \cdot a^{l-1}"#,
            claim: "jac(zl, W) * vec(E) == vec(E * a)",
            context: .symbols("E: n x m"),
            remark: "`E` is the direction `dW^l`.")
        Step(
            "vec(dz^l) = vec(I_n dW^l a^{l-1})",
            lines: 63...63,
            quote: #"\therefore \text{vec}(dz^l) = \text{vec}(I_n \cdot dW^l \cdot a^{l-1})"#,
            note: #"\therefore \text{vec}(dz^l) = \text{vec}(I_n \cdot dW^l \cdot a^{l-1})"#,
            claim: "jac(zl, W) * vec(E) == vec(eye(n) * E * a)",
            context: .symbols("E: n x m"))
        Step(
            "= (a^{l-1})ᵀ ⊗ I_n vec(dW^l)",
            lines: 65...65, quote: #"= (a^{l-1})^T \otimes I_n \text{vec}(dW^l)"#,
            note: #"= (a^{l-1})^T \otimes I_n \text{vec}(dW^l)"#,
            claim: "jac(zl, W) * vec(E) == kron(a', eye(n)) * vec(E)",
            context: .symbols("E: n x m"),
            remark:
                """
                    No brackets around the Kronecker factor, unlike lines 39 and 49. Read left to \
                    right, `(a^{l-1})^T ⊗ I_n vec(dW^l)` is `((a^{l-1})^T ⊗ I_n) vec(dW^l)`, the \
                    only reading whose shapes fit, so this is not counted as a slip (note 000, \
                    line 69, is: there `δ^{lT} a^{(l-1)T}` comes first and does not fit).
                    """)
        Step(
            "∇_W z for a layer",
            lines: 67...67, quote: #"\nabla_{W^l} z^l = a^{l-1} \otimes I_n"#,
            note: #"\nabla_{W^l} z^l = a^{l-1} \otimes I_n"#,
            claim: "jac(zl, W)' == kron(a, eye(n))")
        Step(
            shape: "shape of ∇_W z",
            lines: 67...67,
            quote: #"\nabla_{W^l} z^l = a^{l-1} \otimes I_n \in \mathbb{R}^{n \times n}"#,
            note: #"\nabla_{W^l} z^l \in \mathbb{R}^{n \times n}"#,
            annotation: ShapeAnnotation("kron(a, eye(n))", rows: "n", cols: "n"),
            corrected: ShapeAnnotation("kron(a, eye(n))", rows: "m*n", cols: "n"),
            explanation:
                "`a^{l-1} ⊗ I_n` is `mn × n`; the note writes `ℝ^{n×n}`, true only for `m = 1`.")
        Step(
            shape: "shape of a^{l-1} under ∇_W z",
            lines: 69...69, quote: #"m \times 1 \quad \quad n \times n"#,
            note: #"a^{l-1}_{m \times 1} \otimes (I_n)_{n \times n}"#,
            annotation: ShapeAnnotation("a", rows: "m", cols: "1"))
        Step(
            "P = 0 for a layer",
            lines: 59...59, quote: #"z^l = W^l a^{l-1} + b^l"#,
            note: #"z^l = W^l a^{l-1} + b^l \Rightarrow \nabla^2_{W^l} z^l = 0"#,
            claim: "jac(jac(zl, W)', W) == zeros(m*n*n, m*n)",
            remark:
                """
                    Not written in the note, but what makes the first term of the Hessian formula \
                    vanish for a layer: `∇²_W J = (a ⊗ I_n) Q (a ⊗ I_n)ᵀ`.
                    """
        )
        Step(
            "dz^l = db^l",
            lines: 71...71, quote: #"\therefore dz^l = db^l"#,
            note: #"\therefore dz^l = db^l"#,
            claim: "jac(zl, b) * e == e",
            context: .symbols("e: n"),
            remark: "`e` is the direction `db^l`.")
        Step(
            "vec(dz^l) = vec(db^l)",
            lines: 73...73, quote: #"\therefore \text{vec}(dz^l) = \text{vec}(db^l)"#,
            note: #"\therefore \text{vec}(dz^l) = \text{vec}(db^l)"#,
            claim: "vec(jac(zl, b) * e) == vec(e)",
            context: .symbols("e: n"))
        Step(
            "∇_b z = I_n",
            lines: 75...75, quote: #"\nabla_{b^l} z^l = I_n"#,
            note: #"\nabla_{b^l} z^l = I_n"#,
            claim: "jac(zl, b)' == eye(n)")
    }
}
