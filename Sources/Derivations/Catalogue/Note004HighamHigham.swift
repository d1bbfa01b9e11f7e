/// Seed note 004: backpropagation after Higham & Higham (2019), "Deep
/// Learning: An Introduction for Applied Mathematicians", and the input
/// Jacobian `∂H/∂x = D^{[L]} W^{[L]} ⋯ D^{[1]} W^{[1]}`.
enum Note004 {
    static let seed = "004_23be57528ec63dc3.txt"
    static let derivations = [backprop, inputJacobian]
    static let unclaimed: [UnclaimedLines] = [
        UnclaimedLines(5, .setup, "a layer: a^{[l]} = σ(z^{[l]})"),
        UnclaimedLines(
            9...10, .garbled,
            """
                four arrows and ℝ^{n_l}, ℝ^{n_{l+1}}, ℝ^{n_{l+1}}, ℝ^{n_{l+1}} under line 7; which \
                arrow points at which symbol cannot be read
                """
        ),
        UnclaimedLines(
            14...16, .setup, "(*) a^{[l]} = σ(z^{[l]}); H(x) = a^{[L]}, H: ℝ^{n_1} → ℝ^{n_L}"),
        UnclaimedLines(20, .setup, "H(x) = σ(z^{[L]}) with z^{[L]} ∈ ℝ"),
        UnclaimedLines(26...30, .setup, "homework 3/1: n_L = 1, H: ℝ^{n_1} → ℝ, compute ∇H"),
        UnclaimedLines(
            32...34, .setup,
            """
                the answer's definitions: (*), a^{[l]} = σ(z^{[l]}), H(x) = a^{[L]}, C = ½‖y − \
                H(x)‖², δ_j^{[l]} = ∂C/∂z_j^{[l]} for 2 ≤ l ≤ L
                """
        ),
    ]

    static let notation = """
        The note follows Higham & Higham: `z^{[l]} = W^{[l]} a^{[l−1]} + b^{[l]}`, \
        `a^{[l]} = σ(z^{[l]})`, `D^{[l]} = diag(σ'(z^{[l]}))`, with `W^{[l]}` of shape \
        `n_l × n_{l−1}`. As in the paper, layer 1 is the input: `H: ℝ^{n_1} → ℝ^{n_L}` (line 16) \
        and `δ^{[l]}` for `2 ≤ l ≤ L` (line 34), so `a^{[1]} = x` and the first weights are \
        `W^{[2]}`. \
        The backpropagation claims name the layers of a two-layer network `1` and `2`. \
        Jacobians `∂a/∂x` are numerator layout (our `jac`). \
        `σ'(z)` is written `sigmoid(z) .* (1 - sigmoid(z))` in claims.
        """

    // MARK: Backpropagation

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

    // MARK: Input Jacobian

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
