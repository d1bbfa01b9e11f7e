import Derivations
import MatrixNumerics
import SymbolicAlgebra

/// `matcheck bench symbolic`: exact expand-and-compare on fully symbolic
/// matrices, the same work as `shared/bench/sympy_symbolic.py` does in SymPy.
///
/// Rows: `symbolic-vec-kron` (build `vec(AXB)` and `(Bᵀ⊗A) vec X` for N×N
/// `A`, `X`, `B`, decide equality), N = 2…5; `symbolic-det` (build
/// `det(AB)` and `det A · det B`, decide equality), N = 2…4. Each row carries
/// the median seconds, whether the identity was decided equal, and the
/// process's peak resident memory so far.
struct SymbolicBenchmark: Benchmark {
    let name = "symbolic"
    let summary = "vec(AXB) = (Bᵀ⊗A)vec X (N = 2…5) and det(AB) = det A det B (N = 2…4), exact"

    struct IdentityFailed: Error, CustomStringConvertible {
        let bench: String
        let n: Int
        var description: String { "\(bench) at n = \(n): the identity was not decided equal" }
    }

    func run(report: BenchReport) throws {
        for n in 2...5 {
            let A = try Matrix<Symbolic>.symbols(named: "a", rows: n, cols: n)
            let X = try Matrix<Symbolic>.symbols(named: "x", rows: n, cols: n)
            let B = try Matrix<Symbolic>.symbols(named: "b", rows: n, cols: n)
            var equal = false
            let seconds = try medianSeconds(runs: n <= 3 ? 21 : 7) {
                let lhs = try (A * X * B).vec
                let rhs = try B.transposed.kroneckerProduct(A) * X.vec
                equal = lhs.isExactlyEqual(to: rhs)
            }
            guard equal else { throw IdentityFailed(bench: "symbolic-vec-kron", n: n) }
            emit(report, "symbolic-vec-kron", n, seconds)
        }
        for n in 2...4 {
            let A = try Matrix<Symbolic>.symbols(named: "a", rows: n, cols: n)
            let B = try Matrix<Symbolic>.symbols(named: "b", rows: n, cols: n)
            var equal = false
            let seconds = try medianSeconds(runs: n <= 3 ? 11 : 3) {
                let lhs = try (A * B).determinant()
                let rhs = try A.determinant() * B.determinant()
                equal = lhs == rhs
            }
            guard equal else { throw IdentityFailed(bench: "symbolic-det", n: n) }
            emit(report, "symbolic-det", n, seconds)
        }
    }

    private func emit(_ report: BenchReport, _ bench: String, _ n: Int, _ seconds: Double) {
        report.row([
            ("bench", .string(bench)), ("n", .int(n)), ("seconds", .double(seconds)),
            ("equal", .bool(true)),
            ("peak_rss_bytes", peakResidentBytes().map { .int($0) } ?? .null),
        ])
    }
}
