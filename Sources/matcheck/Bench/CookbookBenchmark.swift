import ClaimChecking
import ClaimLanguage
import Foundation
import MatrixNumerics

/// `matcheck bench cookbook`: the Matrix Cookbook chapter-2 suite
/// (``CookbookChapter2``, all true) at seeds 1…8 (`MATCHECK_COOKBOOK_SEEDS`
/// changes the count), one claim at a time with the default options.
/// Prints `{"bench":"cookbook","claims":…,"seeds":8,"runs":…,"proved":…,
/// "holds":…,"refuted":…,"inconclusive":…,"max_seconds":…,"over_2s":…}`;
/// every refuted (a false verdict: the claims are true) and inconclusive run
/// is listed on standard error.
struct CookbookBenchmark: Benchmark {
    let name = "cookbook"
    let summary =
        """
            Matrix Cookbook chapter 2 (true claims) at 8 seeds: no false verdict, no inconclusive, \
            each < 2 s
            """

    func run(report: BenchReport) throws {
        let seeds =
            ProcessInfo.processInfo.environment["MATCHECK_COOKBOOK_SEEDS"].flatMap { Int($0) } ?? 8
        let claims = try CookbookChapter2.claims.map { try Claim(parsing: $0).resolve() }
        var counts: [String: Int] = [:]
        var maxSeconds = 0.0
        var slowest = ""
        var over = 0
        for seed in 1...Swift.max(1, seeds) {
            var options = CheckOptions()
            options.seed = UInt64(seed)
            let checker = ClaimChecker(options)
            for claim in claims {
                let r = checker.check(claim)
                counts[r.verdict.name, default: 0] += 1
                if r.seconds > maxSeconds {
                    (maxSeconds, slowest) = (r.seconds, claim.claim.source)
                }
                if r.seconds > 2 {
                    over += 1
                    FileHandle.standardError.write(
                        Data(
                            "seed \(seed): over 2 s (\(r.seconds) s): \(claim.claim.source)\n".utf8)
                    )
                }
                switch r.verdict {
                case .refuted, .inconclusive:
                    FileHandle.standardError.write(
                        Data("seed \(seed): \(claim.claim.source)\n  \(r.verdict)\n".utf8))
                default: break
                }
            }
        }
        FileHandle.standardError.write(Data("slowest: \(maxSeconds) s: \(slowest)\n".utf8))
        report.row([
            ("bench", "cookbook"), ("claims", .int(claims.count)), ("seeds", .int(seeds)),
            ("runs", .int(claims.count * seeds)),
            ("proved", .int(counts["proved"] ?? 0)), ("holds", .int(counts["holds"] ?? 0)),
            ("refuted", .int(counts["refuted"] ?? 0)),
            ("inconclusive", .int(counts["inconclusive"] ?? 0)),
            ("max_seconds", .double(maxSeconds)), ("over_2s", .int(over)),
        ])
    }
}
