// Seed note 001, part 2 of 4: Layer Hessians (`layer-hessians`).

extension Note001 {
    static let layerHessians = Derivation(
        "layer-hessians", seed: seed, title: "The Hessian of the loss with respect to W^l and b^l"
    ) {
        Summary(
            """
                For `z = z(W)` and `J = J(z)`: `∇_W J = ∇_W z ∇_z J` and `∇²_W J = P (∇_z J ⊗ \
                I_mn) + (∇_W z) Q (∇_W z)ᵀ` with `P = ∇²_W z`, `Q = ∇²_z J`; for a layer `z^l = \
                W^l a^{l-1} + b^l`, `∇_W z = a^{l-1} ⊗ I_n`, `∇_b z = I_n`, `P = 0`, and `∇²_b J = \
                Q`.
                """
        )
        Notation(gradientLayout)
        Notation(
            """
                To check the general formula with `P ≠ 0` we use a nonlinear `z(W) = g(W a)` (user \
                function `g`) and a separable loss `J = Σ_k l(z_k)` (user function `l`), so `∇_z J \
                = l'(z)` and `Q = diag(l''(z))`. `P = ∇²_W z` is the note's `mn × mn²` matrix with \
                `vec(d∇_W z) = Pᵀ vec(dW)`, i.e. `jac(jac(z, W)', W)'`.
                """
        )
        Notation(
            """
                The chain at the top of the note annotates `a^{l-1}` as `n × 1` and writes \
                `a^{l+1} = f_l(z^l)`; both are checked below as shape statements.
                """
        )
        Notation(
            """
                The note's line `z^{l+1} = (1/n) Σ_i z_i − z` stands alone, unrelated to the steps \
                around it; it is not encoded.
                """
        )
        Symbols("a: m, W: n x m, b: n, g: function, l: function")
        Define("zg", "g(W*a)")
        Define("zl", "W*a + b")
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
