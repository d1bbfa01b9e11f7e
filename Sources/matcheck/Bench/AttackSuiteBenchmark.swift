import ClaimChecking
import ClaimLanguage
import Foundation
import MatrixNumerics

/// `matcheck bench attack-suite`: the hand-written ``AttackSuite`` (true and
/// false claims) at seeds 1…`MATCHECK_ATTACK_SEEDS` (default 1), one claim
/// at a time with the default options. Prints `{"bench":"attack-suite",
/// "claims":…,"seeds":…,"runs":…,"false_verdicts":…,"decided":…,
/// "decided_fraction":…,"true_inconclusive":…,"false_inconclusive":…,
/// "errors":…,"max_seconds":…,"peak_rss_mb":…}`. A false verdict is a true
/// claim refuted or a false one proved or holding; every false verdict,
/// inconclusive run and parse/shape error is listed on standard error.
struct AttackSuiteBenchmark: Benchmark {
    let name = "attack-suite"
    let summary = "hand-written attack claims (issue 16): false verdicts, % decided, time, memory"

    func run(report: BenchReport) throws {
        let seeds =
            ProcessInfo.processInfo.environment["MATCHECK_ATTACK_SEEDS"].flatMap { Int($0) } ?? 1
        var falseVerdicts = 0, decided = 0, trueInconclusive = 0, falseInconclusive = 0
        var errors = 0, runs = 0
        var maxSeconds = 0.0
        var slowest = ""
        for seed in 1...Swift.max(1, seeds) {
            var options = CheckOptions()
            options.seed = UInt64(seed)
            let checker = ClaimChecker(options)
            for (holds, text) in AttackSuite.claims {
                runs += 1
                let claim: ResolvedClaim
                do {
                    claim = try Claim(parsing: text).resolve()
                } catch {
                    errors += 1
                    progress("error: \(text)\n  \(error)")
                    continue
                }
                let r = checker.check(claim)
                if r.seconds > maxSeconds { (maxSeconds, slowest) = (r.seconds, text) }
                switch (holds, r.verdict) {
                case (true, .proved), (true, .holdsNumerically), (false, .refuted):
                    decided += 1
                case (true, .refuted), (false, .proved), (false, .holdsNumerically):
                    falseVerdicts += 1
                    progress("FALSE VERDICT (seed \(seed)): \(text)\n  \(r.verdict)")
                case (true, .inconclusive):
                    trueInconclusive += 1
                    progress("inconclusive, true (seed \(seed)): \(text)\n  \(r.verdict)")
                case (false, .inconclusive):
                    falseInconclusive += 1
                    progress("inconclusive, false (seed \(seed)): \(text)\n  \(r.verdict)")
                }
            }
        }
        progress("slowest: \(maxSeconds) s: \(slowest)")
        let peak = Double(peakResidentBytes() ?? 0) / 1_048_576
        report.row([
            ("bench", "attack-suite"), ("claims", .int(AttackSuite.claims.count)),
            ("seeds", .int(seeds)), ("runs", .int(runs)),
            ("false_verdicts", .int(falseVerdicts)), ("decided", .int(decided)),
            ("decided_fraction", .double(runs == 0 ? 0 : Double(decided) / Double(runs))),
            ("true_inconclusive", .int(trueInconclusive)),
            ("false_inconclusive", .int(falseInconclusive)), ("errors", .int(errors)),
            ("max_seconds", .double(maxSeconds)), ("peak_rss_mb", .double(peak)),
        ])
    }

    func progress(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
