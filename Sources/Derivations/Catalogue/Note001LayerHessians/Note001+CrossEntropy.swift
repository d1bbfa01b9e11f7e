// Seed note 001, part 3 of 4: Sigmoid + binary cross-entropy (`sigmoid-cross-entropy`).

extension Note001 {
    static let crossEntropy = Derivation(
        "sigmoid-cross-entropy", seed: seed,
        title: "Sigmoid + binary cross-entropy: ∇_z J = a − y and Q = diag(a ⊙ (1 − a))"
    ) {
        Summary(
            """
                For `a = σ(z)` and `J = −yᵀ ln a − (1 − y)ᵀ ln(1 − a)`: `dJ = (a − y)ᵀ dz`, `∇_z J \
                = a − y`, and `∇²_z J = diag(a ⊙ (1 − a))`.
                """
        )
        Notation(gradientLayout + " Here `z` is the note's `z^{l+1} ∈ ℝᵖ`.")
        Symbols("z: p, y: p")
        Define("a", "sigmoid(z)")
        Define("J", "-(y' * log(a) + (1 - y)' * log(1 - a))")
        Step(
            "dσ(x) = σ'(x) ⊙ dx",
            lines: 85...85, quote: #"\leftarrow d\sigma(x) = \sigma'(x) \odot dx"#,
            note: #"\leftarrow d\sigma(x) = \sigma'(x) \odot dx"#,
            claim: "jac(sigmoid(z), z) * e == (a .* (1 - a)) .* e",
            context: .symbols("e: p"))
        Step(
            "dJ = (a − y)ᵀ dz",
            lines: 87...87, quote: #"dJ = (-y + a^{l+1})^T dz^{l+1}"#,
            note: #"dJ = (-y + a^{l+1})^T dz^{l+1}"#,
            claim: "jac(J, z) == (a - y)'")
        Step(
            "vec(dJ) = vec((a − y)ᵀ dz I_1)",
            lines: 89...89,
            quote:
                #"""
                    \therefore \text{vec}(dJ) = \text{vec} \left(\begin{matrix} (-y + a^{l+1})^T \#
                    & dz^{l+1}
                    """#,
            note: #"\text{vec}(dJ) = \text{vec}\left((-y + a^{l+1})^T\, dz^{l+1} \cdot I_1\right)"#,
            claim: "jac(J, z) * e == vec(((-y + a)' * e) * eye(1))",
            context: .symbols("e: p"),
            remark:
                """
                    The transcription sets the product as a two-row `matrix` with an `\\hline` and \
                    dots under it (the note's underbraces); read as the product `(−y + a)ᵀ dz · \
                    I_1`.
                    """
        )
        Step(
            shape: "shapes under vec(dJ)",
            lines: 91...91,
            quote:
                #"""
                    1 \times 1 \qquad \qquad \qquad 1 \times p \qquad \qquad p \times 1 \qquad 1 \#
                    \times 1
                    """#,
            note:
                #"""
                    \text{vec}(dJ)_{1 \times 1} = (-y + a)^T_{1 \times p}\, dz_{p \times 1}\, \#
                    (I_1)_{1 \times 1}
                    """#,
            annotation: ShapeAnnotation("(a - y)'", rows: "1", cols: "p"))
        Step(
            "= (a − y)ᵀ vec(dz)",
            lines: 93...93, quote: #"= (-y + a^{l+1})^T \text{vec}(dz^{l+1})"#,
            note: #"= (-y + a^{l+1})^T \text{vec}(dz^{l+1})"#,
            claim: "jac(J, z) * e == (-y + a)' * vec(e)",
            context: .symbols("e: p"))
        Step(
            "∇_z J = a − y",
            lines: 95...95, quote: #"\nabla_{\vec{z}^{l+1}} J = \delta^{l+1} = -y + a^{l+1}"#,
            note: #"\nabla_{z^{l+1}} J = \delta^{l+1} = -y + a^{l+1}"#,
            claim: "grad(J, z) == a - y")
        Step(
            "d(∇_z J) = d(a − y) = da",
            lines: 97...97, quote: #"d(\nabla_{\vec{z}^{l+1}} J) = d(-y + a^{l+1}) = da^{l+1}"#,
            note: #"d(\nabla_{\vec{z}^{l+1}} J) = d(-y + a^{l+1}) = da^{l+1}"#,
            claim: "jac(grad(J, z), z) == jac(a, z)")
        Step(
            "s' = s(1 − s)",
            lines: 101...101, quote: #"s' = s(1-s)"#,
            note: #"s' = s(1-s)"#,
            claim: "jac(sigmoid(z), z) == diag(sigmoid(z) .* (1 - sigmoid(z)))")
        Step(
            "da = diag(a ⊙ (1 − a)) dz",
            lines: 103...103, quote: #"= \text{diag}(a^{l+1} \odot (1-a^{l+1})) dz^{l+1}"#,
            note: #"d a^{l+1} = \text{diag}(a^{l+1} \odot (1-a^{l+1}))\, dz^{l+1}"#,
            claim: "jac(a, z) == diag(a .* (1 - a))")
        Step(
            "vec(d∇_z J) = vec(diag(a ⊙ (1 − a)) dz I_1)",
            lines: 105...105,
            quote:
                #"""
                    \therefore \text{vec}(d\nabla_{\vec{z}^{l+1}} J) = \text{vec} \#
                    \left(\text{diag}(a^{l+1} \odot (1-a^{l+1})) \cdot dz^{l+1} \cdot I_1 \right)
                    """#,
            note:
                #"""
                    \therefore \text{vec}(d\nabla_{\vec{z}^{l+1}} J) = \text{vec} \#
                    \left(\text{diag}(a^{l+1} \odot (1-a^{l+1})) \cdot dz^{l+1} \cdot I_1 \right)
                    """#,
            claim: "jac(grad(J, z), z) * e == vec(diag(a .* (1 - a)) * e * eye(1))",
            context: .symbols("e: p"))
        Step(
            "= diag(a ⊙ (1 − a)) vec(dz)",
            lines: 107...107,
            quote: #"= \text{diag}(a^{l+1} \odot (1-a^{l+1})) \cdot \text{vec}(dz^{l+1})"#,
            note: #"= \text{diag}(a^{l+1} \odot (1-a^{l+1})) \cdot \text{vec}(dz^{l+1})"#,
            claim: "jac(grad(J, z), z) * e == diag(a .* (1 - a)) * vec(e)",
            context: .symbols("e: p"))
        Step(
            "Q = diag(a ⊙ (1 − a))",
            lines: 109...109,
            quote:
                #"\nabla_{\vec{z}^{l+1}}^2 J = Q^{l+1} = \text{diag}(a^{l+1} \odot (1-a^{l+1}))"#,
            note: #"\nabla^2_{z^{l+1}} J = Q^{l+1} = \text{diag}(a^{l+1} \odot (1-a^{l+1}))"#,
            claim: "hess(J, z) == diag(a .* (1 - a))")
        Step(
            "… = diag(a) − a aᵀ",
            lines: 109...109,
            quote:
                #"""
                    \text{diag}(a^{l+1} \odot (1-a^{l+1})) = \text{diag}(a^{l+1}) - a^{l+1} \cdot \#
                    a^{(l+1)T}
                    """#,
            note:
                #"""
                    \text{diag}(a^{l+1} \odot (1-a^{l+1})) = \text{diag}(a^{l+1}) - a^{l+1} \#
                    a^{(l+1)T}
                    """#,
            claim: "hess(J, z) == diag(a) - a * a'",
            correction: Correction(
                claim: "hess(J, z) == diag(a) - diag(a .* a)",
                latex: #"\text{diag}(a \odot (1-a)) = \text{diag}(a) - \text{diag}(a \odot a)"#,
                explanation:
                    """
                        `diag(a) − a aᵀ` is the Hessian of **softmax** cross-entropy; with \
                        independent sigmoids the Hessian is diagonal. The two agree only when `p = \
                        1`.
                        """
            ))
        Step(
            shape: "shapes P × P under Q^{l+1}",
            lines: 111...111, quote: #"P \times P \qquad \qquad P \times P"#,
            note: #"Q^{l+1}_{P \times P} = \text{diag}(\cdot)_{P \times P}"#,
            annotation: ShapeAnnotation("hess(J, z)", rows: "P", cols: "P"),
            corrected: ShapeAnnotation("hess(J, z)", rows: "p", cols: "p"),
            explanation:
                """
                    The output has `p` entries (line 113 writes `p × p`); `P` is no dimension of \
                    the note (it names the matrix `P^l`). Read literally, `P × P` is another size.
                    """
        )
        Step(
            "Q^{l+1} written out",
            lines: 113...113,
            quote:
                #"""
                    = \begin{pmatrix} a_1^{l+1}(1-a_1^{l+1}) & & & \\ & a_2^{l+1}(1-a_2^{l+1}) & \#
                    & \\ & & \ddots & \\ & & & a_p^{l+1}(1-a_p^{l+1}) \end{pmatrix}_{p \times p}
                    """#,
            note:
                #"""
                    Q^{l+1} = \begin{pmatrix} a_1(1-a_1) & & \\ & \ddots & \\ & & a_p(1-a_p) \#
                    \end{pmatrix}_{p \times p}
                    """#,
            claim: "hess(J, z) == diag(a .* (1 - a))")
        Step(
            "∇_z J = Q δ",
            lines: 115...115, quote: #"\nabla_{z^{l+1}} J = Q^{l+1} \delta^{l+1}"#,
            note: #"\nabla_{z^{l+1}} J = Q^{l+1} \delta^{l+1}"#,
            claim: "grad(J, z) == diag(a .* (1 - a)) * (a - y)",
            correction: Correction(
                claim: "grad(J, z) == a - y",
                latex: #"\nabla_{z^{l+1}} J = \delta^{l+1}, \quad \nabla^2_{z^{l+1}} J = Q^{l+1}"#,
                explanation:
                    """
                        The gradient is `δ^{l+1}` itself; `Q^{l+1}` is the Hessian, not a factor \
                        of the gradient.
                        """
            ))
    }
}
