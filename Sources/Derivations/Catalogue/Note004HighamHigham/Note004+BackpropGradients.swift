// Seed note 004, part 1 of 2 (`higham-backprop`), section 4 of 4:
// The gradients ∂C/∂b and ∂C/∂w (lines 44–48).

extension Note004 {
    /// The steps of lines 44–48: the gradients ∂C/∂b and ∂C/∂w.
    @DerivationBuilder static var backpropGradients: [DerivationPart] {
        Step(
            "∂z_j^{[l]}/∂b_j^{[l]} = 1",
            lines: 44...44,
            quote:
                #"""
                    z_j^{[l]} = (w^{[l]} \sigma(z^{[l-1]}))_j + b_j^{[l]} \Rightarrow \#
                    \frac{\partial z_j^{[l]}}{\partial b_j^{[l]}} = 1
                    """#,
            note:
                #"""
                    z_j^{[l]} = (w^{[l]} \sigma(z^{[l-1]}))_j + b_j^{[l]} \Rightarrow \#
                    \frac{\partial z_j^{[l]}}{\partial b_j^{[l]}} = 1
                    """#,
            claim: "grad((W2*sigmoid(z1v) + b2)[j], b2)[j] == 1",
            context: .symbols("z1v: n1, j: index n2"))
        Step(
            "∂C/∂b^{[l]} = δ^{[l]} (output layer)",
            lines: 44...44,
            quote:
                #"""
                    \frac{\partial C}{\partial b_j^{[l]}} = \frac{\partial C}{\partial z_j^{[l]}} \#
                    \frac{\partial z_j^{[l]}}{\partial b_j^{[l]}} = \frac{\partial C}{\partial \#
                    z_j^{[l]}} = \delta_j^{[l]}
                    """#,
            note:
                #"""
                    \frac{\partial C}{\partial b_j^{[l]}} = \frac{\partial C}{\partial z_j^{[l]}} \#
                    = \delta_j^{[l]}
                    """#,
            claim: "grad(C, b2) == d2")
        Step(
            "∂C/∂b^{[l]} = δ^{[l]} (hidden layer)",
            lines: 44...44,
            quote:
                #"""
                    \frac{\partial C}{\partial b_j^{[l]}} = \frac{\partial C}{\partial z_j^{[l]}} \#
                    \frac{\partial z_j^{[l]}}{\partial b_j^{[l]}} = \frac{\partial C}{\partial \#
                    z_j^{[l]}} = \delta_j^{[l]}
                    """#,
            note: #"\frac{\partial C}{\partial b^{[1]}} = \delta^{[1]}"#,
            claim: "grad(C, b1) == d1")
        Step(
            "z_j^{[l]} = Σ_k w_{jk}^{[l]} a_k^{[l−1]} + b_j^{[l]}",
            lines: 46...46,
            quote: #"z_j^{[l]} = \sum_{k=1}^{n_{l-1}} w_{jk}^{[l]} a_k^{[l-1]} + b_j^{[l]}"#,
            note: #"z_j^{[l]} = \sum_{k=1}^{n_{l-1}} w_{jk}^{[l]} a_k^{[l-1]} + b_j^{[l]}"#,
            claim: "(W2*av + b2)[j] == sum(k, W2[j,k] * av[k]) + b2[j]",
            context: .symbols("av: n1, j: index n2, k: index n1"))
        Step(
            "∂z_j^{[l]}/∂a_k^{[l−1]} = w_{jk}^{[l]}",
            lines: 46...46,
            quote: #"\frac{\partial z_j^{[l]}}{\partial a_k^{[l-1]}} = w_{jk}^{[l]}"#,
            note: #"\frac{\partial z_j^{[l]}}{\partial a_k^{[l-1]}} = w_{jk}^{[l]}"#,
            claim: "jac(W2*av + b2, av)[j,k] == W2[j,k]",
            context: .symbols("av: n1, j: index n2, k: index n1"))
        Step(
            "∂z_j^{[l]}/∂a_k^{[l−1]} = 0 for s ≠ j",
            lines: 46...46,
            quote: #"\frac{\partial z_j^{[l]}}{\partial a_k^{[l-1]}} = 0$ for $s \neq j"#,
            note: #"\frac{\partial z_j^{[l]}}{\partial a_k^{[l-1]}} = 0 \text{ for } s \neq j"#,
            claim: "jac(W2*av + b2, av)[j,k] == 0",
            context: .symbols("av: n1, j: index n2, k: index n1"),
            correction: Correction(
                claim: "jac(W2*av + b2, W2) == kron(av', eye(n2))",
                latex:
                    #"""
                        \frac{\partial z_s^{[l]}}{\partial w_{jk}^{[l]}} = 0 \text{ for } s \neq \#
                        j \quad \left(= [s = j]\, a_k^{[l-1]}\right)
                        """#,
                explanation:
                    """
                        The line repeats the derivative just computed (`w_{jk}`) and calls it `0`, \
                        under a condition on an `s` that does not occur in it. What the next line \
                        needs is that `z_s^{[l]}` does not depend on `w_{jk}^{[l]}` for `s ≠ j` \
                        (and `∂z_j/∂w_{jk} = a_k`, independent of `j` — the note's “indep. of j” \
                        belongs there too).
                        """,
                context: .symbols("av: n1")))
        Step(
            "∂C/∂w_{jk}^{[l]} = Σ_s ∂C/∂a_s^{[L]} ∂a_s^{[L]}/∂w_{jk}^{[l]}",
            lines: 48...48,
            quote:
                #"""
                    \Rightarrow \frac{\partial C}{\partial w_{jk}^{[l]}} = \sum_{s=1}^{n_L} \#
                    \frac{\partial C}{\partial a_s^{[L]}} \frac{\partial a_s^{[L]}}{\partial \#
                    w_{jk}^{[l]}}
                    """#,
            note:
                #"""
                    \frac{\partial C}{\partial w_{jk}^{[l]}} = \sum_{s=1}^{n_L} \frac{\partial \#
                    C}{\partial a_s^{[L]}} \frac{\partial a_s^{[L]}}{\partial w_{jk}^{[l]}}
                    """#,
            claim: "grad(Cw, W1)[j,k] == sum(s, (aL - yy)[s] * grad(aL[s], W1)[j,k])",
            context: .symbols(
                "V2: n1 x n1, c2: n1, yy: n1, j: index n1, k: index n0, s: index n1",
                (
                    "Cw",
                    """
                        0.5 * (yy - sigmoid(V2*sigmoid(W1*x + b1) + c2))' * (yy - \
                        sigmoid(V2*sigmoid(W1*x + b1) + c2))
                        """
                ), ("aL", "sigmoid(V2*sigmoid(W1*x + b1) + c2)")),
            remark:
                """
                    At a hidden layer (`l = L − 1`), where the sum has more than one term; \
                    `∂C/∂a^{[L]} = a^{[L]} − y`.
                    """
        )
        Step(
            "∂C/∂w_{jk}^{[l]}: the middle link keeps one term",
            lines: 48...48,
            quote:
                #"""
                    = \frac{\partial C}{\partial a_j^{[L]}} \frac{\partial a_j^{[L]}}{\partial \#
                    w_{jk}^{[l]}}
                    """#,
            note:
                #"""
                    \frac{\partial C}{\partial w_{jk}^{[l]}} = \sum_{s=1}^{n_L} \frac{\partial \#
                    C}{\partial a_s^{[L]}} \frac{\partial a_s^{[L]}}{\partial w_{jk}^{[l]}} = \#
                    \frac{\partial C}{\partial a_j^{[L]}} \frac{\partial a_j^{[L]}}{\partial \#
                    w_{jk}^{[l]}}
                    """#,
            claim: "grad(Cw, W1)[j,k] == (aL - yy)[j] * grad(aL[j], W1)[j,k]",
            context: .symbols(
                "V2: n1 x n1, c2: n1, yy: n1, j: index n1, k: index n0",
                (
                    "Cw",
                    """
                        0.5 * (yy - sigmoid(V2*sigmoid(W1*x + b1) + c2))' * (yy - \
                        sigmoid(V2*sigmoid(W1*x + b1) + c2))
                        """
                ), ("aL", "sigmoid(V2*sigmoid(W1*x + b1) + c2)")),
            correction: Correction(
                claim: "vec(grad(Cw, W1)) == jac(aL, W1)' * (aL - yy)",
                latex:
                    #"""
                        \frac{\partial C}{\partial w_{jk}^{[l]}} = \sum_{s=1}^{n_L} \#
                        \frac{\partial C}{\partial a_s^{[L]}} \frac{\partial a_s^{[L]}}{\partial \#
                        w_{jk}^{[l]}} \quad (\text{one term only when } l = L)
                        """#,
                explanation:
                    """
                        Keeping only `s = j` is right for the output layer (`a_s^{[L]}` depends on \
                        `w_{jk}^{[L]}` only for `s = j`) but not for a hidden layer: every output \
                        depends on every hidden weight. Checked at `l = L − 1` with equal widths, \
                        so that the index `j` is an output index too.
                        """,
                context: .symbols(
                    "V2: n1 x n1, c2: n1, yy: n1",
                    (
                        "Cw",
                        """
                            0.5 * (yy - sigmoid(V2*sigmoid(W1*x + b1) + c2))' * (yy - \
                            sigmoid(V2*sigmoid(W1*x + b1) + c2))
                            """
                    ), ("aL", "sigmoid(V2*sigmoid(W1*x + b1) + c2)"))))
        Step(
            "∂C/∂w_{jk}^{[l]} = δ_j^{[l]} a_k^{[l−1]} (output layer)",
            lines: 48...48,
            quote:
                #"""
                    = \frac{\partial C}{\partial z_j^{[l]}} a_k^{[l-1]} = \delta_j^{[l]} \#
                    a_k^{[l-1]}
                    """#,
            note: #"\frac{\partial C}{\partial w_{jk}^{[l]}} = \delta_j^{[l]} a_k^{[l-1]}"#,
            claim: "grad(C, W2) == d2 * a1'")
        Step(
            "∂C/∂w_{jk}^{[l]} = δ_j^{[l]} a_k^{[l−1]} (hidden layer)",
            lines: 48...48,
            quote:
                #"""
                    = \frac{\partial C}{\partial z_j^{[l]}} a_k^{[l-1]} = \delta_j^{[l]} \#
                    a_k^{[l-1]}
                    """#,
            note: #"\frac{\partial C}{\partial w^{[1]}} = \delta^{[1]} x^T"#,
            claim: "grad(C, W1) == d1 * x'")
    }
}
