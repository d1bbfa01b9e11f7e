// Seed note 004, part 1 of 2: Backpropagation (`higham-backprop`).

extension Note004 {
    static let backprop = Derivation(
        "higham-backprop", seed: seed,
        title: "Backpropagation for the quadratic cost: δ^{[L]}, the δ recursion, ∂C/∂b and ∂C/∂w"
    ) {
        Summary(
            """
                For `C = ½‖y − a^{[L]}‖²`: `δ^{[L]} = σ'(z^{[L]}) ⊙ (a^{[L]} − y)`, `δ^{[l]} = \
                σ'(z^{[l]}) ⊙ (W^{[l+1]})ᵀ δ^{[l+1]}`, `∂C/∂b^{[l]} = δ^{[l]}` and \
                `∂C/∂w^{[l]}_{jk} = δ^{[l]}_j a^{[l−1]}_k`.
                """
        )
        Notation(notation)
        Notation(
            """
                The note starts twice: a first attempt (defining `δ` from `H`, marked `HW 3/1`) \
                and the answer (`<ans>`), which defines `δ` from the cost `C`. Both are encoded.
                """
        )
        Reference(
            """
                Higham & Higham (2019), Lemma 5.1: the same four equations, with `(W^{[l+1]})ᵀ \
                δ^{[l+1]}` in the recursion.
                """
        )
        Symbols("x: n0, W1: n1 x n0, b1: n1, W2: n2 x n1, b2: n2, y: n2")
        Define("z1", "W1*x + b1")
        Define("a1", "sigmoid(z1)")
        Define("z2", "W2*a1 + b2")
        Define("a2", "sigmoid(z2)")
        Define("C", "0.5 * (y - a2)' * (y - a2)")
        Define("d2", "sigmoid(z2) .* (1 - sigmoid(z2)) .* (a2 - y)")
        Define("d1", "sigmoid(z1) .* (1 - sigmoid(z1)) .* (W2' * d2)")
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
        Step(
            """
                a^{[l+1]} = Σ_s w_{ks} σ(z_s^{[l]}) + b_k, so ∂a_k^{[l+1]}/∂z_j^{[l]} = w_{kj} \
                σ'(z_j^{[l]})
                """,
            lines: 42...42,
            quote:
                #"""
                    a_k^{[l+1]} = \sum_{s=1}^{n_l} w_{ks}^{[l+1]} \sigma(z_s^{[l]}) + \#
                    b_k^{[l+1]}$. Hence, $\frac{\partial a_k^{[l+1]}}{\partial z_j^{[l]}} = \#
                    w_{kj}^{[l+1]} \sigma'(z_j^{[l]})
                    """#,
            note:
                #"""
                    a_k^{[l+1]} = \sum_s w_{ks}^{[l+1]} \sigma(z_s^{[l]}) + b_k^{[l+1]}, \quad \#
                    \frac{\partial a_k^{[l+1]}}{\partial z_j^{[l]}} = w_{kj}^{[l+1]} \#
                    \sigma'(z_j^{[l]})
                    """#,
            claim:
                """
                    jac(sigmoid(W2*sigmoid(zz) + b2), zz) == W2 * diag(sigmoid(zz) .* (1 - \
                    sigmoid(zz)))
                    """,
            context: .symbols("zz: n1"),
            correction: Correction(
                claim:
                    "jac(W2*sigmoid(zz) + b2, zz) == W2 * diag(sigmoid(zz) .* (1 - sigmoid(zz)))",
                latex:
                    #"""
                        z_k^{[l+1]} = \sum_s w_{ks}^{[l+1]} \sigma(z_s^{[l]}) + b_k^{[l+1]}, \#
                        \quad \frac{\partial z_k^{[l+1]}}{\partial z_j^{[l]}} = w_{kj}^{[l+1]} \#
                        \sigma'(z_j^{[l]})
                        """#,
                explanation:
                    """
                        The weighted sum is the pre-activation `z^{[l+1]}`; `a^{[l+1]} = \
                        σ(z^{[l+1]})` would bring a factor `σ'(z^{[l+1]})`.
                        """
            ))
        Step(
            "δ_j^{[l]} = Σ_k ∂C/∂a_k^{[L]} ∂a_k^{[L]}/∂z_j^{[l]}",
            lines: 40...40,
            quote:
                #"""
                    \delta_j^{[l]} = \frac{\partial C}{\partial z_j^{[l]}} = \sum_{k=1}^{n_L} \#
                    \frac{\partial C}{\partial a_k^{[L]}} \frac{\partial a_k^{[L]}}{\partial \#
                    z_j^{[l]}}
                    """#,
            note:
                #"""
                    \delta_j^{[l]} = \frac{\partial C}{\partial z_j^{[l]}} = \sum_{k=1}^{n_L} \#
                    \frac{\partial C}{\partial a_k^{[L]}} \frac{\partial a_k^{[L]}}{\partial \#
                    z_j^{[l]}}
                    """#,
            claim: "grad(C1, z1v)[j] == sum(k, (a2v - y)[k] * jac(a2v, z1v)[k,j])",
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
                )))
        Step(
            "∂C/∂a_k^{[L]} renamed δ_k^{[L]}",
            lines: 40...40,
            quote:
                #"= \sum_{k=1}^{n_L} \delta_k^{[L]} \frac{\partial a_k^{[L]}}{\partial z_j^{[l]}}"#,
            note:
                #"= \sum_{k=1}^{n_L} \delta_k^{[L]} \frac{\partial a_k^{[L]}}{\partial z_j^{[l]}}"#,
            claim:
                "sum(k, (a2v - y)[k] * jac(a2v, z1v)[k,j]) == sum(k, dL[k] * jac(a2v, z1v)[k,j])",
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
            correction: Correction(
                claim: "grad(C1, z1v)[j] == sum(k, dL[k] * jac(z2v, z1v)[k,j])",
                latex:
                    #"""
                        \delta_j^{[l]} = \sum_{k=1}^{n_L} \delta_k^{[L]} \frac{\partial \#
                        z_k^{[L]}}{\partial z_j^{[l]}}
                        """#,
                explanation:
                    """
                        The note defines `δ_k^{[L]} = ∂C/∂z_k^{[L]}` (line 34), not \
                        `∂C/∂a_k^{[L]}`: the two differ by `σ'(z_k^{[L]})`. With `δ^{[L]}` the \
                        other factor must be `∂z_k^{[L]}/∂z_j^{[l]}`.
                        """,
                context: .symbols(
                    "z1v: n1, j: index n1, k: index n2", ("z2v", "W2*sigmoid(z1v) + b2"),
                    ("a2v", "sigmoid(W2*sigmoid(z1v) + b2)"),
                    (
                        "C1",
                        """
                            0.5 * (y - sigmoid(W2*sigmoid(z1v) + b2))' * (y - \
                            sigmoid(W2*sigmoid(z1v) + b2))
                            """
                    ),
                    (
                        "dL",
                        """
                            sigmoid(W2*sigmoid(z1v) + b2) .* (1 - sigmoid(W2*sigmoid(z1v) + b2)) \
                            .* (sigmoid(W2*sigmoid(z1v) + b2) - y)
                            """
                    ))))
        Step(
            "δ recursion as written: Σ_k δ_k^{[L]} w_{kj}^{[L+1]}",
            lines: 40...40,
            quote:
                #"""
                    = \sum_{k=1}^{n_L} \delta_k^{[L]} w_{kj}^{[L+1]} \sigma'(z_j^{[l]}) = \#
                    \sigma'(z_j^{[l]}) (w^{[L+1]})^T \delta^{[L+1]}_j
                    """#,
            note:
                #"""
                    \delta_j^{[l]} = \sum_{k} \delta_k^{[L]} w_{kj}^{[L+1]} \sigma'(z_j^{[l]}) = \#
                    \sigma'(z_j^{[l]}) (w^{[L+1]})^T \delta^{[L+1]}
                    """#,
            claim: "grad(Q3, u1) == sigmoid(u1) .* (1 - sigmoid(u1)) .* (U3' * e3)",
            context: .symbols(
                "u1: n, U2: n x n, c2: n, U3: n x n, c3: n, yy: n",
                ("u2", "U2*sigmoid(u1) + c2"), ("u3", "U3*sigmoid(u2) + c3"),
                ("Q3", "0.5 * (yy - sigmoid(u3))' * (yy - sigmoid(u3))"),
                ("e3", "sigmoid(u3) .* (1 - sigmoid(u3)) .* (sigmoid(u3) - yy)")),
            correction: Correction(
                claim:
                    """
                        grad(Q3, u1) == sigmoid(u1) .* (1 - sigmoid(u1)) .* (U2' * (sigmoid(u2) .* \
                        (1 - sigmoid(u2)) .* (U3' * e3)))
                        """,
                latex: #"\delta^{[l]} = \sigma'(z^{[l]}) \circ (W^{[l+1]})^T \delta^{[l+1]}"#,
                explanation:
                    """
                        There is no layer `L + 1`: the recursion couples layer `l` to layer `l + \
                        1`, not to the output layer. As written (read with the output layer's \
                        `δ^{[L]}` and `W^{[L]}`), it skips the layers in between; checked on a \
                        three-layer network of equal widths at `l = 1` (`z^{[1]}` a free symbol). \
                        Two index slips sit in the same links, each the next step: the index `j` \
                        on `δ`, and a column in the last link where an entry is meant.
                        """
            ))
        Step(
            "σ'(z_j^{[l]}) (w^{[L+1]})ᵀ δ^{[L+1]}_j: the index on δ",
            lines: 40...40,
            quote: #"\sigma'(z_j^{[l]}) (w^{[L+1]})^T \delta^{[L+1]}_j"#,
            note: #"\delta_j^{[l]} = \sigma'(z_j^{[l]}) (w^{[L+1]})^T \delta^{[L+1]}_j"#,
            claim: "grad(Q3, u1)[j] == sigmoid(u1[j]) * (1 - sigmoid(u1[j])) * (U3' * e3[j])",
            context: .symbols(
                "u1: n, U2: n x n, c2: n, U3: n x n, c3: n, yy: n, j: index n",
                ("u2", "U2*sigmoid(u1) + c2"), ("u3", "U3*sigmoid(u2) + c3"),
                ("Q3", "0.5 * (yy - sigmoid(u3))' * (yy - sigmoid(u3))"),
                ("e3", "sigmoid(u3) .* (1 - sigmoid(u3)) .* (sigmoid(u3) - yy)")),
            correction: Correction(
                claim:
                    """
                        grad(Q3, u1)[j] == (U2' * (sigmoid(u2) .* (1 - sigmoid(u2)) .* (U3' * \
                        e3)))[j] * sigmoid(u1[j]) * (1 - sigmoid(u1[j]))
                        """,
                latex:
                    #"""
                        \delta_j^{[l]} = \sigma'(z_j^{[l]}) \left((W^{[l+1]})^T \#
                        \delta^{[l+1]}\right)_j
                        """#,
                explanation:
                    """
                        The index `j` sits on `δ`: `(w^{[L+1]})^T δ^{[L+1]}_j` is a matrix \
                        times one entry of `δ`, a matrix, where the line needs the `j`-th entry \
                        of the product `(W^{[l+1]})^T δ^{[l+1]}`. The layer `L + 1` is the \
                        erratum of the step before; the correction has both right.
                        """))
        Step(
            "(w^{[L+1]})ᵀ δ^{[L+1]} ∘ σ'(z_j^{[l]}): a column for an entry",
            lines: 40...40,
            quote: #"= (w^{[L+1]})^T \delta^{[L+1]} \circ \sigma'(z_j^{[l]})"#,
            note: #"\delta_j^{[l]} = (w^{[L+1]})^T \delta^{[L+1]} \circ \sigma'(z_j^{[l]})"#,
            claim: "grad(Q3, u1)[j] == (U3' * e3) .* (sigmoid(u1[j]) * (1 - sigmoid(u1[j])))",
            context: .symbols(
                "u1: n, U2: n x n, c2: n, U3: n x n, c3: n, yy: n, j: index n",
                ("u2", "U2*sigmoid(u1) + c2"), ("u3", "U3*sigmoid(u2) + c3"),
                ("Q3", "0.5 * (yy - sigmoid(u3))' * (yy - sigmoid(u3))"),
                ("e3", "sigmoid(u3) .* (1 - sigmoid(u3)) .* (sigmoid(u3) - yy)")),
            correction: Correction(
                claim:
                    """
                        grad(Q3, u1)[j] == (U2' * (sigmoid(u2) .* (1 - sigmoid(u2)) .* (U3' * \
                        e3)))[j] * sigmoid(u1[j]) * (1 - sigmoid(u1[j]))
                        """,
                latex:
                    #"""
                        \delta_j^{[l]} = \left((W^{[l+1]})^T \delta^{[l+1]} \circ \#
                        \sigma'(z^{[l]})\right)_j
                        """#,
                explanation:
                    """
                        The last link takes the Hadamard product of the whole column \
                        `(w^{[L+1]})^T δ^{[L+1]}` with the scalar `σ'(z_j^{[l]})`: a column, \
                        where the left side is the entry `δ_j^{[l]}`. The vector form is \
                        `(W^{[l+1]})^T δ^{[l+1]} ∘ σ'(z^{[l]})`, and its `j`-th entry is the \
                        line's left side.
                        """))
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
