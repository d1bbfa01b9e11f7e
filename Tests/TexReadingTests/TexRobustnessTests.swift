import ClaimChecking
import Testing

@testable import TexReading

/// Bad input ends in `not parsed`, an error or a usage error: never a crash, never a hang.
@Suite struct TexRobustnessTests {
    func quickChecker() -> NoteChecker {
        var options = CheckOptions()
        options.seed = 7
        options.timeBudget = 2
        options.numericShapes = 1
        return NoteChecker(options: options)
    }

    @Test func unbalancedBracesAndUnknownMacros() {
        let report = quickChecker().check(
            markdown: """
                $$a = {b$$
                $$a = b}$$
                $$a = \\frac{a}{b$$
                $$x = \\undefinedmacro{y}$$
                $$x = \\left( y$$
                """)
        #expect(report.results.count == 5)
        #expect(report.results.allSatisfy { $0.verdict.name == "not parsed" })
        let reasons = report.results.compactMap { $0.verdict.detail }
        guard reasons.count == 5 else { return }
        #expect(reasons[0].hasPrefix("unbalanced '{'"))
        #expect(reasons[1].hasPrefix("unbalanced '}'"))
        #expect(reasons[3].hasPrefix("unknown macro \\undefinedmacro"))
        #expect(reasons[4].hasPrefix("'\\left(' at column 5 is not closed"))
    }

    @Test func hundredThousandCharacterLines() {
        let checker = quickChecker()
        let sum = "$$x = " + Array(repeating: "y", count: 50_000).joined(separator: " + ") + "$$"
        #expect(checker.check(markdown: sum).results.map(\.verdict.name) == ["not parsed"])
        let chain = "$$" + Array(repeating: "a", count: 50_000).joined(separator: " = ") + "$$"
        let report = checker.check(markdown: chain)
        #expect(report.results.count == 49_999)
        #expect(report.results.last?.verdict.detail?.contains("more than 2000 links") == true)
        let braces = "$$x = " + String(repeating: "{", count: 100_000) + "$$"
        #expect(checker.check(markdown: braces).results.map(\.verdict.name) == ["not parsed"])
        let rows =
            "$$\\begin{aligned}" + String(repeating: "a &= b \\\\ ", count: 10_000)
            + "\\end{aligned}$$"
        #expect(checker.check(markdown: rows).results.count == 10_000)
        let prose = String(repeating: "纯文本 and $ signs ", count: 10_000)
        #expect(checker.check(markdown: prose).results.isEmpty)
    }

    @Test func binaryJunk() {
        var generator = SeededBytes(seed: 42)
        for _ in 0..<20 {
            let bytes = (0..<2_000).map { _ in generator.next() }
            let text =
                "$$" + String(decoding: bytes, as: UTF8.self) + "$$ $"
                + String(decoding: bytes.reversed(), as: UTF8.self) + "$"
            let report = quickChecker().check(markdown: text)
            for r in report.results { #expect(!r.verdict.name.isEmpty) }
        }
    }

    /// A bounded fuzz loop over LaTeX fragments: every input ends with every
    /// link reported (a verdict or a reason), none crashes.
    @Test func fuzzedLatexAlwaysEndsInAVerdictOrAReason() {
        let fragments = [
            "x", "W", "=", " ", "+", "-", "{", "}", "(", ")", "^T", "_k", "_{jk}", "\\frac{",
            "\\partial ",
            "\\sum_{k=1}^{n}", "\\left(", "\\right)", "\\\\", "&=", "\\begin{aligned}",
            "\\end{aligned}",
            "\\in \\mathbb{R}^{n\\times m}", "\\nabla_x", "^{-1}", "'", "\\otimes", "\\cdot", "I_n",
            "2",
            "\\operatorname{tr}", "\\sigma", "\\text{ 所以 }", ",", "\\quad", "$", "\n", "\\foo", "^",
            "_",
        ]
        var generator = SeededBytes(seed: 2026)
        let checker = quickChecker()
        for _ in 0..<300 {
            var text = "$W \\in \\mathbb{R}^{n\\times m}$, $x \\in \\mathbb{R}^m$\n$$"
            for _ in 0..<(Int(generator.next()) % 24 + 1) {
                text += fragments[Int(generator.next()) % fragments.count]
            }
            text += "$$"
            let report = checker.check(markdown: text)
            let links = MarkdownScanner(text).spans.reduce(0) {
                $0 + EquationSplitter($1).links.count
            }
            #expect(report.results.count == links)
            for r in report.results {
                if case .notParsed(let reason, let column) = r.verdict {
                    #expect(!reason.isEmpty && column >= 1)
                }
            }
        }
    }
}

/// A small seeded byte source (SplitMix64), so the fuzz inputs are reproducible.
struct SeededBytes {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt8 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return UInt8(truncatingIfNeeded: z ^ (z >> 31))
    }
}
