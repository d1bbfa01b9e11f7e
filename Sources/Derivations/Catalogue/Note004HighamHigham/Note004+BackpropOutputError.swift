// Seed note 004, part 1 of 2 (`higham-backprop`), section 2 of 4:
// The output error δ^{[L]} (lines 36–38).

extension Note004 {
    /// The steps of lines 36–38: the output error δ^{[L]}.
    @DerivationBuilder static var backpropOutputError: [DerivationPart] {
        Step(
            "∂C/∂a^{[l]} = −(y − a^{[L]})",
            lines: 36...36,
            quote:
                #"""
                    \frac{\partial C}{\partial a_j^{[l]}} = \frac{\partial}{\partial a_j^{[l]}} \#
                    \left(\frac{1}{2} \sum_{k=1}^{n_L} (y_k - a_k^{[L]})^2 \right) = -(y_j - \#
                    a_j^{[L]})
                    """#,
            note:
                #"""
                    \frac{\partial C}{\partial a_j^{[L]}} = \frac{\partial}{\partial a_j^{[L]}} \#
                    \left(\frac{1}{2} \sum_k (y_k - a_k^{[L]})^2\right) = -(y_j - a_j^{[L]})
                    """#,
            claim:
                """
                    grad(0.5 * (y - sigmoid(V2*av + b2))' * (y - sigmoid(V2*av + b2)), av) == -(y \
                    - sigmoid(V2*av + b2))
                    """,
            context: .symbols("av: n2, V2: n2 x n2"),
            correction: Correction(
                claim: "grad(0.5 * (y - av)' * (y - av), av) == -(y - av)",
                latex:
                    #"""
                        \frac{\partial C}{\partial a_j^{[L]}} = -(y_j - a_j^{[L]}) \quad \#
                        \text{(only for } l = L)
                        """#,
                explanation:
                    """
                        The line differentiates with respect to `a_j^{[l]}` but the cost holds \
                        `a^{[L]}`: for a hidden layer `l < L`, `C` depends on `a^{[l]}` through \
                        the layers above, and `∂C/∂a^{[l]} ≠ −(y − a^{[L]})` (checked at `l = L − \
                        1` with equal widths). The line holds at `l = L`.
                        """,
                context: .symbols("av: n2")))
        Step(
            "δ^{[L]} = σ'(z^{[L]}) ⊙ (a^{[L]} − y)",
            lines: 38...38, quote: #"= \sigma'(z_j^{[l]}) \circ (a_j^{[L]} - y_j)"#,
            note: #"\delta^{[L]} = \sigma'(z^{[L]}) \circ (a^{[L]} - y)"#,
            claim:
                """
                    grad(0.5 * (y - sigmoid(zv))' * (y - sigmoid(zv)), zv) == sigmoid(zv) .* (1 - \
                    sigmoid(zv)) .* (sigmoid(zv) - y)
                    """,
            context: .symbols("zv: n2"))
        Step(
            "δ_j^{[l]} = ∂C/∂a_j^{[l]} ∂a_j^{[l]}/∂z_j^{[l]} at a hidden layer",
            lines: 38...38,
            quote:
                #"""
                    \delta_j^{[l]} = \frac{\partial C}{\partial z_j^{[l]}} = \frac{\partial \#
                    C}{\partial a_j^{[l]}} \frac{\partial a_j^{[l]}}{\partial z_j^{[l]}}
                    """#,
            note:
                #"""
                    \delta_j^{[l]} = \frac{\partial C}{\partial z_j^{[l]}} = \frac{\partial \#
                    C}{\partial a_j^{[l]}} \frac{\partial a_j^{[l]}}{\partial z_j^{[l]}}
                    """#,
            claim: "grad(C1, z1v)[j] == (W2' * dL)[j] * (sigmoid(z1v) .* (1 - sigmoid(z1v)))[j]",
            context: .symbols(
                "z1v: n1, j: index n1, k: index n2", ("z2v", "W2*sigmoid(z1v) + b2"),
                ("a2v", "sigmoid(W2*sigmoid(z1v) + b2)"),
                (
                    "C1",
                    """
                        0.5 * (y - sigmoid(W2*sigmoid(z1v) + b2))' * (y - sigmoid(W2*sigmoid(z1v) \
                        + b2))
                        """
                ),
                (
                    "dL",
                    """
                        sigmoid(W2*sigmoid(z1v) + b2) .* (1 - sigmoid(W2*sigmoid(z1v) + b2)) .* \
                        (sigmoid(W2*sigmoid(z1v) + b2) - y)
                        """
                )),
            remark:
                """
                    The first two links hold at every layer (here `l = 1` of two): `a_j^{[l]}` \
                    depends on `z_j^{[l]}` alone, and `∂C/∂a^{[1]} = W^{[2]T} δ^{[2]}`.
                    """
        )
        Step(
            "the same formula at a hidden layer l < L",
            lines: 38...38,
            quote:
                #"""
                    \delta_j^{[l]} = \frac{\partial C}{\partial z_j^{[l]}} = \frac{\partial \#
                    C}{\partial a_j^{[l]}} \frac{\partial a_j^{[l]}}{\partial z_j^{[l]}} = \#
                    (a_j^{[L]} - y_j) \sigma'(z_j^{[l]})
                    """#,
            note:
                #"""
                    \delta_j^{[l]} = \frac{\partial C}{\partial a_j^{[l]}} \frac{\partial \#
                    a_j^{[l]}}{\partial z_j^{[l]}} = (a_j^{[L]} - y_j)\, \sigma'(z_j^{[l]})
                    """#,
            claim:
                """
                    grad(0.5 * (y - sigmoid(V2*sigmoid(zv) + b2))' * (y - sigmoid(V2*sigmoid(zv) + \
                    b2)), zv) == sigmoid(zv) .* (1 - sigmoid(zv)) .* (sigmoid(V2*sigmoid(zv) + b2) \
                    - y)
                    """,
            context: .symbols("zv: n2, V2: n2 x n2"),
            correction: Correction(
                claim:
                    """
                        grad(0.5 * (y - sigmoid(V2*sigmoid(zv) + b2))' * (y - \
                        sigmoid(V2*sigmoid(zv) + b2)), zv) == sigmoid(zv) .* (1 - sigmoid(zv)) .* \
                        (V2' * (sigmoid(V2*sigmoid(zv) + b2) .* (1 - sigmoid(V2*sigmoid(zv) + b2)) \
                        .* (sigmoid(V2*sigmoid(zv) + b2) - y)))
                        """,
                latex:
                    #"""
                        \delta^{[L]} = \sigma'(z^{[L]}) \circ (a^{[L]} - y) \text{ only for } l = \#
                        L; \quad \delta^{[l]} = \sigma'(z^{[l]}) \circ (W^{[l+1]})^T \#
                        \delta^{[l+1]}
                        """#,
                explanation:
                    """
                        The line mixes `l` and `L`: `∂C/∂a^{[l]} = a^{[L]} − y` only for the \
                        output layer. At a hidden layer (checked with equal widths, so that the \
                        shapes even agree) the error must pass through `W^{[l+1]}` and \
                        `σ'(z^{[l+1]})`.
                        """
            ))
    }
}
