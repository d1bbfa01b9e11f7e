import Testing

@testable import TexReading

/// The forms lecture notes use beyond single equations: differentials,
/// assumptions written in the note, vectorised gradients, names defined on
/// the right, undeclared names, values of indices, arrows.
@Suite struct NoteReadingFormsTests {
    @Test func differentialsAreJacobianProducts() {
        let note = """
            $W \\in \\mathbb{R}^{n\\times m}$, $x \\in \\mathbb{R}^{m}$, \
            $V \\in \\mathbb{R}^{p\\times n}$
            $$z = W x, \\quad u = V z$$
            $$\\text{vec}(dz) = W \\text{vec}(dx)$$
            $$dz = W^T dx$$
            $$\\text{vec}(du) = V \\text{vec}(dz) = V W \\text{vec}(dx)$$
            $$\\text{vec}(dz) = \\text{vec}(I_n \\cdot dW \\cdot x) = \
            (x^T \\otimes I_n) \\text{vec}(dW)$$
            $$dz = dW x$$
            """
        let report = checkNote(note)
        #expect(
            report.summaryLines == [
                "2:1 definition", "2:2 definition", "3:1 proved", "4:1 refuted", "5:1 proved",
                "5:2 proved", "6:1 proved", "6:2 proved", "7:1 not parsed",
            ])
        #expect(report.results[2].claim == "jac(z, x) == W")
        #expect(report.results[4].claim == "jac(u, z) == V")
        #expect(report.results[5].claim == "V * jac(z, x) == V * W")
        #expect(report.results[6].claim == "jac(z, W) == x' ⊗ eye(n)")
        #expect(
            report.results[8].verdict.detail?.hasPrefix(
                "differentials: only links A·vec(dX) = B·vec(dY)") == true)
    }

    @Test func anAssumptionWrittenInTheNote() {
        let front = "where W: p x n, z: n, f: function, u: p"
        let claim = "$$\\nabla^2_z (u^T W f(z)) = 0$$"
        #expect(checkNote(claim, frontMatter: front).results.map(\.verdict.name) == ["refuted"])
        let report = checkNote("$f'' = 0$\n" + claim, frontMatter: front)
        #expect(report.summaryLines == ["1:1 definition", "2:1 proved"])
        #expect(report.results[0].verdict.detail == "assumes f'' = 0 from here on")
    }

    @Test func vectorisedGradients() {
        let note = "$$\\nabla_W (y^T W x) = x \\otimes y$$"
        let front = "where W: n x m, x: m, y: n"
        #expect(checkNote(note, frontMatter: front).results.map(\.verdict.name) == ["error"])
        let vec = checkNote(note, frontMatter: front + "\ngradients: vec")
        #expect(vec.results.map(\.verdict.name) == ["proved"])
        #expect(vec.results[0].claim == "jac(y' * W * x, W)' == x ⊗ y")
    }

    @Test func aNewNameOnTheRightIsDefinedByTheLink() {
        let note = """
            $x \\in \\mathbb{R}^{n}$, $A \\in \\mathbb{R}^{n\\times n}$
            $$\\nabla_x (x^T A x) = g = (A + A^T) x$$
            $$g = 2 A x$$
            """
        let report = checkNote(note)
        #expect(report.summaryLines == ["2:1 definition", "2:2 proved", "3:1 refuted"])
        #expect(report.results[0].verdict.detail == "defines g (a new name on the right)")
    }

    @Test func refutationsThatRestOnUndeclaredNamesAreInconclusive() {
        let report = checkNote("$x \\in \\mathbb{R}^{n}$\n$$x^T x = q$$\n$$x^T x = x^T M x$$")
        #expect(report.summaryLines == ["2:1 definition", "3:1 inconclusive"])
        #expect(
            report.results[1].verdict.detail?.hasPrefix(
                "false for arbitrary M, which the note neither declares nor defines") == true)
        // True for every value of the undeclared name: proved all the same.
        let proved = checkNote("$x \\in \\mathbb{R}^{n}$\n$$x^T M x = x^T M^T x$$")
        #expect(proved.results.map(\.verdict.name) == ["proved"])
    }

    @Test func valuesOfIndicesAndSizesAreNotDefinitions() {
        let report = checkNote("$j = 1$, $n_L = 1$, $L = 4$")
        #expect(report.results.map(\.verdict.name) == ["definition", "definition", "definition"])
        #expect(report.results[0].verdict.detail == "sets j = 1 (an index or a size), not recorded")
        #expect(report.results[0].claim == nil)
    }

    @Test func rowsOfAPlainDisplayExponentialsArrowsAndOrder() {
        let note = """
            $x \\in \\mathbb{R}$, $W \\in \\mathbb{R}^{n\\times m}$, $v \\in \\mathbb{R}^{m}$
            $$\\frac{e^{x}}{1 + e^{x}} \\\\ = \\frac{1}{1 + e^{-x}} \\\\ = \\sigma(x)$$
            $$v \\xrightarrow{W} h \\xrightarrow{\\sigma} a = \\sigma(h)$$
            $$a = \\sigma(h), \\quad h = W v$$
            """
        let report = checkNote(note)
        #expect(
            report.summaryLines.dropFirst(2) == [
                "3:1 definition", "4:1 definition", "4:2 definition",
            ])
        #expect(report.results.prefix(2).map(\.verdict.exitCode) == [0, 0])
        #expect(report.results[1].claim == "1 / (1 + exp(-x)) == sigmoid(x)")
        #expect(report.results[0].claim == "exp(x) / (1 + exp(x)) == 1 / (1 + exp(-x))")
        // `a = σ(h)` comes before `h = Wv`; the definitions are used in dependency order.
        let later = checkNote(
            note
                + """
                    \n$$\\frac{\\partial a}{\\partial v} = \\operatorname{diag}(a \\odot (1 - a)) \
                    W$$
                    """
        )
        #expect(later.results.last?.verdict.name == "proved")
    }
}
