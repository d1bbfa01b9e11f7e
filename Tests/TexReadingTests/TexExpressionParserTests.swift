import ClaimLanguage
import Testing

@testable import TexReading

/// The LaTeX the reader understands, each case against the claim it becomes.
@Suite struct TexExpressionParserTests {
    static let matrices =
        "where W: n x m, X: n x n, A: n x n, B: n x n, x: m, a: m, b: n, y: n, c: scalar, t: scalar"

    @Test(arguments: [
        // Products, sums, groups.
        (#"W x + b"#, "W * x + b"),
        (#"W \cdot x"#, "W * x"),
        (#"2 W x"#, "2 * W * x"),
        (#"\left( A + B \right) X"#, "(A + B) * X"),
        (#"\big( A + B \big) X"#, "(A + B) * X"),
        (#"{A + B}^T"#, "(A + B)'"),
        (#"-A B"#, "-A * B"),
        (#"\frac{1}{2} c"#, "1 / 2 * c"),
        (#"0.5 c"#, "1/2 * c"),
        // Transposes, inverses, powers.
        (#"X^T"#, "X'"), (#"X^\top"#, "X'"), (#"X^{\mathsf T}"#, "X'"), (#"X^{\intercal}"#, "X'"),
        (#"X'"#, "X'"), (#"X^{-1}"#, "X^-1"), (#"X^{-T}"#, "X'^-1"), (#"X^2"#, "X^2"),
        (#"(A B)^T"#, "(A * B)'"),
        // Products of matrices.
        (#"A \otimes B"#, "A ⊗ B"), (#"A \odot B"#, "A .* B"), (#"A \circ B"#, "A .* B"),
        (#"a^T \otimes I_n"#, "a' ⊗ eye(n)"),
        // Functions.
        (#"\operatorname{tr}(A)"#, "tr(A)"), (#"\mathrm{tr}(A B)"#, "tr(A * B)"),
        (#"\text{tr}(A)"#, "tr(A)"),
        (#"\mathrm{Tr}\, A^T B"#, "tr(A' * B)"), (#"\det X"#, "det(X)"),
        (#"\det(X)^{-1}"#, "det(X)^-1"),
        (#"\log(c)"#, "log(c)"), (#"\ln c"#, "log(c)"), (#"\exp(c)"#, "exp(c)"),
        (#"\tanh(b)"#, "tanh(b)"),
        (#"\sigma(b)"#, "sigmoid(b)"), (#"\sigma'(b)"#, "sigmoid(b) .* (1 - sigmoid(b))"),
        (#"\mathrm{vec}(X)"#, "vec(X)"), (#"\operatorname{diag}(b)"#, "diag(b)"),
        (#"\text{diag}(b)"#, "diag(b)"),
        // Constants.
        (#"I_n"#, "eye(n)"), (#"I_{n \times n}"#, "eye(n)"), (#"\mathbf{1}_n"#, "ones(n)"),
        (#"\mathbf{0}"#, "0"),
        (#"\mathbf{x}"#, "x"),
        // Derivatives, numerator layout.
        (#"\frac{\partial (y^T W x)}{\partial W}"#, "grad(y' * W * x, W)"),
        (#"\frac{\partial (W x)}{\partial x}"#, "jac(W * x, x)"),
        (#"\partial (c W x) / \partial x"#, "jac(c * W * x, x)"),
        (#"\frac{d (x^T x)}{d x}"#, "grad(x' * x, x)"),
        (#"\frac{\mathrm{d} (x^T x)}{\mathrm{d} x}"#, "grad(x' * x, x)"),
        (#"\nabla_x (x^T x)"#, "grad(x' * x, x)"),
        (#"\nabla^2_x (x^T x)"#, "hess(x' * x, x)"),
        (#"\frac{\partial^2 (x^T x)}{\partial x \partial x^T}"#, "hess(x' * x, x)"),
        (#"\frac{\partial^2 (x^T x)}{\partial x^2}"#, "hess(x' * x, x)"),
        (#"\frac{\partial}{\partial x}\left( x^T x \right)"#, "grad(x' * x, x)"),
        (#"\frac{\partial (W x)}{\partial c}"#, "jac(W * x, c)"),
        // Entries and index sums.
        (#"W_{jk}"#, "W[j,k]"), (#"W_{j,k}"#, "W[j,k]"), (#"x_k"#, "x[k]"),
        (#"(W x)_j"#, "(W * x)[j]"),
        (#"\sum_{k=1}^{m} W_{jk} x_k"#, "sum(k, W[j,k] * x[k])"),
        (#"\sum_{j,k} W_{jk}"#, "sum(j, sum(k, W[j,k]))"),
        (#"\frac{\partial (y^T W x)}{\partial W_{jk}}"#, "grad(y' * W * x, W)[j,k]"),
        (#"\frac{\partial (y^T W x)}{\partial w_{jk}}"#, "grad(y' * W * x, W)[j,k]"),
        (#"\frac{\partial (W x)_j}{\partial x_k}"#, "jac(W * x, x)[j,k]"),
    ])
    func readsLatex(_ latex: String, _ claim: String) throws {
        #expect(try readTex(latex, Self.matrices) == claim)
    }

    @Test func denominatorLayoutTransposesJacobians() throws {
        let matter = Self.matrices + "\nlayout: denominator"
        #expect(try readTex(#"\frac{\partial (W x)}{\partial x}"#, matter) == "jac(W * x, x)'")
        // A scalar's derivative is shaped like the variable in both layouts.
        #expect(
            try readTex(#"\frac{\partial (y^T W x)}{\partial x}"#, matter) == "grad(y' * W * x, x)")
    }

    @Test(arguments: [
        (#"W_1"#, "W_1"), (#"\delta_2"#, "δ_2"), (#"L_\lambda"#, "L_λ"), (#"W^{[l]}"#, "W_l"),
        (#"a^{(3)}"#, "a_3"), (#"a^{l-1}"#, "a_lm1"), (#"z^L_k"#, "z_k_L"),
        (#"\delta^{lT}"#, "δ_l'"),
        (#"a^{(l-1)T}"#, "a_lm1'"), (#"\hat{y}"#, "y_hat"), (#"W^{[l+1]T}"#, "W_lp1'"),
    ])
    func namesWithScripts(_ latex: String, _ name: String) throws {
        #expect(try readTex(latex) == name)
    }

    @Test func declaredFunctionsAndTheirDerivatives() throws {
        let matter = "where f: function, f_l: function, z: n"
        #expect(try readTex(#"f(z)"#, matter) == "f(z)")
        #expect(try readTex(#"f'(z)"#, matter) == "f'(z)")
        #expect(try readTex(#"f''(z)"#, matter) == "f''(z)")
        #expect(try readTex(#"f'_l(z)"#, matter) == "f_l'(z)")
        #expect(try readTex(#"\operatorname{diag}(f'(z))"#, matter) == "diag(f'(z))")
    }

    @Test func printedClaimsParseBackToTheSameClaim() throws {
        for latex in [
            #"\frac{\partial (y^T W x)}{\partial W}"#, #"a^T \otimes I_n"#, #"-(A - B)^{-1} X"#,
            #"\sum_{k=1}^{m} W_{jk} x_k"#, #"X^{-T}"#, #"\frac{1}{2} c^2"#,
        ] {
            let text = try readTex(latex, Self.matrices)
            let reparsed = try Claim(
                parsing:
                    """
                        \(text) == \(text) where W: n x m, X: n x n, A: n x n, B: n x n, x: m, y: \
                        n, c: scalar, a: m, j: index n, k: index m
                        """
            )
            #expect(ClaimPrinter.text(reparsed.lhs) == text)
        }
    }
}
