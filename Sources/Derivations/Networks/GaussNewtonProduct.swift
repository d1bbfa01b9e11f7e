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
    public func directionalForward(_ pass: ForwardPass, direction: NetworkParameters) throws -> DirectionalForwardPass {
        try validate(pass, operation: "directional forward pass")
        try parameters.requireSameShape(direction, operation: "directional forward pass")
        return directionalForwardUnchecked(pass, direction: direction)
    }

    func directionalForwardUnchecked(_ pass: ForwardPass, direction u: NetworkParameters) -> DirectionalForwardPass {
        let batch = pass.batchSize
        var rz: [[Double]] = []
        var ra: [[Double]] = []
        rz.reserveCapacity(depth)
        ra.reserveCapacity(depth - 1)
        for l in 1...depth {
            let layer = parameters.layers[l - 1], ul = u.layers[l - 1]
            var z: [Double]
            if l == 1 {
                z = DenseKernels.product(ul.weight, layer.rows, layer.cols, pass.activations[0], batch)
            } else {
                // [U^l W^l] · [A^{l−1}; R{A^{l−1}}] as one product with inner dimension 2·n_{l−1}.
                let stackedWeights = ul.weight + layer.weight
                let stackedInputs = DenseKernels.stackVertically(pass.activations[l - 1], ra[l - 2], rows: layer.cols)
                z = DenseKernels.product(stackedWeights, layer.rows, 2 * layer.cols, stackedInputs, batch)
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

    /// The Gauss-Newton-vector product `G u = J_φ H_L J_φᵀ u` (seed 000):
    /// one forward R-pass for `J_φᵀ u`, the loss Hessian `H_L` applied per
    /// sample, and one backward pass for `J_φ(·)`. `J_φ` is never formed.
    ///
    /// `G` is the `p × p` Gauss-Newton matrix, positive semi-definite for the
    /// three losses (their `H_L` are).
    /// - Throws: a shape mismatch when `direction` does not fit this network.
    /// - Complexity: about 1.56× a gradient's multiply-adds for a 3-layer net
    ///   on top of the stored forward pass.
    public func gaussNewtonProduct(_ pass: ForwardPass, direction: NetworkParameters) throws -> NetworkParameters {
        try validate(pass, operation: "Gauss-Newton product")
        try parameters.requireSameShape(direction, operation: "Gauss-Newton product")
        let jacobianTransposeU = directionalForwardUnchecked(pass, direction: direction).outputs
        let seed = loss.hessianProduct(prediction: pass.prediction, targets: pass.targets,
                                       direction: jacobianTransposeU, rows: widths[depth])
        return backwardUnchecked(pass, outputSeed: seed)
    }
}

extension DenseKernels {
    /// `[A; B]` for two `rows × cols` column-major panels: a `2·rows × cols` panel.
    static func stackVertically(_ a: [Double], _ b: [Double], rows: Int) -> [Double] {
        var out = [Double](repeating: 0, count: a.count + b.count)
        guard rows > 0 else { return out }
        let cols = a.count / rows
        out.withUnsafeMutableBufferPointer { o in
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    for j in 0..<cols {
                        let dst = 2 * rows * j, src = rows * j
                        for i in 0..<rows {
                            o[dst + i] = pa[src + i]
                            o[dst + rows + i] = pb[src + i]
                        }
                    }
                }
            }
        }
        return out
    }
}
