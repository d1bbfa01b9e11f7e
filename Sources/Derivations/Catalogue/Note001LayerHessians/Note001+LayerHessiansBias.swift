// Seed note 001, part 2 of 4 (`layer-hessians`), section 2 of 3:
// The bias gradient and Hessian (lines 43–57).

extension Note001 {
    /// The steps of lines 43–57: the bias gradient and Hessian.
    @DerivationBuilder static var layerHessiansBias: [DerivationPart] {
        Step(
            "gradient with respect to b",
            lines: 43...43, quote: #"\nabla_{b^l} J = \nabla_{b^l} z^l \cdot \nabla_{z^l} J"#,
            note: #"\nabla_{b^l} J = \nabla_{b^l} z^l \cdot \nabla_{z^l} J"#,
            claim: "grad(sum(l(zl)), b) == jac(zl, b)' * l'(zl)")
        Step(
            shape: "shapes in ∇_b J = ∇_b z ∇_z J",
            lines: 45...45, quote: #"n \times 1 \quad \quad n \times n \quad \quad n \times 1"#,
            note:
                #"""
                    \underbrace{\nabla_{b^l} J}_{n \times 1} = \underbrace{\nabla_{b^l} z^l}_{n \#
                    \times n} \underbrace{\nabla_{z^l} J}_{n \times 1}
                    """#,
            annotation: ShapeAnnotation("jac(zl, b)' * l'(zl)", rows: "n", cols: "1"))
        Step(
            "product rule for ∇_b J",
            lines: 47...47,
            quote:
                #"""
                    \therefore d\nabla_{b^l} J = d\nabla_{b^l} z^l \cdot \nabla_{z^l} J + \#
                    \nabla_{b^l} z^l \cdot d\nabla_{z^l} J
                    """#,
            note:
                #"""
                    \therefore d\nabla_{b^l} J = d\nabla_{b^l} z^l \cdot \nabla_{z^l} J + \#
                    \nabla_{b^l} z^l \cdot d\nabla_{z^l} J
                    """#,
            claim:
                """
                    jac(jac(zb, b)' * l'(zb), b) == kron(l'(zb)', eye(n)) * jac(jac(zb, b)', b) + \
                    jac(zb, b)' * jac(l'(zb), b)
                    """,
            context: .symbols("", ("zb", "g(W*a + b)")),
            remark:
                """
                    Checked for a general `z(b) = g(W a + b)`; for the layer, the first term \
                    vanishes (next step).
                    """
        )
        Step(
            "the P-term vanishes for the bias",
            lines: 49...49,
            quote:
                #"""
                    \underbrace{((\nabla_{z^l} J)^T \otimes I_n)}_{=0} \text{vec}(d\nabla_{b^l} \#
                    z^l)
                    """#,
            note: #"\underbrace{((\nabla_{z^l} J)^T \otimes I_n)}_{=0}"#,
            claim: "kron(l'(zl)', eye(n)) == zeros(n, n*n)",
            correction: Correction(
                claim: "kron(l'(zl)', eye(n)) * jac(jac(zl, b)', b) == zeros(n, n)",
                latex:
                    #"""
                        \underbrace{((\nabla_{z^l} J)^T \otimes I_n)\, \text{vec}(d\nabla_{b^l} \#
                        z^l)}_{=0}, \quad \text{vec}(d\nabla_{b^l} z^l) = 0
                        """#,
                explanation:
                    """
                        The underbrace `= 0` covers only the factor `(∇_{z^l} J)ᵀ ⊗ I_n`, which is \
                        not zero (its entries are those of the gradient). What vanishes is the \
                        other factor, `vec(d∇_b z) = 0`, because `∇_b z = I_n` does not depend on \
                        `b`; so the product, the whole first term, is zero.
                        """
            ))
        Step(
            shape: "shapes under vec(d∇_b J)",
            lines: 51...51,
            quote:
                #"""
                    n \times n \quad n \times n \quad n \times 1 \quad \quad n \times n \quad n \#
                    \times 1 \quad 1 \times 1
                    """#,
            note:
                #"""
                    I_n,\ d\nabla_{b^l} z^l,\ \nabla_{b^l} z^l: n \times n; \quad \nabla_{z^l} \#
                    J,\ d\nabla_{z^l} J: n \times 1; \quad I_1: 1 \times 1
                    """#,
            annotation: ShapeAnnotation("jac(zl, b)'", rows: "n", cols: "n"))
        Step(
            "like ①: ∇_b z Q^{lT} (∇_b z)ᵀ vec(db)",
            lines: 53...53,
            quote: #"\nabla_{b^l} z^l \cdot Q^{lT} (\nabla_{b^l} z^l)^T \text{vec}(db^l)"#,
            note: #"\nabla_{b^l} z^l \cdot Q^{lT} (\nabla_{b^l} z^l)^T \text{vec}(db^l)"#,
            claim: "jac(zl, b)' * jac(l'(zl), b) == jac(zl, b)' * diag(l''(zl))' * jac(zl, b)")
        Step(
            "bias Hessian",
            lines: 55...55,
            quote: #"\nabla_{b^l}^2 J = (\nabla_{b^l} z^l) Q^l (\nabla_{b^l} z^l)^T"#,
            note: #"\nabla^2_{b^l} J = (\nabla_{b^l} z^l)\, Q^l\, (\nabla_{b^l} z^l)^T"#,
            claim: "hess(sum(l(zl)), b) == jac(zl, b)' * diag(l''(zl)) * jac(zl, b)")
        Step(
            shape: "shapes in the bias Hessian",
            lines: 57...57,
            quote: #"n \times n \quad \quad n \times n \quad n \times n \quad \quad n \times n"#,
            note:
                #"""
                    \underbrace{\nabla^2_{b^l} J}_{n \times n} = \underbrace{(\nabla_{b^l} \#
                    z^l)}_{n \times n} \underbrace{Q^l}_{n \times n} \underbrace{(\nabla_{b^l} \#
                    z^l)^T}_{n \times n}
                    """#,
            annotation: ShapeAnnotation("hess(sum(l(zl)), b)", rows: "n", cols: "n"))
    }
}
