#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ClaimChecking
import ClaimLanguage
import Deriving

/// `matcheck bench derive`: derives and certifies a fixed list of
/// Cookbook-style derivatives (chapter 2 of The Matrix Cookbook, 2012
/// edition, equation numbers in comments, and the seed notes' losses).
/// Each certified result is also compared with Richardson finite
/// differences of the input (plain variables). One JSON row per
/// derivative, then a summary row:
/// `{"bench":"derive","derivatives":N,"certified":C,"no_matrix_form":M,
///   "wrong_checker":0,"wrong_fd":0,"fd_checked":F,"median_seconds":…,"max_seconds":…,
///   "median_cpu_seconds":…,"max_cpu_seconds":…}` (`seconds` is wall clock,
///   `cpu_seconds` the process's CPU time for the derivation and certification).
struct DeriveBenchmark: Benchmark {
    let name = "derive"
    let summary =
        "derive and certify \(DeriveBenchmark.derivatives.count) Cookbook-style derivatives;"
        + " target < 100 ms each"

    static let derivatives: [String] = [
        // Linear and quadratic forms (69)–(81), (88)–(89)
        "grad(a'*x, x) where a: n, x: n",
        "grad(x'*x, x) where x: n",
        "grad(x'*A*x, x) where x: n, A: n x n",
        "hess(x'*A*x, x) where x: n, A: n x n",
        "jac(A*x, x) where A: m x n, x: n",
        "grad((A*x - b)'*(A*x - b), x) where A: m x n, x: n, b: m",
        "hess((A*x - b)'*(A*x - b), x) where A: m x n, x: n, b: m",
        "grad(norm(A*x - b)^2, x) where A: m x n, x: n, b: m",
        "grad(norm(x), x) where x: n",
        // Bilinear forms in a matrix (70)–(72)
        "grad(a'*X*b, X) where a: m, X: m x n, b: n",
        "grad(a'*X'*b, X) where a: n, X: m x n, b: m",
        "grad(a'*X*a, X) where a: n, X: n x n",
        "grad(b'*X'*X*c, X) where X: m x n, b: n, c: n",
        // Traces (99)–(117)
        "grad(tr(X), X) where X: n x n",
        "grad(tr(A*X), X) where A: n x m, X: m x n",
        "grad(tr(X'*A), X) where A: m x n, X: m x n",
        "grad(tr(A*X*B), X) where A: p x m, X: m x n, B: n x p",
        "grad(tr(A*X'*B), X) where A: p x n, X: m x n, B: m x p",
        "grad(tr(X'*X), X) where X: m x n",
        "grad(tr(X*X), X) where X: n x n",
        "grad(tr(X^3), X) where X: n x n",
        "grad(tr(X^k), X) where X: n x n, k: integer",
        "grad(tr(X'*A*X), X) where X: m x n, A: m x m",
        "grad(tr(X*A*X'), X) where X: m x n, A: n x n",
        "grad(tr(A*X*B*X), X) where A: n x n, X: n x n, B: n x n",
        "grad(tr(inv(X)), X) where X: n x n",
        "grad(tr(A*inv(X)*B), X) where A: n x n, X: n x n, B: n x n",
        "grad(norm(X)^2, X) where X: m x n",
        "grad(tr(kron(A, X)), X) where A: m x m, X: n x n",
        // Determinants (42)–(55)
        "grad(det(X), X) where X: n x n",
        "grad(log(det(X)), X) where X: n x n",
        "grad(det(A*X*B), X) where A: n x n, X: n x n, B: n x n",
        "grad(log(det(X'*X)), X) where X: m x n",
        "grad(log(det(X'*A*X)), X) where X: m x n, A: m x m",
        "grad(det(inv(X)), X) where X: n x n",
        "grad(tr(adj(X)), X) where X: n x n",
        // Symbolic integer exponents (49), (106)–(107), (90)
        "grad(det(X^k), X) where X: n x n, k: integer",
        "grad(log(det(X^k)), X) where X: n x n, k: integer",
        "grad(tr(inv(X)^k), X) where X: n x n, k: integer",
        "grad(det(inv(X)^k), X) where X: n x n, k: integer",
        "grad(log(det(inv(X)^k)), X) where X: n x n, k: integer",
        "grad(det(X)^k, X) where X: n x n, k: integer",
        "grad(k*log(det(X)), X) where X: n x n, k: integer",
        "grad(tr(X^(2*k)), X) where X: n x n, k: integer",
        "grad(tr(X^k)*tr(X), X) where X: n x n, k: integer",
        "grad(tr(k*X^2), X) where X: n x n, k: integer",
        "grad(tr(A*X^k), X) where A: n x n, X: n x n, k: integer",
        "grad(a'*X^k*b, X) where a: n, X: n x n, b: n, k: integer",
        // Inverses and vec forms (59)–(61), (520)
        "jac(inv(X), X) where X: n x n",
        "grad(a'*inv(X)*b, X) where a: n, X: n x n, b: n",
        "jac(A*X*B, X) where A: m x n, X: n x p, B: p x q",
        "jac(X', X) where X: m x n",
        "jac(X*X, X) where X: n x n",
        "hess(log(det(X)), X) where X: n x n",
        "hess(tr(X'*A*X), X) where X: m x n, A: m x m",
        // Elementwise functions and losses
        "grad(sum(exp(x)), x) where x: n",
        "grad(sum(log(x)), x) where x: n",
        "jac(sigmoid(x), x) where x: n",
        "jac(tanh(W*x + b), x) where W: m x n, x: n, b: m",
        "grad(sum(softplus(W*x)), W) where W: m x n, x: n",
        "grad(sum(abs(x)), x) where x: n",
        "grad(sum(sqrt(x)), x) where x: n",
        "grad(sum(sin(x) .^ 2), x) where x: n",
        "let a = sigmoid(W*x + b); grad(-(y'*log(a) + (1-y)'*log(1-a)), b) where W: n x m",
        "let a = sigmoid(W*x + b); hess(-(y'*log(a) + (1-y)'*log(1-a)), b) where W: n x m",
        // Reparametrisations and symmetric matrices (138)–(141)
        "grad(tr(A*X), X') where A: n x m, X: m x n",
        "jac(A*X*B, vec(X)) where A: m x n, X: n x p, B: p x q",
        "grad(log(det(S)), S) where S: n x n symmetric",
        "grad_entries(log(det(S)), S) where S: n x n symmetric",
        "grad(tr(A*S), S) where A: n x n, S: n x n symmetric",
    ]

    func run(report: BenchReport) throws {
        let deriver = Deriver()
        var times: [Double] = []
        var certified = 0
        var noMatrixForm = 0
        var wrongChecker = 0
        var wrongFD = 0
        var fdChecked = 0
        var cpuTimes: [Double] = []
        for input in DeriveBenchmark.derivatives {
            let cpuStart = DeriveBenchmark.processCPUSeconds()
            let result = try deriver.derive(input)
            let cpu = DeriveBenchmark.processCPUSeconds() - cpuStart
            times.append(result.seconds)
            cpuTimes.append(cpu)
            var row: [(String, JSONValue)] = [("bench", "derive"), ("input", .string(input))]
            // Every symbol's inferred shape, for peers that need them all declared.
            let resolved = try Claim(parsingExpression: input).resolve()
            row.append(
                (
                    "shapes",
                    .object(
                        resolved.symbols.map {
                            ($0, .string(resolved.shapeDescription(of: $0) ?? ""))
                        })
                ))
            if let text = result.resultText {
                certified += 1
                row.append(("result", .string(text)))
                row.append(("verdict", .string(result.verdict?.name ?? "")))
                row.append(("scope", .string(result.scope?.description ?? "numeric")))
                if let fd = try FiniteDifferenceCheck.check(result) {
                    fdChecked += 1
                    if !fd.passed { wrongFD += 1 }
                    row.append(("fd_max_difference", .double(fd.maximumDifference)))
                    row.append(("fd_passed", .bool(fd.passed)))
                }
            } else {
                if result.certificationClaim != nil { wrongChecker += 1 } else { noMatrixForm += 1 }
                row.append(("reason", .string(result.reason ?? "")))
            }
            row.append(("seconds", .double(result.seconds)))
            row.append(("cpu_seconds", .double(cpu)))
            report.row(row)
        }
        let sorted = times.sorted()
        let sortedCPU = cpuTimes.sorted()
        report.row([
            ("bench", "derive"), ("derivatives", .int(DeriveBenchmark.derivatives.count)),
            ("certified", .int(certified)), ("no_matrix_form", .int(noMatrixForm)),
            ("wrong_checker", .int(wrongChecker)), ("wrong_fd", .int(wrongFD)),
            ("fd_checked", .int(fdChecked)),
            ("median_seconds", .double(sorted[sorted.count / 2])),
            ("max_seconds", .double(sorted.last ?? 0)),
            ("median_cpu_seconds", .double(sortedCPU[sortedCPU.count / 2])),
            ("max_cpu_seconds", .double(sortedCPU.last ?? 0)),
        ])
    }

    /// CPU seconds of the whole process (`CLOCK_PROCESS_CPUTIME_ID`, all
    /// threads): unlike the wall clock, not inflated when other work shares
    /// the machine's cores.
    static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}
