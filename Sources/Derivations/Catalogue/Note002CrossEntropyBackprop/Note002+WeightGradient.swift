// Seed note 002, part 3 of 3: Weight gradient (`theta-gradient`).

extension Note002 {
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
