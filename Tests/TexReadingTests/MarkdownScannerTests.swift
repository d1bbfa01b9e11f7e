import Foundation
import Testing

@testable import TexReading

@Suite struct MarkdownScannerTests {
    @Test func findsEveryKindOfMath() {
        let note = """
            Prose with $a = b$ inline and `$not math$` in code.
            $$
            c = d
            $$
            \\[ e = f \\]
            ```math
            g = h
            ```
            ```swift
            let x = "$i = j$"
            ```
            中文的说明 $k = l$ 也可以。
            """
        let scanner = MarkdownScanner(note)
        #expect(scanner.spans.map(\.kind) == [.inline, .display, .display, .fence, .inline])
        #expect(
            scanner.spans.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
                == ["a = b", "c = d", "e = f", "g = h", "k = l"])
        #expect(scanner.spans.map(\.line) == [1, 2, 5, 6, 12])
        #expect(scanner.unclosed.isEmpty)
    }

    @Test func locatesCharactersInTheFile() {
        let scanner = MarkdownScanner("x\n$$\na = b\n  = c$$")
        let span = scanner.spans[0]
        #expect(span.line == 2)
        let offset = Array(span.text).firstIndex(of: "c")!
        #expect(span.location(of: offset) == (line: 4, column: 5))
    }

    @Test func reportsUnclosedMath() {
        #expect(MarkdownScanner("$$ a = b").unclosed.map(\.line) == [1])
        #expect(MarkdownScanner("text\n```math\na = b").unclosed.map(\.line) == [2])
        // A lone dollar in prose is prose.
        #expect(MarkdownScanner("costs $5 today").spans.isEmpty)
    }

    @Test func readsFrontMatterBlocks() {
        let scanner = MarkdownScanner(
            "```matcheck\nwhere W: n x m\nlayout: denominator\n```\n$x = y$")
        #expect(scanner.frontMatter.count == 1)
        #expect(scanner.frontMatter[0].firstLine == 2)
        let matter = FrontMatter(scanner.frontMatter)
        #expect(matter.declarations.map(\.name) == ["W"])
        #expect(matter.layout == .denominator)
        #expect(matter.errors.isEmpty)
    }

    @Test func frontMatterErrorsNameTheirLine() {
        let matter = FrontMatter([
            FrontMatterBlock(text: "where W: n x\nlayout: sideways\nhello\nlet = 3", firstLine: 10)
        ])
        #expect(matter.errors.map(\.line) == [10, 11, 12, 13])
        #expect(
            matter.errors[1].message
                == "layout must be 'numerator' or 'denominator', found 'sideways'")
        #expect(
            matter.errors[2].message
                == "a front-matter line starts with 'where', 'let', 'layout:', 'gradients:' or '#'")
        #expect(matter.errors[0].message.hasPrefix("syntax error"))
    }
}
