// Seed note 001, part 2 of 4 (`layer-hessians`), section 1 of 3:
// The weight gradient and Hessian (lines 3–41).

extension Note001 {
    /// The steps of lines 3–41: the weight gradient and Hessian.
    @DerivationBuilder static var layerHessiansWeights: [DerivationPart] {
        Step(
            shape: "shape of a^{l-1} in the chain",
            lines: 3...5, quote: #"a^{l-1} \xrightarrow{W^l} z^l"#,
            note: #"a^{l-1}_{n \times 1} \xrightarrow{W^l_{n \times m}} z^l"#,
            annotation: ShapeAnnotation("W * an", rows: "n", cols: "1"),
            corrected: ShapeAnnotation("W * a", rows: "n", cols: "1"),
            explanation:
                """
                    With `W^l` of shape `n × m`, `a^{l-1}` must be `m × 1`; an `n × 1` vector \
                    cannot be multiplied by `W^l` unless `m = n`.
                    """,
            context: .symbols("an: n"),
            remark:
                """
                    Line 5 has nine labels for the eight objects of line 3 (`a^{l-1}`, `W^l`, \
                    `z^l`, `a^l`, `W^{l+1}`, `z^{l+1}`, `a^{l+1}`, `y`). Read left to right, the \
                    first eight fit every object but `a^{l-1}` (this erratum) and the ninth, `p × \
                    1`, labels nothing: a stray label, noted here, that states no shape to check.
                    """)
        Step(
            shape: "a^{l+1} = f_l(z^l)",
            lines: 9...9, quote: #"a^{l+1} = f_l(z^l)"#,
            note: #"a^{l+1} = f_l(z^l), \quad a^{l+1} \in p \times 1"#,
            annotation: ShapeAnnotation("f(zl)", rows: "p", cols: "1"),
            corrected: ShapeAnnotation("f(zl)", rows: "n", cols: "1"),
            explanation:
                """
                    `f_l(z^l)` is `a^l` (`n × 1`), not `a^{l+1}` (`p × 1`): the superscript is off \
                    by one.
                    """,
            context: .symbols("f: function"))
        Step(
            shape: "shape of Q^l",
            lines: 15...15, quote: #"\nabla_{z^l}^2 J = Q^l \in \mathbb{R}^{n \times n}"#,
            note: #"\nabla_{z^l}^2 J = Q^l \in \mathbb{R}^{n \times n}"#,
            annotation: ShapeAnnotation("hess(sum(l(zv)), zv)", rows: "n", cols: "n"),
            context: .symbols("zv: n"))
        Step(
            "vec(d∇_z J) = Q^{lT} vec(dz^l)",
            lines: 17...17,
            quote: #"\therefore \text{vec}(d \nabla_{z^l} J) = Q^{lT} \text{vec}(dz^l)"#,
            note: #"\therefore \text{vec}(d \nabla_{z^l} J) = Q^{lT} \text{vec}(dz^l)"#,
            claim: "jac(l'(zv), zv) == diag(l''(zv))'",
            context: .symbols("zv: n"))
        Step(
            "① vec(d∇_z J) = Q^{lT} (∇_W z)ᵀ vec(dW)",
            lines: 21...21,
            quote:
                #"""
                    \therefore \text{vec}(d \nabla_{z^l} J) = Q^{lT} (\nabla_{W^l} z^l)^T \#
                    \text{vec}(dW^l)
                    """#,
            note:
                #"""
                    \therefore \text{vec}(d \nabla_{z^l} J) = Q^{lT} (\nabla_{W^l} z^l)^T \#
                    \text{vec}(dW^l)
                    """#,
            claim: "jac(l'(zg), W) == diag(l''(zg))' * (jac(zg, W)')'")
        Step(
            "vec(dJ) = (∇_z J)ᵀ vec(dz)",
            lines: 27...27,
            quote:
                #"""
                    \therefore \text{vec}(dJ) = \underbrace{(\nabla_{z^l} J)}_{n \times 1}^T \#
                    \text{vec}(dz^l)
                    """#,
            note:
                #"""
                    \therefore \text{vec}(dJ) = \underbrace{(\nabla_{z^l} J)}_{n \times 1}^T \#
                    \text{vec}(dz^l)
                    """#,
            claim: "jac(sum(l(zv)), zv) == l'(zv)'",
            context: .symbols("zv: n"))
        Step(
            "vec(dJ) = (∇_z J)ᵀ (∇_W z)ᵀ vec(dW)",
            lines: 31...31,
            quote:
                #"""
                    \therefore \text{vec}(dJ) = (\nabla_{z^l} J)^T (\nabla_{W^l} z^l)^T \#
                    \text{vec}(dW^l)
                    """#,
            note:
                #"""
                    \therefore \text{vec}(dJ) = (\nabla_{z^l} J)^T (\nabla_{W^l} z^l)^T \#
                    \text{vec}(dW^l)
                    """#,
            claim: "jac(sum(l(zg)), W) == l'(zg)' * (jac(zg, W)')'")
        Step(
            "gradient with respect to W: ∇_W J = ∇_W z · ∇_z J",
            lines: 33...33,
            quote:
                #"""
                    \nabla_{W^l} J = \underbrace{\nabla_{W^l} z^l}_{mn \times n} \cdot \#
                    \underbrace{\nabla_{z^l} J}_{n \times 1}
                    """#,
            note:
                #"""
                    \nabla_{W^l} J = \underbrace{\nabla_{W^l} z^l}_{mn \times n} \cdot \#
                    \underbrace{\nabla_{z^l} J}_{n \times 1}
                    """#,
            claim: "vec(grad(sum(l(zg)), W)) == jac(zg, W)' * l'(zg)")
        Step(
            "product rule for ∇_W J",
            lines: 35...35,
            quote:
                #"""
                    \therefore d \nabla_{W^l} J = d(\nabla_{W^l} z^l) \cdot \nabla_{z^l} J + \#
                    \nabla_{W^l} z^l \cdot d(\nabla_{z^l} J)
                    """#,
            note:
                #"""
                    \therefore d \nabla_{W^l} J = d(\nabla_{W^l} z^l) \cdot \nabla_{z^l} J + \#
                    \nabla_{W^l} z^l \cdot d(\nabla_{z^l} J)
                    """#,
            claim:
                """
                    jac(jac(zg, W)' * l'(zg), W) == kron(l'(zg)', eye(m*n)) * jac(jac(zg, W)', W) \
                    + jac(zg, W)' * jac(l'(zg), W)
                    """,
            remark: "In vec form: `vec(dA · b) = (bᵀ ⊗ I) vec(dA)` for the first term.")
        Step(
            shape: "P^l",
            lines: 23...23, quote: #"\nabla_{W^l}^2 z^l = P^l \in \mathbb{R}^{mn \times mn^2}"#,
            note: #"\nabla^2_{W^l} z^l = P^l \in \mathbb{R}^{mn \times mn^2}"#,
            annotation: ShapeAnnotation("jac(jac(zg, W)', W)'", rows: "m*n", cols: "m*n*n"))
        Step(
            shape: "I_mn in vec(I_mn · d∇_W z · ∇_z J)",
            lines: 37...37, quote: #"\left(\underbrace{I_{mn}}_{m \times m}"#,
            note: #"\underbrace{I_{mn}}_{m \times m}"#,
            annotation: ShapeAnnotation("eye(m*n)", rows: "m", cols: "m"),
            corrected: ShapeAnnotation("eye(m*n)", rows: "m*n", cols: "m*n"),
            explanation: "`I_mn` is `mn × mn`; the note's `m × m` holds only when `n = 1`.")
        Step(
            "vec(d∇_W J), vectorised",
            lines: 37...37,
            quote:
                #"""
                    &= \left(\underbrace{(\nabla_{z^l} J)^T}_{1 \times n} \otimes \#
                    \underbrace{I_{mn}}_{m \times m} \right) \underbrace{\text{vec}(d \#
                    \nabla_{W^l} z^l)}_{mn^2 \times 1} + \underbrace{\nabla_{W^l} z^l}_{m \times \#
                    n} \text{vec}(d \nabla_{z^l} J)_{n \times 1}
                    """#,
            note:
                #"""
                    \text{vec}(d \nabla_{W^l} J) = \left((\nabla_{z^l} J)^T \otimes I_{mn}\right) \#
                    \text{vec}(d \nabla_{W^l} z^l) + \nabla_{W^l} z^l\, \text{vec}(d \nabla_{z^l} \#
                    J)
                    """#,
            claim:
                """
                    vec(eye(k) * D * v) + vec(G * e * eye(1)) == kron(v', eye(k)) * vec(D) + G * \
                    vec(e)
                    """,
            context: .symbols("D: k x n, v: n, G: k x n, e: n"),
            remark:
                """
                    The link's algebra for any `d∇_W z` (`D`, with `k = mn` rows), `∇_z J` (`v`), \
                    `∇_W z` (`G`) and `d∇_z J` (`e`): `vec(I D v) = (vᵀ ⊗ I) vec D` and `vec(G e \
                    I_1) = G vec(e)`.
                    """
        )
        Step(
            shape: "the second I_mn in vec(d∇_W J)",
            lines: 37...37, quote: #"\otimes \underbrace{I_{mn}}_{m \times m} \right)"#,
            note: #"\left((\nabla_{z^l} J)^T \otimes \underbrace{I_{mn}}_{m \times m}\right)"#,
            annotation: ShapeAnnotation("eye(m*n)", rows: "m", cols: "m"),
            corrected: ShapeAnnotation("eye(m*n)", rows: "m*n", cols: "m*n"),
            explanation: "The same slip again in the next link: `I_mn` is `mn × mn`.")
        Step(
            shape: "∇_W z in the second link",
            lines: 37...37,
            quote:
                #"""
                    + \underbrace{\nabla_{W^l} z^l}_{m \times n} \text{vec}(d \nabla_{z^l} J)_{n \#
                    \times 1}
                    """#,
            note: #"\underbrace{\nabla_{W^l} z^l}_{m \times n}"#,
            annotation: ShapeAnnotation("jac(zg, W)'", rows: "m", cols: "n"),
            corrected: ShapeAnnotation("jac(zg, W)'", rows: "m*n", cols: "n"),
            explanation:
                """
                    In the first link of the same line the note has it right, `mn × n`; here it \
                    writes `m × n`.
                    """
        )
        Step(
            "vec(d∇_W J) with P^{lT} and Q^{lT}",
            lines: 39...39,
            quote:
                #"""
                    \left((\nabla_{z^l} J)^T \otimes I_{mn} \right) P^{lT} \text{vec}(dW^l) + \#
                    (\nabla_{W^l} z^l) \cdot Q^{lT} \cdot (\nabla_{W^l} z^l)^T \text{vec}(dW^l)
                    """#,
            note:
                #"""
                    \left((\nabla_{z^l} J)^T \otimes I_{mn} \right) P^{lT} \text{vec}(dW^l) + \#
                    (\nabla_{W^l} z^l) \cdot Q^{lT} \cdot (\nabla_{W^l} z^l)^T \text{vec}(dW^l)
                    """#,
            claim:
                """
                    jac(jac(zg, W)' * l'(zg), W) == kron(l'(zg)', eye(m*n)) * jac(jac(zg, W)', W) \
                    + jac(zg, W)' * diag(l''(zg))' * jac(zg, W)
                    """,
            remark:
                """
                    The line opens with a garbled note to itself (将 ⊗ 变 ⊗X →, “turn ⊗ into ⊗X”); \
                    the formula after the arrow is read as written.
                    """
        )
        Step(
            "Hessian with respect to W",
            lines: 41...41,
            quote:
                #"""
                    \nabla_{W^l}^2 J = \underbrace{P^l}_{m \times mn^2} \cdot \#
                    \underbrace{(\nabla_{z^l} J \otimes I_{mn})}_{n \times mn} + \#
                    \underbrace{(\nabla_{W^l} z^l)}_{m \times n} \underbrace{Q^l}_{n \times n} \#
                    \underbrace{(\nabla_{W^l} z^l)^T}_{n
                    """#,
            note:
                #"""
                    \nabla^2_{W^l} J = P^l \cdot (\nabla_{z^l} J \otimes I_{mn}) + (\nabla_{W^l} \#
                    z^l)\, Q^l\, (\nabla_{W^l} z^l)^T
                    """#,
            claim:
                """
                    hess(sum(l(zg)), W) == jac(jac(zg, W)', W)' * kron(l'(zg), eye(m*n)) + jac(zg, \
                    W)' * diag(l''(zg)) * jac(zg, W)
                    """
        )
        Step(
            shape: "P^l under the Hessian formula",
            lines: 41...41, quote: #"\underbrace{P^l}_{m \times mn^2}"#,
            note: #"\underbrace{P^l}_{m \times mn^2}"#,
            annotation: ShapeAnnotation("jac(jac(zg, W)', W)'", rows: "m", cols: "m*n*n"),
            corrected: ShapeAnnotation("jac(jac(zg, W)', W)'", rows: "m*n", cols: "m*n*n"),
            explanation: "`P^l` is `mn × mn²`, as the note itself states when it defines `P^l`.")
        Step(
            shape: "∇_z J ⊗ I_mn",
            lines: 41...41, quote: #"\underbrace{(\nabla_{z^l} J \otimes I_{mn})}_{n \times mn}"#,
            note: #"\underbrace{(\nabla_{z^l} J \otimes I_{mn})}_{n \times mn}"#,
            annotation: ShapeAnnotation("kron(l'(zg), eye(m*n))", rows: "n", cols: "m*n"),
            corrected: ShapeAnnotation("kron(l'(zg), eye(m*n))", rows: "m*n*n", cols: "m*n"),
            explanation: "An `n × 1` vector Kronecker `I_mn` is `mn² × mn`.")
        Step(
            shape: "∇_W z in the Hessian formula",
            lines: 41...41, quote: #"\underbrace{(\nabla_{W^l} z^l)}_{m \times n}"#,
            note: #"\underbrace{(\nabla_{W^l} z^l)}_{m \times n}"#,
            annotation: ShapeAnnotation("jac(zg, W)'", rows: "m", cols: "n"),
            corrected: ShapeAnnotation("jac(zg, W)'", rows: "m*n", cols: "n"),
            explanation: "`∇_W z` has one row per entry of `W`: `mn × n`.")
    }
}
