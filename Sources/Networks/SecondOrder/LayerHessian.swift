import MatrixNumerics
/// The exact diagonal blocks of the loss Hessian for one layer:
/// `∂²L/∂vec(W^l)∂vec(W^l)ᵀ` (`n_l n_{l−1} × n_l n_{l−1}`) and
/// `∂²L/∂b^l∂b^lᵀ` (`n_l × n_l`), numerator layout, `vec` column-major.
public struct LayerHessianBlocks: Sendable {
    /// The layer index `l` (1-based).
    public let layer: Int
    /// `∇²_{W^l} L = Σ_b (a_b^{l−1} a_b^{l−1ᵀ}) ⊗ Q_b^l`.
    public let weight: Matrix<Double>
    /// `∇²_{b^l} L = Σ_b Q_b^l`.
    public let bias: Matrix<Double>
}

extension MultilayerPerceptron {
    /// The per-layer Hessian blocks by the `Q^l` recursion of seed 001, with
    /// `Q^l = ∇²_{z^l} L` per sample:
    ///
    ///     Q^L = H_ℓ(z^L)/B,
    ///     Q^l = D^l W^{l+1ᵀ} Q^{l+1} W^{l+1} D^l + diag(f″_l(z^l) ⊙ (W^{l+1ᵀ} δ^{l+1})),
    ///     ∇²_{W^l} L = Σ_b (a^{l−1} a^{l−1ᵀ}) ⊗ Q^l,   ∇²_{b^l} L = Σ_b Q^l,
    ///
    /// with `D^l = diag f′_l(z^l)`. The `P^l = ∇²_{W^l} z^l` term of the seed
    /// vanishes because `z^l` is linear in `W^l` and `b^l`.
    ///
    /// Seed 001 drops the `f″` term ("exact for piecewise-linear `f`"): pass
    /// `includesSecondDerivativeTerm: false` to get the note's recursion,
    /// which is exact for `relu` and `identity` only. With the term (the
    /// default) the blocks are exact for every activation.
    /// - Throws: a shape mismatch when `pass` is not from this network;
    ///   ``NetworkError/tooLarge(operation:entries:limit:)`` when a block would
    ///   exceed ``denseLimit`` entries.
    /// - Complexity: `O(B · (n_l n_{l−1})²)` per layer — for small nets and checks.
    public func layerHessians(
        _ pass: ForwardPass, includesSecondDerivativeTerm: Bool = true
    ) throws -> [LayerHessianBlocks] {
        try validate(pass, operation: "layer Hessians")
        for l in 1...depth {
            let side = widths[l] * widths[l - 1]
            let (entries, overflow) = side.multipliedReportingOverflow(by: side)
            guard !overflow, entries <= MultilayerPerceptron.denseLimit else {
                throw NetworkError.tooLarge(
                    operation: "layer Hessian of layer \(l)",
                    entries: overflow ? Int.max : entries, limit: MultilayerPerceptron.denseLimit)
            }
        }
        let batch = pass.batchSize
        let deltas = deltaRecursion(pass)
        var weightBlocks: [Matrix<Double>] = []
        var biasBlocks: [Matrix<Double>] = []
        for l in 1...depth {
            let n = widths[l], m = widths[l - 1]
            weightBlocks.append(try .zeros(n * m, n * m))
            biasBlocks.append(try .zeros(n, n))
        }
        let outputRows = widths[depth]
        for b in 0..<batch {
            let column = b * outputRows..<(b + 1) * outputRows
            var q =
                try loss.sampleHessian(
                    prediction: Array(pass.prediction[column]), targets: Array(pass.targets[column])
                )
                / Double(batch)
            for l in stride(from: depth, through: 1, by: -1) {
                if l < depth {
                    let next = parameters.layers[l]
                    let n = widths[l]
                    let a = Array(pass.activations[l][b * n..<(b + 1) * n])
                    let f = hiddenActivation(l)
                    let d = Matrix.diagonal(a.map { f.derivative(activation: $0) })
                    let w = next.weightMatrix
                    q = try d * w.transposed * q * w * d
                    if includesSecondDerivativeTerm {
                        let deltaNext = Array(deltas[l][b * next.rows..<(b + 1) * next.rows])
                        let back = try w.transposed * Matrix(column: deltaNext)
                        q =
                            try q
                            + Matrix.diagonal(
                                (0..<n).map { f.secondDerivative(activation: a[$0]) * back[$0, 0] })
                    }
                }
                let m = widths[l - 1]
                let previous = Matrix(column: Array(pass.activations[l - 1][b * m..<(b + 1) * m]))
                weightBlocks[l - 1] =
                    try weightBlocks[l - 1] + (previous * previous.transposed).kroneckerProduct(q)
                biasBlocks[l - 1] = try biasBlocks[l - 1] + q
            }
        }
        return (1...depth).map {
            LayerHessianBlocks(layer: $0, weight: weightBlocks[$0 - 1], bias: biasBlocks[$0 - 1])
        }
    }

    /// The largest dense block (entries) ``layerHessians(_:includesSecondDerivativeTerm:)`` forms:
    /// 2²⁴.
    public static let denseLimit = 1 << 24

    /// All `δ^l = ∂L/∂Z^l`, `l = 1 … L` (index `l − 1`), each `n_l × B`.
    func deltaRecursion(_ pass: ForwardPass) -> [[Double]] {
        var deltas = [[Double]](repeating: [], count: depth)
        var delta = pass.lossGradient
        deltas[depth - 1] = delta
        for l in stride(from: depth, through: 2, by: -1) {
            let layer = parameters.layers[l - 1]
            var back = DenseKernels.productTransposedLeft(
                layer.weight, layer.rows, layer.cols, delta, pass.batchSize)
            multiplyByDerivative(
                &back, activation: pass.activations[l - 1], hiddenActivation(l - 1))
            delta = back
            deltas[l - 2] = delta
        }
        return deltas
    }
}
