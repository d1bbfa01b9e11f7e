import MatrixNumerics
/// Everything a forward pass over one batch leaves behind for the backward
/// passes: the activations `A⁰ … A^{L−1}`, the output `Z^L`, the link's
/// prediction, the mean loss and its gradient `J_L = ∂L/∂Z^L`.
///
/// Gradients, Gauss-Newton products and Hessian-vector products all reuse one
/// pass; none re-runs the forward computation.
public struct ForwardPass: Sendable {
    /// The batch size `B` (columns).
    public let batchSize: Int
    /// `A^l` for `l = 0 … L−1`, each `n_l × B` column-major; `A⁰ = X`.
    public let activations: [[Double]]
    /// `Z^L`, `n_L × B`.
    public let outputs: [Double]
    /// The link's prediction (`σ(Z^L)`, `softmax(Z^L)` or `Z^L`).
    public let prediction: [Double]
    /// The targets `Y`, `n_L × B`.
    public let targets: [Double]
    /// The mean loss `L`.
    public let lossValue: Double
    /// `J_L = ∂L/∂Z^L`, `n_L × B`, including the factor `1/B`.
    public let lossGradient: [Double]
}

extension MultilayerPerceptron {
    /// Runs the batch forward: `Z^l = W^l A^{l−1} + b^l 1ᵀ`, `A^l = f_l(Z^l)`.
    /// - Throws: ``NetworkError/shapeMismatch(operation:expected:actual:)``
    ///   unless `inputs` is `n₀×B` and `targets` is `n_L×B`;
    ///   ``NetworkError/nonFinite(operation:quantity:)`` when the loss overflows.
    public func forward(inputs: Matrix<Double>, targets: Matrix<Double>) throws -> ForwardPass {
        try validateBatch(inputs: inputs.shape, targets: targets.shape, operation: "forward pass")
        let pass = forwardUnchecked(
            inputs: inputs.entries, targets: targets.entries, batchSize: inputs.cols)
        guard pass.lossValue.isFinite else {
            throw NetworkError.nonFinite(operation: "forward pass", quantity: "loss")
        }
        return pass
    }

    /// The mean loss on a batch.
    public func lossValue(inputs: Matrix<Double>, targets: Matrix<Double>) throws -> Double {
        try forward(inputs: inputs, targets: targets).lossValue
    }

    func forwardUnchecked(inputs: [Double], targets: [Double], batchSize: Int) -> ForwardPass {
        var activations: [[Double]] = [inputs]
        activations.reserveCapacity(depth)
        var current = inputs
        for l in 1...depth {
            let layer = parameters.layers[l - 1]
            var z = DenseKernels.product(layer.weight, layer.rows, layer.cols, current, batchSize)
            DenseKernels.addBias(&z, layer.bias, rows: layer.rows)
            if l < depth {
                let f = hiddenActivation(l)
                switch f {
                case .identity: break
                case .relu: for k in z.indices where !(z[k] > 0) { z[k] = 0 }
                case .tanh: DenseKernels.tanhInPlace(&z)
                case .sigmoid: for k in z.indices { z[k] = Double.sigmoid(z[k]) }
                }
                activations.append(z)
            }
            current = z
        }
        let rows = widths[depth]
        let prediction = loss.prediction(outputs: current, rows: rows)
        let (value, gradient) = loss.valueAndGradient(
            outputs: current, prediction: prediction, targets: targets, rows: rows)
        return ForwardPass(
            batchSize: batchSize, activations: activations, outputs: current,
            prediction: prediction,
            targets: targets, lossValue: value, lossGradient: gradient)
    }

    /// `f_l` for hidden layer `l` (1-based).
    @inline(__always) func hiddenActivation(_ l: Int) -> Activation { activations[l - 1] }

    /// Throws unless `pass` came from a batch shaped for this network.
    func validate(_ pass: ForwardPass, operation: String) throws {
        guard pass.activations.count == depth,
            pass.activations[0].count == widths[0] * pass.batchSize,
            pass.outputs.count == widths[depth] * pass.batchSize
        else {
            throw NetworkError.shapeMismatch(
                operation: operation, expected: "a forward pass of this network",
                actual: "a pass with \(pass.activations.count) stored activations")
        }
    }
}
