// Seed note 000, part 3 of 4 (`layer-jacobian`), section 2 of 3:
// The δ recursion (lines 79–101).

extension Note000 {
    /// The steps of lines 79–101: the δ recursion.
    @DerivationBuilder static var layerJacobianDeltaRecursion: [DerivationPart] {
        Step(
            "dz^{l+1} = W^{l+1} diag(f'(z^l)) dz^l",
            lines: 83...83, quote: #"dz^{l+1} = W^{l+1} \text{diag}(f'_l(z^l)) dz^l"#,
            note: #"dz^{l+1} = W^{l+1} \text{diag}(f'_l(z^l))\, dz^l"#,
            claim: "jac(V*f(zv) + c, zv) == V * diag(f'(zv))",
            context: .symbols("zv: n"))
        Step(
            shape: "shape of δ^{l+1} = δ^L",
            lines: 79...79, quote: #"o \times o"#,
            note: #"\delta^{l+1}_{o \times o}"#,
            annotation: ShapeAnnotation("jac(zo, zo)'", rows: "o", cols: "o"),
            context: .symbols("zo: o"))
        Step(
            "vec(dz^{l+1}) = W^{l+1} diag(f'(z^l)) vec(dz^l)",
            lines: 85...85,
            quote:
                #"""
                    \text{vec}(W^{l+1} \text{diag}(f'_l(z^l)) \cdot dz^l \cdot I_1) \\ &= W^{l+1} \#
                    \text{diag}(f'_l(z^l)) \cdot \text{vec}(dz^l)
                    """#,
            note:
                #"""
                    \text{vec}(W^{l+1} \text{diag}(f'_l(z^l)) \cdot dz^l \cdot I_1) = W^{l+1} \#
                    \text{diag}(f'_l(z^l)) \cdot \text{vec}(dz^l)
                    """#,
            claim: "vec(V * diag(f'(zv)) * E * eye(1)) == V * diag(f'(zv)) * vec(E)",
            context: .symbols("zv: n, E: n x 1"))
        Step(
            "vec(dz^L) = δ^{(l+1)T} W^{l+1} diag(f'(z^l)) vec(dz^l)",
            lines: 87...87,
            quote:
                #"""
                    \therefore \text{vec}(dz^L) = \delta^{(l+1)T} W^{l+1} \text{diag}(f'_l(z^l)) \#
                    \cdot \text{vec}(dz^l)
                    """#,
            note:
                #"""
                    \text{vec}(dz^L) = \delta^{(l+1)T} W^{l+1} \text{diag}(f'_l(z^l)) \cdot \#
                    \text{vec}(dz^l)
                    """#,
            claim:
                "jac(U*g(V*f(zv) + c) + d, zv) == (diag(g'(V*f(zv) + c)) * U')' * V * diag(f'(zv))",
            context: .symbols("zv: n, U: q x o, d: q, g: function"))
        Step(
            "δ recursion",
            lines: 89...89,
            quote: #"\delta^l = \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot \delta^{l+1}"#,
            note: #"\delta^l = \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \cdot \delta^{l+1}"#,
            claim:
                """
                    jac(U*g(V*f(zv) + c) + d, zv)' == diag(f'(zv)) * V' * (diag(g'(V*f(zv) + c)) * \
                    U')
                    """,
            context: .symbols("zv: n, U: q x o, d: q, g: function"),
            remark:
                """
                    Checked one layer deeper than the note's picture: `z^{l+1} = V f(z^l) + c`, \
                    `z^L = U g(z^{l+1}) + d`, with `δ^{l+1} = diag(g'(z^{l+1})) Uᵀ`.
                    """
        )
        Step(
            shape: "shape of W^{(l+1)T} in the δ recursion",
            lines: 91...91, quote: #"n \times n \quad n \times n \quad n \times o"#,
            note: #"W^{(l+1)T}: n \times n"#,
            annotation: ShapeAnnotation("V'", rows: "n", cols: "n"),
            corrected: ShapeAnnotation("V'", rows: "n", cols: "o"),
            explanation:
                """
                    `W^{l+1}` is `o × n` (the size of `z^{l+1}` by the size of `a^l`), so its \
                    transpose is `n × o`.
                    """
        )
        Step(
            shape: "shape of δ^{l+1} in the δ recursion",
            lines: 91...91, quote: #"n \times n \quad n \times n \quad n \times o"#,
            note: #"\delta^{l+1}: n \times o"#,
            annotation: ShapeAnnotation("jac(zo, zo)'", rows: "n", cols: "o"),
            corrected: ShapeAnnotation("jac(zo, zo)'", rows: "o", cols: "o"),
            explanation:
                """
                    The third factor of line 89 is `δ^{l+1} = ∂z^L/∂z^{l+1}`; in the note's \
                    picture `z^{l+1} = z^L ∈ ℝᵒ`, so it is `o × o`, as line 79 says. The \
                    annotation `n × o` is the shape of the result `δ^l`, not of `δ^{l+1}`; it \
                    holds only when `n = o`.
                    """,
            context: .symbols("zo: o"))
        Step(
            "δ^l = A δ^L = A at l + 1 = L",
            lines: 101...101,
            quote:
                #"""
                    \delta^l = \text{diag}(f'_e(z^l)) \cdot W^{(l+1)T} \delta_{o \times o}^L = \#
                    A_{n \times o} \delta_{o \times o}^L = A_{n \times o}
                    """#,
            note:
                #"""
                    \delta^l = \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \delta_{o \times o}^L = \#
                    A_{n \times o} \delta_{o \times o}^L = A_{n \times o}
                    """#,
            claim: "jac(V*f(zv) + c, zv)' == diag(fe'(zv)) * V' * eye(o)",
            context: .symbols("zv: n, fe: function"),
            correction: Correction(
                claim: "jac(V*f(zv) + c, zv)' == diag(f'(zv)) * V' * eye(o)",
                latex:
                    #"""
                        \delta^l = \text{diag}(f'_l(z^l)) \cdot W^{(l+1)T} \delta_{o \times o}^L \#
                        = A_{n \times o}
                        """#,
                explanation:
                    """
                        The line writes `f'_e` where lines 85–89 write `f'_l`, the activation of \
                        layer `l`. Read literally, `f_e` is another function and the line is \
                        false; with `f'_l` it is the δ recursion at `l + 1 = L` (the same slip \
                        recurs in line 111).
                        """,
                context: .symbols("zv: n")))
    }
}
