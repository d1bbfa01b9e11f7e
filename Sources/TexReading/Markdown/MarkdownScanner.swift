import Foundation

/// Finds the math in a Markdown file: inline `$…$`, display `$$…$$` and
/// `\[…\]`, fenced ```` ```math ```` blocks, and the ```` ```matcheck ````
/// front matter. Prose, code spans and other fenced code are skipped.
///
/// - Complexity: O(n) in the length of the file.
public struct MarkdownScanner {
    /// The math, in file order.
    public private(set) var spans: [MathSpan] = []
    /// The front-matter blocks, in file order.
    public private(set) var frontMatter: [FrontMatterBlock] = []
    /// Math left open at the end of the file (`$$` without its closing `$$`),
    /// as (line, message).
    public private(set) var unclosed: [(line: Int, message: String)] = []

    /// Scans `text`.
    public init(_ text: String) {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(
            Array.init)
        var index = 0
        var prose: [(line: Int, characters: [Character])] = []
        while index < lines.count {
            let line = lines[index]
            let trimmed = String(line).trimmingLeadingSpaces()
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                scanProse(prose)
                prose = []
                let fence = String(trimmed.prefix(3))
                let info = trimmed.dropFirst(3).trimmingCharacters(in: .whitespaces).lowercased()
                var body: [String] = []
                var end = index + 1
                while end < lines.count,
                    !String(lines[end]).trimmingLeadingSpaces().hasPrefix(fence)
                {
                    body.append(String(lines[end]))
                    end += 1
                }
                if end >= lines.count, info == "math" || info == "matcheck" {
                    unclosed.append((index + 1, "the fenced block opened here is not closed"))
                } else if info == "math" {
                    spans.append(
                        MathSpan(
                            kind: .fence, text: body.joined(separator: "\n"), line: index + 1,
                            contentLine: index + 2, contentColumn: 1))
                } else if info == "matcheck" {
                    frontMatter.append(
                        FrontMatterBlock(text: body.joined(separator: "\n"), firstLine: index + 2))
                }
                index = end + 1
                continue
            }
            prose.append((index + 1, line))
            index += 1
        }
        scanProse(prose)
    }

    /// Finds `$…$`, `$$…$$` and `\[…\]` in consecutive prose lines.
    private mutating func scanProse(_ lines: [(line: Int, characters: [Character])]) {
        guard !lines.isEmpty else { return }
        var characters: [Character] = []
        var positions: [(line: Int, column: Int)] = []
        for (number, line) in lines {
            for (c, ch) in line.enumerated() {
                characters.append(ch)
                positions.append((number, c + 1))
            }
            characters.append("\n")
            positions.append((number, line.count + 1))
        }
        let n = characters.count
        var i = 0
        func starts(_ s: String, at k: Int) -> Bool {
            var j = k
            for c in s {
                guard j < n, characters[j] == c else { return false }
                j += 1
            }
            return true
        }
        while i < n {
            let c = characters[i]
            if c == "\\", i + 1 < n {
                if characters[i + 1] == "[" {
                    i = scanDisplay(characters, positions, from: i, open: 2, close: "\\]")
                    continue
                }
                i += 2
                continue
            }
            if c == "`" {
                // A code span: skip to the matching backtick on the same line.
                var j = i + 1
                while j < n, characters[j] != "`", !characters[j].isNewline { j += 1 }
                i = (j < n && characters[j] == "`") ? j + 1 : i + 1
                continue
            }
            if c == "$" {
                if starts("$$", at: i) {
                    i = scanDisplay(characters, positions, from: i, open: 2, close: "$$")
                    continue
                }
                // Inline: up to the next unescaped `$` on the same line.
                var j = i + 1
                while j < n, characters[j] != "$", !characters[j].isNewline {
                    if characters[j] == "\\" { j += 1 }
                    j += 1
                }
                if j < n, characters[j] == "$", j > i + 1 {
                    let start = positions[i + 1]
                    spans.append(
                        MathSpan(
                            kind: .inline, text: String(characters[(i + 1)..<j]),
                            line: positions[i].line, contentLine: start.line,
                            contentColumn: start.column))
                    i = j + 1
                } else {
                    i += 1
                }
                continue
            }
            i += 1
        }
    }

    /// A display from `from` (at its opening delimiter) to `close`; returns
    /// the position after it.
    private mutating func scanDisplay(
        _ characters: [Character], _ positions: [(line: Int, column: Int)],
        from: Int, open: Int, close: String
    ) -> Int {
        let n = characters.count
        let closing = Array(close)
        var j = from + open
        while j + closing.count <= n {
            if characters[j] == "\\", close == "$$", j + 1 < n {
                j += 2
                continue
            }
            if Array(characters[j..<(j + closing.count)]) == closing { break }
            j += 1
        }
        guard j + closing.count <= n else {
            unclosed.append(
                (
                    positions[from].line,
                    "'\(String(characters[from..<(from + open)]))' is not closed"
                ))
            return n
        }
        let contentStart = from + open
        let start = contentStart < n ? positions[contentStart] : positions[from]
        spans.append(
            MathSpan(
                kind: .display, text: String(characters[contentStart..<j]),
                line: positions[from].line,
                contentLine: start.line, contentColumn: start.column))
        return j + closing.count
    }
}

extension String {
    func trimmingLeadingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" })
    }
}
