import ClaimChecking
import ClaimLanguage
import MatrixNumerics
import Networks
import SymbolicAlgebra
import Testing

// The Swift examples of docs/*.md, verbatim (DocumentationSnippetTests checks
// that they stay so), compiled and run.

/// docs/claim-language.md
@Test func claimLanguageGuide() throws {

    // Claim(parsing:) throws ClaimError on syntax errors, resolve() on name/shape errors.
    let claim = try Claim(parsing: "tr(A*B) == tr(B*A) where A: m x n, B: n x m")
    let resolved = try claim.resolve()
    let report = ClaimChecker(CheckOptions()).check(resolved)
    switch report.verdict {
    case .proved: print("proved")
    case .holdsNumerically(let reason): print("holds numerically:", reason)
    case .refuted(let counterexample):
        print(counterexample)  // assignment, seed, row, col, lhs, rhs, …
    case .inconclusive(let reason): print("inconclusive:", reason)
    }

    // Extra context: definitions and declarations/assumptions added programmatically.
    let context = ClaimContext(
        definitions: ["z = W*a + b"],
        declarations: ["W: n x m, a: m, b: n, X: n x n", "f: function", "f'' = 0", "X symmetric"])
    let inContext = try ClaimChecker().check("jac(f(z), b) == diag(f'(z))", context: context)
    #expect(report.verdict == .proved)
    #expect(inContext.verdict == .proved)
}

/// docs/differentiation.md
@Test func differentiationGuide() throws {

    var generator = Xoshiro256StarStar(seed: 42)          // print the seed; it replays exactly
    let a = try Matrix<Double>.random(rows: 3, cols: 2, using: &generator)
    let b = try Matrix<Double>.random(rows: 4, cols: 2, using: &generator)
    let x = try Matrix<Double>.random(rows: 2, cols: 4, using: &generator)

    let estimate = try FiniteDifferences.jacobian(of: { try a * $0 * b }, at: x)
    let exact = try b.transposed.kroneckerProduct(a)         // vec(AXB) = (Bᵀ ⊗ A) vec X
    let bounded = try estimate.bounds(exact)  // true: |value − exact| ≤ errorEstimate

    struct Inversion: MatrixFunction {                       // written once for every scalar
        func callAsFunction<S: ElementaryFunctions & RealConstant>(
            _ x: Matrix<S>
        ) throws -> Matrix<S> {
            try x.inverse()
        }
    }
    let j = try ForwardMode.jacobian(of: Inversion(), at: try a.transposed * a)  // −(X⁻ᵀ ⊗ X⁻¹)
    #expect(bounded)
    let xInverse = try (try a.transposed * a).inverse()
    let expected = try -(xInverse.transposed.kroneckerProduct(xInverse))
    let deviation = try (j - expected).entries.map(abs).max() ?? .infinity
    #expect(deviation < 1e-9)
}

/// docs/gemm.md
@Test func gemmGuide() throws {
    let a = try Matrix<Double>(rows: 512, cols: 512) { i, j in Double(i - j) }
    let c = try a * a.transposed          // ≈ 50 GFLOP/s on one Zen 4 core
    print(DoubleKernels.productKernelName) // "avx512", "avx2" or "baseline"
    #expect(c.shape == Shape(512, 512))
}

/// docs/index-notation.md
@Test func indexNotationGuide() throws {
    let proof = IndexProver.prove(try Claim(parsing: "tr(A*B) == tr(B*A) where A: m x n, B: n x m"))
    let forAllShapes = proof.provedForAllShapes   // true
    let reason = proof.reason                     // "equal normal forms (1 term)"
    let claim = try Claim(parsing: "tr(A*B) == tr(B*A) where A: m x n, B: n x m")
    let report = ClaimChecker().check(try claim.resolve())
    let scope = report.scope(indexProof: proof)   // .allShapes
    #expect(forAllShapes)
    #expect(reason.contains("equal normal forms"))
    #expect(scope == .allShapes)
}

/// docs/networks.md
@Test func networksGuide() throws {
    let data = try SyntheticDataset(.circles, count: 512, seed: 1)
    var net = try MultilayerPerceptron(widths: [2, 32, 32, 2], activations: [.relu, .relu],
                                       loss: .softmaxCrossEntropy, seed: 2)
    let pass = try net.forward(inputs: data.inputs, targets: data.targets)
    let g = try net.gradient(pass)                       // ∇_w L, shaped like the parameters
    let gu = try net.gaussNewtonProduct(pass, direction: g)   // J_φ H_L J_φᵀ g
    let hu = try net.hessianProduct(pass, direction: g)       // ∇²_w L · g (exact)
    var solver = try CurveBall()
    let step = try solver.step(&net, inputs: data.inputs, targets: data.targets)
    #expect(g.dot(g) > 0)
    #expect(gu.dot(g) >= 0)   // a Gauss-Newton matrix is positive semi-definite
    #expect(hu.dot(g).isFinite)
    #expect(step.loss.isFinite)
}

/// docs/symbolic.md
@Test func symbolicGuide() throws {

    let A = try Matrix<Symbolic>.symbols(named: "A", rows: 2, cols: 2)   // A[1,1] … A[2,2]
    let B = try Matrix<Symbolic>.symbols(named: "B", rows: 2, cols: 2)
    let product = try (A * B).determinant() == A.determinant() * B.determinant()  // true, 2×2

    let z = Variable("z")
    let s = Symbolic.sigmoid(Symbolic(z))
    let chain = Symbolic.log(s).derivative(withRespectTo: z) == .one - s   // true
    let latex = s.latex                                                     // \sigma\left(z\right)

    let wrong = try (A * B).transposed - A.transposed * B.transposed
    let zeroTest = wrong[0, 0].testForZero()   // .nonZero(value -12 (exact) at A[1,1] = …, …)
    #expect(product)
    #expect(chain)
    #expect(latex.contains("sigma"))
    if case .provedZero = zeroTest { Issue.record("(AB)ᵀ − AᵀBᵀ is not zero") }
}
