import ClaimChecking
import Foundation
@testable import TexReading
import Testing

/// The README's `matcheck tex` example is the tool's output, verbatim.
@Suite struct ReadmeTexExampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func readmeShowsTheRealOutput() throws {
        let readme = try String(
            contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let command = "$ matcheck tex docs/examples/quadratic-form.md          # exit 1\n"
        let start = try #require(readme.range(of: command))
        let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
        let shown = String(readme[start.upperBound..<end.lowerBound])
        let note = try String(
            contentsOf: Self.root.appendingPathComponent("docs/examples/quadratic-form.md"),
            encoding: .utf8)
        var options = CheckOptions()
        options.seed = 1
        let report = NoteChecker(options: options).check(markdown: note)
        #expect(report.text() == shown)
        #expect(report.exitCode == 1)
        #expect(report.results.map(\.verdict.name) == ["proved", "proved", "refuted", "proved"])
    }
}
