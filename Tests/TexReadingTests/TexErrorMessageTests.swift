import Testing

@testable import TexReading

/// Every message the LaTeX reader gives for what it cannot read.
@Suite struct TexErrorMessageTests {
    static let matter = "where W: n x m, X: n x n, x: m, y: n, c: scalar"

    @Test(arguments: [
        (#"(W x"#, "'(' at column 1 is not closed by ')'"),
        (#"[W x"#, "'[' at column 1 is not closed by ']'"),
        (#"\left( W x"#, "'\\left(' at column 1 is not closed"),
        (
            #"\left| x \right|"#,
            "\\left| and \\left\\| are not read: write |x| or \\|x\\| without \\left"
        ),
        (#"\sqrt[3]{c}"#, "roots other than \\sqrt{…} are not supported"),
        (#"\sqrt{x}"#, "\\sqrt of an expression not known to be a scalar"),
        (
            #"|x|"#,
            "|X| of an expression not known to be a scalar may be an entrywise absolute value, "
                + "a determinant or a norm"
        ),
        (#"|c"#, "'|' at column 1 is not closed"),
        (#"\|\|"#, "'\\|' with nothing inside"),
        (
            #"\|W\|"#,
            "\\|X\\| of a matrix, or of an expression of unknown shape, may be the spectral "
                + "norm: write \\|X\\|_F for the Frobenius norm"
        ),
        (
            #"\|x\|_1"#, "only the norms \\|x\\|, \\|x\\|_2 of a vector and \\|X\\|_F are read"
        ),
        (#"\left\{ x \right\}"#, "unsupported delimiter after \\left"),
        (#"\left( x \right\}"#, "unsupported closing delimiter"),
        (#"\left"#, "\\left without a delimiter"),
        (#"\mathbf"#, "\\mathbf without an argument"),
        (#"\mathbb{R}"#, "\\mathbb (a set or a calligraphic name) is not an expression"),
        (#"c \pm c"#, "\\pm (plus or minus) is two claims; write each"),
        (#"\frac{}{c}"#, "\\frac with an empty part"),
        (#"\nabla c"#, "\\nabla without its variable (write \\nabla_x f)"),
        (#"\sum_{k=1}^{n}"#, "\\sum without a body"),
        (#"\sum c"#, "\\sum without its index (write \\sum_{k=1}^{n})"),
        (#"\partial c"#, "a \\partial outside a derivative"),
        (#"\partial c / x"#, "expected \\partial after '/'"),
        (
            #"\frac{\partial (W x)_j}{\partial W_{jk}}"#,
            "a derivative by an entry needs a scalar function or an entry of a vector"
        ),
        (#"\frac{\partial c}{\partial (W x)}"#, "a derivative must be by a name"),
        (#"\frac{\partial}{\partial x}"#, "a derivative operator without an operand"),
        (#"\frac{\partial c}{\partial}"#, "a differential without its variable"),
        (#"(W x)^{(l)}"#, "a layer superscript on a compound expression"),
        (
            #"\begin{cases} 1 \end{cases}"#,
            "the environment cases inside an equation is not supported"
        ),
        (#"\begin{bmatrix} 1 & 2"#, "\\begin{bmatrix} is not closed by \\end{bmatrix}"),
        (#"\begin{bmatrix} 1 \end{pmatrix}"#, "\\begin{bmatrix} is closed by \\end{pmatrix}"),
        (#"\begin{bmatrix} \end{bmatrix}"#, "an empty matrix"),
        (#"\begin x"#, "\\begin without its environment name"),
        (
            #"\begin{bmatrix} u \\ \vdots \\ u \end{bmatrix}"#,
            "a stack written with an ellipsis is read only when its first and last entries "
                + "differ in their index alone (x_1 … x_m, x_1 B … x_m B)"
        ),
        (
            #"\begin{bmatrix} x_1 \\ \vdots \\ x_n \end{bmatrix}"#,
            "the stack runs over 1…n, which is not the length of its vector"
        ),
        (#"\log^2 c"#, "a power of a function name (log^…) is not supported"),
        (#"x^"#, "a script without its argument"),
        (#"\frac{\partial^2 (W x)}{\partial x^2}"#, "a second derivative needs a scalar function"),
        (#"(W x)_{1}"#, "a subscript on a compound expression must be an index list such as _{ij}"),
        (#"\dots"#, "an ellipsis (\\dots) cannot be checked"),
        (#"\sum_{k=0}^{n} x_k"#, "an index sum starts at 1"),
        (#"\hat{<}"#, "cannot read the argument of \\hat"),
        (#"\sum_{2} c"#, "cannot read the index of the sum"),
        (#"I_{+}"#, "cannot read the size +"),
        (#"x_{<}"#, "cannot read the subscript <"),
        (#"x^{<}"#, "cannot read the superscript <"),
        (#"\sum_{k}^{n+1} c"#, "cannot read the upper bound of the sum"),
        (
            #"\frac{\partial (u v)}{\partial x}"#,
            """
                cannot tell whether the function is a scalar or a matrix: declare the shapes of \
                its symbols
                """
        ),
        (
            #"\frac{\partial c}{\partial \mathrm{vec}(X)}"#,
            "derivatives by vec(X) are not supported"
        ),
        (#"{}"#, "empty braces"),
        (#"\log"#, "expected an expression at the end"),
        (#"c +"#, "expected an expression at the end"),
        (#"\sigma''(c)"#, "higher derivatives of sigmoid are not supported"),
        (
            #"\frac{\partial^2 c}{\partial x \partial y}"#,
            "mixed second derivatives are not supported"
        ),
        (#"\nabla^3_x c"#, "only \\nabla and \\nabla^2 are supported"),
        (#"\frac{\partial^3 c}{\partial x^3}"#, "only first and second derivatives are supported"),
        (#"\prod_k c"#, "products over an index (\\prod) are not supported"),
        (#"\text{for all}"#, "text 'forall' inside the equation"),
        (#"\exp'(c)"#, "the derivative exp' is not supported"),
        (
            #"\frac{\partial c}{\partial q}"#,
            "the derivative is by q, which is neither declared nor defined"
        ),
        (
            #"\frac{\partial c}{\partial c \partial c}"#,
            "the derivative's order and its variables do not match"
        ),
        (#"I"#, "the identity I needs its size: write I_n"),
        (#"I_{n \times m}"#, "the identity I_{n \\times m} is not square"),
        (#"99999999999999999999"#, "the number 99999999999999999999 does not fit 64 bits"),
        (#"I_{0}"#, "the size 0 is not a positive integer"),
        (#"x^23"#, "the superscript 23 needs braces"),
        (#"\mathbf{1}"#, "the vector of ones needs its size: write \\mathbf{1}_n"),
        (#"{x"#, "unbalanced '{'"),
        (#"x}"#, "unbalanced '}'"),
        (#"x )"#, "unexpected ')'"),
        (#"x ∫"#, "unexpected character '∫'"),
        (#"\foo"#, "unknown macro \\foo"),
        (
            #"f_l(x)"#,
            "f_l(…) is a function the note does not declare: declare it ('where f_l: function')"
        ),
        (#"x \approx"#, "the relation \\approx is not an equality"),
        (#"x_{jk}"#, "x is m×1: an entry needs 1 index, found 2"),
    ])
    func parserMessages(_ latex: String, _ message: String) {
        #expect(texError(latex, Self.matter) == message)
    }

    @Test func deepNestingIsAnErrorNotAStackOverflow() {
        let deep = String(repeating: "(", count: 5000) + "x" + String(repeating: ")", count: 5000)
        #expect(texError(deep, Self.matter) == "nested more than 100 levels deep")
        let braces = String(repeating: "{", count: 5000) + "x" + String(repeating: "}", count: 5000)
        #expect(texError(braces, Self.matter) == "nested more than 100 levels deep")
        let long = Array(repeating: "x", count: 500).joined(separator: " ")
        #expect(texError(long, Self.matter) == "a product of more than 100 factors")
    }

    @Test func noteLevelMessages() {
        func reason(_ note: String, _ front: String? = nil) -> [String] {
            checkNote(note, frontMatter: front).results.compactMap {
                if case .notParsed(let r, _) = $0.verdict { return r }
                return nil
            }
        }
        #expect(reason("$$= x$$") == ["the row starts with '=' but no expression comes before it"])
        #expect(
            reason("$$a = \\sqrt[3]{b}$$\n$$= c$$", "where a: scalar, b: scalar, c: scalar")
                == [
                    "roots other than \\sqrt{…} are not supported",
                    "the row continues the expression before it, which was not parsed",
                ])
        #expect(reason("$$x =$$", "where x: n") == ["nothing on the right of '='"])
        #expect(
            reason("$$z = W_{jk}$$", "where W: n x m") == [
                "a definition with free indices (j, k) is not supported"
            ])
        #expect(
            reason("$$x = y \\in \\mathbb{R}^{a \\times b \\times c}$$", "where x: n, y: n")
                == ["shape annotation: cannot read the space \\mathbb{R}^{a \\times b \\times c}"])
        #expect(
            reason("$$x = y \\in \\mathbb{R}^{<}$$", "where x: n, y: n") == [
                "shape annotation: cannot read the dimension <"
            ])
        #expect(reason("$$x_{jk} = y$$", "where y: n") == [])
    }

    @Test func claimErrorsAreReportedAsErrors() {
        let report = checkNote("$$u = v w$$\n$$v w = u$$")
        #expect(report.results.map(\.verdict.name) == ["definition", "error"])
        #expect(report.results[1].verdict.detail?.hasPrefix("shape error") == true)
    }
}
