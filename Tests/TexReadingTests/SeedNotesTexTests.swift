import ClaimChecking
import Foundation
import Testing

@testable import TexReading

/// `matcheck tex` on the five seed notes, each with its front matter beside it
/// (`notes/front-matter/NNN_….matcheck`): the number of links that reach a verdict
/// (anything but `not parsed` and `error`), and of math lines with `=` that have at least
/// one such link, must not go down.
@Suite struct SeedNotesTexTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "notes/seeds")
    /// The front matter of each seed note, kept out of `notes/seeds/` so that
    /// folder stays byte-identical to the source notes.
    static let frontMatter = seeds.deletingLastPathComponent().appendingPathComponent(
        "front-matter")

    /// Links, links with a verdict, lines with `=` and lines with a verdict, per note, as
    /// measured on 2026-12-07 (seed 1, fourth round: stacks built entry by entry such as
    /// `[a_1 A u; \vdots; a_m A u]`, diagonals written with `\ddots`): 123 of 277 links, 99 of
    /// 182 lines (third round: 121 and 97). (002 has 49 links, not 53: an `=` inside a matrix
    /// written out belongs to its cell.)
    static let floors:
        [(note: String, links: Int, withVerdict: Int, lines: Int, linesWithVerdict: Int)] = [
            ("000_8abc8f1c17198766", 51, 25, 36, 19),
            ("001_6ddf747029886e15", 75, 60, 63, 53),
            ("002_15813224ae0d6bad", 49, 18, 34, 12),
            ("003_88fec9fdaa1fc519", 44, 3, 24, 3),
            ("004_23be57528ec63dc3", 58, 17, 25, 12),
        ]

    @Test(arguments: floors.map(\.note))
    func linksWithAVerdictDoNotGoDown(_ note: String) throws {
        let text = try String(
            contentsOf: Self.seeds.appendingPathComponent(note + ".txt"), encoding: .utf8)
        let front = try String(
            contentsOf: Self.frontMatter.appendingPathComponent(note + ".matcheck"),
            encoding: .utf8)
        var options = CheckOptions()
        options.seed = 1
        options.numericShapes = 1
        options.pointsPerShape = 2
        let report = NoteChecker(options: options).check(markdown: text, frontMatter: front)
        let floor = try #require(Self.floors.first { $0.note == note })
        #expect(report.frontMatterErrors.isEmpty)
        #expect(report.results.count == floor.links)
        let withVerdict = report.results.filter {
            !["not parsed", "error"].contains($0.verdict.name)
        }.count
        #expect(
            withVerdict >= floor.withVerdict,
            "\(note): \(withVerdict) links with a verdict, floor \(floor.withVerdict)")
        let lines = Set(report.results.map(\.line))
        let linesWithVerdict = Set(
            report.results.filter { !["not parsed", "error"].contains($0.verdict.name) }
                .map(\.line))
        #expect(lines.count == floor.lines)
        #expect(
            linesWithVerdict.count >= floor.linesWithVerdict,
            "\(note): \(linesWithVerdict.count) lines, floor \(floor.linesWithVerdict)")
    }
}
