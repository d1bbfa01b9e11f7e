/// The exact Hessian-vector product `∇²_w L · u` by Pearlmutter's R-operator
/// through back-propagation (Pearlmutter 1994), reusing a stored forward pass:
///
///     R{δ^L} = H_L R{Z^L},
///     R{∂L/∂W^l} = R{δ^l} A^{l−1ᵀ} + δ^l R{A^{l−1}}ᵀ,   R{∂L/∂b^l} = R{δ^l} 1,
///     R{δ^{l−1}} = f′(Z^{l−1}) ⊙ (U^{lᵀ} δ^l + W^{lᵀ} R{δ^l})
///                + f″(Z^{l−1}) ⊙ R{Z^{l−1}} ⊙ (W^{lᵀ} δ^l).
///
/// Compared with the Gauss-Newton product it adds the terms in which the
/// network's own curvature appears (`U^{lᵀ} δ^l`, `δ^l R{A^{l−1}}ᵀ` and the
/// `f″` term), so `∇²L = G + Σ_k (∂L/∂z_k^L) ∇²z_k^L` — seed 000's dropped sum.
extension MultilayerPerceptron {
    /// `∇²_w L · u`, exact, from a stored forward pass.
    /// - Throws: a shape mismatch when `direction` does not fit this network.
    public func hessianProduct(_ pass: ForwardPass, direction u: NetworkParameters) throws -> NetworkParameters {
        try validate(pass, operation: "Hessian-vector product")
        try parameters.requireSameShape(u, operation: "Hessian-vector product")
        let batch = pass.batchSize
        let r = directionalForwardUnchecked(pass, direction: u)
        var delta = pass.lossGradient
        var rDelta = loss.hessianProduct(prediction: pass.prediction, targets: pass.targets,
                                         direction: r.outputs, rows: widths[depth])
        var layers = parameters.layers
        for l in stride(from: depth, through: 1, by: -1) {
            let layer = parameters.layers[l - 1], ul = u.layers[l - 1]
            let previous = pass.activations[l - 1]
            let weightProduct: [Double]
            if l == 1 {
                weightProduct = DenseKernels.productTransposedRight(rDelta, layer.rows, batch, previous, layer.cols)
            } else {
                // [R{δ} δ] · [A R{A}]ᵀ as one product with inner dimension 2B.
                weightProduct = DenseKernels.productTransposedRight(
                    rDelta + delta, layer.rows, 2 * batch, previous + r.activations[l - 2], layer.cols)
            }
            layers[l - 1] = LayerParameters(uncheckedRows: layer.rows, cols: layer.cols, weight: weightProduct,
                                            bias: DenseKernels.rowSums(rDelta, rows: layer.rows))
            if l > 1 {
                let m = layer.cols
                // W^{lᵀ} [δ R{δ}] → [t s], then U^{lᵀ} δ.
                let back = DenseKernels.productTransposedLeft(layer.weight, layer.rows, m, delta + rDelta, 2 * batch)
                let directionBack = DenseKernels.productTransposedLeft(ul.weight, layer.rows, m, delta, batch)
                let f = hiddenActivation(l - 1)
                let rz = r.preActivations[l - 2]
                var newDelta = [Double](repeating: 0, count: m * batch)
                var newRDelta = [Double](repeating: 0, count: m * batch)
                let half = m * batch
                for k in 0..<half {
                    let a = previous[k]
                    let t = back[k], s = back[half + k]
                    let d1 = f.derivative(activation: a)
                    newDelta[k] = d1 * t
                    newRDelta[k] = d1 * (directionBack[k] + s) + f.secondDerivative(activation: a) * rz[k] * t
                }
                delta = newDelta
                rDelta = newRDelta
            }
        }
        return NetworkParameters(layers: layers)
    }
}
