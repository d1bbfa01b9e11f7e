// Seed note 002, part 2 of 3: Hidden layer (`hidden-delta`).

extension Note002 {
    static let hiddenDelta = Derivation(
        "hidden-delta", seed: seed,
        title: "δ^{(3)} = g'(y^{(3)}) ⊙ Θ_wᵀ δ^{(4)}, bias column excluded"
    ) {
        Summary(
            """
                The error of a hidden layer is the transposed weights (without the bias column) \
                times the next layer's error, scaled entrywise by `g'` at the hidden \
                pre-activations.
                """
        )
        Notation(
            thetaNotation
                + " `Tw` is `Θ_w^{(3)}` (`K × s`), `b3` the bias column `θ_{·,0}^{(3)}`, so "
                + "`y^{(4)} = b3 + Θ_w g(y^{(3)})`."
        )
        Symbols("y3: s, b3: K, Tw: K x s, y: K")
        Define("y4", "b3 + Tw * sigmoid(y3)")
        Define("J", "-(y' * log(sigmoid(y4)) + (1 - y)' * log(1 - sigmoid(y4)))")
        Define("gp", "sigmoid(y3) .* (1 - sigmoid(y3))")
        Step(
            "a^{(l)} = x for a general layer l",
            lines: 24...24,
            quote:
                #"""
                    a_0^{(l)} = 1, \begin{cases} a_1^{(l)} = x_1^{(i)} \\ a_2^{(l)} = x_2^{(i)} \#
                    \end{cases}
                    """#,
            kind: .definition,
            note: #"a_1^{(l)} = x_1^{(i)}, \; a_2^{(l)} = x_2^{(i)}"#,
            claim: "sigmoid(T1 * x + b1) == x",
            context: .symbols("x: 2, T1: 2 x 2, b1: 2"),
            correction: Correction(
                claim: "x == x",
                latex: #"a_0^{(1)} = 1, \quad a_1^{(1)} = x_1^{(i)}, \quad a_2^{(1)} = x_2^{(i)}"#,
                explanation:
                    """
                        The bias unit `a_0^{(l)} = 1` holds in every layer, but the inputs are \
                        the activations of the first layer only. Read for a general `l`, the \
                        line says every layer repeats the input: at `l = 2`, `a^{(2)} = \
                        g(Θ^{(1)} a^{(1)})` (bias folded into `b1`) would equal `x`. With `l = 1` \
                        it is the definition of the input layer, `a^{(1)} = x`.
                        """),
            remark: "In the claim, `T1` and `b1` are `Θ^{(1)}` without and with its bias column.")
        Step(
            shape: "(*): y^{(4)} = Θ^{(3)} a^{(3)} shapes",
            lines: 30...30,
            quote:
                #"""
                    \end{pmatrix}_{4 \times 5} \begin{pmatrix} a_0^{(3)} \\ a_1^{(3)} \\ \#
                    a_2^{(3)} \\ a_3^{(3)} \\ a_4^{(3)} \end{pmatrix}_{5 \times 1} \quad \dots \#
                    (*)
                    """#,
            note: #"y^{(4)}_{4 \times 1} = \Theta^{(3)}_{4 \times 5}\, a^{(3)}_{5 \times 1}"#,
            annotation: ShapeAnnotation("Th * ah", rows: "4", cols: "1"),
            context: .symbols("Th: 4 x 5, ah: 5"))
        Step(
            "∂J/∂y_i^{(3)} = Σ_j ∂J/∂y_j^{(4)} ∂y_j^{(4)}/∂y_i^{(3)}",
            lines: 44...44,
            quote:
                #"""
                    \frac{\partial J}{\partial y_i^{(3)}} = \sum_{j=1}^4 \frac{\partial \#
                    J}{\partial y_j^{(4)}} \cdot \frac{\partial y_j^{(4)}}{\partial y_i^{(3)}}
                    """#,
            note:
                #"""
                    \frac{\partial J}{\partial y_i^{(3)}} = \sum_{j=1}^4 \frac{\partial \#
                    J}{\partial y_j^{(4)}} \cdot \frac{\partial y_j^{(4)}}{\partial y_i^{(3)}}
                    """#,
            claim: "grad(J, y3)[i] == sum(j, (sigmoid(y4) - y)[j] * jac(y4, y3)[j,i])",
            context: .symbols("i: index s, j: index K"),
            remark: "`∂J/∂y_j^{(4)} = a_j^{(4)} − y_j` (note 002, line 18).")
        Step(
            "∂y_j^{(4)}/∂y_i^{(3)} = θ_{j,i} g'(y_i^{(3)})",
            lines: 46...47,
            quote: #"\stackrel{\text{why?}}{=} \theta_{j,i}^{(3)} \cdot g'(y_i^{(3)})"#,
            note:
                #"""
                    \frac{\partial y_j^{(4)}}{\partial y_i^{(3)}} = \theta_{j,i}^{(3)} \cdot \#
                    g'(y_i^{(3)})
                    """#,
            claim: "jac(y4, y3)[j,i] == Tw[j,i] * gp[i]",
            context: .symbols("i: index s, j: index K"))
        Step(
            "∂y_j^{(4)}/∂y_i^{(3)} = θ_{j,i} g'(y_i^{(3)}) = θ_{j,i} y_i^{(3)} (1 − y_i^{(3)})",
            lines: 46...47,
            quote:
                #"""
                    \stackrel{\text{why?}}{=} \theta_{j,i}^{(3)} \cdot g'(y_i^{(3)}) \in \#
                    \theta_{j,i}^{(3)} \cdot (y_i^{(3)}) \cdot (1 - y_i^{(3)})
                    """#,
            note:
                #"""
                    \frac{\partial y_j^{(4)}}{\partial y_i^{(3)}} = \theta_{j,i}^{(3)} \cdot \#
                    g'(y_i^{(3)}) = \theta_{j,i}^{(3)} \cdot y_i^{(3)} (1 - y_i^{(3)})
                    """#,
            claim: "jac(y4, y3) == Tw * diag(y3 .* (1 - y3))",
            correction: Correction(
                claim: "jac(y4, y3) == Tw * diag(sigmoid(y3) .* (1 - sigmoid(y3)))",
                latex:
                    #"""
                        \frac{\partial y_j^{(4)}}{\partial y_i^{(3)}} = \theta_{j,i}^{(3)}\, \#
                        g(y_i^{(3)}) (1 - g(y_i^{(3)})) = \theta_{j,i}^{(3)}\, a_i^{(3)} (1 - \#
                        a_i^{(3)})
                        """#,
                explanation:
                    """
                        `σ'(y) = σ(y)(1 − σ(y)) = a(1 − a)`: the factor is evaluated at the \
                        activation `a^{(3)} = g(y^{(3)})`, not at the pre-activation `y^{(3)}`.
                        """
            ))
        Step(
            "δ_i^{(3)} = Σ_j δ_j^{(4)} θ_{j,i} g'(y_i^{(3)})",
            lines: 49...49,
            quote:
                #"""
                    \delta_i^{(3)} = \frac{\partial J}{\partial y_i^{(3)}} = \sum_{j=1}^4 \#
                    \delta_j^{(4)} \cdot \theta_{j,i}^{(3)} \cdot g'(y_i^{(3)})$,
                    """#,
            note:
                #"""
                    \delta_i^{(3)} = \frac{\partial J}{\partial y_i^{(3)}} = \sum_{j=1}^4 \#
                    \delta_j^{(4)} \cdot \theta_{j,i}^{(3)} \cdot g'(y_i^{(3)})
                    """#,
            claim: "grad(J, y3) == gp .* (Tw' * (sigmoid(y4) - y))")
        Step(
            "δ_i^{(3)} as written again, g' underlined",
            lines: 53...53,
            quote:
                #"""
                    \delta_i^{(3)} = \frac{\partial J}{\partial y_i^{(3)}} = \sum_{j=1}^4 \#
                    \delta_j^{(4)} \cdot \theta_{j,i}^{(3)} \cdot \underline{g'(y_i^{(3)})}
                    """#,
            note:
                #"""
                    \delta_i^{(3)} = \sum_{j=1}^4 \delta_j^{(4)} \cdot \theta_{j,i}^{(3)} \cdot \#
                    \underline{g'(y_i^{(3)})}
                    """#,
            claim: "grad(J, y3)[i] == sum(j, (sigmoid(y4) - y)[j] * Tw[j,i] * gp[i])",
            context: .symbols("i: index s, j: index K"))
        Step(
            "g' out of the sum",
            lines: 58...58,
            quote:
                #"""
                    = \left(\sum_{j=1}^4 \delta_j^{(4)} \cdot \theta_{j,i}^{(3)} \right) \cdot \#
                    g'(y_i^{(3)})
                    """#,
            note: #"= \left(\sum_{j=1}^4 \delta_j^{(4)} \theta_{j,i}^{(3)} \right) g'(y_i^{(3)})"#,
            claim: "sum(j, d4[j] * Tw[j,i] * gp[i]) == sum(j, d4[j] * Tw[j,i]) * gp[i]",
            context: .symbols("d4: K, i: index s, j: index K"))
        Step(
            "matrix product entrywise",
            lines: 62...62, quote: #"C_{i,j} = \sum_{k=1}^K a_{i,k} \cdot b_{k,j}"#,
            note: #"C_{i,j} = \sum_{k=1}^K a_{i,k} \cdot b_{k,j}"#,
            claim: "(A * B)[i,j] == sum(k, A[i,k] * B[k,j])",
            context: .symbols("A: m x K, B: K x q, i: index m, j: index q, k: index K"),
            remark:
                """
                    Not an erratum: the sum runs over the inner dimension, which line 60 calls `k` \
                    and this line `K` (the lower-case `k` is taken by the index). In the product \
                    it is used for, `Θ_wᵀ δ^{(4)}`, the inner dimension is the note's `K = 4` \
                    outputs.
                    """
        )
        Step(
            "row of Θ_wᵀ times δ^{(4)}",
            lines: 64...64,
            quote:
                #"""
                    = \left[\left(\theta_{1,i}^{(3)}, \theta_{2,i}^{(3)}, \dots, \#
                    \theta_{j,i}^{(3)}, \dots, \theta_{4,i}^{(3)} \right)
                    """#,
            note:
                #"""
                    = \left[(\theta_{1,i}^{(3)}, \dots, \theta_{4,i}^{(3)}) \begin{pmatrix} \#
                    \delta_1^{(4)} \\ \vdots \\ \delta_4^{(4)} \end{pmatrix} \right] \cdot \#
                    g'(y_i^{(3)})
                    """#,
            claim: "sum(j, d4[j] * Tw[j,i]) * gp[i] == (Tw' * d4)[i] * gp[i]",
            context: .symbols("d4: K, i: index s, j: index K"))
        Step(
            "the same row with index c",
            lines: 66...66,
            quote:
                #"""
                    \underbrace{(\theta_{1,c}^{(3)}, \theta_{2,c}^{(3)}, \dots, \#
                    \theta_{j,c}^{(3)}, \dots, \theta_{4,c}^{(3)})}_{\text{行向量}} \#
                    \underbrace{\delta^{(4)}}_{\downarrow} \right] \cdot g'(y_c^{(3)})
                    """#,
            note:
                #"""
                    = \left[(\theta_{1,c}^{(3)}, \dots, \theta_{4,c}^{(3)})\, \delta^{(4)}\right] \#
                    \cdot g'(y_c^{(3)})
                    """#,
            claim: "(Tw' * d4)[i] * gp[i] == (Tw' * d4)[c] * gp[c]",
            context: .symbols("d4: K, i: index s, c: index s"),
            correction: Correction(
                claim: "(Tw' * d4)[i] * gp[i] == (Tw' * d4)[i] * gp[i]",
                latex:
                    #"""
                        = \left[(\theta_{1,i}^{(3)}, \dots, \theta_{4,i}^{(3)})\, \#
                        \delta^{(4)}\right] \cdot g'(y_i^{(3)})
                        """#,
                explanation:
                    """
                        The chain is about entry `i`; this link switches to an index `c` that is \
                        never introduced. As written it equates entry `i` with entry `c` of `g' ⊙ \
                        Θ_wᵀδ`, which differ for `c ≠ i`.
                        """,
                context: .symbols("d4: K, i: index s")))
        Step(
            "σ^{(3)} for δ^{(3)}",
            lines: 74...74,
            quote:
                #"""
                    \begin{pmatrix} \sigma_1^{(3)} \\ \sigma_2^{(3)} \\ \sigma_3^{(3)} \\ \#
                    \sigma_4^{(3)} \end{pmatrix} = \begin{pmatrix} [(\theta_{1,1}^{(3)}, \#
                    \theta_{2,1}^{(3)}, \theta_{3,1}^{(3)}, \theta_{4,1}^{(3)}) \sigma^{(4)}] \#
                    \cdot g'(y_1^{(3)})
                    """#,
            note:
                #"""
                    \begin{pmatrix} \sigma_1^{(3)} \\ \vdots \\ \sigma_4^{(3)} \end{pmatrix} = \#
                    \begin{pmatrix} [(\theta_{1,1}^{(3)}, \dots, \theta_{4,1}^{(3)})\, \#
                    \sigma^{(4)}] \cdot g'(y_1^{(3)}) \\ \vdots \end{pmatrix}
                    """#,
            claim: "S3 == gp .* (Tw' * (sigmoid(y4) - y))",
            context: .symbols("S3: s"),
            correction: Correction(
                claim: "grad(J, y3) == gp .* (Tw' * (sigmoid(y4) - y))",
                latex:
                    #"""
                        \begin{pmatrix} \delta_1^{(3)} \\ \vdots \\ \delta_4^{(3)} \end{pmatrix} \#
                        = \begin{pmatrix} [(\theta_{1,1}^{(3)}, \dots, \theta_{4,1}^{(3)})\, \#
                        \delta^{(4)}] \cdot g'(y_1^{(3)}) \\ \vdots \end{pmatrix}
                        """#,
                explanation:
                    """
                        The note writes `σ` (its sigmoid) for the errors `δ^{(3)}` and `δ^{(4)}`. \
                        Read literally, `σ^{(3)}` is a symbol never defined, and nothing makes it \
                        equal to the right-hand side; with `δ` the line is the recursion of line \
                        49.
                        """
            ))
        Step(
            "the diagonal of g' is ∂a^{(3)}/∂y^{(3)}",
            lines: 76...78,
            quote:
                #"""
                    \begin{pmatrix} g'(y_1^{(3)}) & 0 & 0 & 0 \\ 0 & g'(y_2^{(3)}) & 0 & 0 \\ 0 & \#
                    0 & g'(y_3^{(3)}) & 0 \\ 0 & 0 & 0 & g'(y_4^{(3)}) \end{pmatrix}
                    """#,
            note:
                #"""
                    \begin{pmatrix} g'(y_1^{(3)}) & & \\ & \ddots & \\ & & g'(y_4^{(3)}) \#
                    \end{pmatrix} = \left(\frac{\partial a_i^{(3)}}{\partial y_j^{(3)}}\right)
                    """#,
            claim: "jac(sigmoid(y3), y3) == diag(gp)",
            remark:
                """
                    Line 76 opens with `=` after the column of line 74, but it is not a link of \
                    that chain (a column cannot equal a 4 × 4 matrix): it is the first factor of \
                    the product `diag(g') Θ_wᵀ δ^{(4)}` that line 80 completes, laid out over \
                    three lines. Considered, not counted as a slip.
                    """)
        Step(
            "the rows (Θ_{1,i}, …, Θ_{4,i}) δ^{(4)}",
            lines: 80...80,
            quote:
                #"""
                    \Theta_{1,1}^{(3)}, \Theta_{2,1}^{(3)}, \Theta_{3,1}^{(3)}, \#
                    \Theta_{4,1}^{(3)} \delta^{(4)}
                    """#,
            note:
                #"""
                    \begin{pmatrix} (\Theta_{1,1}^{(3)}, \dots, \Theta_{4,1}^{(3)})\, \#
                    \delta^{(4)} \\ (\Theta_{1,2}^{(3)}, \dots, \Theta_{4,2}^{(3)})\, \#
                    \delta^{(4)} \\ \vdots \end{pmatrix} = (\Theta_w^{(3)})^T \delta^{(4)}
                    """#,
            claim: "(Tw' * d4)[i] == sum(j, Tw[j,i] * d4[j])",
            context: .symbols("d4: K, i: index s, j: index K"))
        Step(
            "Θ_wᵀ δ^{(4)} = g'(y^{(3)}) Θ_wᵀ δ^{(4)}",
            lines: 82...82,
            quote:
                #"(\Theta_w^{(3)})^T \delta^{(4)} = g'(y^{(3)}) (\Theta_w^{(3)})^T \delta^{(4)}"#,
            note: #"(\Theta_w^{(3)})^T \delta^{(4)} = g'(y^{(3)}) (\Theta_w^{(3)})^T \delta^{(4)}"#,
            claim: "Tw' * d4 == gp .* (Tw' * d4)",
            context: .symbols("d4: K"),
            correction: Correction(
                claim: "grad(J, y3) == gp .* (Tw' * (sigmoid(y4) - y))",
                latex: #"\delta^{(3)} = g'(y^{(3)}) \odot (\Theta_w^{(3)})^T \delta^{(4)}"#,
                explanation:
                    """
                        The left-hand side should be `δ^{(3)}`, and the product with `g'` is \
                        entrywise: as written the line equates `Θ_wᵀδ^{(4)}` with a rescaled copy \
                        of itself.
                        """,
                context: Context()))
        Step(
            "δ^{(3)} in matrix form",
            lines: 87...87, quote: #"\delta^{(3)} = g'(y^{(3)}) [e_w^{(3)}]^T \delta^{(4)}."#,
            note: #"\delta^{(3)} = g'(y^{(3)}) [e_w^{(3)}]^T \delta^{(4)}"#,
            claim: "grad(J, y3) == diag(gp) * E' * (sigmoid(y4) - y)",
            context: .symbols("E: K x s"),
            correction: Correction(
                claim: "grad(J, y3) == diag(gp) * Tw' * (sigmoid(y4) - y)",
                latex: #"\delta^{(3)} = g'(y^{(3)}) \odot [\Theta_w^{(3)}]^T \delta^{(4)}"#,
                explanation:
                    """
                        The note writes `e_w^{(3)}`, a symbol it never defines; the line before \
                        has `Θ_w^{(3)}`. Read literally (`e_w` any `K × s` matrix) the line is \
                        false.
                        """,
                context: Context()),
            remark:
                """
                    `g'(y^{(3)})` multiplies entrywise (as `diag(g'(y^{(3)}))`): the note's \
                    convention for a vector times a vector.
                    """
        )
    }
}
