import Derivations
import Foundation
import ReliabilityKit
import MatrixNumerics

/// `matcheck bench reliability`: the full reliability campaign — generated
/// true claims and one mutant of each, fuzzed input in-process, and a sample
/// of the fuzz inputs as `matcheck check` subprocesses to count real
/// crashes (death by signal) and hangs (killed after the time budget).
///
/// Sizes default to 10,000 claims, 200 attack-style claims, 10,000 fuzz
/// inputs and 300 subprocesses; `MATCHECK_RELIABILITY_CLAIMS`,
/// `MATCHECK_RELIABILITY_ATTACKS`, `MATCHECK_RELIABILITY_FUZZ` and
/// `MATCHECK_RELIABILITY_SUBPROCESSES` override them (`MATCHECK_RELIABILITY_FIRST`
/// starts the claims at another index, `MATCHECK_RELIABILITY_TRACE` prints
/// every input before it is checked). Claims, attacks and fuzz inputs run
/// `--jobs N` at a time (default: every core), merged in input order, so
/// the counts do not depend on N; subprocesses run one at a time. Failures
/// go to stderr.
struct ReliabilityBenchmark: Benchmark {
    let name = "reliability"
    let summary = "generated identities, mutants and fuzzed input: false verdicts, crashes, hangs"

    static func size(_ variable: String, _ fallback: Int) -> Int {
        ProcessInfo.processInfo.environment[variable].flatMap { Int($0) }.map { max(0, $0) }
            ?? fallback
    }

    func run(report: BenchReport) throws {
        let claims = ReliabilityBenchmark.size("MATCHECK_RELIABILITY_CLAIMS", 10_000)
        let fuzz = ReliabilityBenchmark.size("MATCHECK_RELIABILITY_FUZZ", 10_000)
        let subprocesses = ReliabilityBenchmark.size("MATCHECK_RELIABILITY_SUBPROCESSES", 300)
        var campaign = ReliabilityCampaign.quick(seed: 1, timeBudget: 10)
        if ProcessInfo.processInfo.environment["MATCHECK_RELIABILITY_TRACE"] != nil {
            campaign.trace = { FileHandle.standardError.write(Data(("check: " + $0 + "\n").utf8)) }
        }
        var figures = ReliabilityFigures()
        let start = MonotonicClock.seconds()
        var done = ReliabilityBenchmark.size("MATCHECK_RELIABILITY_FIRST", 0)
        while done < claims {
            let next = min(claims, done + 500)
            campaign.runClaims(done..<next, jobs: report.jobs, into: &figures)
            done = next
            progress(
                """
                    claims \(done)/\(claims): true refuted \(figures.trueRefuted), mutants \
                    accepted \(figures.mutantsAccepted), refuted \(figures.mutantsRefuted), \
                    inconclusive \(figures.mutantsInconclusive), equivalent \
                    \(figures.mutantsEquivalent), \(Int(MonotonicClock.seconds() - start)) s
                    """
            )
        }
        let attacks = ReliabilityBenchmark.size("MATCHECK_RELIABILITY_ATTACKS", 200)
        campaign.runAttacks(0..<attacks, jobs: report.jobs, into: &figures)
        progress(
            """
                attacks \(attacks): refuted \(figures.attacksRefuted), inconclusive \
                \(figures.attacksInconclusive), \(Int(MonotonicClock.seconds() - start)) s
                """
        )
        campaign.runFuzz(0..<fuzz, jobs: report.jobs, into: &figures)
        progress(
            """
                fuzz \(fuzz): verdicts \(figures.fuzzVerdicts), claim errors \
                \(figures.fuzzClaimErrors), \(Int(MonotonicClock.seconds() - start)) s
                """
        )
        if subprocesses > 0 && fuzz > 0 {
            let fuzzer = campaign.fuzzer
            let stride = max(1, fuzz / subprocesses)
            for index in Swift.stride(from: 0, to: fuzz, by: stride).prefix(subprocesses) {
                runSubprocess(fuzzer.input(index), budget: campaign.timeBudget, into: &figures)
            }
            progress(
                """
                    subprocesses \(figures.subprocessInputs): crashes \(figures.crashes), hangs \
                    \(figures.hangs)
                    """
            )
        }
        for failure in figures.failures.prefix(40) { progress(failure.description) }
        if !report.json {
            progress(
                """
                    true: proved \(figures.trueProved), holds \(figures.trueHolds), inconclusive \
                    \(figures.trueInconclusive); mutants \(figures.mutants), equivalent \
                    \(figures.mutantsEquivalent) (oracle agreement \(figures.oracleAgreement) over \
                    \(figures.oracleChecks)), refutation rate \(figures.mutantRefutationRate); \
                    slowest check \(figures.slowestSeconds) s
                    """
            )
            progress("mutants undecided (set aside): \(figures.mutantsUndecided)")
            for u in figures.undecided.prefix(10) { progress("  undecided: \(u)") }
            for m in figures.inconclusiveMutants.prefix(10) { progress("  inconclusive: \(m)") }
            for (reason, count) in figures.inconclusiveReasons.sorted(by: { $0.value > $1.value })
                .prefix(10)
            { progress("  inconclusive ×\(count): \(reason)") }
        }
        report.row([
            ("bench", "reliability"), ("claims", .int(figures.claims)),
            ("true_refuted", .int(figures.trueRefuted)),
            ("mutants_accepted", .int(figures.mutantsAccepted)),
            ("mutants_refuted", .int(figures.mutantsRefuted)),
            ("mutants_inconclusive", .int(figures.mutantsInconclusive)),
            ("fuzz_inputs", .int(figures.fuzzInputs)),
            ("crashes", .int(figures.crashes)), ("hangs", .int(figures.hangs)),
            ("oracle_checks", .int(figures.oracleChecks)),
            ("oracle_disagreements", .int(figures.oracleDisagreements)),
            ("oracle_agreement", .double(figures.oracleAgreement)),
            ("attacks", .int(figures.attacks)), ("attacks_refuted", .int(figures.attacksRefuted)),
            ("attacks_accepted", .int(figures.attacksAccepted)),
            ("attacks_inconclusive", .int(figures.attacksInconclusive)),
        ])
    }

    func progress(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Runs `matcheck check <text> --json` as a child process; a death by
    /// signal or an exit status outside 0–3 is a crash, a run over `budget`
    /// seconds is a hang (the child is terminated).
    func runSubprocess(_ text: String, budget: Double, into figures: inout ReliabilityFigures) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["check", text.replacingOccurrences(of: "\u{0}", with: ""), "--json"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        figures.subprocessInputs += 1
        do { try process.run() } catch {
            progress("could not start a subprocess: \(error)")
            return
        }
        let start = MonotonicClock.seconds()
        while process.isRunning && MonotonicClock.seconds() - start < budget { usleep(5_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            figures.hangs += 1
            figures.failures.append(
                ReliabilityFailure(
                    kind: .hang, input: text, detail: "subprocess killed after \(budget) s"))
            return
        }
        process.waitUntilExit()
        let status = process.terminationStatus
        if process.terminationReason == .uncaughtSignal || !(0...3).contains(status) {
            figures.crashes += 1
            figures.failures.append(
                ReliabilityFailure(
                    kind: .crash, input: text,
                    detail: "subprocess "
                        + (process.terminationReason == .uncaughtSignal
                            ? "killed by signal" : "exit status") + " \(status)"))
        }
    }
}
