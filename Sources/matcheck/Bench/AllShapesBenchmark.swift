import Derivations
import ClaimLanguage
import ClaimChecking

/// `matcheck bench all-shapes`: the index-notation prover over the 20 claims
/// of the `claims` benchmark (which prints the same row after its own).
///
/// Row: `{"bench":"all-shapes","claims":C,"proved_all_shapes":K,"seconds":S}`,
/// `S` the median over 5 runs of proving the whole set (after a warm-up run).
/// Target: under 10 ms per claim in release. ``row(for:)`` measures any
/// list, so the `claims` benchmark can report the same row over its own set.
struct AllShapesBenchmark: Benchmark {
    let name = "all-shapes"
    let summary =
        """
            index-notation proofs for all shapes over the claims benchmark's 20 claims (target < \
            10 ms per claim)
            """

    func run(report: BenchReport) throws {
        report.row(try AllShapesBenchmark.row(for: ClaimsBenchmark.claims))
    }

    /// The `all-shapes` row for `texts`.
    static func row(for texts: [String]) throws -> [(String, JSONValue)] {
        let claims = try texts.map { try Claim(parsing: $0).resolve() }
        var proved = 0
        let seconds = medianSeconds(runs: 5) {
            proved = claims.filter { IndexProver.prove($0).provedForAllShapes }.count
        }
        return [
            ("bench", .string("all-shapes")), ("claims", .int(claims.count)),
            ("proved_all_shapes", .int(proved)), ("seconds", .double(seconds)),
        ]
    }
}
