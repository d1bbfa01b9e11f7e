// Seed note 004, part 2 of 2: Input Jacobian (`input-jacobian`).

extension Note004 {
    static let inputJacobian = Derivation(
        "input-jacobian", seed: seed, title: "∂H/∂x = D^{[L]} W^{[L]} ⋯ D^{[2]} W^{[2]}"
    ) {
        Summary(
            """
                The Jacobian of the network output with respect to its input is the product, from \
                the last layer down to the first weights `W^{[2]}`, of `D^{[l]} W^{[l]}` (layer 1 \
                is the input, `a^{[1]} = x`); the note's formulas run one layer too far, down to a \
                `D^{[1]} W^{[1]}` that its own convention does not have.
                """
        )
        Notation(notation)
        Notation(
            """
                As written, the note's `D^{[1]} w^{[1]}` would belong to a layer before the input: \
                the errata read it as `diag(σ'(W^{[1]} x + b^{[1]})) W^{[1]}` with an arbitrary \
                `n_1 × n_1` matrix `W^{[1]}` (`W1`, `b1`), which the input layer does not have.
                """
        )
        Symbols(
            """
                x: n1, W1: n1 x n1, b1: n1, W2: n2 x n1, b2: n2, W3: n3 x n2, b3: n3, W4: n4 x n3, \
                b4: n4
                """
        )
        Define("z2", "W2*x + b2")
        Define("a2", "sigmoid(z2)")
        Define("z3", "W3*a2 + b3")
        Define("a3", "sigmoid(z3)")
        Define("z4", "W4*a3 + b4")
        Define("a4", "sigmoid(z4)")
        Define("D1", "diag(sigmoid(W1*x + b1) .* (1 - sigmoid(W1*x + b1)))")
        Define("D2", "diag(sigmoid(z2) .* (1 - sigmoid(z2)))")
        Define("D3", "diag(sigmoid(z3) .* (1 - sigmoid(z3)))")
        Define("D4", "diag(sigmoid(z4) .* (1 - sigmoid(z4)))")
        Step(
            "∂z^{[l]}/∂a^{[l−1]} = W^{[l]}",
            lines: 50...50, quote: #"\frac{\partial z^{[l]}}{\partial a^{[l-1]}} = w^{[l]}"#,
            note: #"\frac{\partial z^{[l]}}{\partial a^{[l-1]}} = w^{[l]}"#,
            claim: "jac(W3*av + b3, av) == W3",
            context: .symbols("av: n2"))
        Step(
            "∂a^{[l]}/∂z^{[l]} = D^{[l]}",
            lines: 50...50,
            quote:
                #"""
                    \frac{\partial a^{[l]}}{\partial z^{[l]}} = \text{diag}(\sigma'(z^{[l]})) = \#
                    D^{[l]}
                    """#,
            note:
                #"""
                    \frac{\partial a^{[l]}}{\partial z^{[l]}} = \text{diag}(\sigma'(z^{[l]})) = \#
                    D^{[l]}
                    """#,
            claim: "jac(sigmoid(zv), zv) == diag(sigmoid(zv) .* (1 - sigmoid(zv)))",
            context: .symbols("zv: n2"))
        Step(
            "layer 1",
            lines: 52...52,
            quote:
                #"""
                    \frac{\partial a^{[1]}}{\partial x} = \frac{\partial a^{[1]}}{\partial \#
                    z^{[1]}} \frac{\partial z^{[1]}}{\partial x} = D^{[1]} w^{[1]}
                    """#,
            note:
                #"""
                    \frac{\partial a^{[1]}}{\partial x} = \frac{\partial a^{[1]}}{\partial \#
                    z^{[1]}} \frac{\partial z^{[1]}}{\partial x} = D^{[1]} w^{[1]}
                    """#,
            claim: "jac(x, x) == D1 * W1",
            correction: Correction(
                claim: "jac(a2, x) == D2 * W2",
                latex:
                    #"""
                        \frac{\partial a^{[1]}}{\partial x} = I, \qquad \frac{\partial \#
                        a^{[2]}}{\partial x} = \frac{\partial a^{[2]}}{\partial z^{[2]}} \#
                        \frac{\partial z^{[2]}}{\partial x} = D^{[2]} w^{[2]}
                        """#,
                explanation:
                    """
                        In the note's convention `a^{[1]} = x` (lines 16 and 34), so `∂a^{[1]}/∂x \
                        = I`; there is no `z^{[1]}` or `w^{[1]}`. The first layer with weights is \
                        layer 2: `∂a^{[2]}/∂x = D^{[2]} w^{[2]}`.
                        """
            ))
        Step(
            "layer 2: the chain rule",
            lines: 54...54,
            quote:
                #"""
                    \frac{\partial a^{[2]}}{\partial x} = \frac{\partial a^{[2]}}{\partial \#
                    z^{[2]}} \frac{\partial z^{[2]}}{\partial a^{[1]}} \frac{\partial \#
                    a^{[1]}}{\partial x}
                    """#,
            note:
                #"""
                    \frac{\partial a^{[2]}}{\partial x} = \frac{\partial a^{[2]}}{\partial \#
                    z^{[2]}} \frac{\partial z^{[2]}}{\partial a^{[1]}} \frac{\partial \#
                    a^{[1]}}{\partial x}
                    """#,
            claim: "jac(a2, x) == D2 * W2 * jac(x, x)",
            remark:
                """
                    `∂a^{[2]}/∂z^{[2]} = D^{[2]}` and `∂z^{[2]}/∂a^{[1]} = w^{[2]}` (line 50); \
                    `∂a^{[1]}/∂x = I` since `a^{[1]} = x`. This link is right; the slip is in the \
                    next.
                    """
        )
        Step(
            "layer 2",
            lines: 54...54, quote: #"= D^{[2]} w^{[2]} (D^{[1]} w^{[1]})"#,
            note: #"\frac{\partial a^{[2]}}{\partial x} = D^{[2]} w^{[2]} (D^{[1]} w^{[1]})"#,
            claim: "jac(a2, x) == D2 * W2 * (D1 * W1)",
            correction: Correction(
                claim: "jac(a3, x) == D3 * W3 * (D2 * W2)",
                latex: #"\frac{\partial a^{[3]}}{\partial x} = D^{[3]} w^{[3]} (D^{[2]} w^{[2]})"#,
                explanation:
                    """
                        The same shift by one layer: `∂a^{[2]}/∂x = D^{[2]} w^{[2]}`, with no \
                        `D^{[1]} w^{[1]}`; the two-factor product belongs to `a^{[3]}`.
                        """
            ))
        Step(
            "layer l from layer l − 1",
            lines: 56...56,
            quote: #"= D^{[l]} w^{[l]} \left(\frac{\partial a^{[l-1]}}{\partial x} \right)"#,
            note:
                #"""
                    \frac{\partial a^{[l]}}{\partial x} = D^{[l]} w^{[l]} \left(\frac{\partial \#
                    a^{[l-1]}}{\partial x}\right)
                    """#,
            claim: "jac(a3, x) == D3 * W3 * jac(a2, x)")
        Step(
            "the chain rule down to ∂a^{[1]}/∂x",
            lines: 58...58,
            quote:
                #"""
                    \frac{\partial H}{\partial x} = \frac{\partial a^{[L]}}{\partial x} = \#
                    \frac{\partial a^{[L]}}{\partial z^{[L]}} \frac{\partial z^{[L]}}{\partial \#
                    a^{[L-1]}} \dots \frac{\partial a^{[2]}}{\partial z^{[2]}} \frac{\partial \#
                    z^{[2]}}{\partial a^{[1]}} \frac{\partial a^{[1]}}{\partial x}
                    """#,
            note:
                #"""
                    \frac{\partial H}{\partial x} = \frac{\partial a^{[L]}}{\partial z^{[L]}} \#
                    \frac{\partial z^{[L]}}{\partial a^{[L-1]}} \cdots \frac{\partial \#
                    a^{[2]}}{\partial z^{[2]}} \frac{\partial z^{[2]}}{\partial a^{[1]}} \#
                    \frac{\partial a^{[1]}}{\partial x}
                    """#,
            claim: "jac(a4, x) == D4 * W4 * D3 * W3 * D2 * W2 * jac(x, x)",
            remark: "At `L = 4`; the last factor is `∂a^{[1]}/∂x = I`.")
        Step(
            "∂H/∂x as a product",
            lines: 60...60,
            quote:
                #"""
                    \Rightarrow \frac{\partial H}{\partial x} = (D^{[L]} w^{[L]}) (D^{[L-1]} \#
                    w^{[L-1]}) \dots (D^{[2]} w^{[2]}) (D^{[1]} w^{[1]})
                    """#,
            note:
                #"""
                    \Rightarrow \frac{\partial H}{\partial x} = (D^{[L]} w^{[L]}) (D^{[L-1]} \#
                    w^{[L-1]}) \dots (D^{[2]} w^{[2]}) (D^{[1]} w^{[1]})
                    """#,
            claim: "jac(a4, x) == D4 * W4 * D3 * W3 * D2 * W2 * (D1 * W1)",
            correction: Correction(
                claim: "jac(a4, x) == D4 * W4 * D3 * W3 * D2 * W2",
                latex:
                    #"""
                        \frac{\partial H}{\partial x} = (D^{[L]} w^{[L]}) (D^{[L-1]} w^{[L-1]}) \#
                        \cdots (D^{[2]} w^{[2]})
                        """#,
                explanation:
                    """
                        The line before ends with `∂a^{[1]}/∂x = I`; the product ends with \
                        `D^{[2]} w^{[2]}`. The extra factor `D^{[1]} w^{[1]}` belongs to no layer \
                        of the note's network (checked at `L = 4`).
                        """
            ))
    }
}
