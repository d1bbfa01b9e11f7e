/// A third held-out list (fourth round of issue 17): Cookbook chapter-2
/// derivatives in none of `matcheck bench derive`'s list,
/// ``heldOutDerivatives`` and ``heldOutDerivativesThirdRound``, with
/// symbolic integer exponents and symmetric variables among them, written
/// down and committed before their first run (equation numbers of The Matrix
/// Cookbook, 2012 edition, where it has one).
let heldOutDerivativesFourthRound: [String] = [
    // Determinants (41)–(43), (49), (51)–(53)
    "grad(det(A*X), X) where A: n x n, X: n x n",
    "grad(log(det(X*A*X')), X) where X: m x n, A: n x n",
    "grad(det(X)^2, X) where X: n x n",
    "grad(log(abs(det(X^k))), X) where X: n x n, k: integer",
    "grad(log(det(inv(X')^k)), X) where X: n x n, k: integer",
    "grad(det(X'^k), X) where X: n x n, k: integer",
    // Traces of powers with a symbolic exponent (106)
    "grad(tr(X^(k+1)), X) where X: n x n, k: integer",
    "grad(tr(X'^k), X) where X: n x n, k: integer",
    "grad(tr(X^k)^2, X) where X: n x n, k: integer",
    "grad(tr(X^k + X), X) where X: n x n, k: integer",
    // Symmetric matrices (138)–(141) and the Gaussian log-likelihood
    "grad(det(S), S) where S: n x n symmetric",
    "grad(tr(A*S*B), S) where A: m x n, S: n x n symmetric, B: n x m",
    "grad(x'*S*x, x) where x: n, S: n x n symmetric",
    "grad(a'*S*b, S) where a: n, S: n x n symmetric, b: n",
    "grad(tr(S*S), S) where S: n x n symmetric",
    "grad(log(det(S)) - tr(inv(S)*A), S) where S: n x n symmetric, A: n x n symmetric",
    "grad_entries(det(S), S) where S: n x n symmetric",
    // Traces (112), (115), (117), (123)–(124)
    "grad(tr((X*X')^2), X) where X: m x n",
    "grad(tr(X'*X*X'*X), X) where X: m x n",
    "grad(tr(A*inv(X'*X)), X) where X: m x n, A: n x n",
    "grad(tr(inv(X)*A*inv(X)*B), X) where X: n x n, A: n x n, B: n x n",
    "grad(norm(X - A)^2, X) where X: m x n, A: m x n",
    // Linear and quadratic forms (69)–(81)
    "grad((A*x + b)'*(A*x + b), A) where A: m x n, x: n, b: m",
    "grad(log(1 + x'*x), x) where x: n",
    "grad(sqrt(x'*A*x), x) where x: n, A: n x n symmetric",
    // Jacobians and Hessians in vec/Kronecker form (520)
    "jac(X*a, X) where X: m x n, a: n",
    "jac(X'*a, X) where X: m x n, a: m",
    "jac(inv(X)*a, X) where X: n x n, a: n",
    "hess(tr(X*A*X'), X) where X: m x n, A: n x n",
    "hess(a'*X'*X*a, X) where X: m x n, a: n",
]
