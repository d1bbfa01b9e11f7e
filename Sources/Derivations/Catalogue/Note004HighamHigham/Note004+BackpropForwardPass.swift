// Seed note 004, part 1 of 2 (`higham-backprop`), section 1 of 4:
// The forward pass and a first attempt at δ (lines 7–22).

extension Note004 {
    /// The steps of lines 7–22: the forward pass and a first attempt at δ.
    @DerivationBuilder static var backpropForwardPass: [DerivationPart] {
        Step(
            "z^{[l]} = w^{[l]} x + b^{[l]} for a general layer l",
            lines: 7...7, quote: #"z^{[l]} = w^{[l]} x + b^{[l]}"#,
            kind: .definition,
            note: #"z^{[l]} = w^{[l]} x + b^{[l]}"#,
            claim: "V3*sigmoid(V2*x + c2) + c3 == V3*x + c3",
            context: .symbols("V2: n0 x n0, c2: n0, V3: n0 x n0, c3: n0"),
            correction: Correction(
                claim: "V3*sigmoid(V2*x + c2) + c3 == V3*av2 + c3",
                latex: #"z^{[l]} = w^{[l]} a^{[l-1]} + b^{[l]}"#,
                explanation:
                    """
                        Only the layer that reads the input multiplies `x`; every later layer \
                        multiplies the previous activations. Read for a general `l` (here the \
                        third of three layers of equal width, `x` feeding the second), the line \
                        skips the layers in between. Line 12 and the `(*)` of line 32 have \
                        `a^{[l−1]}` in its place.
                        """,
                context: .symbols(
                    "V2: n0 x n0, c2: n0, V3: n0 x n0, c3: n0", ("av2", "sigmoid(V2*x + c2)"))),
            remark:
                "In the claim, `V2`, `c2`, `V3`, `c3` are `w^{[2]}`, `b^{[2]}`, `w^{[3]}`, "
                + "`b^{[3]}`.")
        Step(
            shape: "z^{[l]} = w^{[l−1]} a^{[l−1]} + b^{[l]}",
            lines: 12...12, quote: #"z^{[l]} = w^{[l-1]} a^{[l-1]} + b^{[l]}"#,
            note: #"z^{[l]} = w^{[l-1]} a^{[l-1]} + b^{[l]}"#,
            annotation: ShapeAnnotation("W1 * a1", rows: "n2", cols: "1"),
            corrected: ShapeAnnotation("W2 * a1", rows: "n2", cols: "1"),
            explanation:
                """
                    The weights of layer `l` are `W^{[l]}` (`n_l × n_{l−1}`); `W^{[l−1]}` is \
                    `n_{l−1} × n_{l−2}` and cannot multiply `a^{[l−1]}` unless `n_{l−2} = \
                    n_{l−1}`. The note's own `(*)` a few lines later has it right.
                    """
        )
        Step(
            "first attempt: δ^{[1]} = ∂H/∂z^{[1]} = σ'(z^{[1]})",
            lines: 18...18,
            quote: #"\delta_j^{[1]} = \frac{\partial H}{\partial z_j^{[1]}} = \sigma'(z_j^{[1]})"#,
            note: #"\delta_j^{[1]} = \frac{\partial H}{\partial z_j^{[1]}} = \sigma'(z_j^{[1]})"#,
            claim: "grad(sigmoid(w2' * sigmoid(zz) + c2), zz) == sigmoid(zz) .* (1 - sigmoid(zz))",
            context: .symbols("zz: n1, w2: n1, c2: scalar"),
            correction: Correction(
                claim:
                    """
                        grad(sigmoid(w2' * sigmoid(zz) + c2), zz) == (sigmoid(zz) .* (1 - \
                        sigmoid(zz)) .* w2) * (sigmoid(w2' * sigmoid(zz) + c2) * (1 - sigmoid(w2' \
                        * sigmoid(zz) + c2)))
                        """,
                latex:
                    #"""
                        \frac{\partial H}{\partial z^{[1]}} = \sigma'(z^{[1]}) \odot (W^{[2]})^T \#
                        \sigma'(z^{[2]})
                        """#,
                explanation:
                    """
                        `∂H/∂z^{[1]} = σ'(z^{[1]})` holds only when `H = a^{[1]}`, a one-layer \
                        network; with a second layer the chain rule adds `(W^{[2]})ᵀ σ'(z^{[2]})`. \
                        Checked on the note's own example `H: ℝ^{n_1} → ℝ` (`n_L = 1`).
                        """
            ))
        Step(
            "first attempt: δ_j^{[l−1]} = ∂H/∂z_j^{[l−1]} · ∂z_j^{[l−1]}/∂z_j^{[l−1]}",
            lines: 22...22,
            quote:
                #"""
                    \delta_j^{[l-1]} = \frac{\partial H}{\partial z_j^{[l-1]}} \cdot \#
                    \frac{\partial z_j^{[l-1]}}{\partial z_j^{[l-1]}}
                    """#,
            note:
                #"""
                    \delta_j^{[l-1]} = \frac{\partial H}{\partial z_j^{[l-1]}} \cdot \#
                    \frac{\partial z_j^{[l-1]}}{\partial z_j^{[l-1]}}
                    """#,
            claim:
                """
                    grad(sigmoid(w2' * sigmoid(zz) + c2), zz)[j] == grad(sigmoid(w2' * sigmoid(zz) \
                    + c2), zz)[j] * jac(zz, zz)[j,j]
                    """,
            context: .symbols("zz: n1, w2: n1, c2: scalar, j: index n1"),
            remark:
                """
                    True as written, because the second factor is `∂z_j/∂z_j = 1`: the line does \
                    not yet go back a layer.
                    """
        )
    }
}
