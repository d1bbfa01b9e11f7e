/// Seed note 002: backpropagation for sigmoid outputs and cross-entropy, in
/// the `Θ^{(l)}` notation with a bias column.
enum Note002 {
    static let seed = "002_15813224ae0d6bad.txt"
    static let derivations = [outputDelta, hiddenDelta, weightGradient]
    static let unclaimed: [UnclaimedLines] = []

    static let thetaNotation = """
        The note writes `y^{(l)}` for the **pre-activation** of layer `l` (our `z`), \
        `a^{(l)} = g(y^{(l)})` with `g = σ`, and the label vector `y` (no superscript). \
        `Θ^{(l)}` includes the bias column `θ_{j,0}` (with `a_0 = 1`); `Θ_w` is `Θ` without it. \
        Indices start at 0 for the bias and 1 for neurons. In claims `y4`, `y3` are `y^{(4)}`, `y^{(3)}`.
        """

    // MARK: Output layer

    static let outputDelta = Derivation("output-delta", seed: seed, title: "∂J/∂y^{(4)} = a^{(4)} − y for a sigmoid output and cross-entropy") {
        Summary("For one sample (`m = 1`) with sigmoid outputs and the cross-entropy cost, the derivative of the cost with respect to the output pre-activation is `a − y`.")
        Notation(thetaNotation)
        Symbols("y4: K, y: K")
        Define("J", "-(y' * log(sigmoid(y4)) + (1 - y)' * log(1 - sigmoid(y4)))")
        Step("log h = −log(1 + e^{−y})",
             lines: 13...13, quote: #"= -\sum_{k=1}^K \left[-y_k \log (1 + e^{-y_k^{(4)}})"#,
             note: #"y_k \log\left(\frac{1}{1 + e^{-y_k^{(4)}}}\right) = -y_k \log(1 + e^{-y_k^{(4)}})"#,
             claim: "log(sigmoid(y4)) == -log(1 + exp(-y4))")
        Step("log(1 − h) = −log(1 + e^{y})",
             lines: 13...13, quote: #"\log \left(1 - \frac{1}{1 + e^{-y_k^{(4)}}} \right)"#,
             note: #"\log\left(1 - \frac{1}{1 + e^{-y_k^{(4)}}}\right) = \log\left(\frac{1}{1 + e^{y_k^{(4)}}}\right)"#,
             claim: "log(1 - sigmoid(y4)) == -log(1 + exp(y4))")
        Step("derivative of the simplified cost",
             lines: 15...15, quote: #"= y_k \cdot \frac{1}{1 + e^{-y_k^{(4)}}} \cdot (-1) e^{-y_k^{(4)}} + (1 - y_k) \cdot \frac{1}{1 + e^{y_k^{(4)}}} \cdot e^{y_k^{(4)}}"#,
             note: #"\frac{\partial J}{\partial y_k^{(4)}} = y_k \cdot \frac{1}{1 + e^{-y_k^{(4)}}} \cdot (-1) e^{-y_k^{(4)}} + (1 - y_k) \cdot \frac{1}{1 + e^{y_k^{(4)}}} \cdot e^{y_k^{(4)}}"#,
             claim: "grad(y' * log(1 + exp(-y4)) + (1 - y)' * log(1 + exp(y4)), y4) == -y .* exp(-y4) ./ (1 + exp(-y4)) + (1 - y) .* exp(y4) ./ (1 + exp(y4))")
        Step("e^{−y}/(1 + e^{−y}) = 1/(1 + e^{y})",
             lines: 15...15, quote: #"= -y_k \cdot \frac{1}{1 + e^{y_k^{(4)}}} + \frac{(1 - y_k) \cdot e^{y_k^{(4)}}}{1 + e^{y_k^{(4)}}}"#,
             note: #"= -y_k \cdot \frac{1}{1 + e^{y_k^{(4)}}} + \frac{(1 - y_k) \cdot e^{y_k^{(4)}}}{1 + e^{y_k^{(4)}}}"#,
             claim: "-y .* exp(-y4) ./ (1 + exp(-y4)) == -y ./ (1 + exp(y4))")
        Step("over a common denominator",
             lines: 15...15, quote: #"= \frac{-y_k (1 + e^{y_k^{(4)}}) + e^{y_k^{(4)}}}{1 + e^{y_k^{(4)}}} = -y_k + \frac{e^{y_k^{(4)}}}{1 + e^{y_k^{(4)}}} = -y_k + g(y_k^{(4)})"#,
             note: #"= \frac{-y_k (1 + e^{y_k^{(4)}}) + e^{y_k^{(4)}}}{1 + e^{y_k^{(4)}}} = -y_k + g(y_k^{(4)})"#,
             claim: "-y ./ (1 + exp(y4)) + (1 - y) .* exp(y4) ./ (1 + exp(y4)) == -y + sigmoid(y4)")
        Step("∂J/∂y^{(4)} = a^{(4)} − y",
             lines: 20...20, quote: #"\frac{\partial J(\theta)}{\partial y^{(L)}} = a^{(L)} - y"#,
             note: #"\frac{\partial J(\theta)}{\partial y^{(L)}} = a^{(L)} - y"#,
             claim: "grad(J, y4) == sigmoid(y4) - y")
    }

    // MARK: Hidden layer

    static let hiddenDelta = Derivation("hidden-delta", seed: seed, title: "δ^{(3)} = g'(y^{(3)}) ⊙ Θ_wᵀ δ^{(4)}, bias column excluded") {
        Summary("The error of a hidden layer is the transposed weights (without the bias column) times the next layer's error, scaled entrywise by `g'` at the hidden pre-activations.")
        Notation(thetaNotation + " `Tw` is `Θ_w^{(3)}` (`K × s`), `b3` the bias column `θ_{·,0}^{(3)}`, so `y^{(4)} = b3 + Θ_w g(y^{(3)})`.")
        Symbols("y3: s, b3: K, Tw: K x s, y: K")
        Define("y4", "b3 + Tw * sigmoid(y3)")
        Define("J", "-(y' * log(sigmoid(y4)) + (1 - y)' * log(1 - sigmoid(y4)))")
        Define("gp", "sigmoid(y3) .* (1 - sigmoid(y3))")
        Step("∂y_j^{(4)}/∂y_i^{(3)} = θ_{j,i} g'(y_i^{(3)}) = θ_{j,i} y_i^{(3)} (1 − y_i^{(3)})",
             lines: 46...47, quote: #"\stackrel{\text{why?}}{=} \theta_{j,i}^{(3)} \cdot g'(y_i^{(3)}) \in \theta_{j,i}^{(3)} \cdot (y_i^{(3)}) \cdot (1 - y_i^{(3)})"#,
             note: #"\frac{\partial y_j^{(4)}}{\partial y_i^{(3)}} = \theta_{j,i}^{(3)} \cdot g'(y_i^{(3)}) = \theta_{j,i}^{(3)} \cdot y_i^{(3)} (1 - y_i^{(3)})"#,
             claim: "jac(y4, y3) == Tw * diag(y3 .* (1 - y3))",
             correction: Correction(
                claim: "jac(y4, y3) == Tw * diag(sigmoid(y3) .* (1 - sigmoid(y3)))",
                latex: #"\frac{\partial y_j^{(4)}}{\partial y_i^{(3)}} = \theta_{j,i}^{(3)}\, g(y_i^{(3)}) (1 - g(y_i^{(3)})) = \theta_{j,i}^{(3)}\, a_i^{(3)} (1 - a_i^{(3)})"#,
                explanation: "`σ'(y) = σ(y)(1 − σ(y)) = a(1 − a)`: the factor is evaluated at the activation `a^{(3)} = g(y^{(3)})`, not at the pre-activation `y^{(3)}`."))
        Step("δ_i^{(3)} = Σ_j δ_j^{(4)} θ_{j,i} g'(y_i^{(3)})",
             lines: 49...49, quote: #"\delta_i^{(3)} = \frac{\partial J}{\partial y_i^{(3)}} = \sum_{j=1}^4 \delta_j^{(4)} \cdot \theta_{j,i}^{(3)} \cdot g'(y_i^{(3)})$,"#,
             note: #"\delta_i^{(3)} = \frac{\partial J}{\partial y_i^{(3)}} = \sum_{j=1}^4 \delta_j^{(4)} \cdot \theta_{j,i}^{(3)} \cdot g'(y_i^{(3)})"#,
             claim: "grad(J, y3) == gp .* (Tw' * (sigmoid(y4) - y))")
        Step("the diagonal of g' is ∂a^{(3)}/∂y^{(3)}",
             lines: 76...76, quote: #"\begin{pmatrix} g'(y_1^{(3)}) & 0 & 0 & 0 \\ 0 & g'(y_2^{(3)}) & 0 & 0 \\ 0 & 0 & g'(y_3^{(3)}) & 0 \\ 0 & 0 & 0 & g'(y_4^{(3)}) \end{pmatrix}"#,
             note: #"\begin{pmatrix} g'(y_1^{(3)}) & & \\ & \ddots & \\ & & g'(y_4^{(3)}) \end{pmatrix} = \left(\frac{\partial a_i^{(3)}}{\partial y_j^{(3)}}\right)"#,
             claim: "jac(sigmoid(y3), y3) == diag(gp)")
        Step("Θ_wᵀ δ^{(4)} = g'(y^{(3)}) Θ_wᵀ δ^{(4)}",
             lines: 82...82, quote: #"(\Theta_w^{(3)})^T \delta^{(4)} = g'(y^{(3)}) (\Theta_w^{(3)})^T \delta^{(4)}"#,
             note: #"(\Theta_w^{(3)})^T \delta^{(4)} = g'(y^{(3)}) (\Theta_w^{(3)})^T \delta^{(4)}"#,
             claim: "Tw' * d4 == gp .* (Tw' * d4)",
             context: .symbols("d4: K"),
             correction: Correction(
                claim: "grad(J, y3) == gp .* (Tw' * (sigmoid(y4) - y))",
                latex: #"\delta^{(3)} = g'(y^{(3)}) \odot (\Theta_w^{(3)})^T \delta^{(4)}"#,
                explanation: "The left-hand side should be `δ^{(3)}`, and the product with `g'` is entrywise: as written the line equates `Θ_wᵀδ^{(4)}` with a rescaled copy of itself.",
                context: Context()))
        Step("δ^{(3)} in matrix form",
             lines: 87...87, quote: #"\delta^{(3)} = g'(y^{(3)}) [e_w^{(3)}]^T \delta^{(4)}."#,
             note: #"\delta^{(3)} = g'(y^{(3)}) [\Theta_w^{(3)}]^T \delta^{(4)}"#,
             claim: "grad(J, y3) == diag(gp) * Tw' * (sigmoid(y4) - y)",
             remark: "`g'(y^{(3)})` multiplies entrywise, i.e. as `diag(g'(y^{(3)}))`.")
    }

    // MARK: Weight gradient

    static let weightGradient = Derivation("theta-gradient", seed: seed, title: "∂J/∂Θ^{(l)} = δ^{(l+1)} a^{(l)T} and the regularised gradient") {
        Summary("The gradient with respect to a weight matrix is the outer product of the next layer's error with the (bias-augmented) activation; over `m` samples it is averaged, and the regulariser adds `(λ/m) Θ_w` to every column but the bias column.")
        Notation(thetaNotation + " `T` is the full `Θ^{(l)}` (`K × r`, bias column included) and `ab` the augmented activation `(a_0 = 1, a_1, …)` of length `r`; the identity holds for any `ab`, so the claim does not need `a_0 = 1`.")
        Symbols("T: K x r, ab: r, y: K")
        Step("∂J/∂θ_{j,i} = δ_j^{(l+1)} a_i^{(l)}",
             lines: 101...101, quote: #"\frac{\partial J(\theta)}{\partial \theta_{j,i}^{(l)}} = \delta_j^{(l+1)} a_i^{(l)}"#,
             note: #"\frac{\partial J(\theta)}{\partial \theta_{j,i}^{(l)}} = \delta_j^{(l+1)} a_i^{(l)}"#,
             claim: "grad(-(y' * log(sigmoid(T * ab)) + (1 - y)' * log(1 - sigmoid(T * ab))), T) == (sigmoid(T * ab) - y) * ab'")
        Step("∂J/∂Θ = δ aᵀ",
             lines: 107...107, quote: #"= \delta^{(l+1)} [a^{(l)}]^T"#,
             note: #"\frac{\partial J(\theta)}{\partial \theta^{(l)}} = \delta^{(l+1)} [a^{(l)}]^T"#,
             claim: "vec(grad(-(y' * log(sigmoid(T * ab)) + (1 - y)' * log(1 - sigmoid(T * ab))), T)) == kron(ab, eye(K)) * (sigmoid(T * ab) - y)",
             remark: "The same gradient in vectorised form, `(a ⊗ I_K) δ`, as in note 000.")
        Step("regularised cost over m samples: weights",
             lines: 3...3, quote: #"+ \frac{\lambda}{2m} \sum_{l=1}^{L-1} \sum_{i=1}^{S_l} \sum_{j=1}^{S_{l+1}} (\theta_{j,i}^{(l)})^2"#,
             note: #"J(\theta) = -\frac{1}{m} \sum_{i,k} \left[y_k^{(i)} \log h_\theta(x^{(i)})_k + (1 - y_k^{(i)}) \log(1 - h_\theta(x^{(i)})_k)\right] + \frac{\lambda}{2m} \sum_{l,i \ge 1,j} (\theta_{j,i}^{(l)})^2"#,
             claim: "grad(Jr, Tw) == (1/m) * (sigmoid(Z) - Y) * A' + (lam/m) * Tw",
             context: .symbols("Tw: K x s, b: K, A: s x m, Y: K x m, lam: scalar",
                ("Z", "b * ones(1, m) + Tw * A"),
                ("Jr", "-(1/m) * sum(Y .* log(sigmoid(Z)) + (1 - Y) .* log(1 - sigmoid(Z))) + lam / (2*m) * sum(Tw .* Tw)")))
        Step("regularised cost over m samples: bias column",
             lines: 3...3, quote: #"\sum_{i=1}^{S_l}"#,
             note: #"\frac{\partial J}{\partial \theta_{j,0}^{(l)}} = \frac{1}{m} \sum_i \delta_j^{(l+1)(i)}"#,
             claim: "grad(Jr, b) == (1/m) * (sigmoid(Z) - Y) * ones(m, 1)",
             context: .symbols("Tw: K x s, b: K, A: s x m, Y: K x m, lam: scalar",
                ("Z", "b * ones(1, m) + Tw * A"),
                ("Jr", "-(1/m) * sum(Y .* log(sigmoid(Z)) + (1 - Y) .* log(1 - sigmoid(Z))) + lam / (2*m) * sum(Tw .* Tw)")),
             remark: "The regulariser sums over `i ≥ 1`, so the bias column is not decayed.")
    }
}
