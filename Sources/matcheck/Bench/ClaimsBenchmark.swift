import Derivations
import ClaimLanguage
import ClaimChecking
import MatrixNumerics

/// `matcheck bench claims`: a fixed set of 20 claims (true and false, with
/// and without derivative operators) checked with the default options.
/// Prints `{"bench":"claims","claims":20,"seconds":S}` plus the verdict counts.
struct ClaimsBenchmark: Benchmark {
    let name = "claims"
    let summary = "check 20 fixed claims (symbolic shapes up to 3, numeric up to 8); target < 2 s"

    static let claims: [String] = [
        "(A*B)' == B'*A' where A: m x n, B: n x p",
        "tr(A*B*C) == tr(C*A*B) where A: m x n, B: n x p, C: p x m",
        "vec(A*X*B) == kron(B', A)*vec(X) where A: m x n, X: n x p, B: p x q",
        "kron(A, B)*kron(C, D) == kron(A*C, B*D) where A: m x n, B: p x q, C: n x r, D: q x s",
        "det(A*B) == det(A)*det(B) where A: n x n, B: n x n",
        "det(c*A) == c^n*det(A) where A: n x n, c: scalar",
        "inv(A') == inv(A)' where A: n x n",
        "grad(x'*A*x, x) == (A + A')*x where A: n x n, x: n",
        "hess(x'*A*x, x) == A + A' where A: n x n, x: n",
        "grad(log(det(X)), X) == inv(X)' where X: n x n",
        "jac(vec(A*X*B), X) == kron(B', A) where A: m x n, X: n x p, B: p x q",
        "jac(sigmoid(z), z) == diag(sigmoid(z) .* (1 - sigmoid(z))) where z: n",
        "let a = sigmoid(z); grad(-(y'*log(a) + (1 - y)'*log(1 - a)), z) == a - y where z: p, y: p",
        """
            let a = sigmoid(z); hess(-(y'*log(a) + (1 - y)'*log(1 - a)), z) == diag(a .* (1 - a)) \
            where z: p, y: p
            """,
        """
            let z = W*a + b; jac(f(z), W) == diag(f'(z))*kron(a', eye(n)) where W: n x m, a: m, b: \
            n, f: function
            """,
        "(A*B)' == A'*B' where A: n x n, B: n x n",
        "vec(A*X*B) == kron(A, B')*vec(X) where A: m x n, X: n x p, B: p x q",
        "A*B == B*A where A: n x n, B: n x n",
        "grad(log(det(X)), X) == inv(X) where X: n x n",
        "tr(A*B) == tr(B*A)*(1 + 1e-7) where A: m x n, B: n x m",
    ]

    func run(report: BenchReport) throws {
        let checker = ClaimChecker()
        let parsed = try ClaimsBenchmark.claims.map { try Claim(parsing: $0).resolve() }
        var counts: [String: Int] = [:]
        var symbolicSeconds = 0.0
        let start = MonotonicClock.seconds()
        for claim in parsed {
            let r = checker.check(claim)
            counts[r.verdict.name, default: 0] += 1
            symbolicSeconds += r.symbolic.map(\.seconds).reduce(0, +)
        }
        let seconds = MonotonicClock.seconds() - start
        report.row([
            ("bench", "claims"), ("claims", .int(parsed.count)), ("seconds", .double(seconds)),
            ("symbolic_seconds", .double(symbolicSeconds)),
            ("proved", .int(counts["proved"] ?? 0)), ("holds", .int(counts["holds"] ?? 0)),
            ("refuted", .int(counts["refuted"] ?? 0)),
            ("inconclusive", .int(counts["inconclusive"] ?? 0)),
        ])
        report.row(try AllShapesBenchmark.row(for: ClaimsBenchmark.claims))
    }
}
