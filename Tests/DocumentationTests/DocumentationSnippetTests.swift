import Foundation
import Testing

/// Every ```` ```swift ```` block of the README and of `docs/*.md` has a
/// compiled twin under `Tests/`: its `import` lines appear in the twin file and
/// its other lines, trimmed, appear there in order and contiguously. So a doc
/// example that stops compiling, or drifts from the code that is compiled,
/// fails here.
@Suite("Documentation snippets")
struct DocumentationSnippetTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The Swift blocks of a Markdown file, as arrays of lines.
    static func swiftBlocks(in file: URL) throws -> [[String]] {
        var blocks: [[String]] = []
        var current: [String]?
        for line in try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n") {
            if current == nil, line.trimmingCharacters(in: .whitespaces) == "```swift" {
                current = []
            } else if current != nil, line.trimmingCharacters(in: .whitespaces) == "```" {
                blocks.append(current!)
                current = nil
            } else if current != nil {
                current!.append(line)
            }
        }
        return blocks
    }

    static var markdownFiles: [URL] {
        let docs = root.appendingPathComponent("docs")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: docs.path)) ?? []
        return [root.appendingPathComponent("README.md")]
            + names.filter { $0.hasSuffix(".md") }.sorted().map { docs.appendingPathComponent($0) }
    }

    static var testSources: [(path: String, lines: [String])] {
        let tests = root.appendingPathComponent("Tests")
        let enumerator = FileManager.default.enumerator(atPath: tests.path)
        var sources: [(String, [String])] = []
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".swift"),
                let text = try? String(
                    contentsOf: tests.appendingPathComponent(path), encoding: .utf8)
            else { continue }
            let lines = text.components(separatedBy: "\n")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            sources.append((path, lines))
        }
        return sources
    }

    /// Whether `needle` occurs in `haystack` as a contiguous run.
    static func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count)
        where haystack[start] == needle[0]
            && Array(haystack[start..<start + needle.count]) == needle
        {
            return true
        }
        return false
    }

    @Test func everySwiftExampleHasACompiledTwin() throws {
        let sources = Self.testSources
        var blockCount = 0
        for file in Self.markdownFiles {
            for (index, block) in try Self.swiftBlocks(in: file).enumerated() {
                blockCount += 1
                let trimmed = block.map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                    !$0.isEmpty
                }
                let imports = trimmed.filter { $0.hasPrefix("import ") }
                let code = trimmed.filter { !$0.hasPrefix("import ") }
                let twin = sources.first { source in
                    Self.contains(source.lines, code) && imports.allSatisfy(source.lines.contains)
                }
                #expect(
                    twin != nil,
                    """
                        \(file.lastPathComponent), Swift block \(index + 1): no compiled twin \
                        under Tests/
                        """
                )
            }
        }
        #expect(
            blockCount >= 8, "only \(blockCount) Swift blocks found: is the package root right?")
    }
}
