import Testing
@testable import ClaimLanguage
@testable import ClaimChecking

/// True identities the index prover must prove for every shape.
let identitiesForAllShapes: [String] = [
    // Transposes and products
    "(A*B)' == B'*A' where A: m x n, B: n x p",
    "(A')' == A where A: m x n",
    "(A + B)' == A' + B' where A: m x n, B: m x n",
    "(A*B)*C == A*(B*C) where A: m x n, B: n x p, C: p x q",
    "A*(B + C) == A*B + A*C where A: m x n, B: n x p, C: n x p",
    "c*(A + B) == c*A + c*B where A: m x n, B: m x n, c: scalar",
    "(c*A)' == c*A' where A: m x n, c: scalar",
    // Traces, including cyclicity
    "tr(A*B) == tr(B*A) where A: m x n, B: n x m",
    "tr(A*B*C) == tr(C*A*B) where A: m x n, B: n x p, C: p x m",
    "tr(A') == tr(A) where A: n x n",
    "tr(A + B) == tr(A) + tr(B) where A: n x n, B: n x n",
    "tr(eye(n)) == n where A: n x n",
    "x'*A*x == tr(A*x*x') where A: n x n, x: n",
    "tr(A'*B) == vec(A)'*vec(B) where A: m x n, B: m x n",
    "sum(x .* y) == x'*y where x: n, y: n",
    "ones(n, 1)'*x == sum(x) where x: n",
    "ones(n, 1)'*ones(n, 1) == n where x: n",
    "diag(x)*y == x .* y where x: n, y: n",
    "diag(diag(x)) == x where x: n",
    // Kronecker and vec
    "vec(A*X*B) == kron(B', A)*vec(X) where A: m x n, X: n x p, B: p x q",
    "kron(A, B)' == kron(A', B') where A: m x n, B: p x q",
    "kron(A, B)*kron(C, D) == kron(A*C, B*D) where A: m x n, B: p x q, C: n x r, D: q x s",
    "tr(kron(A, B)) == tr(A)*tr(B) where A: m x m, B: n x n",
    "vec(x*y') == kron(y, x) where x: m, y: n",
    "kron(kron(A, B), C) == kron(A, kron(B, C)) where A: m x n, B: p x q, C: r x s",
    "vec(A*B) == kron(eye(p), A)*vec(B) where A: m x n, B: n x p",
    "vec(A*B) == kron(B', eye(m))*vec(A) where A: m x n, B: n x p",
    "kron(A, B)*vec(X) == vec(B*X*A') where A: m x n, B: p x q, X: q x n",
    // Inverses
    "X*inv(X) == eye(n) where X: n x n",
    "inv(X)*X == eye(n) where X: n x n",
    "tr(inv(X)*X) == n where X: n x n",
    "jac(jac(W*a + b, W)', W) == zeros(m*n*n, m*n) where a: m, W: n x m, b: n",
    "ones(m*n, 1)'*ones(n*m, 1) == m*n where A: m x n",
    """
        let zg = g(W*a); hess(sum(l(zg)), W) == jac(jac(zg, W)', W)' * kron(l'(zg), eye(m*n)) + \
        jac(zg, W)' * diag(l''(zg)) * jac(zg, W) where a: m, W: n x m, g: function, l: function
        """,
    "inv(A') == inv(A)' where A: n x n",
    "inv(c*A)' == inv((c*A)') where c: scalar, A: n x n",
    "sigmoid(A*B)' == sigmoid(B'*A') where A: m x n, B: n x p",
    "sigmoid(x*ones(1, n)) == sigmoid(x)*ones(1, n) where x: m",
    "det(A') == det(A) where A: n x n",
    "grad(det(X'), X) == det(X)*inv(X)' where X: n x n",
    // Derivatives: polynomial
    "jac(A*x, x) == A where A: m x n, x: n",
    "grad(x'*A*x, x) == (A + A')*x where A: n x n, x: n",
    "hess(x'*A*x, x) == A + A' where A: n x n, x: n",
    "grad(tr(A*X), X) == A' where A: n x m, X: m x n",
    "jac(vec(A*X*B), X) == kron(B', A) where A: m x n, X: n x p, B: p x q",
    "grad(tr(X'*A*X), X) == (A + A')*X where A: m x m, X: m x n",
    "grad(0.5*sum((A*x - y) .* (A*x - y)), x) == A'*(A*x - y) where A: m x n, x: n, y: m",
    "jac(kron(x, y), x) == kron(eye(m), y) where x: m, y: n",
    // Derivatives: elementwise
    "jac(sigmoid(x), x) == diag(sigmoid(x) .* (1 - sigmoid(x))) where x: n",
    """
        jac(tanh(W*x + b), x) == diag(1 - tanh(W*x + b) .* tanh(W*x + b))*W where W: m x n, x: n, \
        b: m
        """,
    "grad(sum(exp(x)), x) == exp(x) where x: n",
    "jac(relu(x), x) == diag(step(x)) where x: n",
    "jac(f(W*x), x) == diag(f'(W*x))*W where W: m x n, x: n, f: function",
    """
        grad(-sum(y .* log(sigmoid(z)) + (1 - y) .* log(1 - sigmoid(z))), z) == sigmoid(z) - y \
        where y: n, z: n
        """,
    """
        let z = W*x + b; grad(-sum(y .* log(sigmoid(z)) + (1 - y) .* log(1 - sigmoid(z))), b) == \
        sigmoid(z) - y where W: m x n, x: n, b: m, y: m
        """,
    // Derivatives: inv and det
    "grad(det(X), X) == det(X)*inv(X)' where X: n x n",
    "grad(log(det(X)), X) == inv(X)' where X: n x n",
    "jac(vec(inv(X)), X) == -kron(inv(X)', inv(X)) where X: n x n",
    "grad(tr(inv(X)*A), X) == -inv(X)'*A'*inv(X)' where X: n x n, A: n x n",
]

/// False variants (and true claims beyond index algebra): never proved for all shapes.
let claimsNeverProvedForAllShapes: [String] = [
    "(A*B)' == A'*B' where A: n x n, B: n x n",
    "vec(A*X*B) == kron(A, B')*vec(X) where A: n x n, X: n x n, B: n x n",
    "vec(A*X*B) == kron(B, A)*vec(X) where A: n x n, X: n x n, B: n x n",
    "vec(x*y') == kron(x, y) where x: n, y: n",
    "kron(A, B) == kron(B, A) where A: n x n, B: n x n",
    "kron(A, B)' == kron(B', A') where A: n x n, B: n x n",
    "kron(A, B)*kron(C, D) == kron(A*D, B*C) where A: n x n, B: n x n, C: n x n, D: n x n",
    "vec(A*B) == kron(A, eye(n))*vec(B) where A: n x n, B: n x n",
    "tr(A*B*C) == tr(A*C*B) where A: n x n, B: n x n, C: n x n",
    "tr(A)*tr(B) == tr(A*B) where A: n x n, B: n x n",
    "tr(eye(n)) == n*n where A: n x n",
    "ones(n, 1)'*ones(n, 1) == 1 where x: n",
    "diag(a) - a*a' == diag(a .* (1 - a)) where a: n",
    "sum(x .* y) == sum(x)*sum(y) where x: n, y: n",
    "(A + B)*(A - B) == A*A - B*B where A: n x n, B: n x n",
    "(A*B)' == B'*A' + 0.0000001*eye(n) where A: n x n, B: n x n",
    "grad(x'*A*x, x) == 2*A*x where A: n x n, x: n",
    "grad(x'*A*x, x) == A*x where A: n x n, x: n",
    "hess(x'*A*x, x) == 2*A where A: n x n, x: n",
    "jac(A*x, x) == A' where A: n x n, x: n",
    "grad(tr(A*X), X) == A where A: n x n, X: n x n",
    "grad(det(X), X) == det(X)*inv(X) where X: n x n",
    "jac(vec(inv(X)), X) == kron(inv(X)', inv(X)) where X: n x n",
    "jac(vec(inv(X)), X) == -kron(inv(X), inv(X)') where X: n x n",
    "jac(sigmoid(x), x) == diag(sigmoid(x)) where x: n",
    "jac(tanh(x), x) == diag(1 - tanh(x)) where x: n",
    """
        grad(-sum(y .* log(sigmoid(z)) + (1 - y) .* log(1 - sigmoid(z))), z) == y - sigmoid(z) \
        where y: n, z: n
        """,
    "grad(sum(exp(x)), x) == exp(x) .* x where x: n",
    "inv(X)*X*inv(X) == eye(n) where X: n x n",
    "det(2*A) == 2*det(A) where A: n x n",
    "det(A*B) == det(A)*det(B) where A: n x n, B: n x n",
    "inv(A') == inv(A) where A: n x n",
    "vec(X') == eye(m*n)*vec(X) where X: m x n",
    "vec(X') == vec(X) where X: m x n",
    "sigmoid(X') == sigmoid(X) where X: n x n",
    "sigmoid(A*B) == sigmoid(B'*A') where A: n x n, B: n x n",
    "inv(A*B) == inv(A)*inv(B) where A: n x n, B: n x n",
    "kron(A, B) == eye(m*n)*kron(B, A) where A: m x m, B: n x n",
    "det(A') == -det(A) where A: n x n",
    "det(c*A) == c^n*det(A) where A: n x n, c: scalar",
]

@Test("Index prover proves true identities for all shapes", arguments: identitiesForAllShapes)
func indexProverProves(_ text: String) throws {
    let proof = IndexProver.prove(try Claim(parsing: text))
    #expect(proof.provedForAllShapes, "\(text): \(proof)")
}

@Test(
    "Index prover never proves false variants for all shapes",
    arguments: claimsNeverProvedForAllShapes)
func indexProverDeclines(_ text: String) throws {
    let proof = IndexProver.prove(try Claim(parsing: text))
    #expect(!proof.provedForAllShapes, "\(text): \(proof)")
}

@Test func indexProverCountsCoverTheIssue() {
    #expect(identitiesForAllShapes.count >= 30)
    #expect(claimsNeverProvedForAllShapes.count >= 25)
}

@Test func indexProofShowsIndexFormsAndNormalForm() throws {
    let proof = IndexProver.prove(
        try Claim(parsing: "vec(A*X*B) == kron(B', A)*vec(X) where A: m x n, X: n x p, B: p x q"))
    #expect(proof.provedForAllShapes)
    #expect(proof.normalForm.contains("Σ_{a,b}"))
    #expect(proof.normalForm.contains("X[") && proof.normalForm.contains("A[i,"))
    #expect(proof.normalFormLaTeX.contains("\\sum_{a=1}^{n}"))
    #expect(proof.description.contains("proved for all shapes"))
}

@Test func indexProverGivesAReasonWhenDeclining() throws {
    let power = IndexProver.prove(
        try Claim(parsing: "det(c*A) == c^n*det(A) where A: n x n, c: scalar"))
    #expect(!power.provedForAllShapes)
    #expect(power.reason.contains("depends on a dimension"))
    let differs = IndexProver.prove(try Claim(parsing: "(A*B)' == A'*B' where A: n x n, B: n x n"))
    #expect(differs.reason.contains("not a refutation"))
}
