import MatrixNumerics
/// Stochastic gradient descent with heavy-ball momentum:
///
///     v ← μ v − η ∇L(w),   w ← w + v.
public struct SGD: Optimizer {
    public let name = "sgd"
    /// The learning rate `η`.
    public let learningRate: Double
    /// The momentum `μ ∈ [0, 1)`.
    public let momentum: Double
    /// The velocity `v` (zero before the first step).
    public private(set) var velocity: NetworkParameters?

    /// - Throws: ``NetworkError/invalidOption(name:value:reason:)`` unless
    ///   `learningRate > 0` and `0 ≤ momentum < 1`.
    public init(learningRate: Double = 0.1, momentum: Double = 0.9) throws {
        try requireOption("learningRate", learningRate, "must be positive") { $0 > 0 }
        try requireOption("momentum", momentum, "must be in [0, 1)") { $0 >= 0 && $0 < 1 }
        self.learningRate = learningRate
        self.momentum = momentum
    }

    public mutating func step(
        _ network: inout MultilayerPerceptron, inputs: Matrix<Double>, targets: Matrix<Double>
    ) throws -> OptimizerStep {
        let pass = try network.forward(inputs: inputs, targets: targets)
        let gradient = network.backwardUnchecked(pass, outputSeed: pass.lossGradient)
        var v = velocity ?? network.parameters.zero
        try v.requireSameShape(gradient, operation: "SGD step")
        v.combine(scaling: momentum, adding: gradient, scaledBy: -learningRate)
        network.parameters.combine(scaling: 1, adding: v, scaledBy: 1)
        velocity = v
        return OptimizerStep(loss: pass.lossValue, accuracy: network.accuracy(pass))
    }
}
