import Testing

@testable import TexReading

/// Stacks whose entries are built from entries of vectors, and diagonal matrices written out
/// with `\ddots`.
@Suite struct EntrywiseStackTests {
    static let matter =
        "where W: n x m, A: n x n, u: n, x: m, a: m, z: m, c: scalar, f: function"

    @Test(arguments: [
        // an entry times a product of blocks: the entry is a scalar
        (#"\begin{bmatrix} x_1 A u \\ \vdots \\ x_m A u \end{bmatrix}"#, "x ⊗ (A * u)"),
        (#"\begin{bmatrix} A x_1 u \\ \vdots \\ A x_m u \end{bmatrix}"#, "x ⊗ (A * u)"),
        // scalars built from entries, entry by entry
        (#"\begin{bmatrix} a_1 (1 - a_1) \\ \vdots \\ a_m (1 - a_m) \end{bmatrix}"#,
         "a .* (1 - a)"),
        (#"\begin{bmatrix} c x_1 + a_1 \\ \vdots \\ c x_m + a_m \end{bmatrix}"#, "c * x + a"),
        (#"\begin{bmatrix} \sigma(z_1) / c \\ \vdots \\ \sigma(z_m) / c \end{bmatrix}"#,
         "sigmoid(z) / c"),
        (#"\begin{bmatrix} 1 / x_1 \\ \vdots \\ 1 / x_m \end{bmatrix}"#, "1 ./ x"),
        (#"\begin{bmatrix} x_1^2 & \cdots & x_m^2 \end{bmatrix}"#, "pow(x, 2)'"),
        (#"\begin{bmatrix} f'(z_1) a_1 \\ \vdots \\ f'(z_m) a_m \end{bmatrix}"#,
         "f'(z) .* a"),
        // diagonals
        (#"\begin{pmatrix} a_1 & & \\ & \ddots & \\ & & a_m \end{pmatrix}"#, "diag(a)"),
        (
            #"""
            \begin{pmatrix} a_1 (1 - a_1) & & & \\ & a_2 (1 - a_2) & & \\ & & \ddots & \\ \#
            & & & a_m (1 - a_m) \end{pmatrix}
            """#,
            "diag(a .* (1 - a))"
        ),
        (
            #"""
            \begin{pmatrix} \sigma(z_1) & 0 & 0 \\ 0 & \ddots & 0 \\ 0 & 0 & \sigma(z_m) \#
            \end{pmatrix}
            """#,
            "diag(sigmoid(z))"
        ),
    ])
    func readsEntryByEntry(_ latex: String, _ claim: String) throws {
        #expect(try readTex(latex, Self.matter) == claim)
    }

    @Test(arguments: [
        // a matrix factor with two entries: not a scalar built from entries
        #"\begin{bmatrix} x_1 A x_1 \\ \vdots \\ x_m A x_m \end{bmatrix}"#,
        // an entry of a matrix
        #"\begin{bmatrix} W_{1 1} x_1 \\ \vdots \\ W_{m m} x_m \end{bmatrix}"#,
        // the second diagonal entry is not the first with 2 for the index
        #"\begin{pmatrix} a_1 & & & \\ & a_3 & & \\ & & \ddots & \\ & & & a_m \end{pmatrix}"#,
        // a diagonal of blocks
        #"\begin{pmatrix} a_1 A & & \\ & \ddots & \\ & & a_m A \end{pmatrix}"#,
    ])
    func refusesWhatIsNotEntryByEntry(_ latex: String) {
        #expect(texError(latex, Self.matter) != nil, "\(latex)")
    }

    @Test func aWrongStackOrDiagonalIsRefutedAndATrueOneProved() {
        let note = """
            Let $a, z \\in \\mathbb{R}^{m}$, $A \\in \\mathbb{R}^{n \\times n}$, \
            $u \\in \\mathbb{R}^{n}$.

            $$\\begin{bmatrix} a_1 (1 - a_1) \\\\ \\vdots \\\\ a_m (1 - a_m) \\end{bmatrix} \
            = a - a \\odot a$$
            $$\\begin{bmatrix} a_1 (1 - a_1) \\\\ \\vdots \\\\ a_m (1 - a_m) \\end{bmatrix} \
            = a - a^T a$$
            $$\\begin{pmatrix} a_1 & & \\\\ & \\ddots & \\\\ & & a_m \\end{pmatrix} z = a \\odot z$$
            $$\\begin{pmatrix} a_1 & & \\\\ & \\ddots & \\\\ & & a_m \\end{pmatrix} = a a^T$$
            $$\\begin{bmatrix} a_1 A u \\\\ \\vdots \\\\ a_m A u \\end{bmatrix} \
            = (a \\otimes A) u$$
            $$\\begin{bmatrix} a_1 A u \\\\ \\vdots \\\\ a_m A u \\end{bmatrix} \
            = (a \\otimes A^T) u$$
            """
        let report = checkNote(note)
        #expect(
            report.summaryLines == [
                "3:1 proved", "4:1 refuted", "5:1 proved", "6:1 refuted", "7:1 proved",
                "8:1 refuted",
            ])
    }
}
