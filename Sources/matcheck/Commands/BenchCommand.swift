/// `matcheck bench <name> [--json]`: measured benchmarks (run with `-c release`).
struct BenchCommand: Command {
    /// Every benchmark, in the order `matcheck bench all` runs them.
    static let benchmarks: [Benchmark] = [
        NumericsBenchmark(),
        GemmBenchmark(),
        DerivativeAccuracyBenchmark(),
        SymbolicBenchmark(),
        NetworkBenchmark(),
        ClaimsBenchmark(),
        CookbookBenchmark(),
        AttackSuiteBenchmark(),
        AllShapesBenchmark(),
        GradcheckBenchmark(),
        GradcheckZooBenchmark(),
        ReliabilityBenchmark(),
        DeriveBenchmark(),
    ]

    let name = "bench"
    let summary =
        """
            run a benchmark (numerics, symbolic, claims, gradcheck, network, reliability, derive); \
            use -c release
            """
    var usage: String {
        "usage: matcheck bench <name>|all [--json] [--jobs N] [--minimum-points N]"
            + " [--minimum-seeds N] [--sensitivity-only]\n\n"
            + "--jobs N: checks at a time in the reliability campaign (default: every core)\n"
            + "--minimum-points N: gradcheck-zoo runs at least N false-alarm points per row"
            + " (default 10)\n"
            + "--minimum-seeds N: gradcheck-zoo runs at least N sensitivity seeds per row\n"
            + "  (both options run past the 120 s budget when needed)\n"
            + "--sensitivity-only: gradcheck-zoo skips the false-alarm points (points 0)\n\n"
            + "benchmarks:\n"
            + BenchCommand.benchmarks.map { "  \($0.name): \($0.summary)" }.joined(separator: "\n")
    }

    func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(
            arguments, flags: ["--json", "--sensitivity-only"],
            valueOptions: ["--jobs", "--minimum-points", "--minimum-seeds"])
        guard let which = args.positional.first else { throw UsageError("name a benchmark") }
        let selected =
            which == "all"
            ? BenchCommand.benchmarks : BenchCommand.benchmarks.filter { $0.name == which }
        guard !selected.isEmpty else { throw UsageError("unknown benchmark '\(which)'") }
        var report = BenchReport(json: args.flag("--json"))
        report.jobs = try args.int("--jobs", default: report.jobs)
        report.minimumPoints = try args.int("--minimum-points", default: report.minimumPoints)
        guard (1...100_000).contains(report.minimumPoints) else {
            throw UsageError(
                "option '--minimum-points' expects 1…100000, got \(report.minimumPoints)")
        }
        report.sensitivityOnly = args.flag("--sensitivity-only")
        report.minimumSeeds = try args.int("--minimum-seeds", default: report.minimumSeeds)
        guard (0...10_000).contains(report.minimumSeeds) else {
            throw UsageError(
                "option '--minimum-seeds' expects 0…10000, got \(report.minimumSeeds)")
        }
        guard report.jobs >= 1 else {
            throw UsageError("option '--jobs' expects a positive integer, got \(report.jobs)")
        }
        for bench in selected { try bench.run(report: report) }
        return 0
    }
}
