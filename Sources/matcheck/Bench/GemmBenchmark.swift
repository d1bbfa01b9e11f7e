#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MatrixNumerics

/// `matcheck bench gemm`: `Matrix<Double>` products `A·B` of `n × n` matrices,
/// one thread, called through the generic `*` from this module — so what is
/// measured includes the cross-module specialisation of `Matrix.*` down to
/// the `Double` kernel.
///
/// Rows: `{"bench":"gemm","n":N,"gflops":G,"cpu_gflops":C,"kernel":K}` for
/// N in 64…1024, `gflops = 2N³ / seconds / 10⁹`, timed as the best of five batches of
/// `max(3, 2·10⁸ / 2N³)` products (the same protocol as the numpy peer,
/// `shared/bench/numpy_gemm.py`).
struct GemmBenchmark: Benchmark {
    let name = "gemm"
    let summary =
        "Matrix<Double> product GFLOP/s for n = 64…1024, one thread (peer: numpy/OpenBLAS)"

    static let sizes = [64, 128, 256, 512, 1024]

    func run(report: BenchReport) throws {
        for n in GemmBenchmark.sizes {
            let a = try GemmBenchmark.testMatrix(n, seed: 1)
            let b = try GemmBenchmark.testMatrix(n, seed: 2)
            let flops = 2.0 * Double(n) * Double(n) * Double(n)
            let repetitions = max(3, Int(2e8 / flops))
            var checksum = 0.0
            checksum += try (a * b)[0, 0]
            var best = Double.infinity, bestCPU = Double.infinity
            for _ in 0..<5 {
                let start = MonotonicClock.seconds(), startCPU = MonotonicClock.threadCPUSeconds()
                for _ in 0..<repetitions { checksum += try (a * b)[n - 1, n - 1] }
                best = min(best, (MonotonicClock.seconds() - start) / Double(repetitions))
                bestCPU = min(
                    bestCPU, (MonotonicClock.threadCPUSeconds() - startCPU) / Double(repetitions))
            }
            guard checksum.isFinite else { throw Failure("gemm: non-finite product at n = \(n)") }
            report.row([
                ("bench", .string("gemm")), ("n", .int(n)),
                ("gflops", .double((flops / best / 1e9 * 100).rounded() / 100)),
                ("cpu_gflops", .double((flops / bestCPU / 1e9 * 100).rounded() / 100)),
                ("kernel", .string(DoubleKernels.productKernelName)),
            ])
        }
    }

    /// A reproducible `n × n` matrix with entries uniform in [−0.5, 0.5).
    static func testMatrix(_ n: Int, seed: UInt64) throws -> Matrix<Double> {
        var generator = Xoshiro256StarStar(seed: seed)
        return try Matrix.random(
            rows: n, cols: n, distribution: .uniform(lower: -0.5, upper: 0.5), using: &generator)
    }

    /// The benchmark's own sanity check failed.
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
