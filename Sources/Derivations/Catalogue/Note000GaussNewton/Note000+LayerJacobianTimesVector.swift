// Seed note 000, part 3 of 4 (`layer-jacobian`), section 3 of 3:
// The Jacobian times a vector without forming it (lines 93–113).

extension Note000 {
    /// The steps of lines 93–113: the Jacobian times a vector without forming it.
    @DerivationBuilder static var layerJacobianTimesVector: [DerivationPart] {
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
