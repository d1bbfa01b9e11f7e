/// `matcheck bench numerics`: the numerics foundation's rows — GEMM throughput
/// (`{"bench":"gemm",…}`) followed by derivative accuracy
/// (`{"bench":"derivative-accuracy",…}`).
struct NumericsBenchmark: Benchmark {
    let name = "numerics"
    let summary =
        "gemm GFLOP/s (n = 64…1024) and derivative accuracy of every differentiation method"

    func run(report: BenchReport) throws {
        try GemmBenchmark().run(report: report)
        try DerivativeAccuracyBenchmark().run(report: report)
    }
}
