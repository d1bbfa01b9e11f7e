import Testing
@testable import ClaimChecking

/// True identities from The Matrix Cookbook (eq. numbers from the 2012
/// edition) and the seed notes: each must be proved (exact on every
/// symbolic shape, confirmed numerically).
let trueIdentities: [String] = [
    // Transposes and products
    "(A*B)' == B'*A' where A: m x n, B: n x p",  // Cookbook (4)
    "(A*B*C)' == C'*B'*A' where A: m x n, B: n x p, C: p x q",  // (5)
    "(A + B)' == A' + B' where A: m x n, B: m x n",  // (6)
    "A'' == A where A: m x n",
    "(A*B)*C == A*(B*C) where A: m x n, B: n x p, C: p x q",
    "A*(B + C) == A*B + A*C where A: m x n, B: n x p, C: n x p",
    "x'*y == y'*x where x: n, y: n",
    "sum(x .* y) == x'*y where x: n, y: n",
    "A .* B == B .* A where A: m x n, B: m x n",
    "(A .* B)' == A' .* B' where A: m x n, B: m x n",
    // Traces
    "tr(A*B) == tr(B*A) where A: m x n, B: n x m",  // (16)
    "tr(A*B*C) == tr(C*A*B) where A: m x n, B: n x p, C: p x m",  // (16)
    "tr(A') == tr(A) where A: n x n",  // (13)
    "tr(A + B) == tr(A) + tr(B) where A: n x n, B: n x n",  // (14)
    "tr(x*y') == x'*y where x: n, y: n",
    "tr(A'*B) == sum(A .* B) where A: m x n, B: m x n",
    "tr(eye(n)) == n",
    "sum(diag(A)) == tr(A) where A: n x n",
    "diag(x)*y == x .* y where x: n, y: n",
    // Kronecker and vec
    "vec(A*X*B) == kron(B', A)*vec(X) where A: m x n, X: n x p, B: p x q",  // (520)
    "kron(A, B)' == kron(A', B') where A: m x n, B: p x q",  // (508)
    // (511)
    "kron(A, B)*kron(C, D) == kron(A*C, B*D) where A: m x n, B: p x q, C: n x r, D: q x s",
    "kron(A, B + C) == kron(A, B) + kron(A, C) where A: m x n, B: p x q, C: p x q",  // (505)
    "tr(kron(A, B)) == tr(A)*tr(B) where A: m x m, B: n x n",  // (513)
    "A ⊗ B == kron(A, B) where A: 2 x 1, B: 1 x 2",
    "vec(x*y') == kron(y, x) where x: m, y: n",
    "tr(A'*B) == vec(A)'*vec(B) where A: m x n, B: m x n",  // (521)
    "vec(A*B) == kron(eye(p), A)*vec(B) where A: m x n, B: n x p",
    // Determinants and inverses
    "det(A*B) == det(A)*det(B) where A: n x n, B: n x n",  // (18)
    "det(A') == det(A) where A: n x n",  // (19)
    "det(c*A) == c^n*det(A) where A: n x n, c: scalar",  // (20)
    "inv(A*B) == inv(B)*inv(A) where A: n x n, B: n x n",  // (28)
    "inv(A') == inv(A)' where A: n x n",  // (27)
    "A*inv(A) == eye(n) where A: n x n",
    "det(inv(A)) == 1/det(A) where A: n x n",
    "A^2 == A*A where A: n x n",
    // Derivatives (numerator layout)
    "jac(A*x, x) == A where A: m x n, x: n",
    "grad(x'*A*x, x) == (A + A')*x where A: n x n, x: n",  // (81)
    "hess(x'*A*x, x) == A + A' where A: n x n, x: n",
    "grad(tr(A*X), X) == A' where A: n x m, X: m x n",  // (100)
    "grad(tr(X'*A*X), X) == (A + A')*X where A: m x m, X: m x n",  // (107)
    "grad(det(X), X) == det(X)*inv(X)' where X: n x n",  // (49)
    "grad(log(det(X)), X) == inv(X)' where X: n x n",  // (51)
    "jac(inv(X), X) == -kron(inv(X)', inv(X)) where X: n x n",  // (59) in vec form
    "jac(vec(A*X*B), X) == kron(B', A) where A: m x n, X: n x p, B: p x q",
    "jac(X*X, X) == kron(eye(n), X) + kron(X', eye(n)) where X: n x n",
    // Activations and losses
    "jac(sigmoid(z), z) == diag(sigmoid(z) .* (1 - sigmoid(z))) where z: n",
    "jac(tanh(z), z) == diag(1 - tanh(z) .* tanh(z)) where z: n",
    "jac(softplus(z), z) == diag(sigmoid(z)) where z: n",
    "jac(exp(z), z) == diag(exp(z)) where z: n",
    "jac(relu(z), z) == diag(step(z)) where z: n",
    "grad(sum(log(sigmoid(z))), z) == 1 - sigmoid(z) where z: n",
    "let a = sigmoid(z); grad(-(y'*log(a) + (1 - y)'*log(1 - a)), z) == a - y where z: p, y: p",
    """
        let a = sigmoid(z); hess(-(y'*log(a) + (1 - y)'*log(1 - a)), z) == diag(a .* (1 - a)) \
        where z: p, y: p
        """,
    """
        jac(f(W*a + b), W) == diag(f'(W*a + b))*kron(a', eye(n)) where W: n x m, a: m, b: n, f: \
        function
        """,
    "let z = W*a + b; jac(f(z), a) == diag(f'(z))*W where W: n x m, a: m, b: n, f: function",
    "hess(sum(f(x)), x) == diag(f''(x)) where x: n, f: function",
    """
        let z = W*f(u); hess(sum(g(z)), u) == diag(f'(u))*W'*diag(g''(z))*W*diag(f'(u)) where W: p \
        x n, u: n, f: function, g: function, f'' = 0
        """,
]

@Test(arguments: trueIdentities)
func trueIdentityIsProved(_ text: String) throws {
    let report = try ClaimChecker(.quick).check(text)
    #expect(report.verdict == .proved, "\(text): \(report.verdict)")
    #expect(report.symbolic.contains { $0.outcome == .equal })
}

@Test func derivativesWithRespectToADefinitionHoldOtherSymbolsFixed() throws {
    let checker = ClaimChecker(.quick)
    // ∂C/∂z for z = W a + b, as the notes write δ = ∂C/∂z.
    let proved = try checker.check(
        """
            let z = W*a + b; let C = sum(softplus(z)); grad(C, z) == sigmoid(z) where W: n x m, a: \
            m, b: n
            """
    )
    #expect(proved.verdict == .proved)
    let wrong = try checker.check(
        "let z = W*a + b; grad(sum(softplus(z)), z) == sigmoid(W*a) where W: n x m, a: m, b: n")
    #expect(wrong.verdict.name == "refuted")
    // True only through the definition: z is freed only inside grad(…, z),
    // and is W*a everywhere else, so the exact check proves it.
    let throughDefinition = try checker.check(
        "let z = W*a; grad(sum(exp(z)), z) == exp(W*a) where W: n x m, a: m")
    #expect(throughDefinition.verdict == .proved)
}
