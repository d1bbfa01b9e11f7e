import Foundation
import Testing

/// Every repository path that the README or a guide names, as a Markdown link
/// (`[text](../Sources/…)`) or in backquotes (`` `Sources/…` ``), exists, so
/// the docs follow the code when files move.
@Suite("Documentation paths")
struct DocumentationPathTests {
    static let roots = ["Sources/", "Tests/", "docs/", "notes/"]

    /// The repository-relative paths named in `text`, read from a file in `folder`.
    static func paths(in text: String, folder: String) -> [String] {
        var found: [String] = []
        // Markdown link targets: ](target) with no scheme and no anchor-only target.
        let link = /\]\(([^)#\s]+)(?:#[^)]*)?\)/
        for match in text.matches(of: link) {
            let target = String(match.1)
            guard !target.contains("://") else { continue }
            found.append(normalised(folder + target))
        }
        // Backquoted paths that start at a top-level folder.
        let quoted = /`((?:Sources|Tests|docs|notes)\/[^`\s]*)`/
        for match in text.matches(of: quoted) { found.append(normalised(String(match.1))) }
        return found
    }

    /// `docs/../Sources/X/` → `Sources/X`.
    static func normalised(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == ".." { if !parts.isEmpty { parts.removeLast() } } else if part != "." {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    @Test func everyNamedPathExists() throws {
        let root = DocumentationSnippetTests.root
        var missing: [String] = []
        var checked = 0
        for file in DocumentationSnippetTests.markdownFiles {
            let text = try String(contentsOf: file, encoding: .utf8)
            let folder = file.deletingLastPathComponent().path == root.path ? "" : "docs/"
            for path in Self.paths(in: text, folder: folder)
            where Self.roots.contains(where: path.hasPrefix) || path == "README.md" {
                // A pattern such as `Tests/<Target>Tests` names no single file.
                guard !path.contains("<"), !path.contains("*"), !path.contains("…") else {
                    continue
                }
                checked += 1
                if !FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) {
                    missing.append("\(file.lastPathComponent): \(path)")
                }
            }
        }
        #expect(checked > 40, "only \(checked) paths found: the extraction is broken")
        #expect(missing.isEmpty, "\(missing.count) missing:\n\(missing.joined(separator: "\n"))")
    }

    @Test func pathsAreReadFromLinksAndBackquotes() {
        let text =
            "[Source](../Sources/A) and `Tests/B/C.swift`, not [web](https://x.org/Sources/D)"
        #expect(Self.paths(in: text, folder: "docs/") == ["Sources/A", "Tests/B/C.swift"])
    }
}
