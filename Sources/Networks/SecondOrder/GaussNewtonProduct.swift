extension MultilayerPerceptron {
    /// The Gauss-Newton-vector product `G u = J_φ H_L J_φᵀ u` (seed 000):
    /// one forward R-pass for `J_φᵀ u`, the loss Hessian `H_L` applied per
    /// sample, and one backward pass for `J_φ(·)`. `J_φ` is never formed.
    ///
    /// `G` is the `p × p` Gauss-Newton matrix, positive semi-definite for the
    /// three losses (their `H_L` are).
    /// - Throws: a shape mismatch when `direction` does not fit this network.
    /// - Complexity: about 1.56× a gradient's multiply-adds for a 3-layer net
    ///   on top of the stored forward pass.
    public func gaussNewtonProduct(
        _ pass: ForwardPass, direction: NetworkParameters
    ) throws -> NetworkParameters {
        try validate(pass, operation: "Gauss-Newton product")
        try parameters.requireSameShape(direction, operation: "Gauss-Newton product")
        let jacobianTransposeU = directionalForwardUnchecked(pass, direction: direction).outputs
        let seed = loss.hessianProduct(
            prediction: pass.prediction, targets: pass.targets,
            direction: jacobianTransposeU, rows: widths[depth])
        return backwardUnchecked(pass, outputSeed: seed)
    }
}
