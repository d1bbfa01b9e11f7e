// Seed note 001, part 1 of 4: vec and Kronecker (`vec-kronecker`).

extension Note001 {
    static let vecKronecker = Derivation(
        "vec-kronecker", seed: seed, title: "vec(AXB) = (Bᵀ ⊗ A) vec X and the Kronecker shape rule"
    ) {
        Summary(
            """
                Column-stacking turns a two-sided product into a Kronecker product acting on `vec \
                X`; `A ⊗ B = [A_ij B]` has shape `mp × nq`.
                """
        )
        Notation("`vec` stacks columns (column-major), as in the note and in our `Matrix` storage.")
        Reference("The Matrix Cookbook, eq. (520): `vec(AXB) = (Bᵀ ⊗ A) vec(X)`.")
        Step(
            "vec of a product",
            lines: 11...11, quote: #"\text{vec}(AXB) = (B^T \otimes A) \text{vec}(X)"#,
            note: #"\text{vec}(AXB) = (B^T \otimes A)\, \text{vec}(X)"#,
            claim: "vec(A*X*B) == kron(B', A) * vec(X)",
            context: .symbols("A: m x n, X: n x p, B: p x q"))
        Step(
            shape: "Kronecker shape rule",
            lines: 13...13,
            quote:
                #"A(m \times n) \quad B(p \times q) \quad A \otimes B = [A_{ij} B]_{mp \times nq}"#,
            note: #"A_{m \times n} \otimes B_{p \times q} = [A_{ij} B]_{mp \times nq}"#,
            annotation: ShapeAnnotation("kron(A, B)", rows: "m*p", cols: "n*q"),
            context: .symbols("A: m x n, B: p x q"))
        Step(
            "Kronecker entries",
            lines: 13...13, quote: #"A \otimes B = [A_{ij} B]"#,
            note: #"A \otimes B = [A_{ij} B]"#,
            claim: "kron(A, B) * kron(C, D) == kron(A * C, B * D)",
            context: .symbols("A: m x n, B: p x q, C: n x r, D: q x s"),
            remark:
                """
                    Checked through its consequence, the mixed-product rule, which pins down the \
                    block layout `[A_ij B]`.
                    """
        )
    }
}
