/// The directional derivatives of a forward pass along a parameter direction
/// `u` (the R-operator `R{·} = d/dε (·)(w + εu)|₀`, Pearlmutter 1994):
///
///     R{A⁰} = 0,   R{Z^l} = U^l A^{l−1} + W^l R{A^{l−1}} + u_b^l 1ᵀ,
///     R{A^l} = f′_l(Z^l) ⊙ R{Z^l}.
///
/// `R{Z^L} = J_φᵀ u` (shape `n_L × B`) is the forward half of a Gauss-Newton
/// product; the hidden `R{Z^l}` feed the exact Hessian-vector product.
public struct DirectionalForwardPass: Sendable {
    /// `R{Z^l}` for `l = 1 … L` (the last is `J_φᵀ u`), each `n_l × B`.
    public let preActivations: [[Double]]
    /// `R{A^l}` for `l = 1 … L−1`, each `n_l × B`.
    public let activations: [[Double]]
    /// `J_φᵀ u = R{Z^L}`.
    public var outputs: [Double] { preActivations[preActivations.count - 1] }
}

extension MultilayerPerceptron {
    /// The forward R-pass along `direction`; see ``DirectionalForwardPass``.
    /// - Throws: a shape mismatch when `direction` or `pass` do not fit this network.
    public func directionalForward(
        _ pass: ForwardPass, direction: NetworkParameters
    ) throws -> DirectionalForwardPass {
        try validate(pass, operation: "directional forward pass")
        try parameters.requireSameShape(direction, operation: "directional forward pass")
        return directionalForwardUnchecked(pass, direction: direction)
    }

    func directionalForwardUnchecked(
        _ pass: ForwardPass, direction u: NetworkParameters
    ) -> DirectionalForwardPass {
        let batch = pass.batchSize
        var rz: [[Double]] = []
        var ra: [[Double]] = []
        rz.reserveCapacity(depth)
        ra.reserveCapacity(depth - 1)
        for l in 1...depth {
            let layer = parameters.layers[l - 1], ul = u.layers[l - 1]
            var z: [Double]
            if l == 1 {
                z = DenseKernels.product(
                    ul.weight, layer.rows, layer.cols, pass.activations[0], batch)
            } else {
                // U^l A^{l−1} + W^l R{A^{l−1}}: two products and one add (cheaper than
                // copying [U W] and [A; R{A}] into one product with inner dimension 2·n_{l−1}).
                z = DenseKernels.product(
                    ul.weight, layer.rows, layer.cols, pass.activations[l - 1], batch)
                DenseKernels.add(
                    &z, DenseKernels.product(layer.weight, layer.rows, layer.cols, ra[l - 2], batch)
                )
            }
            DenseKernels.addBias(&z, ul.bias, rows: layer.rows)
            if l < depth {
                var a = z
                multiplyByDerivative(&a, activation: pass.activations[l], hiddenActivation(l))
                ra.append(a)
            }
            rz.append(z)
        }
        return DirectionalForwardPass(preActivations: rz, activations: ra)
    }
}
