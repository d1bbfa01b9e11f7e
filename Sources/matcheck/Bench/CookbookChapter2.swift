/// True identities of The Matrix Cookbook's chapter 2 ("Derivatives",
/// eq. numbers of the 2012 edition in comments), in the claim language and
/// numerator layout (`grad` has the shape of its variable; `jac` is
/// `∂vec F/∂(vec X)ᵀ`). Written for `matcheck bench cookbook`.
enum CookbookChapter2 {
    static let claims: [String] = [
        // 2.1 Basic: differentials written as Jacobians
        "jac(A*X, X) == kron(eye(n), A) where A: m x p, X: p x n",
        "jac(X*B, X) == kron(B', eye(m)) where X: m x p, B: p x n",
        "jac(A*X*B, X) == kron(B', A) where A: m x p, X: p x q, B: q x n",
        "jac(X + Y, X) == eye(m*n) where X: m x n, Y: m x n",  // (34)
        "jac(X', X) == jac(X', X)' where X: n x n",
        "jac(c*X, X) == c*eye(m*n) where X: m x n, c: scalar",
        "jac(X .* Y, X) == diag(vec(Y)) where X: m x n, Y: m x n",  // (38)
        "jac(X .* X, X) == 2*diag(vec(X)) where X: m x n",
        // (39), homogeneous
        "jac(kron(X, Y), X)*vec(X) == vec(kron(X, Y)) where X: m x n, Y: p x q",
        "jac(inv(X), X) == -kron(inv(X)', inv(X)) where X: n x n",  // (40)
        "jac(X*X, X) == kron(eye(n), X) + kron(X', eye(n)) where X: n x n",
        "jac(X'*X, X) == kron(eye(n), X')*jac(X, X) + kron(X', eye(n))*jac(X', X) where X: m x n",
        "jac(tr(X), X) == vec(eye(n))' where X: n x n",  // (41)
        "jac(det(X), X) == det(X)*vec(inv(X)')' where X: n x n",  // (42)
        "jac(log(det(X)), X) == vec(inv(X)')' where X: n x n",  // (43)
        "jac(vec(X), X) == eye(m*n) where X: m x n",
        "jac(x .* y, x) == diag(y) where x: n, y: n",
        // 2.1.1 Determinants
        "grad(det(X), X) == det(X)*inv(X)' where X: n x n",  // (49)
        "grad(det(X'), X) == det(X)*inv(X)' where X: n x n",
        "grad(det(A*X*B), X) == det(A*X*B)*inv(X)' where A: n x n, X: n x n, B: n x n",  // (51)
        "grad(log(det(X)), X) == inv(X)' where X: n x n",  // (53)
        "grad(log(det(X*X)), X) == 2*inv(X)' where X: n x n",
        "grad(det(X^2), X) == 2*det(X)^2*inv(X)' where X: n x n",  // (54), k = 2
        "grad(det(X^3), X) == 3*det(X)^3*inv(X)' where X: n x n",  // (54), k = 3
        "grad(det(inv(X)), X) == -det(inv(X))*inv(X)' where X: n x n",  // (54), k = -1
        """
            grad(det(X'*A*X), X) == 2*det(X'*A*X)*A*X*inv(X'*A*X) where X: n x n, A: n x n \
            symmetric
            """,  // (55)
        """
            grad(det(X'*A*X), X) == det(X'*A*X)*(A*X*inv(X'*A*X) + A'*X*inv(X'*A*X)') where X: n x \
            n, A: n x n
            """,
        "grad(log(det(X'*X)), X) == 2*inv(X)' where X: n x n",  // (56)
        "grad(det(c*X), X) == c^n*det(X)*inv(X)' where X: n x n, c: scalar",
        "grad(tr(X)*det(X), X) == det(X)*eye(n) + tr(X)*det(X)*inv(X)' where X: n x n",
        "hess(det(X), X)*vec(X) == (n - 1)*vec(grad(det(X), X)) where X: n x n",  // Euler, degree n
        "hess(log(det(X)), X) == -jac(X', X)*kron(inv(X)', inv(X)) where X: n x n",
        // 2.2 Inverses
        "jac(inv(X)*A, X) == -kron(A'*inv(X)', inv(X)) where X: n x n, A: n x n",
        "grad(a'*inv(X)*b, X) == -inv(X)'*a*b'*inv(X)' where X: n x n, a: n, b: n",  // (61)
        // (63)
        "grad(tr(A*inv(X)*B), X) == -(inv(X)*B*A*inv(X))' where A: n x n, X: n x n, B: n x n",
        "grad(tr(inv(X)), X) == -(inv(X)*inv(X))' where X: n x n",
        "grad(tr(inv(X + A)), X) == -(inv(X + A)*inv(X + A))' where X: n x n, A: n x n",  // (64)
        "jac(inv(X'), X) == -kron(inv(X), inv(X)')*jac(X', X) where X: n x n",
        // 2.3 Eigenvalues via traces
        "grad(tr(X), X) == eye(n) where X: n x n",  // (65)
        "grad(tr(X*X), X) == 2*X' where X: n x n",
        "grad(tr(X*X*X), X) == 3*(X*X)' where X: n x n",
        "grad(det(X), X) == grad(det(X'), X) where X: n x n",
        // 2.4.1 First order
        "grad(x'*a, x) == a where x: n, a: n",  // (69)
        "grad(a'*x, x) == a where x: n, a: n",
        "grad(a'*X*b, X) == a*b' where a: m, X: m x n, b: n",  // (70)
        "grad(a'*X'*b, X) == b*a' where a: n, X: m x n, b: m",  // (71)
        "grad(a'*X*a, X) == a*a' where a: n, X: n x n",  // (72)
        "grad(sum(X), X) == ones(m, n) where X: m x n",
        "grad(sum(A*X), X) == A'*ones(m, n) where A: m x p, X: p x n",
        "grad(sum(X .* A), X) == A where X: m x n, A: m x n",
        // 2.4.2 Second order
        "grad(sum(X*X), X) == ones(n, n)*X' + X'*ones(n, n) where X: n x n",
        "grad(b'*X'*X*c, X) == X*(b*c' + c*b') where X: m x n, b: n, c: n",  // (77)
        """
            grad((B*x + b)'*C*(D*x + d), x) == B'*C*(D*x + d) + D'*C'*(B*x + b) where B: m x n, x: \
            n, b: m, C: m x m, D: m x n, d: m
            """,  // (78)
        // (79)
        "grad(b'*X'*D*X*c, X) == D'*X*b*c' + D*X*c*b' where X: m x n, b: n, c: n, D: m x m",
        """
            grad((X*b + c)'*D*(X*b + c), X) == (D + D')*(X*b + c)*b' where X: m x n, b: n, c: m, \
            D: m x m
            """,  // (80)
        "grad(x'*B*x, x) == (B + B')*x where x: n, B: n x n",  // (81)
        "hess(x'*B*x, x) == B + B' where x: n, B: n x n",
        "grad(x'*B*x, x) == 2*B*x where x: n, B: n x n symmetric",
        "hess(x'*B*x, x) == 2*B where x: n, B: n x n symmetric",
        "grad(b'*X'*X*b, X) == 2*X*b*b' where X: m x n, b: n",
        "grad(x'*x, x) == 2*x where x: n",
        "hess(x'*x, x) == 2*eye(n) where x: n",
        "grad((x - s)'*W*(x - s), x) == 2*W*(x - s) where x: n, s: n, W: n x n symmetric",  // (84)
        "grad((x - s)'*W*(x - s), s) == -2*W*(x - s) where x: n, s: n, W: n x n symmetric",  // (85)
        """
            grad((x - A*s)'*W*(x - A*s), x) == 2*W*(x - A*s) where x: m, A: m x n, s: n, W: m x m \
            symmetric
            """,  // (86)
        """
            grad((x - A*s)'*W*(x - A*s), s) == -2*A'*W*(x - A*s) where x: m, A: m x n, s: n, W: m \
            x m symmetric
            """,  // (87)
        "grad((A*x - b)'*(A*x - b), x) == 2*A'*(A*x - b) where A: m x n, x: n, b: m",
        "hess((A*x - b)'*(A*x - b), x) == 2*A'*A where A: m x n, x: n, b: m",
        "grad(a'*x*x'*b, x) == (a*b' + b*a')*x where a: n, x: n, b: n",
        "grad(sum((X*b - c) .* (X*b - c)), X) == 2*(X*b - c)*b' where X: m x n, b: n, c: m",
        // 2.4.3 Higher order
        "grad(a'*X*X*b, X) == a*b'*X' + X'*a*b' where a: n, X: n x n, b: n",  // (90), k = 2
        "grad(a'*X*X*X*b, X) == a*b'*(X*X)' + X'*a*b'*X' + (X*X)'*a*b' where a: n, X: n x n, b: n",
        "grad(a'*X^2*b, X) == a*b'*X' + X'*a*b' where a: n, X: n x n, b: n",
        "grad(a'*X'*X*b, X) == X*(a*b' + b*a') where a: n, X: m x n, b: n",
        // 2.5 Traces, first order
        "grad(tr(X), X) == eye(n) where X: n x n",  // (99)
        "grad(tr(X*A), X) == A' where X: m x n, A: n x m",  // (100)
        "grad(tr(A*X*B), X) == A'*B' where A: p x m, X: m x n, B: n x p",  // (101)
        "grad(tr(A*X'*B), X) == B*A where A: p x n, X: m x n, B: m x p",  // (102)
        "grad(tr(X'*A), X) == A where X: m x n, A: m x n",  // (103)
        "grad(tr(A*X'), X) == A where X: m x n, A: m x n",  // (104)
        "grad(tr(kron(A, X)), X) == tr(A)*eye(n) where A: m x m, X: n x n",  // (105)
        "grad(tr(X'*X), X) == 2*X where X: m x n",
        "grad(tr(c*X), X) == c*eye(n) where X: n x n, c: scalar",
        // 2.5.2 Second order
        "grad(tr(X*X), X) == 2*X' where X: n x n",  // (106)
        "grad(tr(X*X*B), X) == (X*B + B*X)' where X: n x n, B: n x n",  // (107)
        "grad(tr(X'*B*X), X) == B*X + B'*X where X: m x n, B: m x m",  // (108)
        "grad(tr(B*X*X'), X) == B*X + B'*X where X: m x n, B: m x m",  // (109)
        "grad(tr(X*X'*B), X) == B*X + B'*X where X: m x n, B: m x m",  // (110)
        "grad(tr(X*B*X'), X) == X*B' + X*B where X: m x n, B: n x n",  // (111)
        "grad(tr(B*X'*X), X) == X*B' + X*B where X: m x n, B: n x n",  // (112)
        "grad(tr(X'*X*B), X) == X*B' + X*B where X: m x n, B: n x n",  // (113)
        "grad(tr(A*X*B*X), X) == A'*X'*B' + B'*X'*A' where A: n x n, X: n x n, B: n x n",  // (114)
        "grad(tr(X'*X), X) == grad(tr(X*X'), X) where X: m x n",  // (115)
        // (116)
        "grad(tr(B'*X'*C*X*B), X) == C'*X*B*B' + C*X*B*B' where B: n x p, X: m x n, C: m x m",
        "grad(tr(X'*B*X*C), X) == B*X*C + B'*X*C' where X: m x n, B: m x m, C: n x n",  // (117)
        """
            grad(tr(A*X*B*X'*C), X) == A'*C'*X*B' + C*A*X*B where A: p x m, X: m x n, B: n x n, C: \
            m x p
            """,  // (118)
        """
            grad(tr((A*X*B + C)*(A*X*B + C)'), X) == 2*A'*(A*X*B + C)*B' where A: p x m, X: m x n, \
            B: n x q, C: p x q
            """,  // (119)
        "grad(tr(kron(X, X)), X) == 2*tr(X)*eye(n) where X: n x n",  // (120)
        // 2.5.3 Higher order
        "grad(tr(X*X*X), X) == 3*(X*X)' where X: n x n",  // (121), k = 3
        "grad(tr(A*X*X), X) == (A*X + X*A)' where A: n x n, X: n x n",  // (122), k = 2
        """
            grad(tr(B'*X'*C*X*X'*C*X*B), X) == C*X*X'*C*X*B*B' + C'*X*B*B'*X'*C'*X + \
            C*X*B*B'*X'*C*X + C'*X*X'*C'*X*B*B' where B: n x p, X: m x n, C: m x m
            """,  // (123)
        "grad(tr(A*X*X*B), X) == A'*B'*X' + X'*A'*B' where A: n x n, X: n x n, B: n x n",
        // 2.5.4 Other
        // (124)
        "grad(tr(A*inv(X)*B), X) == -inv(X)'*A'*B'*inv(X)' where A: n x n, X: n x n, B: n x n",
        """
            grad(tr(inv(X'*C*X)*A), X) == -(C*X*inv(X'*C*X)*(A + A')*inv(X'*C*X)) where X: n x n, \
            C: n x n symmetric, A: n x n
            """,  // (125)
        """
            grad(tr(inv(X'*C*X)*(X'*B*X)), X) == -2*C*X*inv(X'*C*X)*X'*B*X*inv(X'*C*X) + \
            2*B*X*inv(X'*C*X) where X: n x n, C: n x n symmetric, B: n x n symmetric
            """,  // (126)
        """
            grad(tr(inv(A + X'*C*X)*(X'*B*X)), X) == -2*C*X*inv(A + X'*C*X)*X'*B*X*inv(A + X'*C*X) \
            + 2*B*X*inv(A + X'*C*X) where X: n x n, A: n x n symmetric, C: n x n symmetric, B: n x \
            n symmetric
            """,  // (127)
        "grad(tr(inv(X)*A), X) == -(inv(X)*A*inv(X))' where X: n x n, A: n x n",
        // 2.6 Vector norms and quadratic forms
        "grad((x - a)'*(x - a), x) == 2*(x - a) where x: n, a: n",  // (129) squared
        "grad(x'*x, x) == 2*x where x: n",  // (131)
        "grad(sum(x .* x .* x), x) == 3*(x .* x) where x: n",
        "grad(sum(exp(x)), x) == exp(x) where x: n",
        "grad(sum(log(x)), x) == 1 ./ x where x: n",
        "grad(log(sum(exp(x))), x) == exp(x) / sum(exp(x)) where x: n",
        """
            hess(log(sum(exp(x))), x) == diag(exp(x))/sum(exp(x)) - exp(x)*exp(x)'/(sum(exp(x))^2) \
            where x: n
            """,
        """
            grad(x'*A*x / (x'*x), x) == 2*A*x/(x'*x) - 2*(x'*A*x)*x/((x'*x)^2) where x: n, A: n x \
            n symmetric
            """,
        // 2.7 Matrix norms and Frobenius
        "grad(tr(X*X'), X) == 2*X where X: m x n",  // (133)
        "grad(sum(X .* X), X) == 2*X where X: m x n",
        "grad(tr((X - A)'*(X - A)), X) == 2*(X - A) where X: m x n, A: m x n",
        "grad(tr((A*X - B)'*(A*X - B)), X) == 2*A'*(A*X - B) where A: p x m, X: m x n, B: p x n",
        "grad(tr((X*A - B)*(X*A - B)'), X) == 2*(X*A - B)*A' where X: m x n, A: n x p, B: m x p",
        // 2.8 Structured and vec forms
        "jac(vec(X'), X)*vec(X) == vec(X') where X: m x n",
        "jac(vec(X'), X)*jac(vec(X'), X) == eye(n*n) where X: n x n",
        "jac(A*X*B + C, X) == kron(B', A) where A: p x m, X: m x n, B: n x q, C: p x q",
        "jac(X*a, X) == kron(a', eye(m)) where X: m x n, a: n",
        "jac(a'*X, X) == kron(eye(n), a') where X: m x n, a: m",
        "jac(X'*a, X) == kron(a', eye(n))*jac(X', X) where X: m x n, a: m",
        "jac(diag(X), X)*vec(X) == diag(X) where X: n x n",
        "jac(x*x', x) == kron(x, eye(n)) + kron(eye(n), x) where x: n",
        "jac(exp(A*x), x) == diag(exp(A*x))*A where A: m x n, x: n",
        """
            jac(sigmoid(W*x + b), x) == diag(sigmoid(W*x + b) .* (1 - sigmoid(W*x + b)))*W where \
            W: m x n, x: n, b: m
            """,
        """
            jac(tanh(W*x), W) == diag(1 - tanh(W*x) .* tanh(W*x))*kron(x', eye(m)) where W: m x n, \
            x: n
            """,
        "jac(softplus(x) - softplus(-x), x) == eye(n) where x: n",
        "jac(log(exp(x) + 1), x) == diag(sigmoid(x)) where x: n",
        "grad(sum(softplus(A*x)), x) == A'*sigmoid(A*x) where A: m x n, x: n",
        """
            hess(sum(softplus(A*x)), x) == A'*diag(sigmoid(A*x) .* (1 - sigmoid(A*x)))*A where A: \
            m x n, x: n
            """,
        "grad(sum(tanh(x)), x) == 1 - tanh(x) .* tanh(x) where x: n",
        "hess(sum(exp(A*x)), x) == A'*diag(exp(A*x))*A where A: m x n, x: n",
        "grad(sum(f(A*x)), x) == A'*f'(A*x) where A: m x n, x: n, f: function",
        "hess(sum(f(A*x)), x) == A'*diag(f''(A*x))*A where A: m x n, x: n, f: function",
        "jac(f(X*a), X) == diag(f'(X*a))*kron(a', eye(m)) where X: m x n, a: n, f: function",
        """
            grad(sum(f(x) .* g(x)), x) == f'(x) .* g(x) + f(x) .* g'(x) where x: n, f: function, \
            g: function
            """,
        "grad(det(X)*tr(A*X), X) == det(X)*(tr(A*X)*inv(X)' + A') where X: n x n, A: n x n",
        "grad(tr(A*X)^2, X) == 2*tr(A*X)*A' where A: n x m, X: m x n",
        "grad(exp(tr(A*X)), X) == exp(tr(A*X))*A' where A: n x m, X: m x n",
        "grad(log(tr(X'*X)), X) == 2*X/tr(X'*X) where X: m x n",
        "grad(det(X)^2, X) == 2*det(X)^2*inv(X)' where X: n x n",
        "grad(tr(X)^3, X) == 3*tr(X)^2*eye(n) where X: n x n",
        "grad(a'*inv(X)*a, X) == -inv(X)'*a*a'*inv(X)' where X: n x n, a: n",
        "grad(tr(inv(X)*inv(X)), X) == -2*(inv(X)*inv(X)*inv(X))' where X: n x n",
        "grad(log(det(X + A)), X) == inv(X + A)' where X: n x n, A: n x n",
        "grad(log(det(A*X*B)), X) == inv(X)' where A: n x n, X: n x n, B: n x n",
    ]
}
