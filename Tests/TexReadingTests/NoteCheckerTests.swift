import Testing

@testable import TexReading

@Suite struct NoteCheckerTests {
    @Test func aChainWithAWrongMiddleLinkPointsAtIt() {
        let note = """
            Let $A, B \\in \\mathbb{R}^{n \\times n}$.

            $$\\begin{aligned}
            \\operatorname{tr}(A B) &= \\operatorname{tr}(B A) \\\\
              &= \\operatorname{tr}(A^T B) \\\\
              &= \\operatorname{tr}(B^T A)
            \\end{aligned}$$
            """
        let report = checkNote(note)
        #expect(report.summaryLines == ["4:1 proved", "5:1 refuted", "6:1 proved"])
        #expect(report.results[1].claim == "tr(B * A) == tr(A' * B)")
        #expect(report.exitCode == 1)
        #expect(report.declared.map(\.name) == ["B", "A"])
    }

    @Test func definitionsFromEquationsAndWhatIsChecked() {
        let note = """
            $W \\in \\mathbb{R}^{n\\times m}$, $a \\in \\mathbb{R}^m$, $b \\in \\mathbb{R}^n$.
            $$z = W a + b$$
            $$z = W a + b$$
            $$z = b + W a$$
            $$b = z - W a$$
            """
        let report = checkNote(note)
        #expect(
            report.summaryLines == ["2:1 definition", "3:1 definition", "4:1 proved", "5:1 proved"])
        #expect(
            report.results[0].verdict.detail
                == "defines z (z is neither declared nor defined before)")
        #expect(report.results[1].verdict.detail == "restates the definition of z")
    }

    @Test func frontMatterLetIsRestatedAsADefinition() {
        let note = """
            ```matcheck
            where W: n x m, a: m, b: n
            let z = W*a + b
            ```
            $$z = W a + b$$
            $$\\frac{\\partial z}{\\partial b} = I_n$$
            """
        let report = checkNote(note)
        #expect(report.summaryLines == ["5:1 definition", "6:1 proved"])
    }

    @Test func bothLayouts() {
        let body =
            """
                $$\\frac{\\partial (W x)}{\\partial x} = W$$\n$$\\frac{\\partial (W x)}{\\partial \
                x} = W^T$$
                """
        let numerator = checkNote(body, frontMatter: "where W: n x m, x: m")
        #expect(numerator.summaryLines == ["1:1 proved", "2:1 refuted"])
        #expect(numerator.results[1].verdict.detail?.hasPrefix("shape erratum") == true)
        let denominator = checkNote(body, frontMatter: "where W: n x m, x: m\nlayout: denominator")
        #expect(denominator.summaryLines == ["1:1 refuted", "2:1 proved"])
        #expect(denominator.results[1].claim == "jac(W * x, x)' == W'")
    }

    @Test func aWrongShapeAnnotationRefutesTheLink() {
        let note = """
            $W \\in \\mathbb{R}^{n\\times m}$, $e \\in \\mathbb{R}^{n}$
            $$g = W^\\top e \\in \\mathbb{R}^{m}$$
            $$h = W^\\top e \\in \\mathbb{R}^{n \\times 1}$$
            """
        let report = checkNote(note)
        #expect(report.summaryLines == ["2:1 definition", "3:1 refuted"])
        #expect(
            report.results[1].verdict.detail?.hasPrefix(
                "shape erratum: W' * e ∈ ℝ^{n \\times 1} is wrong") == true)
    }

    @Test func indexSumsAndEntries() {
        let note = """
            $W \\in \\mathbb{R}^{n\\times m}$, $x \\in \\mathbb{R}^{m}$, $y \\in \\mathbb{R}^{n}$
            $$(W x)_j = \\sum_{k=1}^{m} W_{jk} x_k$$
            $$(W x)_j = \\sum_{k=1}^{m} W_{kj} x_k$$
            $$\\frac{\\partial (y^T W x)}{\\partial W_{jk}} = y_j x_k$$
            $$\\frac{\\partial (y^T W x)}{\\partial W_{jk}} = y_k x_j$$
            """
        let report = checkNote(note)
        #expect(report.results.count == 4)
        #expect(report.results[0].verdict.name == "proved")
        // W_{kj}: k runs over 1..m but indexes the n rows of W.
        #expect(report.results[1].verdict.name == "refuted")
        #expect(
            report.results[1].verdict.detail?.hasPrefix(
                "shape erratum: entry: the index 'k' runs over 1..m") == true)
        #expect(report.results[2].verdict.name == "proved")
        #expect(report.results[3].verdict.name == "refuted")
    }

    @Test func aWrongIndexStatementIsRefuted() {
        let note = """
            $A \\in \\mathbb{R}^{n\\times n}$, $x \\in \\mathbb{R}^{n}$
            $$(A x)_i = \\sum_{k=1}^{n} A_{ik} x_k = \\sum_{k=1}^{n} A_{ki} x_k$$
            """
        let report = checkNote(note)
        #expect(report.summaryLines == ["2:1 proved", "2:2 refuted"])
    }

    @Test func rowsThatContinueThePreviousSide() {
        let note = """
            $x \\in \\mathbb{R}^{n}$, $A \\in \\mathbb{R}^{n\\times n}$
            $$\\nabla_x (x^T A x)$$
            $$= (A + A^T) x$$
            $$= 2 A x$$
            """
        let report = checkNote(note)
        #expect(report.summaryLines == ["3:1 proved", "4:1 refuted"])
    }

    @Test func everyLinkIsReportedAndNothingSkipped() {
        let note = """
            $$a = \\sqrt{b} = c$$
            $$= d$$
            """
        let report = checkNote(note)
        #expect(report.results.count == 3)
        #expect(report.results.map(\.verdict.name) == ["not parsed", "not parsed", "not parsed"])
        #expect(report.exitCode == 2)
        if case .notParsed(let reason, let column) = report.results[0].verdict {
            #expect(reason == "\\sqrt of an expression not known to be a scalar")
            #expect(column == 7)
        } else {
            Issue.record("expected not parsed")
        }
    }

    @Test func sigmoidCrossEntropyFromTheSeedNote() {
        let note = """
            $z, y \\in \\mathbb{R}^p$
            $$a = \\sigma(z), \\quad J = -(y^T \\log(a) + (1-y)^T \\log(1-a))$$
            $$\\nabla_z J = a - y$$
            $$\\nabla^2_z J = \\text{diag}(a \\odot (1-a)) = \\text{diag}(a) - a a^T$$
            """
        let report = checkNote(note)
        #expect(
            report.summaryLines == [
                "2:1 definition", "2:2 definition", "3:1 proved", "4:1 proved", "4:2 refuted",
            ])
        guard case .refuted(let c?, _) = report.results[4].verdict else {
            Issue.record("expected a counterexample")
            return
        }
        #expect(c.residual > 100 * c.errorBound)
    }
}
