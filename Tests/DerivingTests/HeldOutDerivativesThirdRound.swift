/// A second held-out list (third round of issue 17): Cookbook chapter-2
/// derivatives in neither `matcheck bench derive`'s list nor
/// ``heldOutDerivatives``, written down and committed before their first
/// run (equation numbers of The Matrix Cookbook, 2012 edition).
let heldOutDerivativesThirdRound: [String] = [
    // Determinants (46), (49), (52)
    "grad(log(det(X*X')), X) where X: m x n",
    "grad(det(X^3), X) where X: n x n",
    "grad(det(X'*A*X), X) where X: m x n, A: m x m",
    // Inverses (62)
    "grad(tr(inv(X + A)), X) where X: n x n, A: n x n",
    "jac(inv(X'), X) where X: n x n",
    // Quadratic forms (78), (84)–(86)
    "grad((B*x + b)'*C*(D*x + d), x) where B: m x n, x: n, b: m, C: m x p, D: p x n, d: p",
    "grad((x - A*s)'*W*(x - A*s), x) where x: n, A: n x m, s: m, W: n x n symmetric",
    "grad((x - A*s)'*W*(x - A*s), s) where x: n, A: n x m, s: m, W: n x n symmetric",
    "grad((x - A*s)'*W*(x - A*s), A) where x: n, A: n x m, s: m, W: n x n symmetric",
    "hess((A*x - b)'*W*(A*x - b), x) where A: m x n, x: n, b: m, W: m x m symmetric",
    // Powers (90)–(91)
    "grad(a'*X^3*b, X) where a: n, X: n x n, b: n",
    "grad(a'*(X^2)'*X^2*b, X) where a: n, X: n x n, b: n",
    // Traces (101), (108), (110)–(111), (113)–(114), (117), (120)–(121), (123)–(124)
    "grad(tr(X*A), X) where X: m x n, A: n x m",
    "grad(tr(X^2*B), X) where X: n x n, B: n x n",
    "grad(tr(B*X*X'), X) where B: m x m, X: m x n",
    "grad(tr(X*X'*B), X) where B: m x m, X: m x n",
    "grad(tr(B*X'*X), X) where B: n x n, X: m x n",
    "grad(tr(X'*X*B), X) where B: n x n, X: m x n",
    "grad(tr(B'*X'*C*X*B), X) where B: n x p, X: m x n, C: m x m",
    "grad(tr((A*X*B + C)*(A*X*B + C)'), X) where A: p x m, X: m x n, B: n x q, C: p x q",
    "grad(tr(kron(X, X)), X) where X: n x n",
    "grad(tr(A*X^3), X) where A: n x n, X: n x n",
    "grad(tr(B'*X'*C*X*X'*C*X*B), X) where B: n x p, X: m x n, C: m x m",
    // Traces of inverses (128)–(130)
    "grad(tr(inv(X'*C*X)*A), X) where X: m x n, C: m x m, A: n x n",
    "grad(tr(inv(X'*C*X)*(X'*B*X)), X) where X: m x n, C: m x m, B: m x m",
    "grad(tr(inv(A + X'*C*X)*(X'*B*X)), X) where X: m x n, A: n x n, C: m x m, B: m x m",
    // Norms of a difference (the 2-norm gradient and its Jacobian)
    "grad(norm(x - a), x) where x: n, a: n",
    "jac((x - a)/norm(x - a), x) where x: n, a: n",
]
