// Seed note 001, part 4 of 4: δ and Q recursions (`q-recursion`).

extension Note001 {
    static let qRecursion = Derivation(
        "q-recursion", seed: seed, title: "The δ recursion and the Q^l recursion for layer Hessians"
    ) {
        Summary(
            """
                Going back one layer, `δ^l = diag(f'(z^l)) W^{l+1 T} δ^{l+1}` and `Q^l = \
                diag(f'(z^l)) W^{l+1 T} Q^{l+1} W^{l+1} diag(f'(z^l))`, exact when `f'' = 0` \
                (piecewise-linear activations such as relu); otherwise `Q^l` gains the term \
                `diag(f''(z^l) ⊙ W^{l+1 T} δ^{l+1})`.
                """
        )
        Notation(gradientLayout)
        Notation(
            """
                `zl` is `z^l ∈ ℝⁿ` (a free symbol, so derivatives with respect to it are \
                ordinary), `V` is `W^{l+1}` (`p × n`), `zn = V f(zl) + c` is `z^{l+1}`, and the \
                loss downstream is `J = Σ_k l(z^{l+1}_k)`, so `δ^{l+1} = l'(z^{l+1})`, `Q^{l+1} = \
                diag(l''(z^{l+1}))`.
                """
        )
        Symbols("zl: n, V: p x n, c: p, f: function, l: function")
        Define("zn", "V*f(zl) + c")
        Define("J", "sum(l(zn))")
        Step(
            shape: "Q^l = ∇_{z^l} J",
            lines: 115...115, quote: #"\text{求 } Q^l = \nabla_{z^l} J"#,
            note: #"\text{find } Q^l = \nabla_{z^l} J"#,
            annotation: ShapeAnnotation("grad(J, zl)", rows: "n", cols: "n"),
            corrected: ShapeAnnotation("hess(J, zl)", rows: "n", cols: "n"),
            explanation:
                """
                    `∇_{z^l} J` is the `n × 1` gradient `δ^l`; `Q^l` is the Hessian `∇²_{z^l} J` \
                    (the square is missing).
                    """
        )
        Step(
            "③ vec(dJ) = δ^{(l+1)T} vec(dz^{l+1})",
            lines: 121...121,
            quote: #"\therefore \text{vec}(dJ) = \delta^{(l+1)T} \text{vec}(dz^{l+1})"#,
            note: #"\therefore \text{vec}(dJ) = \delta^{(l+1)T} \text{vec}(dz^{l+1})"#,
            claim: "jac(J, zl) * e == l'(zn)' * (jac(zn, zl) * e)",
            context: .symbols("e: n"),
            remark: "Along a direction `e = dz^l`.")
        Step(
            "dz^{l+1} = W^{l+1} da^l",
            lines: 125...125, quote: #"\therefore dz^{l+1} = W^{l+1} da^l"#,
            note: #"\therefore dz^{l+1} = W^{l+1} da^l"#,
            claim: "jac(zn, zl) * e == V * (jac(f(zl), zl) * e)",
            context: .symbols("e: n"))
        Step(
            "da^l = diag(f'(z^l)) dz^l",
            lines: 125...125, quote: #"\therefore da^l = \text{diag}(f'_l(z^l)) \cdot dz^l"#,
            note: #"\therefore da^l = \text{diag}(f'_l(z^l)) \cdot dz^l"#,
            claim: "jac(f(zl), zl) * e == diag(f'(zl)) * e",
            context: .symbols("e: n"))
        Step(
            "dz^{l+1} = W^{l+1} diag(f'(z^l)) dz^l",
            lines: 127...127, quote: #"\therefore dz^{l+1} = W^{l+1} \text{diag}(f'_l(z^l)) dz^l"#,
            note: #"dz^{l+1} = W^{l+1} \text{diag}(f'_l(z^l))\, dz^l"#,
            claim: "jac(zn, zl) == V * diag(f'(zl))")
        Step(
            "④ in ③: vec(dJ) = δ^{(l+1)T} vec(W^{l+1} diag(f') dz^l I_1)",
            lines: 129...129,
            quote:
                #"""
                    \text{vec}(dJ) = \delta^{(l+1)T} \text{vec}(W^{l+1} \text{diag}(f'_l(z^l)) \#
                    \cdot dz^l \cdot I_1)
                    """#,
            note:
                #"""
                    \text{vec}(dJ) = \delta^{(l+1)T} \text{vec}(W^{l+1} \text{diag}(f'_l(z^l)) \#
                    \cdot dz^l \cdot I_1)
                    """#,
            claim: "jac(J, zl) * e == l'(zn)' * vec(V * diag(f'(zl)) * e * eye(1))",
            context: .symbols("e: n"))
        Step(
            "= δ^{(l+1)T} W^{l+1} diag(f') vec(dz^l)",
            lines: 131...131,
            quote: #"= \delta^{(l+1)T} W^{l+1} \text{diag}(f'_l(z^l)) \cdot \text{vec}(dz^l)"#,
            note: #"= \delta^{(l+1)T} W^{l+1} \text{diag}(f'_l(z^l)) \cdot \text{vec}(dz^l)"#,
            claim: "jac(J, zl) * e == l'(zn)' * V * diag(f'(zl)) * vec(e)",
            context: .symbols("e: n"))
        Step(
            "δ recursion",
            lines: 133...133,
            quote: #"\nabla_{z^l} J = \delta^l = \text{diag}(f'_l(z^l)) W^{(l+1)T} \delta^{l+1}"#,
            note: #"\nabla_{z^l} J = \delta^l = \text{diag}(f'_l(z^l))\, W^{(l+1)T} \delta^{l+1}"#,
            claim: "grad(J, zl) == diag(f'(zl)) * V' * l'(zn)")
        Step(
            "即 ∇_{z^l} J = diag(f') W^{(l+1)T} ∇_{z^{l+1}} J",
            lines: 135...135,
            quote:
                #"""
                    \nabla_{z^l} J = \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot \#
                    \nabla_{z^{l+1}} J
                    """#,
            note:
                #"""
                    \nabla_{z^l} J = \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot \#
                    \nabla_{z^{l+1}} J
                    """#,
            claim: "grad(J, zl) == diag(f'(zl)) * V' * l'(zn)",
            remark: "`∇_{z^{l+1}} J` is `l'(z^{l+1})` for our loss `J = Σ_k l(z^{l+1}_k)`.")
        Step(
            "product rule for ∇_{z^l} J",
            lines: 137...139,
            quote:
                #"""
                    \therefore \text{vec}(d\nabla_{z^l} J) = \text{vec}(d \text{diag}(f'_l(z^l)) \#
                    \cdot W^{(l+1)T} \cdot \nabla_{z^{l+1}} J)
                    """#,
            note:
                #"""
                    \text{vec}(d\nabla_{z^l} J) = \text{vec}(d\,\text{diag}(f'_l(z^l)) \cdot \#
                    W^{(l+1)T} \nabla_{z^{l+1}} J) + \text{vec}(\text{diag}(f'_l(z^l)) W^{(l+1)T} \#
                    \cdot d\nabla_{z^{l+1}} J \cdot I_1)
                    """#,
            claim:
                """
                    jac(grad(J, zl), zl) * e == vec(diag(f''(zl) .* e) * V' * l'(zn)) + \
                    vec(diag(f'(zl)) * V' * (jac(l'(zn), zl) * e) * eye(1))
                    """,
            context: .symbols("e: n"),
            remark: "Lines 137 and 139 are the two terms of one product rule.")
        Step(
            "= diag(f') W^{(l+1)T} vec(d∇_{z^{l+1}} J)",
            lines: 141...141,
            quote:
                #"= \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot \text{vec}(d\nabla_{z^{l+1}} J)"#,
            kind: .approximation,
            note:
                #"= \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot \text{vec}(d\nabla_{z^{l+1}} J)"#,
            claim: "jac(grad(J, zl), zl) * e == diag(f'(zl)) * V' * vec(jac(l'(zn), zl) * e)",
            exactUnder: ["f'' = 0"],
            context: .symbols("e: n"),
            remark:
                """
                    The first term of the product rule is dropped here, by the note's `f''_l = 0` \
                    (line 137).
                    """
        )
        Step(
            "= diag(f') W^{(l+1)T} Q^{(l+1)T} vec(dz^{l+1})",
            lines: 143...143,
            quote:
                #"= \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot Q^{(l+1)T} \text{vec}(dz^{l+1})"#,
            kind: .approximation,
            note:
                #"= \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot Q^{(l+1)T} \text{vec}(dz^{l+1})"#,
            claim:
                """
                    jac(grad(J, zl), zl) * e == diag(f'(zl)) * V' * diag(l''(zn))' * vec(jac(zn, \
                    zl) * e)
                    """,
            exactUnder: ["f'' = 0"],
            context: .symbols("e: n"))
        Step(
            "substituting ④",
            lines: 145...145,
            quote:
                #"""
                    = \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot Q^{(l+1)T} \cdot \#
                    \text{vec}(W^{l+1} \text{diag}(f'_l(z^l)) dz^l \cdot I_1)
                    """#,
            kind: .approximation,
            note:
                #"""
                    = \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot Q^{(l+1)T} \cdot \#
                    \text{vec}(W^{l+1} \text{diag}(f'_l(z^l)) dz^l \cdot I_1)
                    """#,
            claim:
                """
                    jac(grad(J, zl), zl) * e == diag(f'(zl)) * V' * diag(l''(zn))' * vec(V * \
                    diag(f'(zl)) * e * eye(1))
                    """,
            exactUnder: ["f'' = 0"],
            context: .symbols("e: n"),
            remark:
                """
                    Garbled text before the math: `代 λ` is unreadable as written; it is the note's \
                    代入 ④ (“substitute ④”), prose that is not part of the claim.
                    """
        )
        Step(
            "= diag(f') W^{(l+1)T} Q^{(l+1)T} W^{l+1} diag(f') vec(dz^l)",
            lines: 147...147,
            quote:
                #"""
                    = \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot Q^{(l+1)T} W^{l+1} \cdot \#
                    \text{diag}(f'_l(z^l)) \cdot \text{vec}(dz^l)
                    """#,
            kind: .approximation,
            note:
                #"""
                    = \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot Q^{(l+1)T} W^{l+1} \cdot \#
                    \text{diag}(f'_l(z^l)) \cdot \text{vec}(dz^l)
                    """#,
            claim:
                """
                    jac(grad(J, zl), zl) * e == diag(f'(zl)) * V' * diag(l''(zn))' * V * \
                    diag(f'(zl)) * vec(e)
                    """,
            exactUnder: ["f'' = 0"],
            context: .symbols("e: n"))
        Step(
            "= Q^{lT} vec(dz^l)",
            lines: 149...149, quote: #"= Q^{lT} \text{vec}(dz^l)"#,
            note: #"= Q^{lT} \text{vec}(dz^l)"#,
            claim: "jac(grad(J, zl), zl) * e == hess(J, zl)' * vec(e)",
            context: .symbols("e: n"))
        Step(
            "Q recursion",
            lines: 151...151,
            quote:
                #"""
                    \therefore Q^l = \underbrace{\text{diag}(f'_l(z^l))}_{n \times n} \cdot \#
                    \underbrace{W^{(l+1)T}}_{n \times p} \cdot \underbrace{Q^{l+1}}_{p \times p} \#
                    \cdot \underbrace{W^{l+1}}_{p \times n} \cdot \#
                    \underbrace{\text{diag}(f'_l(z^l))}_{n \times n}
                    """#,
            kind: .approximation,
            note:
                #"""
                    Q^l = \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot Q^{l+1} \cdot W^{l+1} \#
                    \cdot \text{diag}(f'_l(z^l))
                    """#,
            claim: "hess(J, zl) == diag(f'(zl)) * V' * diag(l''(zn)) * V * diag(f'(zl))",
            exactUnder: ["f'' = 0"],
            remark:
                """
                    The note drops `d diag(f'_l(z^l))` because `f''_l = 0` for piecewise-linear \
                    activations such as relu; for smooth activations the term below is missing.
                    """
        )
        Step(
            "Q recursion with the f'' term",
            lines: 137...137,
            quote: #"\leftarrow \because f_l(\cdot) \text{ 若是 ReLU 这种 piecewise lin. } f_l'' = 0."#,
            note:
                #"""
                    Q^l = \text{diag}(f') W^{(l+1)T} Q^{l+1} W^{l+1} \text{diag}(f') + \#
                    \text{diag}(f''(z^l) \odot W^{(l+1)T} \delta^{l+1})
                    """#,
            claim:
                """
                    hess(J, zl) == diag(f'(zl)) * V' * diag(l''(zn)) * V * diag(f'(zl)) + \
                    diag(f''(zl) .* (V' * l'(zn)))
                    """,
            remark: "Not in the note: the exact recursion for any smooth activation.")
        Step(
            shape: "shapes in the Q recursion",
            lines: 151...151,
            quote:
                #"""
                    \underbrace{W^{(l+1)T}}_{n \times p} \cdot \underbrace{Q^{l+1}}_{p \times p} \#
                    \cdot \underbrace{W^{l+1}}_{p \times n}
                    """#,
            note:
                #"""
                    \underbrace{W^{(l+1)T}}_{n \times p}\underbrace{Q^{l+1}}_{p \times \#
                    p}\underbrace{W^{l+1}}_{p \times n}
                    """#,
            annotation: ShapeAnnotation("V' * diag(l''(zn)) * V", rows: "n", cols: "n"))
    }
}
