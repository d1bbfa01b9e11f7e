import Foundation
import Derivations
import MatrixNumerics

/// `matcheck verify [name] [--json [--steps]]`: proof-checks the catalogue of seed notes
/// (or one derivation), its steps in parallel, then prints one line per derivation and a
/// summary.
struct VerifyCommand: Command {
    let name = "verify"
    let summary = "verify every derivation of the seed notes (the default), or one by name"
    let usage = """
        usage: matcheck [verify] [<derivation>] [--json [--steps]] [--verbose] [--jobs N]

        Checks every step of every derivation in the catalogue (see `matcheck list`):
        true steps must be proved, errata must be refuted as written and proved as
        corrected. Exit status 0 when every step is as expected, 1 otherwise.
          --json      one JSON object per derivation, then the summary object
          --steps     with --json: after the derivations, one object per step (seed, lines,
                      verbatim quote, kind, status, erratum, claim, corrected) and per line
                      range that is not a claim, then one coverage object per seed
          --verbose   one line per step with its status and time
          --jobs N    checks N steps at a time (default: every core); output stays in order
        """

    func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(
            arguments, flags: ["--json", "--verbose", "--steps"],
            valueOptions: ["--jobs"])
        let verbose = args.flag("--verbose")
        let json = args.flag("--json")
        let steps = args.flag("--steps")
        if steps && !json { throw UsageError("--steps needs --json") }
        let jobs = try args.int("--jobs", default: ProcessInfo.processInfo.activeProcessorCount)
        guard jobs >= 1 else {
            throw UsageError("option '--jobs' expects a positive integer, got \(jobs)")
        }
        var derivations = Catalogue.derivations
        if let wanted = args.positional.first {
            guard let d = Catalogue.derivation(named: wanted) else {
                throw UsageError("no derivation named '\(wanted)' (see `matcheck list`)")
            }
            derivations = [d]
        }
        let verifier = DerivationVerifier(checker: CatalogueChecker())
        var results: [DerivationResult] = []
        let start = MonotonicClock.seconds()
        if !json { print("Verifying \(derivations.count) derivation(s) of the seed notes…") }
        // Steps are checked in parallel; derivations are printed in order.
        for r in verifier.verifyAll(derivations, jobs: jobs, clock: MonotonicClock.seconds) {
            let d = r.derivation
            results.append(r)
            if json {
                printJSON([
                    ("derivation", .string(d.id)), ("seed", .string(d.seed)),
                    ("steps", .int(r.steps.count)),
                    ("proved", .int(r.proved)), ("proved_all_shapes", .int(r.provedAllShapes)),
                    ("numeric", .int(r.numeric)), ("errata", .int(r.errata)),
                    ("unexpected", .int(r.unexpected)),
                    (
                        "problems",
                        .array(
                            r.steps.compactMap { s in
                                s.problem.map { .string("\(s.step.title): \($0)") }
                            })
                    ),
                    ("seconds", .double(r.seconds)),
                ])
            } else {
                let mark = r.unexpected == 0 ? "ok  " : "FAIL"
                print(
                    """
                        \(mark) \(d.id): \(r.steps.count) steps, \(r.proved) proved, \(r.numeric) \
                        numeric, \(r.errata) errata, \(r.unexpected) unexpected \
                        (\(formatSeconds(r.seconds)))
                        """
                )
                for s in r.steps where verbose {
                    print(
                        """
                                   \(s.status.rawValue.padding(10)) \
                            \(formatSeconds(s.seconds).padding(9)) \(s.step.title)
                            """
                    )
                }
                for s in r.steps where s.status == .unexpected {
                    print("       ✗ \(s.step.title): \(s.problem ?? "")")
                }
            }
        }
        let total = (
            steps: results.reduce(0) { $0 + $1.steps.count },
            proved: results.reduce(0) { $0 + $1.proved },
            all: results.reduce(0) { $0 + $1.provedAllShapes },
            numeric: results.reduce(0) { $0 + $1.numeric },
            errata: results.reduce(0) { $0 + $1.errata },
            unexpected: results.reduce(0) { $0 + $1.unexpected }
        )
        let seconds = MonotonicClock.seconds() - start
        if steps {
            for r in results { printStepRecords(r) }
            if args.positional.isEmpty { printUnclaimedAndCoverage() }
        }
        if json {
            printJSON([
                ("derivations", .int(results.count)), ("steps", .int(total.steps)),
                ("proved", .int(total.proved)),
                ("proved_all_shapes", .int(total.all)), ("numeric", .int(total.numeric)),
                ("errata", .int(total.errata)), ("unexpected", .int(total.unexpected)),
                ("seconds", .double(seconds)),
            ])
        } else {
            print("")
            print(
                """
                    | derivations | steps | proved | proved, all shapes | numeric only | errata \
                    confirmed | unexpected |
                    """
            )
            print("|---|---|---|---|---|---|---|")
            print(
                """
                    | \(results.count) | \(total.steps) | \(total.proved) | \(total.all) | \
                    \(total.numeric) | \(total.errata) | \(total.unexpected) |
                    """
            )
            print("")
            print(
                total.unexpected == 0
                    ? "All steps as expected (\(formatSeconds(seconds))). Errata: notes/ERRATA.md."
                    : "\(total.unexpected) unexpected result(s).")
        }
        return total.unexpected == 0 ? 0 : 1
    }
}

/// `[first, last]` of a line range.
func lines(_ range: ClosedRange<Int>) -> JSONValue {
    .array([.int(range.lowerBound), .int(range.upperBound)])
}

/// One `{"record":"step", …}` object per step of a verified derivation.
func printStepRecords(_ result: DerivationResult) {
    for r in result.steps {
        let quote = r.step.quote
        printJSON([
            ("record", .string("step")), ("derivation", .string(result.derivation.id)),
            ("step", .string(r.step.title)), ("seed", .string(result.derivation.seed)),
            ("lines", quote.map { lines($0.lines) } ?? .null),
            ("verbatim", quote.map { .string($0.verbatim) } ?? .null),
            ("kind", .string(r.step.kind.rawValue)), ("status", .string(r.reportedStatus)),
            ("erratum", .bool(r.step.isErratum)), ("claim", .string(r.claimText)),
            ("corrected", r.correctedText.map { .string($0) } ?? .null),
            ("latex_reads_as_claim", .bool(latexReadsAsClaim(r.step, in: result.derivation))),
        ])
    }
}

/// The lines listed as not a claim (`"status":"not a claim"`), then one
/// `{"record":"coverage", …}` object per seed note.
func printUnclaimedAndCoverage() {
    for note in Catalogue.notes {
        for entry in note.unclaimed {
            printJSON([
                ("record", .string("step")), ("derivation", .null),
                ("step", .string(entry.explanation)),
                ("seed", .string(note.seed)),
                ("lines", lines(entry.lines)),
                ("verbatim", .null), ("kind", .string(entry.reason.rawValue)),
                ("status", .string("not a claim")), ("erratum", .bool(false)), ("claim", .null),
                ("corrected", .null),
            ])
        }
    }
    for note in Catalogue.notes {
        guard let text = SeedFiles.text(of: note.seed) else {
            printJSON([
                ("record", .string("coverage")), ("seed", .string(note.seed)),
                ("math_lines", .null), ("accounted", .null),
            ])
            continue
        }
        let coverage = SeedCoverage(note: note, text: text)
        printJSON([
            ("record", .string("coverage")), ("seed", .string(note.seed)),
            ("math_lines", .int(coverage.mathLines.count)),
            ("accounted", .int(coverage.accounted.count)),
        ])
    }
}

/// Seconds with three significant decimals, for progress lines.
func formatSeconds(_ s: Double) -> String {
    let ms = (s * 1000).rounded()
    return ms < 1000 ? "\(Int(ms)) ms" : "\(Double(Int(ms)) / 1000) s"
}

extension String {
    /// Left-aligned in a field of `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
