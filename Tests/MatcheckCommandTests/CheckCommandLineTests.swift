import Foundation
import Testing

/// The built `matcheck` run as a subprocess: what a user types, what the
/// command line answers (exit status, output).
@Suite struct CheckCommandLineTests {
    /// Exit status, standard output and standard error of one run.
    struct Run {
        let status: Int32
        let output: String
        let error: String
    }

    /// The `matcheck` executable built beside this test bundle.
    static var executable: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("matcheck")
    }

    func matcheck(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = CheckCommandLineTests.executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let error = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            error: String(decoding: error, as: UTF8.self))
    }

    func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("matcheck-cli-\(UUID().uuidString).txt").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func executableIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: CheckCommandLineTests.executable.path))
    }

    @Test func claimBeginningWithMinusAfterDoubleDash() throws {
        let run = try matcheck(["check", "--", "-x == -1*x where x: n"])
        #expect(run.status == 0)
        #expect(run.output.contains("verdict: proved"))
        // `--x` (a double negation) would be an unknown option without `--` …
        let without = try matcheck(["check", "--x == x where x: n"])
        #expect(without.status == 2)
        #expect(without.error.contains("unknown option"))
        // … and is a claim after it, checked, true or false.
        #expect(try matcheck(["check", "--", "--x == x where x: n"]).status == 0)
        let wrong = try matcheck(["check", "--json", "--", "--x == -x where x: n"])
        #expect(wrong.status == 1)
        #expect(wrong.output.contains("\"verdict\":\"refuted\""))
    }

    @Test func byteOrderMarkInFileIsSkipped() throws {
        let claim = Array("x + x == 2*x where x: n\n".utf8)
        let path = try temporaryFile([0xEF, 0xBB, 0xBF] + claim)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try matcheck(["check", "--file", path])
        #expect(run.status == 0)
        #expect(run.output.contains("claim: x + x == 2*x where x: n"))
        #expect(!run.output.contains("\u{FEFF}"))
    }

    @Test func emptyAndUnreadableFilesAreReportedTheSameWay() throws {
        let empty = try temporaryFile([])
        let comments = try temporaryFile(Array("# only a comment\n\n".utf8))
        defer {
            try? FileManager.default.removeItem(atPath: empty)
            try? FileManager.default.removeItem(atPath: comments)
        }
        let missing = empty + ".missing"
        let directory = FileManager.default.temporaryDirectory.path  // not a readable file
        var messages: Set<String> = []
        for path in [empty, comments, missing, directory] {
            let run = try matcheck(["check", "--file", path])
            #expect(run.status == 2, "\(path)")
            #expect(run.output.isEmpty)
            let first = run.error.split(separator: "\n").first.map(String.init) ?? ""
            #expect(first.contains("'\(path)'"))
            messages.insert(first.replacingOccurrences(of: path, with: "FILE"))
        }
        let expected = "matcheck check: no claims read from 'FILE' (missing, unreadable or empty)"
        #expect(messages == [expected])
    }

    @Test func declaringABuiltInAsAFunctionIsAnError() throws {
        let run = try matcheck(["check", "exp(x) == exp(x) where x: n, exp: function"])
        #expect(run.status == 2)
        #expect(run.error.contains("'exp' is a built-in function"))
        let json = try matcheck(["check", "--json", "tanh(x) == x where x: n, tanh: function"])
        #expect(json.status == 2)
        #expect(json.output.contains("\"verdict\":\"error\""))
        // A fresh name is fine.
        #expect(try matcheck(["check", "f(x) == f(x) where x: n, f: function"]).status == 0)
    }

    @Test func powerIsRightAssociative() throws {
        // c^2^3 = c^(2^3) = c^8, not (c^2)^3 = c^6.
        #expect(try matcheck(["check", "c^2^3 == c^8 where c: scalar"]).status == 0)
        #expect(try matcheck(["check", "c^2^3 == c^(2^3) where c: scalar"]).status == 0)
        #expect(try matcheck(["check", "c^2^3 == (c^2)^3 where c: scalar"]).status == 1)
        #expect(try matcheck(["check", "2^3^2 == 512 where c: scalar"]).status == 0)
    }

    /// A bench option out of range is a usage error (exit 2), before any benchmark runs.
    @Test func benchRejectsAMinimumOfZeroPoints() throws {
        let run = try matcheck(["bench", "gradcheck-zoo", "--json", "--minimum-points", "0"])
        #expect(run.status == 2)
        #expect(run.error.contains("--minimum-points"), "\(run.error)")
        #expect(run.output.isEmpty)
        let seeds = try matcheck(["bench", "gradcheck-zoo", "--minimum-seeds", "-1"])
        #expect(seeds.status == 2)
        #expect(seeds.error.contains("--minimum-seeds"), "\(seeds.error)")
    }

    /// `bench gradcheck-zoo --sensitivity-only` skips the false-alarm points
    /// (`points` 0, `false_alarms` null) and still measures sensitivity;
    /// `GRADCHECK_ZOO_MODES` keeps only the named modes.
    @Test func benchZooSensitivityOnlySkipsTheFalseAlarmPoints() throws {
        let run = try matcheck(
            ["bench", "gradcheck-zoo", "--json", "--sensitivity-only", "--minimum-seeds", "3"],
            environment: [
                "GRADCHECK_ZOO_MODELS": "ill-conditioned-quadratic", "GRADCHECK_ZOO_MODES": "fast",
            ])
        #expect(run.status == 0, "\(run.error)")
        let rows = run.output.split(separator: "\n")
        #expect(rows.count == 2, "\(run.output)")  // fast mode, Float64 and Float32
        for row in rows {
            #expect(row.contains("\"mode\":\"fast\""), "\(row)")
            #expect(row.contains("\"points\":0,\"false_alarms\":null"), "\(row)")
            #expect(!row.contains("\"smallest_detected_direction\":null"), "\(row)")
        }
    }

    /// `tex --front-matter F` reads the named file (the seed notes keep theirs in
    /// `notes/front-matter/`); a file that cannot be read is a usage error.
    @Test func texReadsTheNamedFrontMatter() throws {
        let note = try temporaryFile(Array("$$f = W x$$\n".utf8))
        let front = try temporaryFile(Array("where W: n x m, x: m\n".utf8))
        let declared = try matcheck(["tex", note, "--front-matter", front, "--json"])
        #expect(declared.status == 0, "\(declared.output)\(declared.error)")
        let missing = try matcheck(["tex", note, "--front-matter", front + ".absent"])
        #expect(missing.status == 2)
        #expect(missing.error.contains("front matter"), "\(missing.error)")
    }
}
