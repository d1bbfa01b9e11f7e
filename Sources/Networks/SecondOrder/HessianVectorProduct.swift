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
    public func hessianProduct(
        _ pass: ForwardPass, direction u: NetworkParameters
    ) throws -> NetworkParameters {
        try validate(pass, operation: "Hessian-vector product")
        try parameters.requireSameShape(u, operation: "Hessian-vector product")
        let batch = pass.batchSize
        let r = directionalForwardUnchecked(pass, direction: u)
        var delta = pass.lossGradient
        var rDelta = loss.hessianProduct(
            prediction: pass.prediction, targets: pass.targets,
            direction: r.outputs, rows: widths[depth])
        var layers = parameters.layers
        for l in stride(from: depth, through: 1, by: -1) {
            let layer = parameters.layers[l - 1], ul = u.layers[l - 1]
            let previous = pass.activations[l - 1]
            let weightProduct: [Double]
            if l == 1 {
                weightProduct = DenseKernels.productTransposedRight(
                    rDelta, layer.rows, batch, previous, layer.cols)
            } else {
                // [R{δ} δ] · [A R{A}]ᵀ as one product with inner dimension 2B.
                weightProduct = DenseKernels.productTransposedRight(
                    rDelta + delta, layer.rows, 2 * batch, concatenating: previous,
                    r.activations[l - 2], layer.cols)
            }
            layers[l - 1] = LayerParameters(
                uncheckedRows: layer.rows, cols: layer.cols, weight: weightProduct,
                bias: DenseKernels.rowSums(rDelta, rows: layer.rows))
            if l > 1 {
                let m = layer.cols
                // W^{lᵀ} [δ R{δ}] → [t s], then U^{lᵀ} δ.
                let back = DenseKernels.productTransposedLeft(
                    layer.weight, layer.rows, m, delta + rDelta, 2 * batch)
                let directionBack = DenseKernels.productTransposedLeft(
                    ul.weight, layer.rows, m, delta, batch)
                (delta, rDelta) = Self.propagateDeltas(
                    back: back, directionBack: directionBack, activation: previous,
                    directionalPreActivation: r.preActivations[l - 2], hiddenActivation(l - 1))
            }
        }
        return NetworkParameters(layers: layers)
    }

    /// `δ^{l−1} = f′ ⊙ t` and `R{δ^{l−1}} = f′ ⊙ (U^{lᵀ}δ^l + s) + f″ ⊙ R{Z^{l−1}} ⊙ t`
    /// from `back = [t s] = W^{lᵀ}[δ^l R{δ^l}]`, one loop per activation.
    static func propagateDeltas(
        back: [Double], directionBack: [Double], activation a: [Double],
        directionalPreActivation rz: [Double], _ f: Activation
    ) -> ([Double], [Double]) {
        let half = a.count
        var delta = [Double](repeating: 0, count: half)
        var rDelta = [Double](repeating: 0, count: half)
        back.withUnsafeBufferPointer { back in
            directionBack.withUnsafeBufferPointer { ub in
                a.withUnsafeBufferPointer { a in
                    rz.withUnsafeBufferPointer { rz in
                        delta.withUnsafeMutableBufferPointer { d in
                            rDelta.withUnsafeMutableBufferPointer { rd in
                                switch f {
                                case .tanh:
                                    for k in 0..<half {
                                        let x = a[k], t = back[k], d1 = 1 - x * x
                                        d[k] = d1 * t
                                        rd[k] = d1 * (ub[k] + back[half + k] - 2 * x * rz[k] * t)
                                    }
                                case .sigmoid:
                                    for k in 0..<half {
                                        let x = a[k], t = back[k], d1 = x * (1 - x)
                                        d[k] = d1 * t
                                        rd[k] =
                                            d1 * (ub[k] + back[half + k] + (1 - 2 * x) * rz[k] * t)
                                    }
                                case .relu:
                                    for k in 0..<half where a[k] > 0 {
                                        d[k] = back[k]
                                        rd[k] = ub[k] + back[half + k]
                                    }
                                case .identity:
                                    for k in 0..<half {
                                        d[k] = back[k]
                                        rd[k] = ub[k] + back[half + k]
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return (delta, rDelta)
    }
}
