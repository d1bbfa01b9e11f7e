// Seed note 000, part 3 of 4 (`layer-jacobian`), section 1 of 3:
// Differentials and the layer Jacobian (lines 59–75).

extension Note000 {
    /// The steps of lines 59–75: differentials and the layer Jacobian.
    @DerivationBuilder static var layerJacobianDifferentials: [DerivationPart] {
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
    }
}
