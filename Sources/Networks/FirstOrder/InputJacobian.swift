import MatrixNumerics
extension MultilayerPerceptron {
    /// The Jacobian of the network output with respect to one input `x`
    /// (seed 004, after Higham & Higham 2019):
    ///
    ///     ∂z^L/∂x = W^L D^{L−1} W^{L−1} ⋯ D¹ W¹,   D^l = diag f′_l(z^l),
    ///
    /// numerator layout `∂z^L/∂xᵀ`, shape `n_L × n₀`. With `throughLink`,
    /// the loss's output link is applied too (`∂H/∂x` for `H = a^L`): `σ`
    /// contributes `D^L = diag σ′(z^L)`, the softmax `diag p − p pᵀ`.
    /// - Throws: a shape mismatch unless `x` has `n₀` entries.
    public func inputJacobian(at x: [Double], throughLink: Bool = false) throws -> Matrix<Double> {
        guard x.count == widths[0] else {
            throw NetworkError.shapeMismatch(
                operation: "input Jacobian", expected: "\(widths[0]) inputs", actual: "\(x.count)")
        }
        let outputs = widths[depth]
        let pass = forwardUnchecked(
            inputs: x, targets: [Double](repeating: 0, count: outputs), batchSize: 1)
        // Left-to-right accumulation from the output: J ← J W^l, then J ← J D^{l−1}.
        var jacobian = parameters.layers[depth - 1].weightMatrix
        for l in stride(from: depth - 1, through: 1, by: -1) {
            let f = hiddenActivation(l)
            let d = Matrix.diagonal(pass.activations[l].map { f.derivative(activation: $0) })
            jacobian = try jacobian * d * parameters.layers[l - 1].weightMatrix
        }
        if throughLink {
            let p = pass.prediction
            switch loss {
            case .squaredError: break
            case .sigmoidBinaryCrossEntropy:
                jacobian = try Matrix.diagonal(p.map { $0 * (1 - $0) }) * jacobian
            case .softmaxCrossEntropy:
                let link = try Matrix<Double>(rows: outputs, cols: outputs) { i, j in
                    (i == j ? p[i] : 0) - p[i] * p[j]
                }
                jacobian = try link * jacobian
            }
        }
        return jacobian
    }
}
