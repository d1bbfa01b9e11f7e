import Testing

@testable import TexReading

/// Matrices written out (`bmatrix`, `pmatrix`, `vmatrix`, `array`), stacks written with an
/// ellipsis, and shapes written as subscripts.
@Suite struct TexMatricesTests {
    static let matter = "where W: n x m, A: n x n, x: m, a: m, b: n, c: scalar, d: scalar"

    @Test(arguments: [
        (#"\begin{bmatrix} c & d \\ d & c \end{bmatrix}"#, "[c, d; d, c]"),
        (#"\begin{pmatrix} a \\ c \end{pmatrix}"#, "[a; c]"),
        (#"\begin{matrix} W & b \end{matrix}"#, "[W, b]"),
        (#"\begin{array}{cc} c & d \\ \hline d & c \end{array}"#, "[c, d; d, c]"),
        (#"\begin{vmatrix} c & d \\ d & c \end{vmatrix}"#, "det([c, d; d, c])"),
        // an empty cell is 0; a trailing \\ is no row
        (#"\begin{pmatrix} c & \\ & d \\ \end{pmatrix}"#, "[c, 0; 0, d]"),
        // one block is the block itself
        (#"\begin{bmatrix} W x \end{bmatrix}"#, "W * x"),
        // nested matrices are blocks; juxtaposed matrices are a product
        (
            #"\begin{bmatrix} \begin{bmatrix} c \\ d \end{bmatrix} & a^T \end{bmatrix}"#,
            "[[c; d], a']"
        ),
        (
            #"\begin{bmatrix} c & d \end{bmatrix} \begin{bmatrix} d \\ c \end{bmatrix}"#,
            "[c, d] * [d; c]"
        ),
        // stacks written with an ellipsis
        (#"\begin{bmatrix} a_1 \\ \vdots \\ a_m \end{bmatrix}"#, "a"),
        (#"\begin{bmatrix} a_1 & \cdots & a_m \end{bmatrix}"#, "a'"),
        (#"\begin{bmatrix} a_1 A \\ \vdots \\ a_m A \end{bmatrix}"#, "a ⊗ A"),
        (#"\begin{bmatrix} A a_1 & \dots & A a_m \end{bmatrix}"#, "a' ⊗ A"),
        // a number under a known vector is its entry
        (#"a_2 + b_1"#, "a[2] + b[1]"),
        // the increment of a name
        (#"\Delta x + x"#, "Δx + x"),
        // the matrix of blocks [A_{ij} B] (outside a sum), as in A ⊗ B = [A_{ij} B]
        (#"[W_{ij} A]"#, "W ⊗ A"),
        (#"[W_{ij}]"#, "W"),
        (#"\sum_{i,j} [W_{ij} A]"#, "sum(i, sum(j, W[i,j] * A))"),
    ])
    func readsMatrices(_ latex: String, _ claim: String) throws {
        #expect(try readTex(latex, Self.matter) == claim)
    }

    @Test func aWrongMatrixLinkIsRefutedAndATrueOneProved() {
        let note = """
            Let $c, d \\in \\mathbb{R}$ and $A \\in \\mathbb{R}^{n \\times n}$.

            $$\\begin{vmatrix} c & d \\\\ d & c \\end{vmatrix} = c^2 - d^2 = (c - d)(c + d)$$
            $$\\begin{bmatrix} c & d \\end{bmatrix} \\begin{bmatrix} c \\\\ d \\end{bmatrix} \
            = c^2 + 2 d^2$$
            $$\\begin{bmatrix} A & A \\end{bmatrix}^T \
            = \\begin{bmatrix} A^T \\\\ A^T \\end{bmatrix}$$
            """
        let report = checkNote(note)
        #expect(report.summaryLines == ["3:1 proved", "3:2 proved", "4:1 refuted", "5:1 proved"])
    }

    @Test func shapesWrittenAsSubscriptsAreChecked() {
        let note = """
            Let $W \\in \\mathbb{R}^{n \\times m}$ and $x \\in \\mathbb{R}^m$.

            $$W_{n \\times m} x = W x$$
            $$W x_{n \\times 1} = W x$$
            $$u_{m \\times 1}^T x = x^T u$$
            $$\\begin{bmatrix} x_1 \\\\ \\vdots \\\\ x_m \\end{bmatrix}_{m \\times 1} = x$$
            $$\\begin{bmatrix} x_1 \\\\ \\vdots \\\\ x_m \\end{bmatrix}_{m \\times m} = x$$
            """
        let report = checkNote(note)
        // a wrong shape subscript refutes its link as a shape erratum; on an undeclared name
        // (u) it declares the name for that link only
        #expect(
            report.summaryLines == [
                "3:1 proved", "4:1 refuted", "5:1 proved", "6:1 proved", "7:1 refuted",
            ])
        #expect(report.results[1].verdict.detail?.hasPrefix("shape erratum") == true)
        #expect(report.declared.map(\.name).contains("u") == false)
    }

    @Test func anUndeclaredNameWithASubscriptShapeIsNotTakenAsKnown() {
        // δ_{o \times o} u = u is false for an arbitrary δ, which the note does not define.
        let note = "$$\\delta_{o \\times o} u_{o \\times 1} = u$$"
        let report = checkNote(note)
        #expect(report.summaryLines == ["1:1 inconclusive"])
    }
}
