import Testing
@testable import ClaimChecking

/// Plausible mistakes: each must be refuted with a concrete counterexample
/// whose residual is far above its rounding-error bound.
let falseVariants: [String] = [
    // A missing or extra transpose, a swapped product
    "(A*B)' == A'*B' where A: n x n, B: n x n",
    "(A*B)' == B*A where A: n x n, B: n x n",
    "tr(A*B*C) == tr(A*C*B) where A: n x n, B: n x n, C: n x n",
    "grad(tr(A*X), X) == A where A: n x n, X: n x n",
    "grad(x'*A*x, x) == 2*A*x where A: n x n, x: n",
    "hess(x'*A*x, x) == 2*A where A: n x n, x: n",
    "grad(log(det(X)), X) == inv(X) where X: n x n",
    "inv(A*B) == inv(A)*inv(B) where A: n x n, B: n x n",
    // Swapped Kronecker factors, row- versus column-major vec
    "vec(A*X*B) == kron(A, B')*vec(X) where A: m x n, X: n x p, B: p x q",
    "vec(A*X*B) == kron(B, A)*vec(X) where A: n x n, X: n x n, B: n x n",
    "vec(x*y') == kron(x, y) where x: n, y: n",
    "jac(vec(A*X*B), X) == kron(A, B') where A: n x n, X: n x n, B: n x n",
    "jac(X*X, X) == kron(eye(n), X) + kron(X, eye(n)) where X: n x n",
    "jac(inv(X), X) == -kron(inv(X), inv(X)) where X: n x n",
    "kron(A, B) == kron(B, A) where A: m x n, B: p x q",
    // Sign errors and wrong constants
    "jac(inv(X), X) == kron(inv(X)', inv(X)) where X: n x n",
    "jac(tanh(z), z) == diag(1 + tanh(z) .* tanh(z)) where z: n",
    "let a = sigmoid(z); grad(-(y'*log(a) + (1 - y)'*log(1 - a)), z) == y - a where z: p, y: p",
    "det(c*A) == c*det(A) where A: n x n, c: scalar",
    "grad(det(X), X) == inv(X)' where X: n x n",
    // True only at n = 1 (or for some shapes)
    "A*B == B*A where A: n x n, B: n x n",
    "tr(A*B) == tr(A)*tr(B) where A: n x n, B: n x n",
    "det(A + B) == det(A) + det(B) where A: n x n, B: n x n",
    "x*x' == x'*x*eye(n) where x: n",
    "tr(eye(n)) == 1",
    // Wrong activation derivatives
    "jac(sigmoid(z), z) == diag(sigmoid(z)) where z: n",
    "jac(f(W*a), a) == W*diag(f'(W*a)) where W: n x n, a: n, f: function",
    "hess(sum(f(x)), x) == diag(f'(x)) where x: n, f: function",
    "let a = sigmoid(z); hess(-(y'*log(a) + (1 - y)'*log(1 - a)), z) == diag(a) where z: p, y: p",
    // A 1e-7 relative perturbation
    "tr(A*B) == tr(B*A)*(1 + 1e-7) where A: m x n, B: n x m",
    "jac(sigmoid(z), z) == diag(sigmoid(z) .* (1 - sigmoid(z)))*(1 + 0.0000001) where z: n",
]

@Test(arguments: falseVariants)
func falseVariantIsRefuted(_ text: String) throws {
    let report = try ClaimChecker(.quick).check(text)
    guard case .refuted(let c) = report.verdict else {
        Issue.record("\(text): \(report.verdict)")
        return
    }
    #expect(c.residual > 100 * c.errorBound)
    #expect(c.residual > 0)
    #expect(Swift.abs(c.lhs - c.rhs) == c.residual)
}

@Test func falseOnlyForLargerShapesIsRefutedAtTheSmallestShape() throws {
    let report = try ClaimChecker(.quick).check("A*B == B*A where A: n x n, B: n x n")
    guard case .refuted(let c) = report.verdict else { Issue.record("\(report.verdict)"); return }
    #expect(c.assignment == ["n": 2])
}

@Test func sensitivityToOneInTenMillion() throws {
    let report = try ClaimChecker(.quick).check("x'*x == sum(x .* x)*(1 + 1e-7) where x: n")
    #expect(report.verdict.name == "refuted")
}

@Test func verdictsAreReproducibleFromTheSeed() throws {
    var options = CheckOptions.quick
    options.seed = 42
    let a = try ClaimChecker(options).check("(A*B)' == A'*B' where A: n x n, B: n x n")
    let b = try ClaimChecker(options).check("(A*B)' == A'*B' where A: n x n, B: n x n")
    #expect(a.verdict == b.verdict)
}

@Suite("Counterexamples a student can check by hand")
struct ShrunkCounterexampleTests {
    @Test("the sigmoid cross-entropy Hessian line is refuted at a = (½, ½)")
    func sigmoidHessianAtHalf() throws {
        let report = try ClaimChecker(.quick).check(
            """
                let a = sigmoid(z); hess(-(y'*log(a) + (1-y)'*log(1-a)), z) == diag(a) - a*a' \
                where z: p, y: p
                """
        )
        guard case .refuted(let c) = report.verdict else {
            Issue.record("\(report.verdict)"); return
        }
        let simple = try #require(c.simple)
        #expect(simple.assignment == ["p": 2])
        #expect(simple.point["z"] == [["0"], ["0"]])
        // diag(¼, ¼) against [[¼, −¼], [−¼, ¼]]: an off-diagonal entry, 0 against −¼.
        #expect(simple.row != simple.col)
        #expect(simple.lhs == "0" && simple.rhs == "-0.25")
        #expect(c.residual > 100 * c.errorBound)
    }

    @Test("an exact counterexample uses the simplest entries and exact rationals")
    func exactAndSmall() throws {
        let report = try ClaimChecker(.quick).check("(A*B)' == A'*B' where A: n x n, B: n x n")
        guard case .refuted(let c) = report.verdict else {
            Issue.record("\(report.verdict)"); return
        }
        let simple = try #require(c.simple)
        #expect(simple.exact)
        #expect(simple.assignment == ["n": 2])
        let entries = simple.point.values.flatMap { $0.flatMap { $0 } }
        #expect(
            entries.allSatisfy { ["0", "1", "-1", "1/2", "2", "-2", "-1/2", "3"].contains($0) })
        // Greedy simplification leaves at most the entries the refutation needs non-zero.
        #expect(entries.filter { $0 != "0" }.count <= 2)
        #expect(simple.lhs != simple.rhs)
        #expect(c.description.hasPrefix("at n=2, A = "))
    }

    /// The normal form of `x ./ x` is 1 even at 0, where the claim as written
    /// is undefined: the simple point must not be taken there.
    @Test("an exact counterexample is shown only where both sides are defined")
    func exactPointInsideTheDomain() throws {
        for text in ["x ./ x == x where x: n", "exp(log(x)) == relu(x - 1) where x: n"] {
            let report = try ClaimChecker(.quick).check(text)
            guard case .refuted(let c) = report.verdict else {
                Issue.record("\(text): \(report.verdict)"); continue
            }
            let simple = try #require(c.simple)
            let entries = simple.point.values.flatMap { $0.flatMap { $0 } }
            #expect(!entries.contains("0"), "\(text): \(entries)")
            if text.contains("log") {
                #expect(!entries.contains { $0.hasPrefix("-") }, "\(text): \(entries)")
            }
        }
    }

    @Test("with shrinking off, the random point is shown alone")
    func shrinkingCanBeTurnedOff() throws {
        var options = CheckOptions.quick
        options.shrinkCounterexamples = false
        let report = try ClaimChecker(options).check("(A*B)' == A'*B' where A: n x n, B: n x n")
        guard case .refuted(let c) = report.verdict else {
            Issue.record("\(report.verdict)"); return
        }
        #expect(c.simple == nil)
    }
}
