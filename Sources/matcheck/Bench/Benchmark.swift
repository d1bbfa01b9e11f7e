#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MatrixNumerics

/// One named benchmark of `matcheck bench <name>`.
protocol Benchmark: Sendable {
    /// The name on the command line (`numerics`, `symbolic`, …).
    var name: String { get }
    /// One line for `matcheck bench --help`.
    var summary: String { get }
    /// Runs the benchmark, emitting rows through `report`.
    func run(report: BenchReport) throws
}

/// Where benchmark rows go: JSON lines (`--json`) or an aligned text table.
struct BenchReport {
    let json: Bool
    /// `--jobs N`: how many checks a parallel benchmark runs at a time
    /// (default: every core).
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// `--minimum-points N`: the fewest false-alarm points a `gradcheck-zoo`
    /// row runs, whatever its share of the time budget.
    var minimumPoints = 10
    /// `--minimum-seeds N`: the fewest sensitivity seeds a `gradcheck-zoo`
    /// row runs (default: none beyond the row's own floor of 1–3).
    var minimumSeeds = 0
    /// `--sensitivity-only`: a `gradcheck-zoo` row skips its false-alarm
    /// points (recorded by a separate run) and measures only sensitivity.
    var sensitivityOnly = false
    func row(_ pairs: [(String, JSONValue)]) {
        if json {
            printJSON(pairs)
        } else {
            print(pairs.map { "\($0.0)=\($0.1)" }.joined(separator: "  "))
        }
        // Every row reaches a pipe or file at once (fflush(nil): every output
        // stream): a run cut short keeps its rows.
        fflush(nil)
    }
}

/// Peak resident set size of this process in bytes (Linux `VmHWM`), or `nil`.
func peakResidentBytes() -> Int? {
    guard let file = fopen("/proc/self/status", "r") else { return nil }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, 256, file) != nil {
        let text = String(
            decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if text.hasPrefix("VmHWM:") {
            let digits = text.split(separator: " ").compactMap { Int($0) }
            if let kb = digits.first { return kb * 1024 }
        }
    }
    return nil
}

/// The median of `runs` timings of `body` after one warm-up call.
func medianSeconds(runs: Int, _ body: () throws -> Void) rethrows -> Double {
    try body()
    var times: [Double] = []
    for _ in 0..<max(1, runs) {
        let start = MonotonicClock.seconds()
        try body()
        times.append(MonotonicClock.seconds() - start)
    }
    times.sort()
    return times[times.count / 2]
}
