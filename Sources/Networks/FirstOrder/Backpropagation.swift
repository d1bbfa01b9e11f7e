import MatrixNumerics
/// Back-propagation by the δ recursion of seeds 001–004:
///
///     δ^L = ∂L/∂Z^L,   δ^{l−1} = f′_{l−1}(Z^{l−1}) ⊙ (W^{lᵀ} δ^l),
///     ∂L/∂W^l = δ^l A^{l−1ᵀ},   ∂L/∂b^l = δ^l 1.
///
/// With an arbitrary seed `V` in place of `∂L/∂Z^L` the same pass computes
/// `J_φ V` (seed 000's `J_φ` is `p × o`, numerator layout transposed: the
/// derivative of the outputs `vec Z^L` with respect to `w`, one column per
/// output).
extension MultilayerPerceptron {
    /// The mean loss and its gradient `∇_w L` on a batch.
    /// - Throws: as ``forward(inputs:targets:)``.
    public func lossAndGradient(
        inputs: Matrix<Double>, targets: Matrix<Double>
    ) throws -> (loss: Double, gradient: NetworkParameters) {
        let pass = try forward(inputs: inputs, targets: targets)
        return (pass.lossValue, backwardUnchecked(pass, outputSeed: pass.lossGradient))
    }

    /// The gradient `∇_w L = J_φ J_L` from a stored forward pass.
    /// - Throws: a shape mismatch when `pass` is not from this network.
    public func gradient(_ pass: ForwardPass) throws -> NetworkParameters {
        try validate(pass, operation: "gradient")
        return backwardUnchecked(pass, outputSeed: pass.lossGradient)
    }

    /// `J_φ V`: back-propagates an arbitrary seed `V` (`n_L × B`, a
    /// perturbation of `Z^L`) to the parameters.
    /// - Throws: a shape mismatch when `seed` is not `n_L × B`.
    public func backward(
        _ pass: ForwardPass, outputSeed seed: Matrix<Double>
    ) throws -> NetworkParameters {
        try validate(pass, operation: "backward pass")
        guard seed.rows == widths[depth], seed.cols == pass.batchSize else {
            throw NetworkError.shapeMismatch(
                operation: "backward pass", expected: "seed \(widths[depth])×\(pass.batchSize)",
                actual: "\(seed.shape)")
        }
        return backwardUnchecked(pass, outputSeed: seed.entries)
    }

    func backwardUnchecked(_ pass: ForwardPass, outputSeed: [Double]) -> NetworkParameters {
        let batch = pass.batchSize
        var delta = outputSeed
        var layers = parameters.layers
        for l in stride(from: depth, through: 1, by: -1) {
            let layer = parameters.layers[l - 1]
            let previous = pass.activations[l - 1]
            let weightGradient = DenseKernels.productTransposedRight(
                delta, layer.rows, batch, previous, layer.cols)
            let biasGradient = DenseKernels.rowSums(delta, rows: layer.rows)
            layers[l - 1] = LayerParameters(
                uncheckedRows: layer.rows, cols: layer.cols,
                weight: weightGradient, bias: biasGradient)
            if l > 1 {
                var back = DenseKernels.productTransposedLeft(
                    layer.weight, layer.rows, layer.cols, delta, batch)
                let f = hiddenActivation(l - 1)
                multiplyByDerivative(&back, activation: previous, f)
                delta = back
            }
        }
        return NetworkParameters(layers: layers)
    }

    /// `v ← f′(Z) ⊙ v`, with `f′` evaluated from the stored activation `A = f(Z)`.
    func multiplyByDerivative(_ v: inout [Double], activation a: [Double], _ f: Activation) {
        switch f {
        case .identity: return
        case .relu: for k in v.indices where !(a[k] > 0) { v[k] = 0 }
        case .tanh: for k in v.indices { v[k] *= 1 - a[k] * a[k] }
        case .sigmoid: for k in v.indices { v[k] *= a[k] * (1 - a[k]) }
        }
    }
}
