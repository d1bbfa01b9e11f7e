// Seed note 002, part 1 of 3: Output layer (`output-delta`).

extension Note002 {
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
}
