import MatrixNumerics
/// Seed note 001: `vec(AXB) = (Bᵀ ⊗ A) vec X`, the layer Hessians with respect
/// to `W^l` and `b^l`, sigmoid + binary cross-entropy, and the `Q^l` recursion.
enum Note001 {
    static let seed = "001_6ddf747029886e15.txt"
    static let derivations = [vecKronecker, layerHessians, crossEntropy, qRecursion]

    static let gradientLayout = """
        The note's `∇_X y` is in **denominator layout**: `∇_W z` is `∂z/∂vec(W)` arranged \
        `mn × n` (one column per entry of `z`), i.e. our `jac(z, W)'`; `∇²_X J` is our \
        `hess(J, X)` (symmetric, so the layouts agree); `Q^l = ∇²_{z^l} J = hess(J, z^l)`.
        """

    // MARK: vec and Kronecker

    static let vecKronecker = Derivation("vec-kronecker", seed: seed, title: "vec(AXB) = (Bᵀ ⊗ A) vec X and the Kronecker shape rule") {
        Summary("Column-stacking turns a two-sided product into a Kronecker product acting on `vec X`; `A ⊗ B = [A_ij B]` has shape `mp × nq`.")
        Notation("`vec` stacks columns (column-major), as in the note and in our `Matrix` storage.")
        Reference("The Matrix Cookbook, eq. (520): `vec(AXB) = (Bᵀ ⊗ A) vec(X)`.")
        Step("vec of a product",
             note: #"\text{vec}(AXB) = (B^T \otimes A)\, \text{vec}(X)"#,
             claim: "vec(A*X*B) == kron(B', A) * vec(X)",
             context: .symbols("A: m x n, X: n x p, B: p x q"))
        Step(shape: "Kronecker shape rule", note: #"A_{m \times n} \otimes B_{p \times q} = [A_{ij} B]_{mp \times nq}"#,
             annotation: ShapeAnnotation("kron(A, B)", rows: "m*p", cols: "n*q"),
             context: .symbols("A: m x n, B: p x q"))
        Step("Kronecker entries",
             note: #"A \otimes B = [A_{ij} B]"#,
             claim: "kron(A, B) * kron(C, D) == kron(A * C, B * D)",
             context: .symbols("A: m x n, B: p x q, C: n x r, D: q x s"),
             remark: "Checked through its consequence, the mixed-product rule, which pins down the block layout `[A_ij B]`.")
    }

    // MARK: Layer Hessians

    static let layerHessians = Derivation("layer-hessians", seed: seed, title: "The Hessian of the loss with respect to W^l and b^l") {
        Summary("For `z = z(W)` and `J = J(z)`: `∇_W J = ∇_W z ∇_z J` and `∇²_W J = P (∇_z J ⊗ I_mn) + (∇_W z) Q (∇_W z)ᵀ` with `P = ∇²_W z`, `Q = ∇²_z J`; for a layer `z^l = W^l a^{l-1} + b^l`, `∇_W z = a^{l-1} ⊗ I_n`, `∇_b z = I_n`, `P = 0`, and `∇²_b J = Q`.")
        Notation(gradientLayout)
        Notation("To check the general formula with `P ≠ 0` we use a nonlinear `z(W) = g(W a)` (user function `g`) and a separable loss `J = Σ_k l(z_k)` (user function `l`), so `∇_z J = l'(z)` and `Q = diag(l''(z))`. `P = ∇²_W z` is the note's `mn × mn²` matrix with `vec(d∇_W z) = Pᵀ vec(dW)`, i.e. `jac(jac(z, W)', W)'`.")
        Notation("The chain at the top of the note annotates `a^{l-1}` as `n × 1` and writes `a^{l+1} = f_l(z^l)`; both are checked below as shape statements.")
        Notation("The note's line `z^{l+1} = (1/n) Σ_i z_i − z` stands alone, unrelated to the steps around it; it is not encoded.")
        Symbols("a: m, W: n x m, b: n, g: function, l: function")
        Define("zg", "g(W*a)")
        Define("zl", "W*a + b")
        Step(shape: "shape of a^{l-1} in the chain", note: #"a^{l-1}_{n \times 1} \xrightarrow{W^l_{n \times m}} z^l"#,
             annotation: ShapeAnnotation("W * an", rows: "n", cols: "1"),
             corrected: ShapeAnnotation("W * a", rows: "n", cols: "1"),
             explanation: "With `W^l` of shape `n × m`, `a^{l-1}` must be `m × 1`; an `n × 1` vector cannot be multiplied by `W^l` unless `m = n`.",
             context: .symbols("an: n"))
        Step(shape: "a^{l+1} = f_l(z^l)", note: #"a^{l+1} = f_l(z^l), \quad a^{l+1} \in p \times 1"#,
             annotation: ShapeAnnotation("f(zl)", rows: "p", cols: "1"),
             corrected: ShapeAnnotation("f(zl)", rows: "n", cols: "1"),
             explanation: "`f_l(z^l)` is `a^l` (`n × 1`), not `a^{l+1}` (`p × 1`): the superscript is off by one.",
             context: .symbols("f: function"))
        Step("gradient with respect to W: ∇_W J = ∇_W z · ∇_z J",
             note: #"\nabla_{W^l} J = \underbrace{\nabla_{W^l} z^l}_{mn \times n} \cdot \underbrace{\nabla_{z^l} J}_{n \times 1}"#,
             claim: "vec(grad(sum(l(zg)), W)) == jac(zg, W)' * l'(zg)")
        Step(shape: "P^l", note: #"\nabla^2_{W^l} z^l = P^l \in \mathbb{R}^{mn \times mn^2}"#,
             annotation: ShapeAnnotation("jac(jac(zg, W)', W)'", rows: "m*n", cols: "m*n*n"))
        Step(shape: "I_mn in vec(I_mn · d∇_W z · ∇_z J)", note: #"\underbrace{I_{mn}}_{m \times m}"#,
             annotation: ShapeAnnotation("eye(m*n)", rows: "m", cols: "m"),
             corrected: ShapeAnnotation("eye(m*n)", rows: "m*n", cols: "m*n"),
             explanation: "`I_mn` is `mn × mn`; the note's `m × m` holds only when `n = 1`.")
        Step("Hessian with respect to W",
             note: #"\nabla^2_{W^l} J = P^l \cdot (\nabla_{z^l} J \otimes I_{mn}) + (\nabla_{W^l} z^l)\, Q^l\, (\nabla_{W^l} z^l)^T"#,
             claim: "hess(sum(l(zg)), W) == jac(jac(zg, W)', W)' * kron(l'(zg), eye(m*n)) + jac(zg, W)' * diag(l''(zg)) * jac(zg, W)")
        Step(shape: "P^l under the Hessian formula", note: #"\underbrace{P^l}_{m \times mn^2}"#,
             annotation: ShapeAnnotation("jac(jac(zg, W)', W)'", rows: "m", cols: "m*n*n"),
             corrected: ShapeAnnotation("jac(jac(zg, W)', W)'", rows: "m*n", cols: "m*n*n"),
             explanation: "`P^l` is `mn × mn²`, as the note itself states when it defines `P^l`.")
        Step(shape: "∇_z J ⊗ I_mn", note: #"\underbrace{(\nabla_{z^l} J \otimes I_{mn})}_{n \times mn}"#,
             annotation: ShapeAnnotation("kron(l'(zg), eye(m*n))", rows: "n", cols: "m*n"),
             corrected: ShapeAnnotation("kron(l'(zg), eye(m*n))", rows: "m*n*n", cols: "m*n"),
             explanation: "An `n × 1` vector Kronecker `I_mn` is `mn² × mn`.")
        Step(shape: "∇_W z in the Hessian formula", note: #"\underbrace{(\nabla_{W^l} z^l)}_{m \times n}"#,
             annotation: ShapeAnnotation("jac(zg, W)'", rows: "m", cols: "n"),
             corrected: ShapeAnnotation("jac(zg, W)'", rows: "m*n", cols: "n"),
             explanation: "`∇_W z` has one row per entry of `W`: `mn × n`.")
        Step("gradient with respect to b",
             note: #"\nabla_{b^l} J = \nabla_{b^l} z^l \cdot \nabla_{z^l} J"#,
             claim: "grad(sum(l(zl)), b) == jac(zl, b)' * l'(zl)")
        Step("the P-term vanishes for the bias",
             note: #"\underbrace{((\nabla_{z^l} J)^T \otimes I_n)\, \text{vec}(d\nabla_{b^l} z^l)}_{=0}"#,
             claim: "jac(jac(zl, b)', b) == zeros(n*n, n)",
             remark: "`∇_b z = I_n` does not depend on `b`.")
        Step("bias Hessian",
             note: #"\nabla^2_{b^l} J = (\nabla_{b^l} z^l)\, Q^l\, (\nabla_{b^l} z^l)^T"#,
             claim: "hess(sum(l(zl)), b) == jac(zl, b)' * diag(l''(zl)) * jac(zl, b)")
        Step("∇_W z for a layer",
             note: #"\nabla_{W^l} z^l = a^{l-1} \otimes I_n"#,
             claim: "jac(zl, W)' == kron(a, eye(n))")
        Step(shape: "shape of ∇_W z", note: #"\nabla_{W^l} z^l \in \mathbb{R}^{n \times n}"#,
             annotation: ShapeAnnotation("kron(a, eye(n))", rows: "n", cols: "n"),
             corrected: ShapeAnnotation("kron(a, eye(n))", rows: "m*n", cols: "n"),
             explanation: "`a^{l-1} ⊗ I_n` is `mn × n`; the note writes `ℝ^{n×n}`, true only for `m = 1`.")
        Step("P = 0 for a layer",
             note: #"z^l = W^l a^{l-1} + b^l \Rightarrow \nabla^2_{W^l} z^l = 0"#,
             claim: "jac(jac(zl, W)', W) == zeros(m*n*n, m*n)",
             remark: "Not written in the note, but what makes the first term of the Hessian formula vanish for a layer: `∇²_W J = (a ⊗ I_n) Q (a ⊗ I_n)ᵀ`.")
        Step("∇_b z = I_n",
             note: #"\nabla_{b^l} z^l = I_n"#,
             claim: "jac(zl, b)' == eye(n)")
    }

    // MARK: Sigmoid + binary cross-entropy

    static let crossEntropy = Derivation("sigmoid-cross-entropy", seed: seed, title: "Sigmoid + binary cross-entropy: ∇_z J = a − y and Q = diag(a ⊙ (1 − a))") {
        Summary("For `a = σ(z)` and `J = −yᵀ ln a − (1 − y)ᵀ ln(1 − a)`: `dJ = (a − y)ᵀ dz`, `∇_z J = a − y`, and `∇²_z J = diag(a ⊙ (1 − a))`.")
        Notation(gradientLayout + " Here `z` is the note's `z^{l+1} ∈ ℝᵖ`.")
        Symbols("z: p, y: p")
        Define("a", "sigmoid(z)")
        Define("J", "-(y' * log(a) + (1 - y)' * log(1 - a))")
        Step("dJ = (a − y)ᵀ dz",
             note: #"dJ = (-y + a^{l+1})^T dz^{l+1}"#,
             claim: "jac(J, z) == (a - y)'")
        Step("∇_z J = a − y",
             note: #"\nabla_{z^{l+1}} J = \delta^{l+1} = -y + a^{l+1}"#,
             claim: "grad(J, z) == a - y")
        Step("da = diag(a ⊙ (1 − a)) dz",
             note: #"d a^{l+1} = \text{diag}(a^{l+1} \odot (1-a^{l+1}))\, dz^{l+1}"#,
             claim: "jac(a, z) == diag(a .* (1 - a))")
        Step("Q = diag(a ⊙ (1 − a))",
             note: #"\nabla^2_{z^{l+1}} J = Q^{l+1} = \text{diag}(a^{l+1} \odot (1-a^{l+1}))"#,
             claim: "hess(J, z) == diag(a .* (1 - a))")
        Step("… = diag(a) − a aᵀ",
             note: #"\text{diag}(a^{l+1} \odot (1-a^{l+1})) = \text{diag}(a^{l+1}) - a^{l+1} a^{(l+1)T}"#,
             claim: "hess(J, z) == diag(a) - a * a'",
             correction: Correction(
                claim: "hess(J, z) == diag(a) - diag(a .* a)",
                latex: #"\text{diag}(a \odot (1-a)) = \text{diag}(a) - \text{diag}(a \odot a)"#,
                explanation: "`diag(a) − a aᵀ` is the Hessian of **softmax** cross-entropy; with independent sigmoids the Hessian is diagonal. The two agree only when `p = 1`."))
        Step("∇_z J = Q δ",
             note: #"\nabla_{z^{l+1}} J = Q^{l+1} \delta^{l+1}"#,
             claim: "grad(J, z) == diag(a .* (1 - a)) * (a - y)",
             correction: Correction(
                claim: "grad(J, z) == a - y",
                latex: #"\nabla_{z^{l+1}} J = \delta^{l+1}, \quad \nabla^2_{z^{l+1}} J = Q^{l+1}"#,
                explanation: "The gradient is `δ^{l+1}` itself; `Q^{l+1}` is the Hessian, not a factor of the gradient."))
    }

    // MARK: δ and Q recursions

    static let qRecursion = Derivation("q-recursion", seed: seed, title: "The δ recursion and the Q^l recursion for layer Hessians") {
        Summary("Going back one layer, `δ^l = diag(f'(z^l)) W^{l+1 T} δ^{l+1}` and `Q^l = diag(f'(z^l)) W^{l+1 T} Q^{l+1} W^{l+1} diag(f'(z^l))`, exact when `f'' = 0` (piecewise-linear activations such as relu); otherwise `Q^l` gains the term `diag(f''(z^l) ⊙ W^{l+1 T} δ^{l+1})`.")
        Notation(gradientLayout)
        Notation("`zl` is `z^l ∈ ℝⁿ` (a free symbol, so derivatives with respect to it are ordinary), `V` is `W^{l+1}` (`p × n`), `zn = V f(zl) + c` is `z^{l+1}`, and the loss downstream is `J = Σ_k l(z^{l+1}_k)`, so `δ^{l+1} = l'(z^{l+1})`, `Q^{l+1} = diag(l''(z^{l+1}))`.")
        Symbols("zl: n, V: p x n, c: p, f: function, l: function")
        Define("zn", "V*f(zl) + c")
        Define("J", "sum(l(zn))")
        Step(shape: "Q^l = ∇_{z^l} J", note: #"\text{find } Q^l = \nabla_{z^l} J"#,
             annotation: ShapeAnnotation("grad(J, zl)", rows: "n", cols: "n"),
             corrected: ShapeAnnotation("hess(J, zl)", rows: "n", cols: "n"),
             explanation: "`∇_{z^l} J` is the `n × 1` gradient `δ^l`; `Q^l` is the Hessian `∇²_{z^l} J` (the square is missing).")
        Step("dz^{l+1} = W^{l+1} diag(f'(z^l)) dz^l",
             note: #"dz^{l+1} = W^{l+1} \text{diag}(f'_l(z^l))\, dz^l"#,
             claim: "jac(zn, zl) == V * diag(f'(zl))")
        Step("δ recursion",
             note: #"\nabla_{z^l} J = \delta^l = \text{diag}(f'_l(z^l))\, W^{(l+1)T} \delta^{l+1}"#,
             claim: "grad(J, zl) == diag(f'(zl)) * V' * l'(zn)")
        Step("Q recursion", kind: .approximation,
             note: #"Q^l = \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot Q^{l+1} \cdot W^{l+1} \cdot \text{diag}(f'_l(z^l))"#,
             claim: "hess(J, zl) == diag(f'(zl)) * V' * diag(l''(zn)) * V * diag(f'(zl))",
             exactUnder: ["f'' = 0"],
             remark: "The note drops `d diag(f'_l(z^l))` because `f''_l = 0` for piecewise-linear activations such as relu; for smooth activations the term below is missing.")
        Step("Q recursion with the f'' term",
             note: #"Q^l = \text{diag}(f') W^{(l+1)T} Q^{l+1} W^{l+1} \text{diag}(f') + \text{diag}(f''(z^l) \odot W^{(l+1)T} \delta^{l+1})"#,
             claim: "hess(J, zl) == diag(f'(zl)) * V' * diag(l''(zn)) * V * diag(f'(zl)) + diag(f''(zl) .* (V' * l'(zn)))",
             remark: "Not in the note: the exact recursion for any smooth activation.")
        Step(shape: "shapes in the Q recursion", note: #"\underbrace{W^{(l+1)T}}_{n \times p}\underbrace{Q^{l+1}}_{p \times p}\underbrace{W^{l+1}}_{p \times n}"#,
             annotation: ShapeAnnotation("V' * diag(l''(zn)) * V", rows: "n", cols: "n"))
    }
}
