/// Seed note 002: backpropagation for sigmoid outputs and cross-entropy, in
/// the `Θ^{(l)}` notation with a bias column.
enum Note002 {
    static let seed = "002_15813224ae0d6bad.txt"
    static let derivations = [outputDelta, hiddenDelta, weightGradient]
    static let unclaimed: [UnclaimedLines] = [
        UnclaimedLines(
            5...8, .prose,
            """
                (1): take m = 1 and find ∂J/∂y_j^{(4)}; use k, not j, in the computation; simplify \
                J(θ)
                """
        ),
        UnclaimedLines(26, .prose, "(2): θ^{(3)} as in the figure"),
        UnclaimedLines(32, .garbled, "a line the author struck out (every term is \\cancel{…})"),
        UnclaimedLines(
            33...35, .setup, "b: bias, w: weights, θ_w^{(3)}: the weights without the bias column"),
        UnclaimedLines(
            37, .setup,
            """
                (*) again: y^{(4)} = θ^{(3)} (1, g(y_1^{(3)}), …, g(y_4^{(3)})), with a_0^{(3)} = \
                y_0^{(3)} = 1
                """
        ),
        UnclaimedLines(
            39...42, .prose,
            """
                the goal δ^{(3)} = ∂J/∂y^{(3)}; y_0^{(3)} = 1 is not differentiated; every \
                y_j^{(3)} feeds every y_j^{(4)}
                """
        ),
        UnclaimedLines(60, .setup, "recall the matrix product C = A_{m×k} B_{k×n}"),
        UnclaimedLines(
            103, .setup, "notation: ∂J/∂θ^{(l)} denotes (记作) the matrix of the ∂J/∂θ_{j,i}^{(l)}"),
    ]

    static let thetaNotation = """
        The note writes `y^{(l)}` for the **pre-activation** of layer `l` (our `z`), \
        `a^{(l)} = g(y^{(l)})` with `g = σ`, and the label vector `y` (no superscript). \
        `Θ^{(l)}` includes the bias column `θ_{j,0}` (with `a_0 = 1`); `Θ_w` is `Θ` without it. \
        Indices start at 0 for the bias and 1 for neurons. \
        In claims `y4`, `y3` are `y^{(4)}`, `y^{(3)}`.
        """

    // MARK: Output layer

    static let outputDelta = Derivation(
        "output-delta", seed: seed,
        title: "∂J/∂y^{(4)} = a^{(4)} − y for a sigmoid output and cross-entropy"
    ) {
        Summary(
            """
                For one sample (`m = 1`) with sigmoid outputs and the cross-entropy cost, the \
                derivative of the cost with respect to the output pre-activation is `a − y`.
                """
        )
        Notation(thetaNotation)
        Symbols("y4: K, y: K")
        Define("J", "-(y' * log(sigmoid(y4)) + (1 - y)' * log(1 - sigmoid(y4)))")
        Step(
            "J with h = σ substituted",
            lines: 13...13,
            quote:
                #"""
                    = -\sum_{k=1}^K \left[y_k \log \left(\frac{1}{1 + e^{-y_k^{(4)}}} \right) + \#
                    (1 - y_k) \log \left(1 - \frac{1}{1 + e^{-y_k^{(4)}}} \right) \right]
                    """#,
            note:
                #"""
                    = -\sum_{k=1}^K \left[y_k \log \left(\frac{1}{1 + e^{-y_k^{(4)}}} \right) + \#
                    (1 - y_k) \log \left(1 - \frac{1}{1 + e^{-y_k^{(4)}}} \right) \right]
                    """#,
            claim: "J == -(y' * log(1 ./ (1 + exp(-y4))) + (1 - y)' * log(1 - 1 ./ (1 + exp(-y4))))"
        )
        Step(
            "log h = −log(1 + e^{−y})",
            lines: 13...13, quote: #"= -\sum_{k=1}^K \left[-y_k \log (1 + e^{-y_k^{(4)}})"#,
            note:
                #"""
                    y_k \log\left(\frac{1}{1 + e^{-y_k^{(4)}}}\right) = -y_k \log(1 + \#
                    e^{-y_k^{(4)}})
                    """#,
            claim: "log(sigmoid(y4)) == -log(1 + exp(-y4))")
        Step(
            "log(1 − h) = −log(1 + e^{y})",
            lines: 13...13, quote: #"\log \left(1 - \frac{1}{1 + e^{-y_k^{(4)}}} \right)"#,
            note:
                #"""
                    \log\left(1 - \frac{1}{1 + e^{-y_k^{(4)}}}\right) = \log\left(\frac{1}{1 + \#
                    e^{y_k^{(4)}}}\right)
                    """#,
            claim: "log(1 - sigmoid(y4)) == -log(1 + exp(y4))")
        Step(
            "a side computation written as a link of the chain",
            lines: 13...13,
            quote: #"= \log \left(\frac{e^{-y_k^{(4)}}}{1 + e^{-y_k^{(4)}}} \right)"#,
            note:
                #"""
                    -\sum_{k=1}^K \left[\dots\right] = \log \#
                    \left(\frac{e^{-y_k^{(4)}}}{1 + e^{-y_k^{(4)}}} \right)
                    """#,
            claim: "J == log(exp(-y4[k]) / (1 + exp(-y4[k])))",
            context: .symbols("k: index K"),
            correction: Correction(
                claim: "log(1 - sigmoid(y4)) == log(exp(-y4) ./ (1 + exp(-y4)))",
                latex:
                    #"""
                        \log\left(1 - \frac{1}{1 + e^{-y_k^{(4)}}}\right) = \log \#
                        \left(\frac{e^{-y_k^{(4)}}}{1 + e^{-y_k^{(4)}}} \right)
                        """#,
                explanation:
                    """
                        The third `=` of line 13 continues the chain `J = −Σ_k[…]`, so read as \
                        written the cost equals one logarithm, with `k` free outside the sum. \
                        It is the side computation of `log(1 − σ(y_k))` that justifies the \
                        `(−) log(1 + e^{y_k})` term before it, and as that it holds.
                        """))
        Step(
            "∂J/∂y^{(4)} of the simplified cost",
            lines: 15...15,
            quote:
                #"""
                    \Rightarrow \frac{\partial J(\theta)}{\partial y_k^{(4)}} = \#
                    \frac{\partial}{\partial y_k^{(4)}} \left[y_k \cdot \log (1 + e^{-y_k^{(4)}}) \#
                    + (1 - y_k) \log (1 + e^{y_k^{(4)}}) \right]
                    """#,
            note:
                #"""
                    \Rightarrow \frac{\partial J(\theta)}{\partial y_k^{(4)}} = \#
                    \frac{\partial}{\partial y_k^{(4)}} \left[y_k \cdot \log (1 + e^{-y_k^{(4)}}) \#
                    + (1 - y_k) \log (1 + e^{y_k^{(4)}}) \right]
                    """#,
            claim: "grad(J, y4) == grad(y' * log(1 + exp(-y4)) + (1 - y)' * log(1 + exp(y4)), y4)")
        Step(
            "derivative of the simplified cost",
            lines: 15...15,
            quote:
                #"""
                    = y_k \cdot \frac{1}{1 + e^{-y_k^{(4)}}} \cdot (-1) e^{-y_k^{(4)}} + (1 - \#
                    y_k) \cdot \frac{1}{1 + e^{y_k^{(4)}}} \cdot e^{y_k^{(4)}}
                    """#,
            note:
                #"""
                    \frac{\partial J}{\partial y_k^{(4)}} = y_k \cdot \frac{1}{1 + \#
                    e^{-y_k^{(4)}}} \cdot (-1) e^{-y_k^{(4)}} + (1 - y_k) \cdot \frac{1}{1 + \#
                    e^{y_k^{(4)}}} \cdot e^{y_k^{(4)}}
                    """#,
            claim:
                """
                    grad(y' * log(1 + exp(-y4)) + (1 - y)' * log(1 + exp(y4)), y4) == -y .* \
                    exp(-y4) ./ (1 + exp(-y4)) + (1 - y) .* exp(y4) ./ (1 + exp(y4))
                    """
        )
        Step(
            "e^{−y}/(1 + e^{−y}) = 1/(1 + e^{y})",
            lines: 15...15,
            quote:
                #"""
                    = -y_k \cdot \frac{1}{1 + e^{y_k^{(4)}}} + \frac{(1 - y_k) \cdot \#
                    e^{y_k^{(4)}}}{1 + e^{y_k^{(4)}}}
                    """#,
            note:
                #"""
                    = -y_k \cdot \frac{1}{1 + e^{y_k^{(4)}}} + \frac{(1 - y_k) \cdot \#
                    e^{y_k^{(4)}}}{1 + e^{y_k^{(4)}}}
                    """#,
            claim: "-y .* exp(-y4) ./ (1 + exp(-y4)) == -y ./ (1 + exp(y4))")
        Step(
            "over a common denominator",
            lines: 15...15,
            quote: #"= \frac{-y_k (1 + e^{y_k^{(4)}}) + e^{y_k^{(4)}}}{1 + e^{y_k^{(4)}}}"#,
            note: #"= \frac{-y_k (1 + e^{y_k^{(4)}}) + e^{y_k^{(4)}}}{1 + e^{y_k^{(4)}}}"#,
            claim:
                """
                    -y ./ (1 + exp(y4)) + (1 - y) .* exp(y4) ./ (1 + exp(y4)) == (-y .* (1 + \
                    exp(y4)) + exp(y4)) ./ (1 + exp(y4))
                    """
        )
        Step(
            "the fraction split",
            lines: 15...15, quote: #"= -y_k + \frac{e^{y_k^{(4)}}}{1 + e^{y_k^{(4)}}}"#,
            note: #"= -y_k + \frac{e^{y_k^{(4)}}}{1 + e^{y_k^{(4)}}}"#,
            claim:
                "(-y .* (1 + exp(y4)) + exp(y4)) ./ (1 + exp(y4)) == -y + exp(y4) ./ (1 + exp(y4))")
        Step(
            "e^{y}/(1 + e^{y}) = g(y)",
            lines: 15...15, quote: #"= -y_k + g(y_k^{(4)})"#,
            note: #"= -y_k + g(y_k^{(4)})"#,
            claim: "-y + exp(y4) ./ (1 + exp(y4)) == -y + sigmoid(y4)")
        Step(
            "J at m = 1 with h_θ(x_k)",
            lines: 11...11,
            quote:
                #"""
                    = -\sum_{k=1}^K (y_k \log h_{\theta}(x_k) + (1 - y_k) \log (1 - \#
                    h_{\theta}(x_k)))
                    """#,
            note:
                #"""
                    J(\theta) = -\sum_{k=1}^K (y_k \log h_{\theta}(x_k) + (1 - y_k) \log (1 - \#
                    h_{\theta}(x_k)))
                    """#,
            claim: "J == -(y' * log(h(xx)) + (1 - y)' * log(1 - h(xx)))",
            context: .symbols("xx: K, h: function"),
            correction: Correction(
                claim: "J == -(y' * log(sigmoid(y4)) + (1 - y)' * log(1 - sigmoid(y4)))",
                latex:
                    #"""
                        J(\theta) = -\sum_{k=1}^K \left(y_k \log h_{\theta}(x)_k + (1 - y_k) \log \#
                        (1 - h_{\theta}(x)_k)\right)
                        """#,
                explanation:
                    """
                        Line 3 writes the `k`-th output `h_θ(x)_k = a_k^{(4)} = g(y_k^{(4)})`; \
                        `h_θ(x_k)` would be the network applied to the `k`-th input entry alone \
                        (read with `x` of length `K`, `h` any function), which is not the cost. \
                        The regulariser is dropped here on purpose (the next step).
                        """
            ))
        Step(
            "J at m = 1, regulariser independent of y^{(4)}",
            lines: 11...11, quote: #"+ \text{正则项 (与 } y_j^{(4)} \text{ 无关)}"#,
            note:
                #"""
                    J(\theta) = -\sum_{k=1}^K \left(y_k \log h_\theta(x)_k + (1 - y_k) \log(1 - \#
                    h_\theta(x)_k)\right) + \text{regulariser (independent of } y^{(4)})
                    """#,
            claim: "grad(J + lam * R, y4) == grad(J, y4)",
            context: .symbols("lam: scalar, R: scalar"),
            remark:
                """
                    The claim checks what the line is for: the regulariser does not change \
                    `∂J/∂y^{(4)}` (the `h_θ(x_k)` slip is the step before).
                    """
        )
        Step(
            "∂J/∂y_j^{(4)} = a_j^{(4)} − y_j",
            lines: 18...18,
            quote: #"\frac{\partial J(\theta)}{\partial y_j^{(4)}} = a_j^{(4)} - y_j"#,
            note: #"\frac{\partial J(\theta)}{\partial y_j^{(4)}} = a_j^{(4)} - y_j"#,
            claim: "grad(J, y4)[j] == sigmoid(y4)[j] - y[j]",
            context: .symbols("j: index K"))
        Step(
            "∂J/∂y^{(4)} = a^{(4)} − y",
            lines: 20...20, quote: #"\frac{\partial J(\theta)}{\partial y^{(L)}} = a^{(L)} - y"#,
            note: #"\frac{\partial J(\theta)}{\partial y^{(L)}} = a^{(L)} - y"#,
            claim: "grad(J, y4) == sigmoid(y4) - y")
    }

    // MARK: Hidden layer

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

    // MARK: Weight gradient

    static let weightGradient = Derivation(
        "theta-gradient", seed: seed,
        title: "∂J/∂Θ^{(l)} = δ^{(l+1)} a^{(l)T} and the regularised gradient"
    ) {
        Summary(
            """
                The gradient with respect to a weight matrix is the outer product of the next \
                layer's error with the (bias-augmented) activation; over `m` samples it is \
                averaged, and the regulariser adds `(λ/m) Θ_w` to every column but the bias \
                column.
                """
        )
        Notation(
            thetaNotation
                + " `T` is the full `Θ^{(l)}` (`K × r`, bias column included) and `ab` the "
                + "augmented activation `(a_0 = 1, a_1, …)` of length `r`; the identity holds for "
                + "any `ab`, so the claim does not need `a_0 = 1`."
        )
        Symbols("T: K x r, ab: r, y: K")
        Step(
            "(3) chain rule for ∂J/∂θ_{j,i}",
            lines: 89...89,
            quote:
                #"""
                    (3) \frac{\partial J(\theta)}{\partial \theta_{j,i}^{(l)}} = \frac{\partial \#
                    J(\theta)}{\partial y_j^{(l+1)}} \cdot \frac{\partial y_j^{(l+1)}}{\partial \#
                    \theta_{j,i}^{(l)}}
                    """#,
            note:
                #"""
                    (3) \frac{\partial J(\theta)}{\partial \theta_{j,i}^{(l)}} = \frac{\partial \#
                    J(\theta)}{\partial y_j^{(l+1)}} \cdot \frac{\partial y_j^{(l+1)}}{\partial \#
                    \theta_{j,i}^{(l)}}
                    """#,
            claim: "grad(Jreg, Tw)[j,i] == (sigmoid(zz) - y)[j] * grad(zz[j], Tw)[j,i]",
            context: .symbols(
                "Tw: K x s, b: K, a: s, lam: scalar, j: index K, i: index s", ("zz", "b + Tw * a"),
                (
                    "Jreg",
                    """
                        -(y' * log(sigmoid(zz)) + (1 - y)' * log(1 - sigmoid(zz))) + lam / 2 * \
                        sum(Tw .* Tw)
                        """
                )),
            correction: Correction(
                claim:
                    """
                        grad(Jreg, Tw)[j,i] == (sigmoid(zz) - y)[j] * grad(zz[j], Tw)[j,i] + lam * \
                        Tw[j,i]
                        """,
                latex:
                    #"""
                        \frac{\partial J(\theta)}{\partial \theta_{j,i}^{(l)}} = \frac{\partial \#
                        J(\theta)}{\partial y_j^{(l+1)}} \frac{\partial y_j^{(l+1)}}{\partial \#
                        \theta_{j,i}^{(l)}} + \lambda\, \theta_{j,i}^{(l)} \quad (i \ge 1,\ m = \#
                        1)
                        """#,
                explanation:
                    """
                        The note's cost `J(θ)` (line 3) has the regulariser `(λ/2m) Σ θ²`, which \
                        depends on `θ_{j,i}` directly, not through `y^{(l+1)}`: the chain rule \
                        misses `λ θ_{j,i}` (at `m = 1`, line 5). Checked with the weights `Θ_w` \
                        (`i ≥ 1`); `∂J/∂y_j^{(l+1)} = a_j − y_j` is the output layer's `δ_j`.
                        """,
                context: .symbols(
                    "Tw: K x s, b: K, a: s, lam: scalar, j: index K, i: index s",
                    ("zz", "b + Tw * a"),
                    (
                        "Jreg",
                        """
                            -(y' * log(sigmoid(zz)) + (1 - y)' * log(1 - sigmoid(zz))) + lam / 2 * \
                            sum(Tw .* Tw)
                            """
                    ))))
        Step(
            "y_j^{(l+1)} = Σ_i θ_{j,i} a_i",
            lines: 91...91,
            quote:
                #"""
                    y_j^{(l+1)} = \theta_{j,0}^{(l)} a_0^{(l)} + \theta_{j,1}^{(l)} a_1^{(l)} + \#
                    \dots + \theta_{j,i}^{(l)} a_i^{(l)} + \dots
                    """#,
            note:
                #"""
                    y_j^{(l+1)} = \theta_{j,0}^{(l)} a_0^{(l)} + \theta_{j,1}^{(l)} a_1^{(l)} + \#
                    \dots + \theta_{j,i}^{(l)} a_i^{(l)} + \dots
                    """#,
            claim: "(T * ab)[j] == sum(i, T[j,i] * ab[i])",
            context: .symbols("j: index K, i: index r"))
        Step(
            "∂y_j^{(l+1)}/∂θ_{j,i} = a_i, so the product is δ_j a_i",
            lines: 93...93, quote: #"= \delta_j^{(l+1)} \cdot a_i^{(l)}"#,
            note:
                #"""
                    \frac{\partial J}{\partial y_j^{(l+1)}} \cdot \frac{\partial \#
                    y_j^{(l+1)}}{\partial \theta_{j,i}^{(l)}} = \delta_j^{(l+1)} \cdot a_i^{(l)}
                    """#,
            claim: "grad((T * ab)[j], T)[j,i] == ab[i]",
            context: .symbols("j: index K, i: index r"))
        Step(
            "∂J/∂θ_{j,i} = δ_j^{(l+1)} a_i^{(l)}",
            lines: 101...101,
            quote:
                #"""
                    \frac{\partial J(\theta)}{\partial \theta_{j,i}^{(l)}} = \delta_j^{(l+1)} \#
                    a_i^{(l)}
                    """#,
            note:
                #"""
                    \frac{\partial J(\theta)}{\partial \theta_{j,i}^{(l)}} = \delta_j^{(l+1)} \#
                    a_i^{(l)}
                    """#,
            claim: "grad(Jreg, Tw)[j,i] == (sigmoid(zz) - y)[j] * a[i]",
            context: .symbols(
                "Tw: K x s, b: K, a: s, lam: scalar, j: index K, i: index s", ("zz", "b + Tw * a"),
                (
                    "Jreg",
                    """
                        -(y' * log(sigmoid(zz)) + (1 - y)' * log(1 - sigmoid(zz))) + lam / 2 * \
                        sum(Tw .* Tw)
                        """
                )),
            correction: Correction(
                claim: "grad(Jreg, Tw)[j,i] == (sigmoid(zz) - y)[j] * a[i] + lam * Tw[j,i]",
                latex:
                    #"""
                        \frac{\partial J(\theta)}{\partial \theta_{j,i}^{(l)}} = \delta_j^{(l+1)} \#
                        a_i^{(l)} + \lambda\, \theta_{j,i}^{(l)} \ (i \ge 1), \qquad \#
                        \frac{\partial J(\theta)}{\partial \theta_{j,0}^{(l)}} = \delta_j^{(l+1)}
                        """#,
                explanation:
                    """
                        Line 89's missing term carried to the result: for the note's regularised \
                        `J(θ)` the weights (`i ≥ 1`) get `+ λ θ_{j,i}` (at `m = 1`); only the bias \
                        column (`i = 0`) is `δ_j a_0 = δ_j`. The unregularised gradient `δ_j a_i` \
                        is the next step.
                        """,
                context: .symbols(
                    "Tw: K x s, b: K, a: s, lam: scalar, j: index K, i: index s",
                    ("zz", "b + Tw * a"),
                    (
                        "Jreg",
                        """
                            -(y' * log(sigmoid(zz)) + (1 - y)' * log(1 - sigmoid(zz))) + lam / 2 * \
                            sum(Tw .* Tw)
                            """
                    ))))
        Step(
            "∂J/∂θ_{j,i} = δ_j a_i for the cost without the regulariser",
            lines: 101...101, quote: #"= \delta_j^{(l+1)} a_i^{(l)}"#,
            note:
                #"""
                    \frac{\partial J_0(\theta)}{\partial \theta_{j,i}^{(l)}} = \delta_j^{(l+1)} \#
                    a_i^{(l)}, \quad J_0 = J \text{ without the regulariser}
                    """#,
            claim:
                """
                    grad(-(y' * log(sigmoid(T * ab)) + (1 - y)' * log(1 - sigmoid(T * ab))), \
                    T)[j,i] == (sigmoid(T * ab) - y)[j] * ab[i]
                    """,
            context: .symbols("j: index K, i: index r"),
            remark:
                """
                    What the line gets right: without the regulariser (`λ = 0`), for every `i ≥ 0` \
                    including the bias column.
                    """
        )
        Step(
            "the matrix of the ∂J/∂θ_{j,i}",
            lines: 105...105,
            quote:
                #"""
                    = \left(\begin{array}{ccc} \delta_1^{(l+1)} a_0^{(l)} & \delta_1^{(l+1)} \#
                    a_1^{(l)} & \dots \delta_1^{(l+1)} a_i^{(l)} \dots
                    """#,
            note:
                #"""
                    \frac{\partial J(\theta)}{\partial \theta^{(l)}} = \left(\delta_j^{(l+1)} \#
                    a_i^{(l)}\right)_{j,i}
                    """#,
            claim: "grad(Jreg, Tw) == (sigmoid(zz) - y) * a'",
            context: .symbols(
                "Tw: K x s, b: K, a: s, lam: scalar", ("zz", "b + Tw * a"),
                (
                    "Jreg",
                    """
                        -(y' * log(sigmoid(zz)) + (1 - y)' * log(1 - sigmoid(zz))) + lam / 2 * \
                        sum(Tw .* Tw)
                        """
                )),
            correction: Correction(
                claim: "grad(Jreg, Tw) == (sigmoid(zz) - y) * a' + lam * Tw",
                latex:
                    #"""
                        \frac{\partial J(\theta)}{\partial \theta_w^{(l)}} = \delta^{(l+1)} \#
                        [a^{(l)}]^T + \lambda\, \Theta_w^{(l)}
                        """#,
                explanation:
                    """
                        The same missing `λ θ_{j,i}` as line 101, entry by entry: the matrix of \
                        the partial derivatives of the regularised cost is `δ aᵀ + λ Θ_w` on the \
                        weight columns.
                        """,
                context: .symbols(
                    "Tw: K x s, b: K, a: s, lam: scalar", ("zz", "b + Tw * a"),
                    (
                        "Jreg",
                        """
                            -(y' * log(sigmoid(zz)) + (1 - y)' * log(1 - sigmoid(zz))) + lam / 2 * \
                            sum(Tw .* Tw)
                            """
                    ))))
        Step(
            "(δ_j a_i)_{j,i} = δ aᵀ",
            lines: 107...107, quote: #"= \delta^{(l+1)} [a^{(l)}]^T"#,
            note: #"\left(\delta_j^{(l+1)} a_i^{(l)}\right)_{j,i} = \delta^{(l+1)} [a^{(l)}]^T"#,
            claim: "(d * ab')[j,i] == d[j] * ab[i]",
            context: .symbols("d: K, j: index K, i: index r"))
        Step(
            "∂J/∂Θ = δ aᵀ, vectorised, without the regulariser",
            lines: 107...107, quote: #"= \delta^{(l+1)} [a^{(l)}]^T"#,
            note:
                #"""
                    \text{vec}\left(\frac{\partial J_0}{\partial \theta^{(l)}}\right) = (a^{(l)} \#
                    \otimes I_K)\, \delta^{(l+1)}
                    """#,
            claim:
                """
                    vec(grad(-(y' * log(sigmoid(T * ab)) + (1 - y)' * log(1 - sigmoid(T * ab))), \
                    T)) == kron(ab, eye(K)) * (sigmoid(T * ab) - y)
                    """,
            remark: "The same gradient in vectorised form, `(a ⊗ I_K) δ`, as in note 000.")
        Step(
            "regularised cost over m samples: weights",
            lines: 3...3,
            quote:
                #"""
                    + \frac{\lambda}{2m} \sum_{l=1}^{L-1} \sum_{i=1}^{S_l} \sum_{j=1}^{S_{l+1}} \#
                    (\theta_{j,i}^{(l)})^2
                    """#,
            note:
                #"""
                    J(\theta) = -\frac{1}{m} \sum_{i,k} \left[y_k^{(i)} \log h_\theta(x^{(i)})_k \#
                    + (1 - y_k^{(i)}) \log(1 - h_\theta(x^{(i)})_k)\right] + \frac{\lambda}{2m} \#
                    \sum_{l,i \ge 1,j} (\theta_{j,i}^{(l)})^2
                    """#,
            claim: "grad(Jr, Tw) == (1/m) * (sigmoid(Z) - Y) * A' + (lam/m) * Tw",
            context: .symbols(
                "Tw: K x s, b: K, A: s x m, Y: K x m, lam: scalar",
                ("Z", "b * ones(1, m) + Tw * A"),
                (
                    "Jr",
                    """
                        -(1/m) * sum(Y .* log(sigmoid(Z)) + (1 - Y) .* log(1 - sigmoid(Z))) + lam \
                        / (2*m) * sum(Tw .* Tw)
                        """
                )))
        Step(
            "regularised cost over m samples: bias column",
            lines: 3...3, quote: #"\sum_{i=1}^{S_l}"#,
            note:
                #"""
                    \frac{\partial J}{\partial \theta_{j,0}^{(l)}} = \frac{1}{m} \sum_i \#
                    \delta_j^{(l+1)(i)}
                    """#,
            claim: "grad(Jr, b) == (1/m) * (sigmoid(Z) - Y) * ones(m, 1)",
            context: .symbols(
                "Tw: K x s, b: K, A: s x m, Y: K x m, lam: scalar",
                ("Z", "b * ones(1, m) + Tw * A"),
                (
                    "Jr",
                    """
                        -(1/m) * sum(Y .* log(sigmoid(Z)) + (1 - Y) .* log(1 - sigmoid(Z))) + lam \
                        / (2*m) * sum(Tw .* Tw)
                        """
                )),
            remark: "The regulariser sums over `i ≥ 1`, so the bias column is not decayed.")
    }
}
