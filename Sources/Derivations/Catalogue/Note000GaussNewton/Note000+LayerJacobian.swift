// Seed note 000, part 3 of 4: Layer Jacobian and δ recursion (`layer-jacobian`).

extension Note000 {
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
}
