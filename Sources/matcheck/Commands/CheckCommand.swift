import Derivations
import Foundation
import Synchronization
import ClaimLanguage
import ClaimChecking
import MatrixNumerics

/// `matcheck check '<claim>' [--seed N] [--json] [--file claims.txt] [--jobs N]`:
/// proves, verifies numerically or refutes a claim.
///
/// Exit status: 0 proved or holds numerically, 1 refuted, 2 a parse, shape
/// or usage error, 3 inconclusive. With `--file`, the worst over all claims
/// (2 over 1 over 3 over 0).
struct CheckCommand: Command {
    let name = "check"
    let summary = "prove, verify or refute a matrix-calculus claim (see docs/claim-language.md)"
    let usage = """
        usage: matcheck check '<claim>' [--seed N] [--json] [--proof]
               matcheck check --file claims.txt [--seed N] [--json] [--proof] [--jobs N]
               matcheck check [options] -- '<claim starting with ->'

        A claim compares two expressions with '==', e.g.
          matcheck check "vec(A*X*B) == kron(B', A) * vec(X) where A: m x n, X: n x p, B: p x q"
        --proof prints the index-notation proof (both sides' index forms and the normal form,
                plain and LaTeX)
        --jobs N checks N claims at a time (default: every core); output stays in input order
        exit status: 0 proved or holds, 1 refuted, 2 parse/shape/usage error, 3 inconclusive
        """

    func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(
            arguments, flags: ["--json", "--proof"], valueOptions: ["--seed", "--file", "--jobs"])
        var options = CheckOptions()
        options.seed = try args.seed(default: 1)
        let json = args.flag("--json")
        let showProof = args.flag("--proof")
        let jobs = try args.int("--jobs", default: ProcessInfo.processInfo.activeProcessorCount)
        guard jobs >= 1 else {
            throw UsageError("option '--jobs' expects a positive integer, got \(jobs)")
        }
        var claims: [String] = []
        if let file = args.value("--file") {
            var text =
                FileManager.default.contents(atPath: file).map {
                    String(decoding: $0, as: UTF8.self)
                } ?? ""
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }  // a byte-order mark
            claims = text.split(whereSeparator: \.isNewline).map(String.init)
                .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("#") }
            // Unreadable, empty or only comments: one message, one exit status.
            guard !claims.isEmpty else {
                throw UsageError("no claims read from '\(file)' (missing, unreadable or empty)")
            }
            claims += args.positional
        } else {
            guard args.positional.count == 1 else {
                throw UsageError(
                    args.positional.isEmpty
                        ? "give a claim in quotes"
                        : "give one claim in quotes (found \(args.positional.count) arguments)")
            }
            claims = args.positional
        }
        // Check in parallel, print in input order.
        let outcomes = CheckCommand.checkAll(claims, options: options, jobs: jobs)
        var worst: Int32 = 0
        let severity: [Int32: Int] = [0: 0, 3: 1, 1: 2, 2: 3]
        for (index, (text, outcome)) in zip(claims, outcomes).enumerated() {
            if !json && claims.count > 1 && index > 0 { print("") }
            let code = emit(text, outcome, json: json, showProof: showProof)
            if severity[code, default: 3] > severity[worst, default: 0] { worst = code }
        }
        return worst
    }

    /// A claim's report, or the error that stopped it.
    enum Outcome: Sendable {
        case report(CheckReport, ResolvedClaim)
        case failure(Error & Sendable)
    }

    /// Checks every claim, `jobs` at a time; the outcomes in input order.
    static func checkAll(_ claims: [String], options: CheckOptions, jobs: Int) -> [Outcome] {
        let results = Mutex<[Outcome?]>(Array(repeating: nil, count: claims.count))
        let workers = Swift.min(jobs, claims.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: claims.count, by: workers) {
                let outcome = check(claims[index], options: options)
                results.withLock { $0[index] = outcome }
            }
        }
        return results.withLock { $0 }.map { $0 ?? .failure(UsageError("not checked")) }
    }

    static func check(_ text: String, options: CheckOptions) -> Outcome {
        do {
            let claim = try Claim(parsing: text).resolve()
            return .report(ClaimChecker(options).check(claim), claim)
        } catch let error as ClaimError {
            return .failure(error)
        } catch {
            return .failure(UsageError("\(error)"))
        }
    }

    /// Prints one outcome; returns its exit status.
    func emit(_ text: String, _ outcome: Outcome, json: Bool, showProof: Bool) -> Int32 {
        switch outcome {
        case .report(let report, let claim):
            let proof = CheckCommand.indexProof(claim, report: report, requested: showProof)
            if json {
                printJSON(CheckCommand.json(report, proof: proof, showProof: showProof))
            } else {
                print(CheckCommand.table(report, proof: proof, showProof: showProof))
            }
            return report.verdict.exitCode
        case .failure(let error as ClaimError):
            if json {
                var e: [(String, JSONValue)] = [
                    ("kind", .string(error.kind.rawValue)), ("message", .string(error.message)),
                ]
                if let r = error.range { e.append(("column", .int(r.start + 1))) }
                printJSON([
                    ("claim", .string(text)), ("verdict", "error"), ("error", .object(e)),
                    ("exit", 2),
                ])
            } else {
                printError(error.description)
            }
            return 2
        case .failure(let error):
            if json {
                printJSON([
                    ("claim", .string(text)), ("verdict", "error"),
                    ("error", .object([("message", .string("\(error)"))])), ("exit", 2),
                ])
            } else {
                printError("\(error)")
            }
            return 2
        }
    }

    static func shape(_ a: [String: Int]) -> JSONValue {
        .object(a.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })
    }

    /// `counterexample` and, when shrunk, `simple_counterexample` (also used by `matcheck tex`).
    static func counterexampleJSON(_ c: Counterexample) -> [(String, JSONValue)] {
        var counterexample: [(String, JSONValue)] = [
            ("shape", shape(c.assignment)), ("seed", .string(String(c.seed))),
            ("entry", .array([.int(c.row + 1), .int(c.col + 1)])),
            ("lhs", .double(c.lhs)), ("rhs", .double(c.rhs)),
            ("residual", .double(c.residual)), ("error_bound", .double(c.errorBound)),
        ]
        if let certificate = c.certificate {
            counterexample.append(("certificate", .string(certificate)))
        }
        var pairs: [(String, JSONValue)] = [("counterexample", .object(counterexample))]
        if let simple = c.simple {
            pairs.append(
                (
                    "simple_counterexample",
                    .object([
                        ("shape", shape(simple.assignment)),
                        (
                            "point",
                            .object(
                                simple.point.keys.sorted().map { name in
                                    (
                                        name,
                                        .array(
                                            (simple.point[name] ?? []).map {
                                                .array($0.map { .string($0) })
                                            })
                                    )
                                })
                        ),
                        ("entry", .array([.int(simple.row + 1), .int(simple.col + 1)])),
                        ("lhs", .string(simple.lhs)), ("rhs", .string(simple.rhs)),
                        ("exact", .bool(simple.exact)),
                    ])
                ))
        }
        return pairs
    }

    static func json(_ report: CheckReport) -> [(String, JSONValue)] {
        var pairs: [(String, JSONValue)] = [
            ("claim", .string(report.source)), ("verdict", .string(report.verdict.name)),
        ]
        switch report.verdict {
        case .holdsNumerically(let reason), .inconclusive(let reason):
            pairs.append(("reason", .string(reason)))
        case .refuted(let c):
            pairs += counterexampleJSON(c)
        case .proved: break
        }
        pairs.append(
            (
                "symbolic",
                .array(
                    report.symbolic.map {
                        .object([
                            ("shape", shape($0.assignment)), ("result", .string($0.outcome.name)),
                            ("seconds", .double($0.seconds)),
                        ])
                    })
            ))
        pairs.append(
            (
                "numeric",
                .array(
                    report.numeric.map { n in
                        var o: [(String, JSONValue)] = [
                            ("shape", shape(n.assignment)), ("points", .int(n.points)),
                            ("resampled", .int(n.resampled)),
                            ("max_relative_error", .double(n.maxRelativeError)),
                            ("method", .string(n.method)),
                        ]
                        if let fd = n.finiteDifferenceRatio { o.append(("fd_ratio", .double(fd))) }
                        o.append(("seeds", .array(n.seeds.map { .string(String($0)) })))
                        return .object(o)
                    })
            ))
        pairs.append(("notes", .array(report.notes.map { .string($0) })))
        pairs.append(("seed", .string(String(report.seed))))
        pairs.append(("exit", .int(Int(report.verdict.exitCode))))
        pairs.append(("seconds", .double(report.seconds)))
        return pairs
    }

    static func table(_ report: CheckReport) -> String {
        var rows: [[String]] = [["shape", "symbolic", "numeric max rel. error", "method"]]
        for s in report.symbolic {
            rows.append([ShapeAssignment.describe(s.assignment), s.outcome.name, "", "exact"])
        }
        for n in report.numeric {
            let error =
                n.points == 0
                ? "undefined"
                : NumberFormat.scientific(n.maxRelativeError, fractionDigits: 2)
                    + " (\(n.points) pts)"
            rows.append([ShapeAssignment.describe(n.assignment), "", error, n.method])
        }
        let widths = (0..<4).map { c in rows.map { $0[c].count }.max() ?? 0 }
        var lines = ["claim: \(report.source)"]
        for row in rows {
            lines.append(
                "  "
                    + row.enumerated().map { c, cell in
                        cell + String(repeating: " ", count: widths[c] - cell.count)
                    }
                    .joined(separator: "  ").trimmingCharacters(in: .whitespaces))
        }
        let seeds = report.numeric.flatMap(\.seeds)
        if let first = seeds.first {
            lines.append(
                """
                      points: \(seeds.count) from base seed \(report.seed) (first point seed \
                    \(first); all seeds with --json)
                    """
            )
        }
        for note in report.notes { lines.append("  note: \(note)") }
        lines.append("verdict: \(report.verdict) (seed \(report.seed))")
        return lines.joined(separator: "\n")
    }
}
