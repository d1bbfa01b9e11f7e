/// The report on a note: one result per link, in file order.
public struct NoteReport: Sendable {
    /// Every link's result.
    public let results: [LinkResult]
    /// Front-matter lines that could not be read: (line, message).
    public let frontMatterErrors: [(line: Int, message: String)]
    /// Math left open: (line, message).
    public let unclosed: [(line: Int, message: String)]
    /// Names declared by the prose, with their shapes, in order.
    public let declared: [(line: Int, name: String, shape: String)]

    /// The number of links with each verdict name.
    public var counts: [String: Int] {
        var c: [String: Int] = [:]
        for r in results { c[r.verdict.name, default: 0] += 1 }
        return c
    }

    /// Links that were parsed (every verdict but `not parsed`).
    public var parsedCount: Int { results.count - (counts["not parsed"] ?? 0) }

    /// The exit status, as `check --file`: the worst of 2 (not parsed,
    /// error, unreadable front matter), 1 (refuted), 3 (inconclusive), 0.
    public var exitCode: Int32 {
        let severity: [Int32: Int] = [0: 0, 3: 1, 1: 2, 2: 3]
        var worst: Int32 = frontMatterErrors.isEmpty && unclosed.isEmpty ? 0 : 2
        for r in results
        where severity[r.verdict.exitCode, default: 3] > severity[worst, default: 0] {
            worst = r.verdict.exitCode
        }
        return worst
    }
}
