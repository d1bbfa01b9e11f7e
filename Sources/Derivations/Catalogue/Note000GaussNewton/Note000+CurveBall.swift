// Seed note 000, part 4 of 4: CurveBall (`curveball`).

extension Note000 {
    static let curveBall = Derivation(
        "curveball", seed: seed,
        title:
            """
                A CurveBall step: Δz, the sigmoid cross-entropy derivatives, and the 2×2 system \
                for ρ, β
                """
    ) {
        Summary(
            """
                CurveBall (Henriques et al., ICCV 2019) keeps a direction `z` and updates it by \
                one gradient step on the damped quadratic model: `Δz = J_φ(H_L J_φᵀ z + J_L) + \
                λz`, `z ← ρz − βΔz`, `w ← w + z`, with `ρ, β` the exact minimiser of the model on \
                span{z, Δz}.
                """
        )
        Notation(
            denominatorLayout
                + " In the claims `Jp` is `J_φ` (`p × o`), `HL` is a symmetric `o × o` loss "
                + "Hessian (`S + Sᵀ`), `gL` is `J_L`, `zz` is the CurveBall state `z`, `lambda` "
                + "is `λ`."
        )
        Notation(
            """
                The quadratic model is `m(z) = J_Lᵀ J_φᵀ z + ½ zᵀ (J_φ H_L J_φᵀ + λI) z`; its \
                gradient at `z` is exactly `Δz`.
                """
        )
        Reference(
            """
                The authors' PyTorch code (jotaf98/pytorch-curveball, `curveball.py`) builds the \
                2×2 matrix with `λ` (`a11 = λ‖Δz‖² + (J_φᵀΔz)ᵀ H_L (J_φᵀΔz)`, …) and reads `β = \
                (A⁻¹b)₁`, `ρ = −(A⁻¹b)₂`; its comment `[rho, -beta] = A⁻¹ b` has the order and \
                sign of the code's own reading the other way round.
                """
        )
        Symbols("Jp: p x o, S: o x o, gL: o, zz: p, lambda: scalar, t: scalar")
        Define("HL", "S + S'")
        Define("G", "Jp * HL * Jp'")
        Define("Gh", "G + lambda * eye(p)")
        Define("g", "Jp * gL")
        Define("dz", "Jp * (HL * Jp' * zz + gL) + lambda * zz")
        Step(
            "sigmoid + cross-entropy: J_L = a − y",
            lines: 121...122, quote: #"get $J_L, H_L$ $= a-y"#,
            note: #"J_L = a - y"#,
            claim:
                """
                    grad(-(y' * log(sigmoid(zo)) + (1 - y)' * log(1 - sigmoid(zo))), zo) == \
                    sigmoid(zo) - y
                    """,
            context: .symbols("zo: o, y: o"))
        Step(
            "sigmoid + cross-entropy: H_L = diag(a(1 − a))",
            lines: 121...122, quote: #"get $J_L, H_L$ $= a-y \quad = a(1-a)$"#,
            note: #"H_L = a(1-a)"#,
            claim:
                """
                    hess(-(y' * log(sigmoid(zo)) + (1 - y)' * log(1 - sigmoid(zo))), zo) == \
                    sigmoid(zo) .* (1 - sigmoid(zo))
                    """,
            context: .symbols("zo: o, y: o"),
            correction: Correction(
                claim:
                    """
                        hess(-(y' * log(sigmoid(zo)) + (1 - y)' * log(1 - sigmoid(zo))), zo) == \
                        diag(sigmoid(zo) .* (1 - sigmoid(zo)))
                        """,
                latex: #"H_L = \text{diag}(a \odot (1-a))"#,
                explanation:
                    """
                        `H_L` is the `o × o` Hessian; `a(1 − a)` is its diagonal, an `o × 1` \
                        vector. They agree only when `o = 1`.
                        """
            ))
        Step(
            "Δz is the gradient of the damped quadratic model",
            lines: 117...117, quote: #"\Delta z = J_\phi ( H_L J_\phi^T z + J_L ) + \lambda z"#,
            kind: .definition,
            note: #"\Delta z = J_\phi ( H_L J_\phi^T z + J_L ) + \lambda z"#,
            claim: "grad(gL' * Jp' * zz + 0.5 * zz' * Gh * zz, zz) == dz")
        Step(
            "the 2×2 system for ρ, β",
            lines: 130...130,
            quote:
                #"""
                    \begin{bmatrix} -\beta \\ \rho \end{bmatrix} = - \begin{bmatrix} \frac{\Delta \#
                    z^T J_\phi H_L J_\phi^T \Delta z}{z^T J_\phi H_L J_\phi^T \Delta z} & \#
                    \frac{z^T J_\phi H_L J_\phi^T \Delta z}{z^T J_\phi H_L J_\phi^T z} \\ \#
                    \frac{z^T J_\phi H_L J_\phi^T \Delta z}{z^T J_\phi H_L J_\phi^T z} & \#
                    \frac{z^T J_\phi H_L J_\phi^T z}{z^T J_\phi H_L J_\phi^T z} \end{bmatrix} \#
                    \begin{bmatrix} J_L^T J_\phi^T \Delta z \\ J_L^T J_\phi^T z \end{bmatrix}
                    """#,
            note:
                #"""
                    \begin{bmatrix} -\beta \\ \rho \end{bmatrix} = - \begin{bmatrix} \frac{\Delta \#
                    z^T J_\phi H_L J_\phi^T \Delta z}{z^T J_\phi H_L J_\phi^T \Delta z} & \#
                    \frac{z^T J_\phi H_L J_\phi^T \Delta z}{z^T J_\phi H_L J_\phi^T z} \\ \#
                    \frac{z^T J_\phi H_L J_\phi^T \Delta z}{z^T J_\phi H_L J_\phi^T z} & \#
                    \frac{z^T J_\phi H_L J_\phi^T z}{z^T J_\phi H_L J_\phi^T z} \end{bmatrix} \#
                    \begin{bmatrix} J_L^T J_\phi^T \Delta z \\ J_L^T J_\phi^T z \end{bmatrix}
                    """#,
            claim:
                """
                    dz' * (g + Gh * (rho * zz + mb * dz)) + t * (zz' * (g + Gh * (rho * zz + mb * \
                    dz))) == 0
                    """,
            context: .symbols(
                "",
                ("n11", "(dz' * G * dz) / (zz' * G * dz)"),
                ("n12", "(zz' * G * dz) / (zz' * G * zz)"),
                ("n22", "(zz' * G * zz) / (zz' * G * zz)"),
                ("r1", "gL' * Jp' * dz"), ("r2", "gL' * Jp' * zz"),
                ("mb", "-(n11 * r1 + n12 * r2)"), ("rho", "-(n12 * r1 + n22 * r2)")),
            correction: Correction(
                claim:
                    """
                        dz' * (g + Gh * (rho * zz + mb * dz)) + t * (zz' * (g + Gh * (rho * zz + \
                        mb * dz))) == 0
                        """,
                latex:
                    #"""
                        \begin{bmatrix} -\beta \\ \rho \end{bmatrix} = - \begin{bmatrix} \Delta \#
                        z^T \hat G \Delta z & z^T \hat G \Delta z \\ z^T \hat G \Delta z & z^T \#
                        \hat G z \end{bmatrix}^{-1} \begin{bmatrix} J_L^T J_\phi^T \Delta z \\ \#
                        J_L^T J_\phi^T z \end{bmatrix}, \quad \hat G = J_\phi H_L J_\phi^T + \#
                        \lambda I
                        """#,
                explanation:
                    """
                        The minimiser of the quadratic model on `z' = ρz − βΔz` solves the normal \
                        equations with the **Gram matrix** of `Ĝ = J_φ H_L J_φᵀ + λI` on `(Δz, \
                        z)`, inverted; the note's matrix divides its entries by one another, has \
                        no inverse, and leaves out `λ`. The claim checks stationarity of the model \
                        in both directions `Δz` and `z` at once (`t` is arbitrary).
                        """,
                context: .symbols(
                    "",
                    ("a11", "dz' * Gh * dz"), ("a12", "zz' * Gh * dz"), ("a22", "zz' * Gh * zz"),
                    ("r1", "gL' * Jp' * dz"), ("r2", "gL' * Jp' * zz"),
                    ("dt", "a11 * a22 - a12 * a12"),
                    ("mb", "-(a22 * r1 - a12 * r2) / dt"), ("rho", "-(a11 * r2 - a12 * r1) / dt"))),
            remark:
                """
                    As written: `n11 = ΔzᵀGΔz / zᵀGΔz`, `n12 = zᵀGΔz / zᵀGz`, `n22 = 1`, with `G = \
                    J_φ H_L J_φᵀ`.
                    """
        )

        Step(
            "without λ, the same system minimises the undamped model",
            lines: 130...130,
            quote: #"\begin{bmatrix} -\beta \\ \rho \end{bmatrix} = - \begin{bmatrix}"#,
            note: #"\lambda \text{ in the } 2 \times 2 \text{ system?}"#,
            claim:
                """
                    dz' * (g + G * (rho * zz + mb * dz)) + t * (zz' * (g + G * (rho * zz + mb * \
                    dz))) == 0
                    """,
            context: .symbols(
                "",
                ("a11", "dz' * G * dz"), ("a12", "zz' * G * dz"), ("a22", "zz' * G * zz"),
                ("r1", "gL' * Jp' * dz"), ("r2", "gL' * Jp' * zz"),
                ("dt", "a11 * a22 - a12 * a12"),
                ("mb", "-(a22 * r1 - a12 * r2) / dt"), ("rho", "-(a11 * r2 - a12 * r1) / dt")),
            remark:
                """
                    So `λ` belongs in the system exactly when the model minimised is the damped \
                    one — the model whose gradient `Δz` is, and the one the authors' code uses. \
                    Leaving it out minimises the undamped model along a direction computed from \
                    the damped one.
                    """
        )
    }
}
