import Testing

@testable import TexReading

@Suite struct EquationSplitterTests {
    func links(_ markdown: String) -> [(line: Int, link: Int, latex: String)] {
        MarkdownScanner(markdown).spans.flatMap { EquationSplitter($0).links }.map {
            ($0.line, $0.link, $0.latex)
        }
    }

    @Test func everyEqualsOfAChainIsALink() {
        let l = links("$$a = b = c$$")
        #expect(l.map(\.link) == [1, 2])
        #expect(l.map(\.latex) == ["a = b", "b = c"])
    }

    @Test func alignedRowsAreNumberedByTheirOwnLines() {
        let note = """
            text
            $$\\begin{aligned}
            a &= b \\\\
              &= c = d \\\\
              &= e
            \\end{aligned}$$
            """
        let l = links(note)
        #expect(l.map(\.line) == [3, 4, 4, 5])
        #expect(l.map(\.link) == [1, 1, 2, 1])
        #expect(l.map(\.latex) == ["a &= b", "= c", "c = d", "= e"])
    }

    @Test func splitAndAlignEnvironmentsToo() {
        #expect(links("$$\\begin{split} a &= b \\\\ &= c \\end{split}$$").count == 2)
        #expect(
            links("$$\\begin{align*} a &= b \\\\ c &= d \\end{align*}$$").map(\.latex) == [
                "a &= b", "c &= d",
            ])
    }

    @Test func severalEquationsInOneDisplayKeepCounting() {
        let l = links(#"$$a = b, \qquad c = d = e$$"#)
        #expect(l.map(\.link) == [1, 2, 3])
        #expect(l.map(\.latex) == ["a = b", "c = d", "d = e"])
        let split = MarkdownScanner(#"$$a = b, \qquad c = d$$"#).spans.flatMap {
            EquationSplitter($0).links
        }
        #expect(split.map(\.startsEquation) == [true, true])
    }

    @Test func anEqualsInsideScriptsOrTextIsNotALink() {
        #expect(links(#"$$\sum_{k=1}^{n} x_k = s$$"#).count == 1)
        #expect(links(#"$$y = x \text{ for } a = b$$"#).map(\.latex) == ["y = x", "a = b"])
        #expect(links(#"$$y = x^{a=b}$$"#).count == 1)
    }

    @Test func otherRelationsSeparateSidesWithoutBeingLinks() {
        let l = links(#"$$a \approx b = c \le d$$"#)
        #expect(l.map(\.latex) == ["b = c"])
        #expect(l.map(\.link) == [1])
    }

    @Test func definitionsWrittenAsSuch() {
        let split = MarkdownScanner(#"$$z := W a, \quad h \coloneqq f(z)$$"#).spans.flatMap {
            EquationSplitter($0).links
        }
        #expect(split.map(\.isDefinitionMark) == [true, true])
    }

    @Test func leadingConnectivesAndTagsAreDropped() {
        #expect(links(#"$$\therefore \text{又 } a = b \tag{3}$$"#).map(\.latex) == ["a = b"])
        #expect(
            links(#"$$\begin{aligned} a &= b \end{aligned} \quad (3)$$"#).map(\.latex) == ["a &= b"]
        )
    }

    @Test func shapeAnnotationsAttachToTheirSide() {
        let span = MarkdownScanner(#"$$\delta = W^\top e \in \mathbb{R}^{n\times 1}$$"#).spans[0]
        let splitter = EquationSplitter(span)
        #expect(splitter.links.count == 1)
        #expect(splitter.links[0].annotations.count == 1)
        #expect(splitter.links[0].annotations[0].space.map(\.display) == ["n", "\\times", "1"])
    }

    @Test func declarationsOutsideEquations() {
        let span = MarkdownScanner(#"$W \in \mathbb{R}^{n\times m}$, $x, y \in \mathbb R^n$"#).spans
        let declared = span.flatMap { EquationSplitter($0).declarations }
        #expect(declared.map { $0.expression.map(\.display).joined() } == ["W", "y", "x"])
    }
}
