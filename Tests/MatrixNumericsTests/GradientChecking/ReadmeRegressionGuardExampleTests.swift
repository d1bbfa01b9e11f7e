// The regression-guard example of the README and docs/gradient-checking.md,
// verbatim (DocumentationSnippetTests checks that it stays so).
import MatrixNumerics
import Testing

/// Softmax regression over a data set, written once for every scalar so the
/// checker can run it on dual numbers.
struct SoftmaxRegression: ScalarValuedMatrixFunction {
    let inputs: Matrix<Double>   // features × samples
    let labels: [Int]            // the class of each sample

    func callAsFunction<S: ElementaryFunctions & RealConstant>(_ w: Matrix<S>) throws -> S {
        let logits = try w * Matrix<S>(constants: inputs)   // classes × samples
        var loss = S.zero
        for b in labels.indices {
            let z = (0..<logits.rows).map { logits[$0, b] }
            let top = z.max() ?? .zero                        // a stable log-sum-exp
            let sum = z.reduce(S.zero) { $0 + S.exp($1 - top) }
            loss += top + S.log(sum) - z[labels[b]]
        }
        let decay = w.entries.reduce(S.zero) { $0 + $1 * $1 }
        return loss / S(labels.count) + S(0.005) * decay
    }
}

/// Your hand-written gradient, in the shape of w: (softmax − one-hot) xᵀ / N + 0.01 w.
func softmaxRegressionGradient(
    _ w: Matrix<Double>, _ model: SoftmaxRegression
) throws -> Matrix<Double> {
    var delta = try w * model.inputs
    for b in model.labels.indices {
        let z = (0..<delta.rows).map { delta[$0, b] }
        let top = z.max() ?? 0
        let sum = z.reduce(0) { $0 + Double.exp($1 - top) }
        for i in z.indices { delta[i, b] = Double.exp(z[i] - top) / sum }
        delta[model.labels[b], b] -= 1
    }
    return try delta * model.inputs.transposed * (1 / Double(model.labels.count)) + w * 0.01
}

@Test func softmaxRegressionGradientIsRight() throws {
    var random = Xoshiro256StarStar(seed: 7)
    let data = try Matrix<Double>.random(rows: 5, cols: 200, using: &random)
    let model = SoftmaxRegression(inputs: data, labels: (0..<200).map { $0 % 3 })
    let w = try Matrix<Double>.random(rows: 3, cols: 5, using: &random)

    // Every entry against dual numbers; the report names W's entries as `X[i, j]`.
    let check = try DerivativeCheck.gradient(
        of: model, claimed: { try softmaxRegressionGradient($0, model) }, at: w)
    #expect(check.outcome == .passed, "\(check)")

    // O(1) evaluations whatever the size: seeded random probes uᵀJv.
    let fast = try DerivativeCheck.gradient(
        of: model, claimed: { try softmaxRegressionGradient($0, model) }, at: w, options: .fast)
    #expect(fast.outcome == .passed, "\(fast)")

    // No step size, no tolerance: the remainder must shrink like h².
    let taylor = try DerivativeCheck.taylorRemainder(
        of: { try model($0) }, claimed: { try softmaxRegressionGradient($0, model) }, at: w)
    #expect(taylor.outcome == .passed, "\(taylor)")
}

/// The same check with a transposed-data bug in the gradient fails.
@Test func softmaxRegressionGradientBugIsCaught() throws {
    var random = Xoshiro256StarStar(seed: 8)
    let data = try Matrix<Double>.random(rows: 5, cols: 60, using: &random)
    let model = SoftmaxRegression(inputs: data, labels: (0..<60).map { $0 % 3 })
    let w = try Matrix<Double>.random(rows: 3, cols: 5, using: &random)
    let check = try DerivativeCheck.gradient(
        of: model, claimed: { try softmaxRegressionGradient($0, model) + $0 * 1e-7 }, at: w)
    #expect(check.outcome == .failed, "\(check)")
}
