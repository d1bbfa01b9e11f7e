// Seed note 004, part 1 of 2 (`higham-backprop`), section 3 of 4:
// The δ recursion (lines 40–42).

extension Note004 {
    /// The steps of lines 40–42: the δ recursion.
    @DerivationBuilder static var backpropDeltaRecursion: [DerivationPart] {
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
    }
}
