import MatrixNumerics
/// Seed note 001: `vec(AXB) = (Bᵀ ⊗ A) vec X`, the layer Hessians with respect
/// to `W^l` and `b^l`, sigmoid + binary cross-entropy, and the `Q^l` recursion.
enum Note001 {
    static let seed = "001_6ddf747029886e15.txt"
    static let derivations = [vecKronecker, layerHessians, crossEntropy, qRecursion]
    static let unclaimed: [UnclaimedLines] = [
        UnclaimedLines(7, .setup, "the layer: z^l = W^l a^{l-1} + b^l"),
        UnclaimedLines(
            19, .garbled,
            """
                the definition of ∇_{W^l} z^l for differentials, but the leading `\\vec{r}` is \
                unreadable: no vector r exists in the note (probably a garbled 又, “also”)
                """
        ),
        UnclaimedLines(25, .setup, "the definition of P^l for differentials, ②"),
        UnclaimedLines(
            29, .garbled, "line 19 repeated, with the same unreadable leading `\\vec{r}`"),
        UnclaimedLines(
            77, .garbled,
            """
                z^{l+1} = (1/n) Σ_i z_i − z: vector arrows and a mean that fit nothing around it; \
                unreadable as part of the derivation
                """
        ),
        UnclaimedLines(
            79...83, .setup, "definitions: Q^{l+1} = ∇²J, δ^{l+1} = ∇J, and the cross-entropy J"),
        UnclaimedLines(99, .setup, "a^{l+1} = sigmoid(z^{l+1}), written s(z^{l+1})"),
        UnclaimedLines(119, .setup, "assumption: ∇_{z^{l+1}} J = δ^{l+1} is known"),
        UnclaimedLines(123, .setup, "the next layer: z^{l+1} = W^{l+1} a^l + b^{l+1}"),
    ]

    static let gradientLayout = """
        The note's `∇_X y` is in **denominator layout**: `∇_W z` is `∂z/∂vec(W)` arranged \
        `mn × n` (one column per entry of `z`), i.e. our `jac(z, W)'`; `∇²_X J` is our \
        `hess(J, X)` (symmetric, so the layouts agree); `Q^l = ∇²_{z^l} J = hess(J, z^l)`.
        """

    // MARK: vec and Kronecker

    static let vecKronecker = Derivation(
        "vec-kronecker", seed: seed, title: "vec(AXB) = (Bᵀ ⊗ A) vec X and the Kronecker shape rule"
    ) {
        Summary(
            """
                Column-stacking turns a two-sided product into a Kronecker product acting on `vec \
                X`; `A ⊗ B = [A_ij B]` has shape `mp × nq`.
                """
        )
        Notation("`vec` stacks columns (column-major), as in the note and in our `Matrix` storage.")
        Reference("The Matrix Cookbook, eq. (520): `vec(AXB) = (Bᵀ ⊗ A) vec(X)`.")
        Step(
            "vec of a product",
            lines: 11...11, quote: #"\text{vec}(AXB) = (B^T \otimes A) \text{vec}(X)"#,
            note: #"\text{vec}(AXB) = (B^T \otimes A)\, \text{vec}(X)"#,
            claim: "vec(A*X*B) == kron(B', A) * vec(X)",
            context: .symbols("A: m x n, X: n x p, B: p x q"))
        Step(
            shape: "Kronecker shape rule",
            lines: 13...13,
            quote:
                #"A(m \times n) \quad B(p \times q) \quad A \otimes B = [A_{ij} B]_{mp \times nq}"#,
            note: #"A_{m \times n} \otimes B_{p \times q} = [A_{ij} B]_{mp \times nq}"#,
            annotation: ShapeAnnotation("kron(A, B)", rows: "m*p", cols: "n*q"),
            context: .symbols("A: m x n, B: p x q"))
        Step(
            "Kronecker entries",
            lines: 13...13, quote: #"A \otimes B = [A_{ij} B]"#,
            note: #"A \otimes B = [A_{ij} B]"#,
            claim: "kron(A, B) * kron(C, D) == kron(A * C, B * D)",
            context: .symbols("A: m x n, B: p x q, C: n x r, D: q x s"),
            remark:
                """
                    Checked through its consequence, the mixed-product rule, which pins down the \
                    block layout `[A_ij B]`.
                    """
        )
    }

    // MARK: Layer Hessians

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

    // MARK: Sigmoid + binary cross-entropy

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

    // MARK: δ and Q recursions

    static let qRecursion = Derivation(
        "q-recursion", seed: seed, title: "The δ recursion and the Q^l recursion for layer Hessians"
    ) {
        Summary(
            """
                Going back one layer, `δ^l = diag(f'(z^l)) W^{l+1 T} δ^{l+1}` and `Q^l = \
                diag(f'(z^l)) W^{l+1 T} Q^{l+1} W^{l+1} diag(f'(z^l))`, exact when `f'' = 0` \
                (piecewise-linear activations such as relu); otherwise `Q^l` gains the term \
                `diag(f''(z^l) ⊙ W^{l+1 T} δ^{l+1})`.
                """
        )
        Notation(gradientLayout)
        Notation(
            """
                `zl` is `z^l ∈ ℝⁿ` (a free symbol, so derivatives with respect to it are \
                ordinary), `V` is `W^{l+1}` (`p × n`), `zn = V f(zl) + c` is `z^{l+1}`, and the \
                loss downstream is `J = Σ_k l(z^{l+1}_k)`, so `δ^{l+1} = l'(z^{l+1})`, `Q^{l+1} = \
                diag(l''(z^{l+1}))`.
                """
        )
        Symbols("zl: n, V: p x n, c: p, f: function, l: function")
        Define("zn", "V*f(zl) + c")
        Define("J", "sum(l(zn))")
        Step(
            shape: "Q^l = ∇_{z^l} J",
            lines: 115...115, quote: #"\text{求 } Q^l = \nabla_{z^l} J"#,
            note: #"\text{find } Q^l = \nabla_{z^l} J"#,
            annotation: ShapeAnnotation("grad(J, zl)", rows: "n", cols: "n"),
            corrected: ShapeAnnotation("hess(J, zl)", rows: "n", cols: "n"),
            explanation:
                """
                    `∇_{z^l} J` is the `n × 1` gradient `δ^l`; `Q^l` is the Hessian `∇²_{z^l} J` \
                    (the square is missing).
                    """
        )
        Step(
            "③ vec(dJ) = δ^{(l+1)T} vec(dz^{l+1})",
            lines: 121...121,
            quote: #"\therefore \text{vec}(dJ) = \delta^{(l+1)T} \text{vec}(dz^{l+1})"#,
            note: #"\therefore \text{vec}(dJ) = \delta^{(l+1)T} \text{vec}(dz^{l+1})"#,
            claim: "jac(J, zl) * e == l'(zn)' * (jac(zn, zl) * e)",
            context: .symbols("e: n"),
            remark: "Along a direction `e = dz^l`.")
        Step(
            "dz^{l+1} = W^{l+1} da^l",
            lines: 125...125, quote: #"\therefore dz^{l+1} = W^{l+1} da^l"#,
            note: #"\therefore dz^{l+1} = W^{l+1} da^l"#,
            claim: "jac(zn, zl) * e == V * (jac(f(zl), zl) * e)",
            context: .symbols("e: n"))
        Step(
            "da^l = diag(f'(z^l)) dz^l",
            lines: 125...125, quote: #"\therefore da^l = \text{diag}(f'_l(z^l)) \cdot dz^l"#,
            note: #"\therefore da^l = \text{diag}(f'_l(z^l)) \cdot dz^l"#,
            claim: "jac(f(zl), zl) * e == diag(f'(zl)) * e",
            context: .symbols("e: n"))
        Step(
            "dz^{l+1} = W^{l+1} diag(f'(z^l)) dz^l",
            lines: 127...127, quote: #"\therefore dz^{l+1} = W^{l+1} \text{diag}(f'_l(z^l)) dz^l"#,
            note: #"dz^{l+1} = W^{l+1} \text{diag}(f'_l(z^l))\, dz^l"#,
            claim: "jac(zn, zl) == V * diag(f'(zl))")
        Step(
            "④ in ③: vec(dJ) = δ^{(l+1)T} vec(W^{l+1} diag(f') dz^l I_1)",
            lines: 129...129,
            quote:
                #"""
                    \text{vec}(dJ) = \delta^{(l+1)T} \text{vec}(W^{l+1} \text{diag}(f'_l(z^l)) \#
                    \cdot dz^l \cdot I_1)
                    """#,
            note:
                #"""
                    \text{vec}(dJ) = \delta^{(l+1)T} \text{vec}(W^{l+1} \text{diag}(f'_l(z^l)) \#
                    \cdot dz^l \cdot I_1)
                    """#,
            claim: "jac(J, zl) * e == l'(zn)' * vec(V * diag(f'(zl)) * e * eye(1))",
            context: .symbols("e: n"))
        Step(
            "= δ^{(l+1)T} W^{l+1} diag(f') vec(dz^l)",
            lines: 131...131,
            quote: #"= \delta^{(l+1)T} W^{l+1} \text{diag}(f'_l(z^l)) \cdot \text{vec}(dz^l)"#,
            note: #"= \delta^{(l+1)T} W^{l+1} \text{diag}(f'_l(z^l)) \cdot \text{vec}(dz^l)"#,
            claim: "jac(J, zl) * e == l'(zn)' * V * diag(f'(zl)) * vec(e)",
            context: .symbols("e: n"))
        Step(
            "δ recursion",
            lines: 133...133,
            quote: #"\nabla_{z^l} J = \delta^l = \text{diag}(f'_l(z^l)) W^{(l+1)T} \delta^{l+1}"#,
            note: #"\nabla_{z^l} J = \delta^l = \text{diag}(f'_l(z^l))\, W^{(l+1)T} \delta^{l+1}"#,
            claim: "grad(J, zl) == diag(f'(zl)) * V' * l'(zn)")
        Step(
            "即 ∇_{z^l} J = diag(f') W^{(l+1)T} ∇_{z^{l+1}} J",
            lines: 135...135,
            quote:
                #"""
                    \nabla_{z^l} J = \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot \#
                    \nabla_{z^{l+1}} J
                    """#,
            note:
                #"""
                    \nabla_{z^l} J = \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot \#
                    \nabla_{z^{l+1}} J
                    """#,
            claim: "grad(J, zl) == diag(f'(zl)) * V' * l'(zn)",
            remark: "`∇_{z^{l+1}} J` is `l'(z^{l+1})` for our loss `J = Σ_k l(z^{l+1}_k)`.")
        Step(
            "product rule for ∇_{z^l} J",
            lines: 137...139,
            quote:
                #"""
                    \therefore \text{vec}(d\nabla_{z^l} J) = \text{vec}(d \text{diag}(f'_l(z^l)) \#
                    \cdot W^{(l+1)T} \cdot \nabla_{z^{l+1}} J)
                    """#,
            note:
                #"""
                    \text{vec}(d\nabla_{z^l} J) = \text{vec}(d\,\text{diag}(f'_l(z^l)) \cdot \#
                    W^{(l+1)T} \nabla_{z^{l+1}} J) + \text{vec}(\text{diag}(f'_l(z^l)) W^{(l+1)T} \#
                    \cdot d\nabla_{z^{l+1}} J \cdot I_1)
                    """#,
            claim:
                """
                    jac(grad(J, zl), zl) * e == vec(diag(f''(zl) .* e) * V' * l'(zn)) + \
                    vec(diag(f'(zl)) * V' * (jac(l'(zn), zl) * e) * eye(1))
                    """,
            context: .symbols("e: n"),
            remark: "Lines 137 and 139 are the two terms of one product rule.")
        Step(
            "= diag(f') W^{(l+1)T} vec(d∇_{z^{l+1}} J)",
            lines: 141...141,
            quote:
                #"= \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot \text{vec}(d\nabla_{z^{l+1}} J)"#,
            kind: .approximation,
            note:
                #"= \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot \text{vec}(d\nabla_{z^{l+1}} J)"#,
            claim: "jac(grad(J, zl), zl) * e == diag(f'(zl)) * V' * vec(jac(l'(zn), zl) * e)",
            exactUnder: ["f'' = 0"],
            context: .symbols("e: n"),
            remark:
                """
                    The first term of the product rule is dropped here, by the note's `f''_l = 0` \
                    (line 137).
                    """
        )
        Step(
            "= diag(f') W^{(l+1)T} Q^{(l+1)T} vec(dz^{l+1})",
            lines: 143...143,
            quote:
                #"= \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot Q^{(l+1)T} \text{vec}(dz^{l+1})"#,
            kind: .approximation,
            note:
                #"= \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot Q^{(l+1)T} \text{vec}(dz^{l+1})"#,
            claim:
                """
                    jac(grad(J, zl), zl) * e == diag(f'(zl)) * V' * diag(l''(zn))' * vec(jac(zn, \
                    zl) * e)
                    """,
            exactUnder: ["f'' = 0"],
            context: .symbols("e: n"))
        Step(
            "substituting ④",
            lines: 145...145,
            quote:
                #"""
                    = \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot Q^{(l+1)T} \cdot \#
                    \text{vec}(W^{l+1} \text{diag}(f'_l(z^l)) dz^l \cdot I_1)
                    """#,
            kind: .approximation,
            note:
                #"""
                    = \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot Q^{(l+1)T} \cdot \#
                    \text{vec}(W^{l+1} \text{diag}(f'_l(z^l)) dz^l \cdot I_1)
                    """#,
            claim:
                """
                    jac(grad(J, zl), zl) * e == diag(f'(zl)) * V' * diag(l''(zn))' * vec(V * \
                    diag(f'(zl)) * e * eye(1))
                    """,
            exactUnder: ["f'' = 0"],
            context: .symbols("e: n"),
            remark:
                """
                    Garbled text before the math: `代 λ` is unreadable as written; it is the note's \
                    代入 ④ (“substitute ④”), prose that is not part of the claim.
                    """
        )
        Step(
            "= diag(f') W^{(l+1)T} Q^{(l+1)T} W^{l+1} diag(f') vec(dz^l)",
            lines: 147...147,
            quote:
                #"""
                    = \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot Q^{(l+1)T} W^{l+1} \cdot \#
                    \text{diag}(f'_l(z^l)) \cdot \text{vec}(dz^l)
                    """#,
            kind: .approximation,
            note:
                #"""
                    = \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot Q^{(l+1)T} W^{l+1} \cdot \#
                    \text{diag}(f'_l(z^l)) \cdot \text{vec}(dz^l)
                    """#,
            claim:
                """
                    jac(grad(J, zl), zl) * e == diag(f'(zl)) * V' * diag(l''(zn))' * V * \
                    diag(f'(zl)) * vec(e)
                    """,
            exactUnder: ["f'' = 0"],
            context: .symbols("e: n"))
        Step(
            "= Q^{lT} vec(dz^l)",
            lines: 149...149, quote: #"= Q^{lT} \text{vec}(dz^l)"#,
            note: #"= Q^{lT} \text{vec}(dz^l)"#,
            claim: "jac(grad(J, zl), zl) * e == hess(J, zl)' * vec(e)",
            context: .symbols("e: n"))
        Step(
            "Q recursion",
            lines: 151...151,
            quote:
                #"""
                    \therefore Q^l = \underbrace{\text{diag}(f'_l(z^l))}_{n \times n} \cdot \#
                    \underbrace{W^{(l+1)T}}_{n \times p} \cdot \underbrace{Q^{l+1}}_{p \times p} \#
                    \cdot \underbrace{W^{l+1}}_{p \times n} \cdot \#
                    \underbrace{\text{diag}(f'_l(z^l))}_{n \times n}
                    """#,
            kind: .approximation,
            note:
                #"""
                    Q^l = \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot Q^{l+1} \cdot W^{l+1} \#
                    \cdot \text{diag}(f'_l(z^l))
                    """#,
            claim: "hess(J, zl) == diag(f'(zl)) * V' * diag(l''(zn)) * V * diag(f'(zl))",
            exactUnder: ["f'' = 0"],
            remark:
                """
                    The note drops `d diag(f'_l(z^l))` because `f''_l = 0` for piecewise-linear \
                    activations such as relu; for smooth activations the term below is missing.
                    """
        )
        Step(
            "Q recursion with the f'' term",
            lines: 137...137,
            quote: #"\leftarrow \because f_l(\cdot) \text{ 若是 ReLU 这种 piecewise lin. } f_l'' = 0."#,
            note:
                #"""
                    Q^l = \text{diag}(f') W^{(l+1)T} Q^{l+1} W^{l+1} \text{diag}(f') + \#
                    \text{diag}(f''(z^l) \odot W^{(l+1)T} \delta^{l+1})
                    """#,
            claim:
                """
                    hess(J, zl) == diag(f'(zl)) * V' * diag(l''(zn)) * V * diag(f'(zl)) + \
                    diag(f''(zl) .* (V' * l'(zn)))
                    """,
            remark: "Not in the note: the exact recursion for any smooth activation.")
        Step(
            shape: "shapes in the Q recursion",
            lines: 151...151,
            quote:
                #"""
                    \underbrace{W^{(l+1)T}}_{n \times p} \cdot \underbrace{Q^{l+1}}_{p \times p} \#
                    \cdot \underbrace{W^{l+1}}_{p \times n}
                    """#,
            note:
                #"""
                    \underbrace{W^{(l+1)T}}_{n \times p}\underbrace{Q^{l+1}}_{p \times \#
                    p}\underbrace{W^{l+1}}_{p \times n}
                    """#,
            annotation: ShapeAnnotation("V' * diag(l''(zn)) * V", rows: "n", cols: "n"))
    }
}
