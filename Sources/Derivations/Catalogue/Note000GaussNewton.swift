/// Seed note 000: the Jacobian chain rule, the Gauss-Newton Hessian
/// `H = J_φ H_L J_φᵀ`, the layer Jacobian `∂z^L/∂w^l = (a^{l-1} ⊗ I_n) δ^l`
/// with the `δ` recursion, and a CurveBall step.
enum Note000 {
    static let seed = "000_8abc8f1c17198766.txt"
    static let derivations = [chainRule, gaussNewton, layerJacobian, curveBall]
    static let unclaimed: [UnclaimedLines] = [
        UnclaimedLines(5...9, .setup, "the domains of f, g and g ∘ f"),
        UnclaimedLines(11, .setup, "the vectors x, y, z and their entries"),
        UnclaimedLines(
            21...25, .setup,
            """
                f = L(φ(w)), φ: ℝᵖ → ℝᵒ with the remark “(输入 z^L)”, “(input z^L)”: z^L is the \
                output of φ, which is the input of L; L: ℝᵒ → ℝ
                """
        ),
        UnclaimedLines(33, .setup, "arrows naming the two factors of line 31 J_L and J_φ"),
        UnclaimedLines(77, .setup, "definition: δ^{l+1} = ∂z^L/∂z^{l+1}"),
        UnclaimedLines(81, .setup, "the definition of δ^{l+1} restated for differentials"),
        UnclaimedLines(95, .prose, "“J_φ U is back-propagation; proof on the next page”"),
        UnclaimedLines(
            119, .setup, "the CurveBall update z ← ρz − βΔz (an assignment, not an equation)"),
        UnclaimedLines(124...128, .prose, "the plan of steps 2–4 of a CurveBall iteration"),
    ]

    static let denominatorLayout = """
        The note writes Jacobians in **denominator layout**: its `J(f)` for \
        `f: ℝⁿ → ℝᵐ` is `n × m` with entry `(j, k) = ∂y_k/∂x_j`. Our `jac(y, x)` is \
        numerator layout (`m × n`), so the note's `J(f)` is `jac(y, x)'`.
        """

    // MARK: Chain rule

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

    // MARK: Gauss-Newton

    static let gaussNewton = Derivation(
        "gauss-newton", seed: seed,
        title: "Gradient, Hessian and the Gauss-Newton approximation of f = L(φ(w))"
    ) {
        Summary(
            """
                For a loss `f(w) = L(φ(w))` with network output `z = φ(w) ∈ ℝᵒ`, the gradient is \
                `J_φ J_L`, the Hessian splits into a second-order term and the Gauss-Newton term \
                `J_φ H_L J_φᵀ`, which is exact when the network output is linear in `w`; \
                Hessian-vector products need only `J_φ` and `J_φᵀ` products.
                """
        )
        Notation(
            denominatorLayout
                + " So `J_φ = jac(z, w)'` (`p × o`), `J_L = grad(L, z)` (`o × 1`), `H_L = hess(L, "
                + "z)` (`o × o`)."
        )
        Notation(
            """
                We take `φ(w) = B f(A w)` (a two-layer map, nonlinear in `w` through the user \
                function `f`) and the separable loss `L(z) = Σ_k l(z_k)` with a user function `l`, \
                so `J_L = l'(z)` and `H_L = diag(l''(z))`.
                """
        )
        Symbols("w: p, A: r x p, B: o x r, f: function, l: function")
        Define("z", "B*f(A*w)")
        Define("L", "sum(l(z))")
        Step(
            "gradient by the chain rule",
            lines: 27...29,
            quote: #"J(f) = J_\phi \cdot J_L$$ $$p \times 1 \quad p \times o \quad o \times 1"#,
            note: #"J(f) = J_\phi \cdot J_L, \quad p \times 1 = (p \times o)(o \times 1)"#,
            claim: "grad(L, w) == jac(z, w)' * l'(z)")
        Step(
            "gradient entrywise",
            lines: 31...31,
            quote:
                #"""
                    J_i = \frac{\partial f}{\partial w_i} = \sum_k \frac{\partial f}{\partial \#
                    z_k^L} \cdot \frac{\partial z_k^L}{\partial w_i}
                    """#,
            note:
                #"""
                    J_i = \frac{\partial f}{\partial w_i} = \sum_k \frac{\partial f}{\partial \#
                    z_k^L} \cdot \frac{\partial z_k^L}{\partial w_i}
                    """#,
            claim: "jac(L, w) == l'(z)' * jac(z, w)")
        Step(
            shape: "shape of J_φ",
            lines: 47...47, quote: #"\end{pmatrix}_{p \times o}"#,
            note: #"J_\phi \in \mathbb{R}^{p \times o}"#,
            annotation: ShapeAnnotation("jac(z, w)'", rows: "p", cols: "o"))
        Step(
            "H_ij = ∂/∂w_j of the gradient",
            lines: 35...35,
            quote:
                #"""
                    H_{ij} = \frac{\partial^2 f}{\partial w_i \partial w_j} = \#
                    \frac{\partial}{\partial w_j} \sum_k \frac{\partial f}{\partial z_k^L} \cdot \#
                    \frac{\partial z_k^L}{\partial w_i}
                    """#,
            note:
                #"""
                    H_{ij} = \frac{\partial^2 f}{\partial w_i \partial w_j} = \#
                    \frac{\partial}{\partial w_j} \sum_k \frac{\partial f}{\partial z_k^L} \cdot \#
                    \frac{\partial z_k^L}{\partial w_i}
                    """#,
            claim: "hess(L, w) == jac(jac(z, w)' * l'(z), w)")
        Step(
            shape: "shape of H",
            lines: 37...37, quote: #"(p \times p)"#,
            note: #"H_{p \times p}"#,
            annotation: ShapeAnnotation("hess(L, w)", rows: "p", cols: "p"))
        Step(
            "product rule",
            lines: 39...39,
            quote:
                #"""
                    = \sum_k \frac{\partial f}{\partial z_k^L} \frac{\partial^2 z_k^L}{\partial \#
                    w_i \partial w_j} + \sum_k \frac{\partial}{\partial w_j} \left( \#
                    \frac{\partial f}{\partial z_k^L} \right) \cdot \frac{\partial \#
                    z_k^L}{\partial w_i}
                    """#,
            note:
                #"""
                    = \sum_k \frac{\partial f}{\partial z_k^L} \frac{\partial^2 z_k^L}{\partial \#
                    w_i \partial w_j} + \sum_k \frac{\partial}{\partial w_j} \left( \#
                    \frac{\partial f}{\partial z_k^L} \right) \frac{\partial z_k^L}{\partial w_i}
                    """#,
            claim:
                """
                    jac(jac(z, w)' * l'(z), w) == A' * diag((B' * l'(z)) .* f''(A*w)) * A + jac(z, \
                    w)' * jac(l'(z), w)
                    """
        )
        Step(
            "chain rule inside the second sum",
            lines: 41...41,
            quote:
                #"""
                    + \sum_k \left( \sum_m \frac{\partial^2 f}{\partial z_k^L \partial z_m^L} \#
                    \frac{\partial z_m^L}{\partial w_j} \right) \cdot \frac{\partial \#
                    z_k^L}{\partial w_i}
                    """#,
            note:
                #"""
                    = \sum_k \frac{\partial f}{\partial z_k^L} \frac{\partial^2 z_k^L}{\partial \#
                    w_i \partial w_j} + \sum_k \left( \sum_m \frac{\partial^2 f}{\partial z_k^L \#
                    \partial z_m^L} \frac{\partial z_m^L}{\partial w_j} \right) \frac{\partial \#
                    z_k^L}{\partial w_i}
                    """#,
            claim:
                """
                    jac(jac(z, w)' * l'(z), w) == A' * diag((B' * l'(z)) .* f''(A*w)) * A + jac(z, \
                    w)' * (diag(l''(z)) * jac(z, w))
                    """
        )
        Step(
            "Hessian: second-order term plus Gauss-Newton term",
            lines: 43...43,
            quote:
                #"""
                    = \sum_k \frac{\partial f}{\partial z_k^L} \frac{\partial^2 z_k^L}{\partial \#
                    w_i \partial w_j} + \sum_{k,m} \frac{\partial z_m^L}{\partial w_j} \#
                    \frac{\partial^2 f}{\partial z_k^L \partial z_m^L} \frac{\partial \#
                    z_k^L}{\partial w_i}
                    """#,
            note:
                #"""
                    H_{ij} = \sum_k \frac{\partial f}{\partial z_k^L} \frac{\partial^2 \#
                    z_k^L}{\partial w_i \partial w_j} + \sum_{k,m} \frac{\partial z_m^L}{\partial \#
                    w_j} \frac{\partial^2 f}{\partial z_k^L \partial z_m^L} \frac{\partial \#
                    z_k^L}{\partial w_i}
                    """#,
            claim:
                """
                    hess(L, w) == A' * diag((B' * l'(z)) .* f''(A*w)) * A + jac(z, w)' * \
                    diag(l''(z)) * jac(z, w)
                    """,
            remark:
                """
                    For `φ(w) = B f(Aw)`, `Σ_k (∂f/∂z_k) ∂²z_k/∂w∂wᵀ = Aᵀ diag((Bᵀ J_L) ⊙ f''(Aw)) \
                    A`: this is the term the approximation drops.
                    """
        )
        Step(
            "Gauss-Newton approximation",
            lines: 45...45,
            quote:
                #"""
                    \approx \sum_{k,m} \frac{\partial z_m^L}{\partial w_j} \frac{\partial^2 \#
                    f}{\partial z_k^L \partial z_m^L} \frac{\partial z_k^L}{\partial w_i}
                    """#,
            kind: .approximation,
            note: #"H_{p \times p} \approx J_\phi \cdot H_L \cdot J_\phi^T"#,
            claim: "hess(L, w) == jac(z, w)' * diag(l''(z)) * jac(z, w)",
            exactUnder: ["f'' = 0"],
            remark:
                """
                    Exact when the network output is linear in `w` (here: `f'' = 0`); otherwise \
                    the dropped second-order term is measured numerically.
                    """
        )
        Step(
            "∴ H = J_φ H_L J_φᵀ",
            lines: 49...49, quote: #"\therefore H_{p \times p} = J_\phi \cdot H_L \cdot J_\phi^T"#,
            note: #"\therefore H_{p \times p} = J_\phi \cdot H_L \cdot J_\phi^T"#,
            claim: "hess(L, w) == jac(z, w)' * diag(l''(z)) * jac(z, w)",
            correction: Correction(
                claim: "hess(L, w) == jac(z, w)' * diag(l''(z)) * jac(z, w)",
                latex:
                    #"""
                        H_{p \times p} \approx J_\phi \cdot H_L \cdot J_\phi^T \quad (= \text{ \#
                        when } \phi \text{ is linear in } w)
                        """#,
                explanation:
                    """
                        The line before is an approximation (`≈`, the first sum dropped); `∴ H =` \
                        states it as an identity. It is exact only when the network output is \
                        linear in `w`: the correction is checked under `f'' = 0`.
                        """,
                context: Context(assumptions: ["f'' = 0"])))
        Step(
            shape: "shape of H_L",
            lines: 51...51,
            quote: #"\begin{matrix} p \times o & o \times o & o \times p \end{matrix}"#,
            note: #"H_L \in \mathbb{R}^{o \times o}"#,
            annotation: ShapeAnnotation("diag(l''(z))", rows: "o", cols: "o"))
        Step(
            "H^U by two Jacobian products",
            lines: 53...53, quote: #"\therefore H^U = J_\phi (H_L (J_\phi^T U))"#,
            note: #"H^U = J_\phi (H_L (J_\phi^T U))"#,
            claim: "hess(L, w) * u == jac(z, w)' * (diag(l''(z)) * (jac(z, w) * u))",
            context: .symbols("u: p"),
            correction: Correction(
                claim:
                    """
                        (jac(z, w)' * diag(l''(z)) * jac(z, w)) * u == jac(z, w)' * (diag(l''(z)) \
                        * (jac(z, w) * u))
                        """,
                latex: #"G U = J_\phi (H_L (J_\phi^T U)), \quad G = J_\phi H_L J_\phi^T \approx H"#,
                explanation:
                    """
                        Two Jacobian products give the Gauss-Newton–vector product `G U`, not the \
                        Hessian's: `H U` has the extra term `Σ_k (∂f/∂z_k) (∂²z_k/∂w∂wᵀ) U` that \
                        line 43 keeps and line 45 drops. It is `H^U` only where `H = G` (output \
                        linear in `w`).
                        """,
                context: .symbols("u: p")))
        Step(
            shape: "shape of U in H^U",
            lines: 55...55, quote: #"\begin{matrix} p \times p & p \times 1 \end{matrix}"#,
            note: #"U_{p \times 1}"#,
            annotation: ShapeAnnotation("u", rows: "p", cols: "1"),
            context: .symbols("u: p"))
        Step(
            shape: "shapes in J_φ U",
            lines: 97...97, quote: #"p \times o \quad o \times 1"#,
            note: #"J_\phi{}_{\,p \times o}\; U_{o \times 1}"#,
            annotation: ShapeAnnotation("jac(z, w)'", rows: "p", cols: "o"))
        Step(
            "the same product with Uᵀ J_φ",
            lines: 53...53, quote: #"J_\phi (H_L (J_\phi^T U)) = J_\phi (H_L (U^T J_\phi)^T)"#,
            note: #"J_\phi (H_L (J_\phi^T U)) = J_\phi (H_L (U^T J_\phi)^T)"#,
            claim:
                """
                    jac(z, w)' * (diag(l''(z)) * (jac(z, w) * u)) == jac(z, w)' * (diag(l''(z)) * \
                    (u' * jac(z, w)')')
                    """,
            context: .symbols("u: p"))
    }

    // MARK: Layer Jacobian and δ recursion

    static let layerJacobian = Derivation(
        "layer-jacobian", seed: seed, title: "∂z^L/∂w^l = (a^{l-1} ⊗ I_n) δ^l and the δ recursion"
    ) {
        Summary(
            """
                With `δ^l = ∂z^L/∂z^l` (denominator layout, `n × o`), the Jacobian of the network \
                output with respect to the weights of layer `l` is `(a^{l-1} ⊗ I_n) δ^l`; `δ` \
                obeys `δ^l = diag(f'(z^l)) W^{l+1 T} δ^{l+1}` with `δ^L = I`; and `(∂z^L/∂W^l) u` \
                is computed without forming the Jacobian.
                """
        )
        Notation(denominatorLayout + " So `δ^l = jac(z^L, z^l)'` and `∂z^L/∂w^l = jac(z^L, W^l)'`.")
        Notation(
            """
                Layer `l` maps `a^{l-1} ∈ ℝᵐ` to `z^l = W^l a^{l-1} + b^l ∈ ℝⁿ`, `a^l = f(z^l)`; \
                the next (last) layer is `z^L = V a^l + c ∈ ℝᵒ` (the note's `W^{l+1}`). In claims, \
                `a` is `a^{l-1}`, `W` is `W^l`, `V` is `W^{l+1}`.
                """
        )
        Symbols("a: m, W: n x m, b: n, V: o x n, c: o, f: function")
        Define("zl", "W*a + b")
        Define("zL", "V*f(zl) + c")
        Step(
            shape: "shape of δ^l",
            lines: 59...59,
            quote: #"\frac{\partial z^L}{\partial z^l} = \delta^l \in \mathbb{R}^{n \times o}"#,
            note: #"\frac{\partial z^L}{\partial z^l} = \delta^l \in \mathbb{R}^{n \times o}"#,
            annotation: ShapeAnnotation("jac(zLv, zv)'", rows: "n", cols: "o"),
            context: .symbols("zv: n", ("zLv", "V*f(zv) + c")))
        Step(
            shape: "shape of W^{l+1} in the chain",
            lines: 61...63,
            quote:
                #"""
                    a^l \xrightarrow{W^{l+1}} z^{l+1} = z^L$$ $m \times 1 \quad n \times m \quad \#
                    n \times 1 \quad n \times 1 \quad o \times m \quad o \times 1$
                    """#,
            note: #"a^l \xrightarrow{W^{l+1}} z^{l+1}: \; W^{l+1} \in o \times m"#,
            annotation: ShapeAnnotation("V", rows: "o", cols: "m"),
            corrected: ShapeAnnotation("V", rows: "o", cols: "n"),
            explanation:
                """
                    `W^{l+1}` multiplies `a^l ∈ ℝⁿ`, so it is `o × n`; the note's `o × m` holds \
                    only when `m = n`.
                    """
        )
        Step(
            "dz^l = dw^l a^{l-1}",
            lines: 65...65, quote: #"dz^l = dw^l \cdot a^{l-1}"#,
            note: #"dz^l = dw^l \cdot a^{l-1}"#,
            claim: "jac(zl, W) * vec(E) == vec(E * a)",
            context: .symbols("E: n x m"),
            remark:
                "`E` is the direction `dw^l`: the differential of `z^l` along it is `E a^{l-1}`.")
        Step(
            shape: "shape of dw^l",
            lines: 67...67, quote: #"n \times 1 \quad n \times m \quad m \times 1"#,
            note: #"dz^l_{n \times 1} = dw^l_{n \times m}\, a^{l-1}_{m \times 1}"#,
            annotation: ShapeAnnotation("E * a", rows: "n", cols: "1"),
            context: .symbols("E: n x m"))
        Step(
            "vec(dz^L) = δ^{lT} vec(dz^l)",
            lines: 69...69, quote: #"\therefore \text{vec}(dz^L) &= \delta^{lT} \text{vec}(dz^l)"#,
            note: #"\therefore \text{vec}(dz^L) &= \delta^{lT} \text{vec}(dz^l)"#,
            claim: "jac(zL, W) * vec(E) == (diag(f'(zl)) * V')' * (jac(zl, W) * vec(E))",
            context: .symbols("E: n x m"),
            remark:
                """
                    `δ^l = diag(f'(z^l)) W^{(l+1)T}` here (the next layer is the last), and `E` is \
                    the direction `dw^l`.
                    """
        )
        Step(
            "= δ^{lT} vec(I_n dw^l a^{l-1})",
            lines: 69...69, quote: #"&= \delta^{lT} \text{vec}(I_n \cdot dw^l \cdot a^{l-1})"#,
            note: #"&= \delta^{lT} \text{vec}(I_n \cdot dw^l \cdot a^{l-1})"#,
            claim: "jac(zL, W) * vec(E) == (diag(f'(zl)) * V')' * vec(eye(n) * E * a)",
            context: .symbols("E: n x m"))
        Step(
            "= δ^{lT} · a^{(l-1)T} ⊗ I_n · vec(dw^l), no brackets",
            lines: 69...69,
            quote: #"&= \delta^{lT} \cdot a^{(l-1)T} \otimes I_n \cdot \text{vec}(dw^l)"#,
            note: #"&= \delta^{lT} \cdot a^{(l-1)T} \otimes I_n \cdot \text{vec}(dw^l)"#,
            claim: "jac(zL, W) * vec(E) == kron((diag(f'(zl)) * V')' * a', eye(n) * vec(E))",
            context: .symbols("E: n x m"),
            correction: Correction(
                claim:
                    "jac(zL, W) * vec(E) == (diag(f'(zl)) * V')' * (kron(a', eye(n)) * vec(E))",
                latex:
                    #"""
                        &= \delta^{lT} \cdot (a^{(l-1)T} \otimes I_n) \cdot \text{vec}(dw^l)
                        """#,
                explanation:
                    """
                        Without brackets the product `δ^{lT} a^{(l-1)T}` comes first, whether \
                        the products bind before `⊗` (`(δ^{lT} a^{(l-1)T}) ⊗ (I_n vec(dw^l))`) \
                        or the three operations are read left to right (`((δ^{lT} a^{(l-1)T}) ⊗ \
                        I_n) vec(dw^l)`); it is `(o × n)(1 × m)`, defined only for `n = 1`. Only \
                        `⊗` binding tighter than the products gives the intended `δ^{lT} \
                        (a^{(l-1)T} ⊗ I_n) vec(dw^l)`; the note brackets the Kronecker factor \
                        itself in lines 73 and 113.
                        """))
        Step(
            shape: "shape of δ^{lT} in vec(dz^L) = δ^{lT} vec(dz^l)",
            lines: 71...71,
            quote: #"o \times 1 \quad n \times n \quad n \times mn \quad mn \times 1"#,
            note: #"\delta^{lT}: n \times n"#,
            annotation: ShapeAnnotation("jac(zLv, zv)", rows: "n", cols: "n"),
            corrected: ShapeAnnotation("jac(zLv, zv)", rows: "o", cols: "n"),
            explanation:
                """
                    `δ^l` is `n × o`, so `δ^{lT}` is `o × n`; the annotation `n × n` holds only \
                    when `o = n`.
                    """,
            context: .symbols("zv: n", ("zLv", "V*f(zv) + c")))
        Step(
            "layer Jacobian",
            lines: 73...73,
            quote: #"\frac{\partial z^L}{\partial w^l} = (a^{l-1} \otimes I_n) \cdot \delta^l"#,
            note: #"\frac{\partial z^L}{\partial w^l} = (a^{l-1} \otimes I_n) \cdot \delta^l"#,
            claim: "jac(zL, W)' == kron(a, eye(n)) * (diag(f'(zl)) * V')",
            remark:
                "Here `δ^l = diag(f'(z^l)) Vᵀ` is the recursion below applied once from `δ^L = I`.")
        Step(
            shape: "shape of a^{l-1} ⊗ I_n",
            lines: 75...75, quote: #"mn \times o \quad mn \times n \quad n \times o"#,
            note: #"mn \times n"#,
            annotation: ShapeAnnotation("kron(a, eye(n))", rows: "m*n", cols: "n"))
        Step(
            "dz^{l+1} = W^{l+1} diag(f'(z^l)) dz^l",
            lines: 83...83, quote: #"dz^{l+1} = W^{l+1} \text{diag}(f'_l(z^l)) dz^l"#,
            note: #"dz^{l+1} = W^{l+1} \text{diag}(f'_l(z^l))\, dz^l"#,
            claim: "jac(V*f(zv) + c, zv) == V * diag(f'(zv))",
            context: .symbols("zv: n"))
        Step(
            shape: "shape of δ^{l+1} = δ^L",
            lines: 79...79, quote: #"o \times o"#,
            note: #"\delta^{l+1}_{o \times o}"#,
            annotation: ShapeAnnotation("jac(zo, zo)'", rows: "o", cols: "o"),
            context: .symbols("zo: o"))
        Step(
            "vec(dz^{l+1}) = W^{l+1} diag(f'(z^l)) vec(dz^l)",
            lines: 85...85,
            quote:
                #"""
                    \text{vec}(W^{l+1} \text{diag}(f'_l(z^l)) \cdot dz^l \cdot I_1) \\ &= W^{l+1} \#
                    \text{diag}(f'_l(z^l)) \cdot \text{vec}(dz^l)
                    """#,
            note:
                #"""
                    \text{vec}(W^{l+1} \text{diag}(f'_l(z^l)) \cdot dz^l \cdot I_1) = W^{l+1} \#
                    \text{diag}(f'_l(z^l)) \cdot \text{vec}(dz^l)
                    """#,
            claim: "vec(V * diag(f'(zv)) * E * eye(1)) == V * diag(f'(zv)) * vec(E)",
            context: .symbols("zv: n, E: n x 1"))
        Step(
            "vec(dz^L) = δ^{(l+1)T} W^{l+1} diag(f'(z^l)) vec(dz^l)",
            lines: 87...87,
            quote:
                #"""
                    \therefore \text{vec}(dz^L) = \delta^{(l+1)T} W^{l+1} \text{diag}(f'_l(z^l)) \#
                    \cdot \text{vec}(dz^l)
                    """#,
            note:
                #"""
                    \text{vec}(dz^L) = \delta^{(l+1)T} W^{l+1} \text{diag}(f'_l(z^l)) \cdot \#
                    \text{vec}(dz^l)
                    """#,
            claim:
                "jac(U*g(V*f(zv) + c) + d, zv) == (diag(g'(V*f(zv) + c)) * U')' * V * diag(f'(zv))",
            context: .symbols("zv: n, U: q x o, d: q, g: function"))
        Step(
            "δ recursion",
            lines: 89...89,
            quote: #"\delta^l = \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot \delta^{l+1}"#,
            note: #"\delta^l = \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot \delta^{l+1}"#,
            claim:
                """
                    jac(U*g(V*f(zv) + c) + d, zv)' == diag(f'(zv)) * V' * (diag(g'(V*f(zv) + c)) * \
                    U')
                    """,
            context: .symbols("zv: n, U: q x o, d: q, g: function"),
            remark:
                """
                    Checked one layer deeper than the note's picture: `z^{l+1} = V f(z^l) + c`, \
                    `z^L = U g(z^{l+1}) + d`, with `δ^{l+1} = diag(g'(z^{l+1})) Uᵀ`.
                    """
        )
        Step(
            shape: "shape of W^{(l+1)T} in the δ recursion",
            lines: 91...91, quote: #"n \times n \quad n \times n \quad n \times o"#,
            note: #"W^{(l+1)T}: n \times n"#,
            annotation: ShapeAnnotation("V'", rows: "n", cols: "n"),
            corrected: ShapeAnnotation("V'", rows: "n", cols: "o"),
            explanation:
                """
                    `W^{l+1}` is `o × n` (the size of `z^{l+1}` by the size of `a^l`), so its \
                    transpose is `n × o`.
                    """
        )
        Step(
            shape: "shape of δ^{l+1} in the δ recursion",
            lines: 91...91, quote: #"n \times n \quad n \times n \quad n \times o"#,
            note: #"\delta^{l+1}: n \times o"#,
            annotation: ShapeAnnotation("jac(zo, zo)'", rows: "n", cols: "o"),
            corrected: ShapeAnnotation("jac(zo, zo)'", rows: "o", cols: "o"),
            explanation:
                """
                    The third factor of line 89 is `δ^{l+1} = ∂z^L/∂z^{l+1}`; in the note's \
                    picture `z^{l+1} = z^L ∈ ℝᵒ`, so it is `o × o`, as line 79 says. The \
                    annotation `n × o` is the shape of the result `δ^l`, not of `δ^{l+1}`; it \
                    holds only when `n = o`.
                    """,
            context: .symbols("zo: o"))
        Step(
            "δ^l = A δ^L = A at l + 1 = L",
            lines: 101...101,
            quote:
                #"""
                    \delta^l = \text{diag}(f'_e(z^l)) \cdot W^{(l+1)T} \delta_{o \times o}^L = \#
                    A_{n \times o} \delta_{o \times o}^L = A_{n \times o}
                    """#,
            note:
                #"""
                    \delta^l = \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \delta_{o \times o}^L = \#
                    A_{n \times o} \delta_{o \times o}^L = A_{n \times o}
                    """#,
            claim: "jac(V*f(zv) + c, zv)' == diag(fe'(zv)) * V' * eye(o)",
            context: .symbols("zv: n, fe: function"),
            correction: Correction(
                claim: "jac(V*f(zv) + c, zv)' == diag(f'(zv)) * V' * eye(o)",
                latex:
                    #"""
                        \delta^l = \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \delta_{o \times o}^L \#
                        = A_{n \times o}
                        """#,
                explanation:
                    """
                        The line writes `f'_e` where lines 85–89 write `f'_l`, the activation of \
                        layer `l`. Read literally, `f_e` is another function and the line is \
                        false; with `f'_l` it is the δ recursion at `l + 1 = L` (the same slip \
                        recurs in line 111).
                        """,
                context: .symbols("zv: n")))
        Step(
            "δ^l u = diag(f'_e(z^l)) W^{(l+1)T} u",
            lines: 111...111,
            quote: #"\delta^l \cdot u = \text{diag}(f'_e(z^l)) W^{(l+1)T} \cdot u_{o \times 1}"#,
            note: #"\delta^l \cdot u = \text{diag}(f'_e(z^l)) W^{(l+1)T} \cdot u_{o \times 1}"#,
            claim: "jac(V*f(zv) + c, zv)' * u == diag(fe'(zv)) * V' * u",
            context: .symbols("zv: n, u: o, fe: function"),
            correction: Correction(
                claim: "jac(V*f(zv) + c, zv)' * u == diag(f'(zv)) * V' * u",
                latex:
                    #"\delta^l \cdot u = \text{diag}(f'_l(z^l)) W^{(l+1)T} \cdot u_{o \times 1}"#,
                explanation:
                    "The `f'_e` of line 101 again, for the activation `f'_l` of layer `l`.",
                context: .symbols("zv: n, u: o")))
        Step(
            "δ^L = I",
            lines: 93...93, quote: #"\delta^L = I_{o \times o}"#, kind: .definition,
            note: #"\delta^L = I_{o \times o}"#,
            claim: "jac(zo, zo)' == eye(o)",
            context: .symbols("zo: o"))
        Step(
            shape: "shape of A u",
            lines: 111...111, quote: #"= A u_{n \times o}"#,
            note: #"\delta^l u = A u_{n \times o}"#,
            annotation: ShapeAnnotation("D * u", rows: "n", cols: "o"),
            corrected: ShapeAnnotation("D * u", rows: "n", cols: "1"),
            explanation: "`A` is `n × o` and `u` is `o × 1`, so `A u` is `n × 1`.",
            context: .symbols("D: n x o, u: o"))
        Step(
            shape: "shape of (a^{l-1} ⊗ I_n) δ^l u",
            lines: 113...113,
            quote:
                #"""
                    = \begin{bmatrix} a_1^{l-1} A u \\ \vdots \\ a_m^{l-1} A u \end{bmatrix}_{m \#
                    \times 1}
                    """#,
            note:
                #"""
                    (a^{l-1} \otimes I_n) \cdot \delta^l u = \begin{bmatrix} a_1^{l-1} A u \\ \#
                    \vdots \\ a_m^{l-1} A u \end{bmatrix}_{m \times 1}
                    """#,
            annotation: ShapeAnnotation("kron(a, eye(n)) * (D * u)", rows: "m", cols: "1"),
            corrected: ShapeAnnotation("kron(a, eye(n)) * (D * u)", rows: "m*n", cols: "1"),
            explanation: "The same stack as in line 104: `m` blocks of `n × 1`, so `mn × 1`.",
            context: .symbols("D: n x o, u: o"))
        Step(
            shape: "shape of the stacked column [a_1; …; a_m] in line 113",
            lines: 113...113,
            quote:
                #"""
                    \begin{bmatrix} a_1^{l-1} \\ \vdots \\ a_m^{l-1} \end{bmatrix}_{m \times n} \#
                    \cdot A u_{n \times o}
                    """#,
            note: #"\begin{bmatrix} a_1^{l-1} \\ \vdots \\ a_m^{l-1} \end{bmatrix}_{m \times n}"#,
            annotation: ShapeAnnotation("kron(a, eye(n))", rows: "m", cols: "n"),
            corrected: ShapeAnnotation("kron(a, eye(n))", rows: "m*n", cols: "n"),
            explanation:
                """
                    The slip of line 99 again: the stack stands for `a^{l-1} ⊗ I_n`, `m` blocks \
                    `a_j I_n` of `n × n`, so it is `mn × n`.
                    """
        )
        Step(
            shape: "shape of A u in line 113",
            lines: 113...113, quote: #"\cdot A u_{n \times o} ="#,
            note: #"A u_{n \times o}"#,
            annotation: ShapeAnnotation("D * u", rows: "n", cols: "o"),
            corrected: ShapeAnnotation("D * u", rows: "n", cols: "1"),
            explanation:
                """
                    The slip of line 111 again: `A` is `n × o` and `u` is `o × 1`, so `A u` is `n \
                    × 1`.
                    """,
            context: .symbols("D: n x o, u: o"))
        Step(
            "(∂z^L/∂W^l) u without forming the Jacobian",
            lines: 113...113,
            quote:
                #"""
                    (a^{l-1} \otimes I_n) \cdot \delta^l u = \begin{bmatrix} a_1^{l-1} \\ \vdots \#
                    \\ a_m^{l-1} \end{bmatrix}_{m \times n} \cdot A u_{n \times o} = \#
                    \begin{bmatrix} a_1^{l-1} A u \\ \vdots \\ a_m^{l-1} A u \end{bmatrix}_{m \#
                    \times 1}
                    """#,
            note:
                #"""
                    (a^{l-1} \otimes I_n) \cdot \delta^l u = \begin{bmatrix} a_1^{l-1} A u \\ \#
                    \vdots \\ a_m^{l-1} A u \end{bmatrix}
                    """#,
            claim: "kron(a, eye(n)) * (D * u) == vec((D * u) * a')",
            context: .symbols("D: n x o, u: o"),
            remark:
                """
                    Block `j` is `a_j (δ^l u)`: the product is `vec((δ^l u) a^{l-1 T})`, an outer \
                    product, never the `mn × o` Jacobian.
                    """
        )
        Step(
            "entry of w_ij: a_j [δ^l u]_i",
            lines: 107...107,
            quote:
                #"""
                    \rightarrow a_j^{l-1} [A_{n \times o} u]_i \rightarrow a_j^{l-1} \sum_k \#
                    A_{ik} u_k
                    """#,
            note: #"w_{ij} \rightarrow a_j^{l-1} [A u]_i = a_j^{l-1} \sum_k A_{ik} u_k"#,
            claim: "grad(u' * zL, W) == (diag(f'(zl)) * V' * u) * a'",
            context: .symbols("u: o"))
        Step(
            "∂z^L/∂w^l = [a_1; …; a_m] [σ^l]",
            lines: 99...99,
            quote:
                #"""
                    \frac{\partial z^L}{\partial w^l} = \begin{bmatrix} a_1^{l-1} \\ \vdots \\ \#
                    a_m^{l-1} \end{bmatrix}_{m \times n} \begin{bmatrix} \sigma^l \#
                    \end{bmatrix}_{n \times o}
                    """#,
            note:
                #"""
                    \frac{\partial z^L}{\partial w^l} = (a^{l-1} \otimes I_n) \, \sigma^l_{n \#
                    \times o}
                    """#,
            claim: "jac(zL, W)' == kron(a, eye(n)) * S",
            context: .symbols("S: n x o"),
            correction: Correction(
                claim: "jac(zL, W)' == kron(a, eye(n)) * (diag(f'(zl)) * V')",
                latex:
                    #"""
                        \frac{\partial z^L}{\partial w^l} = (a^{l-1} \otimes I_n) \, \delta^l_{n \#
                        \times o}, \qquad \delta^l = A_{n \times o}
                        """#,
                explanation:
                    """
                        The note writes `σ^l` where it means `δ^l = A` (line 101 defines `δ^l = \
                        A_{n×o}`, and the same link replaces `σ^l` by `A`). Read literally, `σ^l` \
                        is an undefined `n × o` matrix and the line is false; the same `σ` for `δ` \
                        recurs in note 002, line 74.
                        """
            ))
        Step(
            shape: "shape of the stacked column [a_1; …; a_m] standing for a ⊗ I_n",
            lines: 99...99,
            quote: #"\begin{bmatrix} a_1^{l-1} \\ \vdots \\ a_m^{l-1} \end{bmatrix}_{m \times n}"#,
            note: #"\begin{bmatrix} a_1^{l-1} \\ \vdots \\ a_m^{l-1} \end{bmatrix}_{m \times n}"#,
            annotation: ShapeAnnotation("kron(a, eye(n))", rows: "m", cols: "n"),
            corrected: ShapeAnnotation("kron(a, eye(n))", rows: "m*n", cols: "n"),
            explanation:
                """
                    Each `a_j` stands for the block `a_j I_n`, so the stack is `mn × n` (and the \
                    products below it are `mn × o` and `mn × 1`, not `m × o` and `m × 1`).
                    """
        )
        Step(
            shape: "shape of the stacked products [a_1 σ^l; …; a_m σ^l]",
            lines: 99...99,
            quote:
                #"""
                    \begin{bmatrix} a_1^{l-1} \sigma^l \\ \vdots \\ a_m^{l-1} \sigma^l \#
                    \end{bmatrix}_{m \times o}
                    """#,
            note:
                #"""
                    \begin{bmatrix} a_1^{l-1} \sigma^l \\ \vdots \\ a_m^{l-1} \sigma^l \#
                    \end{bmatrix}_{m \times o}
                    """#,
            annotation: ShapeAnnotation("kron(a, eye(n)) * D", rows: "m", cols: "o"),
            corrected: ShapeAnnotation("kron(a, eye(n)) * D", rows: "m*n", cols: "o"),
            explanation:
                """
                    Each of the `m` blocks `a_j σ^l` is `n × o`, so the stack is `mn × o`; the \
                    two further links of line 99 repeat the annotation `m × o` for the same \
                    matrix.
                    """,
            context: .symbols("D: n x o"))
        Step(
            shape: "shape of (∂z^L/∂w^l) u",
            lines: 104...104,
            quote:
                #"""
                    \begin{bmatrix} a_1^{l-1} \boxed{A_{n \times o} u}_{n \times 1} \\ \vdots \\ \#
                    a_m^{l-1} \boxed{A_{n \times o} u}_{n \times 1} \end{bmatrix}_{m \times 1}
                    """#,
            note:
                #"""
                    \begin{bmatrix} a_1^{l-1} A u \\ \vdots \\ a_m^{l-1} A u \end{bmatrix}_{m \#
                    \times 1}
                    """#,
            annotation: ShapeAnnotation("kron(a, eye(n)) * (D * u)", rows: "m", cols: "1"),
            corrected: ShapeAnnotation("kron(a, eye(n)) * (D * u)", rows: "m*n", cols: "1"),
            explanation: "Each of the `m` blocks `a_j A u` is `n × 1`, so the stack is `mn × 1`.",
            context: .symbols("D: n x o, u: o"))
        Step(
            shape: "shape of the stacked column [u; …; u]",
            lines: 104...104,
            quote:
                #"""
                    \begin{bmatrix} u \\ \vdots \\ u \end{bmatrix}_{o \times 1}
                    """#,
            note: #"\begin{bmatrix} u \\ \vdots \\ u \end{bmatrix}_{o \times 1}"#,
            annotation: ShapeAnnotation("kron(ones(m), u)", rows: "o", cols: "1"),
            corrected: ShapeAnnotation("u", rows: "o", cols: "1"),
            explanation:
                """
                    A column of `m` copies of `u` is `mo × 1`, not `o × 1`, and the `mn × o` \
                    matrix on its left cannot multiply it (unless `m = 1`). The factor is `u` \
                    itself, `o × 1`, as line 113 writes `δ^l u`; each block `a_j A` meets the \
                    same `u`.
                    """,
            context: .symbols("u: o"))
        Step(
            shape: "shape of W^l",
            lines: 106...106, quote: #"W_{n \times m}"#,
            note: #"W_{n \times m}"#,
            annotation: ShapeAnnotation("W", rows: "n", cols: "m"))
        Step(
            "δ^L u = u",
            lines: 109...109, quote: #"\delta_{o \times o}^L \cdot u_{o \times 1} = u"#,
            note: #"\delta^L_{o \times o} \cdot u_{o \times 1} = u"#,
            claim: "eye(o) * u == u",
            context: .symbols("u: o"))
    }

    // MARK: CurveBall

    static let curveBall = Derivation(
        "curveball", seed: seed,
        title:
            """
                A CurveBall step: Δz, the sigmoid cross-entropy derivatives, and the 2×2 system \
                for ρ, β
                """
    ) {
        Summary(
            """
                CurveBall (Henriques et al., ICCV 2019) keeps a direction `z` and updates it by \
                one gradient step on the damped quadratic model: `Δz = J_φ(H_L J_φᵀ z + J_L) + \
                λz`, `z ← ρz − βΔz`, `w ← w + z`, with `ρ, β` the exact minimiser of the model on \
                span{z, Δz}.
                """
        )
        Notation(
            denominatorLayout
                + " In the claims `Jp` is `J_φ` (`p × o`), `HL` is a symmetric `o × o` loss "
                + "Hessian (`S + Sᵀ`), `gL` is `J_L`, `zz` is the CurveBall state `z`, `lambda` "
                + "is `λ`."
        )
        Notation(
            """
                The quadratic model is `m(z) = J_Lᵀ J_φᵀ z + ½ zᵀ (J_φ H_L J_φᵀ + λI) z`; its \
                gradient at `z` is exactly `Δz`.
                """
        )
        Reference(
            """
                The authors' PyTorch code (jotaf98/pytorch-curveball, `curveball.py`) builds the \
                2×2 matrix with `λ` (`a11 = λ‖Δz‖² + (J_φᵀΔz)ᵀ H_L (J_φᵀΔz)`, …) and reads `β = \
                (A⁻¹b)₁`, `ρ = −(A⁻¹b)₂`; its comment `[rho, -beta] = A⁻¹ b` has the order and \
                sign of the code's own reading the other way round.
                """
        )
        Symbols("Jp: p x o, S: o x o, gL: o, zz: p, lambda: scalar, t: scalar")
        Define("HL", "S + S'")
        Define("G", "Jp * HL * Jp'")
        Define("Gh", "G + lambda * eye(p)")
        Define("g", "Jp * gL")
        Define("dz", "Jp * (HL * Jp' * zz + gL) + lambda * zz")
        Step(
            "sigmoid + cross-entropy: J_L = a − y",
            lines: 121...122, quote: #"get $J_L, H_L$ $= a-y"#,
            note: #"J_L = a - y"#,
            claim:
                """
                    grad(-(y' * log(sigmoid(zo)) + (1 - y)' * log(1 - sigmoid(zo))), zo) == \
                    sigmoid(zo) - y
                    """,
            context: .symbols("zo: o, y: o"))
        Step(
            "sigmoid + cross-entropy: H_L = diag(a(1 − a))",
            lines: 121...122, quote: #"get $J_L, H_L$ $= a-y \quad = a(1-a)$"#,
            note: #"H_L = a(1-a)"#,
            claim:
                """
                    hess(-(y' * log(sigmoid(zo)) + (1 - y)' * log(1 - sigmoid(zo))), zo) == \
                    sigmoid(zo) .* (1 - sigmoid(zo))
                    """,
            context: .symbols("zo: o, y: o"),
            correction: Correction(
                claim:
                    """
                        hess(-(y' * log(sigmoid(zo)) + (1 - y)' * log(1 - sigmoid(zo))), zo) == \
                        diag(sigmoid(zo) .* (1 - sigmoid(zo)))
                        """,
                latex: #"H_L = \text{diag}(a \odot (1-a))"#,
                explanation:
                    """
                        `H_L` is the `o × o` Hessian; `a(1 − a)` is its diagonal, an `o × 1` \
                        vector. They agree only when `o = 1`.
                        """
            ))
        Step(
            "Δz is the gradient of the damped quadratic model",
            lines: 117...117, quote: #"\Delta z = J_\phi ( H_L J_\phi^T z + J_L ) + \lambda z"#,
            kind: .definition,
            note: #"\Delta z = J_\phi ( H_L J_\phi^T z + J_L ) + \lambda z"#,
            claim: "grad(gL' * Jp' * zz + 0.5 * zz' * Gh * zz, zz) == dz")
        Step(
            "the 2×2 system for ρ, β",
            lines: 130...130,
            quote:
                #"""
                    \begin{bmatrix} -\beta \\ \rho \end{bmatrix} = - \begin{bmatrix} \frac{\Delta \#
                    z^T J_\phi H_L J_\phi^T \Delta z}{z^T J_\phi H_L J_\phi^T \Delta z} & \#
                    \frac{z^T J_\phi H_L J_\phi^T \Delta z}{z^T J_\phi H_L J_\phi^T z} \\ \#
                    \frac{z^T J_\phi H_L J_\phi^T \Delta z}{z^T J_\phi H_L J_\phi^T z} & \#
                    \frac{z^T J_\phi H_L J_\phi^T z}{z^T J_\phi H_L J_\phi^T z} \end{bmatrix} \#
                    \begin{bmatrix} J_L^T J_\phi^T \Delta z \\ J_L^T J_\phi^T z \end{bmatrix}
                    """#,
            note:
                #"""
                    \begin{bmatrix} -\beta \\ \rho \end{bmatrix} = - \begin{bmatrix} \frac{\Delta \#
                    z^T J_\phi H_L J_\phi^T \Delta z}{z^T J_\phi H_L J_\phi^T \Delta z} & \#
                    \frac{z^T J_\phi H_L J_\phi^T \Delta z}{z^T J_\phi H_L J_\phi^T z} \\ \#
                    \frac{z^T J_\phi H_L J_\phi^T \Delta z}{z^T J_\phi H_L J_\phi^T z} & \#
                    \frac{z^T J_\phi H_L J_\phi^T z}{z^T J_\phi H_L J_\phi^T z} \end{bmatrix} \#
                    \begin{bmatrix} J_L^T J_\phi^T \Delta z \\ J_L^T J_\phi^T z \end{bmatrix}
                    """#,
            claim:
                """
                    dz' * (g + Gh * (rho * zz + mb * dz)) + t * (zz' * (g + Gh * (rho * zz + mb * \
                    dz))) == 0
                    """,
            context: .symbols(
                "",
                ("n11", "(dz' * G * dz) / (zz' * G * dz)"),
                ("n12", "(zz' * G * dz) / (zz' * G * zz)"),
                ("n22", "(zz' * G * zz) / (zz' * G * zz)"),
                ("r1", "gL' * Jp' * dz"), ("r2", "gL' * Jp' * zz"),
                ("mb", "-(n11 * r1 + n12 * r2)"), ("rho", "-(n12 * r1 + n22 * r2)")),
            correction: Correction(
                claim:
                    """
                        dz' * (g + Gh * (rho * zz + mb * dz)) + t * (zz' * (g + Gh * (rho * zz + \
                        mb * dz))) == 0
                        """,
                latex:
                    #"""
                        \begin{bmatrix} -\beta \\ \rho \end{bmatrix} = - \begin{bmatrix} \Delta \#
                        z^T \hat G \Delta z & z^T \hat G \Delta z \\ z^T \hat G \Delta z & z^T \#
                        \hat G z \end{bmatrix}^{-1} \begin{bmatrix} J_L^T J_\phi^T \Delta z \\ \#
                        J_L^T J_\phi^T z \end{bmatrix}, \quad \hat G = J_\phi H_L J_\phi^T + \#
                        \lambda I
                        """#,
                explanation:
                    """
                        The minimiser of the quadratic model on `z' = ρz − βΔz` solves the normal \
                        equations with the **Gram matrix** of `Ĝ = J_φ H_L J_φᵀ + λI` on `(Δz, \
                        z)`, inverted; the note's matrix divides its entries by one another, has \
                        no inverse, and leaves out `λ`. The claim checks stationarity of the model \
                        in both directions `Δz` and `z` at once (`t` is arbitrary).
                        """,
                context: .symbols(
                    "",
                    ("a11", "dz' * Gh * dz"), ("a12", "zz' * Gh * dz"), ("a22", "zz' * Gh * zz"),
                    ("r1", "gL' * Jp' * dz"), ("r2", "gL' * Jp' * zz"),
                    ("dt", "a11 * a22 - a12 * a12"),
                    ("mb", "-(a22 * r1 - a12 * r2) / dt"), ("rho", "-(a11 * r2 - a12 * r1) / dt"))),
            remark:
                """
                    As written: `n11 = ΔzᵀGΔz / zᵀGΔz`, `n12 = zᵀGΔz / zᵀGz`, `n22 = 1`, with `G = \
                    J_φ H_L J_φᵀ`.
                    """
        )

        Step(
            "without λ, the same system minimises the undamped model",
            lines: 130...130,
            quote: #"\begin{bmatrix} -\beta \\ \rho \end{bmatrix} = - \begin{bmatrix}"#,
            note: #"\lambda \text{ in the } 2 \times 2 \text{ system?}"#,
            claim:
                """
                    dz' * (g + G * (rho * zz + mb * dz)) + t * (zz' * (g + G * (rho * zz + mb * \
                    dz))) == 0
                    """,
            context: .symbols(
                "",
                ("a11", "dz' * G * dz"), ("a12", "zz' * G * dz"), ("a22", "zz' * G * zz"),
                ("r1", "gL' * Jp' * dz"), ("r2", "gL' * Jp' * zz"),
                ("dt", "a11 * a22 - a12 * a12"),
                ("mb", "-(a22 * r1 - a12 * r2) / dt"), ("rho", "-(a11 * r2 - a12 * r1) / dt")),
            remark:
                """
                    So `λ` belongs in the system exactly when the model minimised is the damped \
                    one — the model whose gradient `Δz` is, and the one the authors' code uses. \
                    Leaving it out minimises the undamped model along a direction computed from \
                    the damped one.
                    """
        )
    }
}
