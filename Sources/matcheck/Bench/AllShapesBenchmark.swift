import Derivations

/// `matcheck bench all-shapes`: the index-notation prover over a fixed set of
/// 20 claims (transposes, traces, Kronecker/vec rules, derivatives through
/// elementwise, `inv` and `det` atoms, one claim beyond index algebra).
///
/// Row: `{"bench":"all-shapes","claims":C,"proved_all_shapes":K,"seconds":S}`,
/// `S` the median over 5 runs of proving the whole set (after a warm-up run).
/// Target: under 10 ms per claim in release. ``row(for:)`` measures any
/// list, so the `claims` benchmark can report the same row over its own set.
struct AllShapesBenchmark: Benchmark {
    let name = "all-shapes"
    let summary = "index-notation proofs for all shapes over 20 claims (target < 10 ms per claim)"

    static let claims = [
        "(A*B)' == B'*A' where A: m x n, B: n x p",
        "tr(A*B) == tr(B*A) where A: m x n, B: n x m",
        "tr(A*B*C) == tr(C*A*B) where A: m x n, B: n x p, C: p x m",
        "x'*A*x == tr(A*x*x') where A: n x n, x: n",
        "vec(A*X*B) == kron(B', A)*vec(X) where A: m x n, X: n x p, B: p x q",
        "kron(A, B)*kron(C, D) == kron(A*C, B*D) where A: m x n, B: p x q, C: n x r, D: q x s",
        "kron(A, B)' == kron(A', B') where A: m x n, B: p x q",
        "tr(kron(A, B)) == tr(A)*tr(B) where A: m x m, B: n x n",
        "vec(x*y') == kron(y, x) where x: m, y: n",
        "diag(x)*y == x .* y where x: n, y: n",
        "jac(A*x, x) == A where A: m x n, x: n",
        "grad(x'*A*x, x) == (A + A')*x where A: n x n, x: n",
        "hess(x'*A*x, x) == A + A' where A: n x n, x: n",
        "jac(vec(A*X*B), X) == kron(B', A) where A: m x n, X: n x p, B: p x q",
        "jac(tanh(W*x + b), x) == diag(1 - tanh(W*x + b) .* tanh(W*x + b))*W where W: m x n, x: n, b: m",
        "grad(-sum(y .* log(sigmoid(z)) + (1 - y) .* log(1 - sigmoid(z))), z) == sigmoid(z) - y where y: n, z: n",
        "grad(det(X), X) == det(X)*inv(X)' where X: n x n",
        "jac(vec(inv(X)), X) == -kron(inv(X)', inv(X)) where X: n x n",
        "diag(a) - a*a' == diag(a .* (1 - a)) where a: n",
        "det(A*B) == det(A)*det(B) where A: n x n, B: n x n",
    ]

    func run(report: BenchReport) throws {
        report.row(try AllShapesBenchmark.row(for: AllShapesBenchmark.claims))
    }

    /// The `all-shapes` row for `texts`.
    static func row(for texts: [String]) throws -> [(String, JSONValue)] {
        let claims = try texts.map { try Claim(parsing: $0).resolve() }
        var proved = 0
        let seconds = medianSeconds(runs: 5) {
            proved = claims.filter { IndexProver.prove($0).provedForAllShapes }.count
        }
        return [("bench", .string("all-shapes")), ("claims", .int(claims.count)),
                ("proved_all_shapes", .int(proved)), ("seconds", .double(seconds))]
    }
}
