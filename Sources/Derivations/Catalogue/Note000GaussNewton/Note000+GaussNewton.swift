// Seed note 000, part 2 of 4: Gauss-Newton (`gauss-newton`).

extension Note000 {
    static let gaussNewton = Derivation(
        "gauss-newton", seed: seed,
        title: "Gradient, Hessian and the Gauss-Newton approximation of f = L(φ(w))"
    ) {
        Summary(
            """
                For a loss `f(w) = L(φ(w))` with network output `z = φ(w) ∈ ℝᵒ`, the gradient is \
                `J_φ J_L`, the Hessian splits into a second-order term and the Gauss-Newton term \
                `J_φ H_L J_φᵀ`, which is exact when the network output is linear in `w`; \
                Hessian-vector products need only `J_φ` and `J_φᵀ` products.
                """
        )
        Notation(
            denominatorLayout
                + " So `J_φ = jac(z, w)'` (`p × o`), `J_L = grad(L, z)` (`o × 1`), `H_L = hess(L, "
                + "z)` (`o × o`)."
        )
        Notation(
            """
                We take `φ(w) = B f(A w)` (a two-layer map, nonlinear in `w` through the user \
                function `f`) and the separable loss `L(z) = Σ_k l(z_k)` with a user function `l`, \
                so `J_L = l'(z)` and `H_L = diag(l''(z))`.
                """
        )
        Symbols("w: p, A: r x p, B: o x r, f: function, l: function")
        Define("z", "B*f(A*w)")
        Define("L", "sum(l(z))")
        Step(
            "gradient by the chain rule",
            lines: 27...29,
            quote: #"J(f) = J_\phi \cdot J_L$$ $$p \times 1 \quad p \times o \quad o \times 1"#,
            note: #"J(f) = J_\phi \cdot J_L, \quad p \times 1 = (p \times o)(o \times 1)"#,
            claim: "grad(L, w) == jac(z, w)' * l'(z)")
        Step(
            "gradient entrywise",
            lines: 31...31,
            quote:
                #"""
                    J_i = \frac{\partial f}{\partial w_i} = \sum_k \frac{\partial f}{\partial \#
                    z_k^L} \cdot \frac{\partial z_k^L}{\partial w_i}
                    """#,
            note:
                #"""
                    J_i = \frac{\partial f}{\partial w_i} = \sum_k \frac{\partial f}{\partial \#
                    z_k^L} \cdot \frac{\partial z_k^L}{\partial w_i}
                    """#,
            claim: "jac(L, w) == l'(z)' * jac(z, w)")
        Step(
            shape: "shape of J_φ",
            lines: 47...47, quote: #"\end{pmatrix}_{p \times o}"#,
            note: #"J_\phi \in \mathbb{R}^{p \times o}"#,
            annotation: ShapeAnnotation("jac(z, w)'", rows: "p", cols: "o"))
        Step(
            "H_ij = ∂/∂w_j of the gradient",
            lines: 35...35,
            quote:
                #"""
                    H_{ij} = \frac{\partial^2 f}{\partial w_i \partial w_j} = \#
                    \frac{\partial}{\partial w_j} \sum_k \frac{\partial f}{\partial z_k^L} \cdot \#
                    \frac{\partial z_k^L}{\partial w_i}
                    """#,
            note:
                #"""
                    H_{ij} = \frac{\partial^2 f}{\partial w_i \partial w_j} = \#
                    \frac{\partial}{\partial w_j} \sum_k \frac{\partial f}{\partial z_k^L} \cdot \#
                    \frac{\partial z_k^L}{\partial w_i}
                    """#,
            claim: "hess(L, w) == jac(jac(z, w)' * l'(z), w)")
        Step(
            shape: "shape of H",
            lines: 37...37, quote: #"(p \times p)"#,
            note: #"H_{p \times p}"#,
            annotation: ShapeAnnotation("hess(L, w)", rows: "p", cols: "p"))
        Step(
            "product rule",
            lines: 39...39,
            quote:
                #"""
                    = \sum_k \frac{\partial f}{\partial z_k^L} \frac{\partial^2 z_k^L}{\partial \#
                    w_i \partial w_j} + \sum_k \frac{\partial}{\partial w_j} \left( \#
                    \frac{\partial f}{\partial z_k^L} \right) \cdot \frac{\partial \#
                    z_k^L}{\partial w_i}
                    """#,
            note:
                #"""
                    = \sum_k \frac{\partial f}{\partial z_k^L} \frac{\partial^2 z_k^L}{\partial \#
                    w_i \partial w_j} + \sum_k \frac{\partial}{\partial w_j} \left( \#
                    \frac{\partial f}{\partial z_k^L} \right) \frac{\partial z_k^L}{\partial w_i}
                    """#,
            claim:
                """
                    jac(jac(z, w)' * l'(z), w) == A' * diag((B' * l'(z)) .* f''(A*w)) * A + jac(z, \
                    w)' * jac(l'(z), w)
                    """
        )
        Step(
            "chain rule inside the second sum",
            lines: 41...41,
            quote:
                #"""
                    + \sum_k \left( \sum_m \frac{\partial^2 f}{\partial z_k^L \partial z_m^L} \#
                    \frac{\partial z_m^L}{\partial w_j} \right) \cdot \frac{\partial \#
                    z_k^L}{\partial w_i}
                    """#,
            note:
                #"""
                    = \sum_k \frac{\partial f}{\partial z_k^L} \frac{\partial^2 z_k^L}{\partial \#
                    w_i \partial w_j} + \sum_k \left( \sum_m \frac{\partial^2 f}{\partial z_k^L \#
                    \partial z_m^L} \frac{\partial z_m^L}{\partial w_j} \right) \frac{\partial \#
                    z_k^L}{\partial w_i}
                    """#,
            claim:
                """
                    jac(jac(z, w)' * l'(z), w) == A' * diag((B' * l'(z)) .* f''(A*w)) * A + jac(z, \
                    w)' * (diag(l''(z)) * jac(z, w))
                    """
        )
        Step(
            "Hessian: second-order term plus Gauss-Newton term",
            lines: 43...43,
            quote:
                #"""
                    = \sum_k \frac{\partial f}{\partial z_k^L} \frac{\partial^2 z_k^L}{\partial \#
                    w_i \partial w_j} + \sum_{k,m} \frac{\partial z_m^L}{\partial w_j} \#
                    \frac{\partial^2 f}{\partial z_k^L \partial z_m^L} \frac{\partial \#
                    z_k^L}{\partial w_i}
                    """#,
            note:
                #"""
                    H_{ij} = \sum_k \frac{\partial f}{\partial z_k^L} \frac{\partial^2 \#
                    z_k^L}{\partial w_i \partial w_j} + \sum_{k,m} \frac{\partial z_m^L}{\partial \#
                    w_j} \frac{\partial^2 f}{\partial z_k^L \partial z_m^L} \frac{\partial \#
                    z_k^L}{\partial w_i}
                    """#,
            claim:
                """
                    hess(L, w) == A' * diag((B' * l'(z)) .* f''(A*w)) * A + jac(z, w)' * \
                    diag(l''(z)) * jac(z, w)
                    """,
            remark:
                """
                    For `φ(w) = B f(Aw)`, `Σ_k (∂f/∂z_k) ∂²z_k/∂w∂wᵀ = Aᵀ diag((Bᵀ J_L) ⊙ f''(Aw)) \
                    A`: this is the term the approximation drops.
                    """
        )
        Step(
            "Gauss-Newton approximation",
            lines: 45...45,
            quote:
                #"""
                    \approx \sum_{k,m} \frac{\partial z_m^L}{\partial w_j} \frac{\partial^2 \#
                    f}{\partial z_k^L \partial z_m^L} \frac{\partial z_k^L}{\partial w_i}
                    """#,
            kind: .approximation,
            note: #"H_{p \times p} \approx J_\phi \cdot H_L \cdot J_\phi^T"#,
            claim: "hess(L, w) == jac(z, w)' * diag(l''(z)) * jac(z, w)",
            exactUnder: ["f'' = 0"],
            remark:
                """
                    Exact when the network output is linear in `w` (here: `f'' = 0`); otherwise \
                    the dropped second-order term is measured numerically.
                    """
        )
        Step(
            "∴ H = J_φ H_L J_φᵀ",
            lines: 49...49, quote: #"\therefore H_{p \times p} = J_\phi \cdot H_L \cdot J_\phi^T"#,
            note: #"\therefore H_{p \times p} = J_\phi \cdot H_L \cdot J_\phi^T"#,
            claim: "hess(L, w) == jac(z, w)' * diag(l''(z)) * jac(z, w)",
            correction: Correction(
                claim: "hess(L, w) == jac(z, w)' * diag(l''(z)) * jac(z, w)",
                latex:
                    #"""
                        H_{p \times p} \approx J_\phi \cdot H_L \cdot J_\phi^T \quad (= \text{ \#
                        when } \phi \text{ is linear in } w)
                        """#,
                explanation:
                    """
                        The line before is an approximation (`≈`, the first sum dropped); `∴ H =` \
                        states it as an identity. It is exact only when the network output is \
                        linear in `w`: the correction is checked under `f'' = 0`.
                        """,
                context: Context(assumptions: ["f'' = 0"])))
        Step(
            shape: "shape of H_L",
            lines: 51...51,
            quote: #"\begin{matrix} p \times o & o \times o & o \times p \end{matrix}"#,
            note: #"H_L \in \mathbb{R}^{o \times o}"#,
            annotation: ShapeAnnotation("diag(l''(z))", rows: "o", cols: "o"))
        Step(
            "H^U by two Jacobian products",
            lines: 53...53, quote: #"\therefore H^U = J_\phi (H_L (J_\phi^T U))"#,
            note: #"H^U = J_\phi (H_L (J_\phi^T U))"#,
            claim: "hess(L, w) * u == jac(z, w)' * (diag(l''(z)) * (jac(z, w) * u))",
            context: .symbols("u: p"),
            correction: Correction(
                claim:
                    """
                        (jac(z, w)' * diag(l''(z)) * jac(z, w)) * u == jac(z, w)' * (diag(l''(z)) \
                        * (jac(z, w) * u))
                        """,
                latex: #"G U = J_\phi (H_L (J_\phi^T U)), \quad G = J_\phi H_L J_\phi^T \approx H"#,
                explanation:
                    """
                        Two Jacobian products give the Gauss-Newton–vector product `G U`, not the \
                        Hessian's: `H U` has the extra term `Σ_k (∂f/∂z_k) (∂²z_k/∂w∂wᵀ) U` that \
                        line 43 keeps and line 45 drops. It is `H^U` only where `H = G` (output \
                        linear in `w`).
                        """,
                context: .symbols("u: p")))
        Step(
            shape: "shape of U in H^U",
            lines: 55...55, quote: #"\begin{matrix} p \times p & p \times 1 \end{matrix}"#,
            note: #"U_{p \times 1}"#,
            annotation: ShapeAnnotation("u", rows: "p", cols: "1"),
            context: .symbols("u: p"))
        Step(
            shape: "shapes in J_φ U",
            lines: 97...97, quote: #"p \times o \quad o \times 1"#,
            note: #"J_\phi{}_{\,p \times o}\; U_{o \times 1}"#,
            annotation: ShapeAnnotation("jac(z, w)'", rows: "p", cols: "o"))
        Step(
            "the same product with Uᵀ J_φ",
            lines: 53...53, quote: #"J_\phi (H_L (J_\phi^T U)) = J_\phi (H_L (U^T J_\phi)^T)"#,
            note: #"J_\phi (H_L (J_\phi^T U)) = J_\phi (H_L (U^T J_\phi)^T)"#,
            claim:
                """
                    jac(z, w)' * (diag(l''(z)) * (jac(z, w) * u)) == jac(z, w)' * (diag(l''(z)) * \
                    (u' * jac(z, w)')')
                    """,
            context: .symbols("u: p"))
    }
}
