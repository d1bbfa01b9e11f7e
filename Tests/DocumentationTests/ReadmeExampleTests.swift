import MatrixNumerics
import ClaimChecking
import Derivations
import Testing

// The README's Swift examples, verbatim (DocumentationSnippetTests checks that
// they stay so), compiled and run.

/// The README's numerics tour.
@Test func readmeNumericsTour() throws {

    let a = try Matrix<Double>([[2, 1], [1, 3]])          // column-major: a.entries is vec(a)
    let x = try Matrix<Double>(rows: 2, cols: 2) { i, j in Double(i + 2 * j) }
    let y = try a * x * a.transposed                       // throws on a shape mismatch, e.g.
    // "matrix product: (2×3)·(2×3): inner dimensions 3 and 2 differ"
    let k = try a.kroneckerProduct(a)                      // vec(A X Aᵀ) = (A ⊗ A) vec X
    let residual = try (k * x.vec - y.vec).entries.map(abs).max() ?? 0   // ~1e-15
    let d = Dual.sigmoid(Dual(0.5, 1.0))                   // forward mode: value and derivative
    print(residual, d.derivative)                          // σ'(0.5) = σ(0.5)(1 − σ(0.5))
    #expect(residual < 1e-13)
    let s = 1 / (1 + Double.exp(-0.5))
    #expect(abs(d.derivative - s * (1 - s)) < 1e-15)
    #expect(throws: MatrixError.self) {
        try Matrix<Double>([[1, 2, 3], [4, 5, 6]]) * Matrix<Double>([[1, 2, 3], [4, 5, 6]])
    }
}

/// The README's derivation: the true step is proved, the erratum is refuted
/// as written and its correction proved.
@Test func readmeDerivation() {
    let derivation = Derivation("sigmoid-cross-entropy", seed: "001_6ddf747029886e15.txt",
                                title: "Sigmoid + binary cross-entropy") {
        Symbols("z: p, y: p")
        Define("a", "sigmoid(z)")
        Define("J", "-(y' * log(a) + (1 - y)' * log(1 - a))")
        Step("∇_z J = a − y", lines: 95...95,
             quote: #"\nabla_{\vec{z}^{l+1}} J = \delta^{l+1} = -y + a^{l+1}"#,
             note: #"\nabla_{z} J = a - y"#, claim: "grad(J, z) == a - y")
        Step("… = diag(a) − a aᵀ", lines: 109...109,
             quote: #"= \text{diag}(a^{l+1}) - a^{l+1} \cdot a^{(l+1)T}"#,
             note: #"\text{diag}(a \odot (1-a)) = \text{diag}(a) - a a^T"#,
             claim: "hess(J, z) == diag(a) - a * a'",
             correction: Correction(claim: "hess(J, z) == diag(a) - diag(a .* a)",
                                    latex: #"\text{diag}(a) - \text{diag}(a \odot a)"#,
                                    explanation: "diag(a) − a aᵀ is the softmax Hessian."))
    }
    let result = DerivationVerifier(checker: CatalogueChecker()).verify(derivation)
    let statuses = result.steps.map(\.status)
    #expect(statuses == [.proved, .erratum], "\(statuses)")
}
