import MatrixNumerics
/// Adam (Kingma & Ba 2015): bias-corrected moment estimates
///
///     m ← β₁ m + (1 − β₁) g,   v ← β₂ v + (1 − β₂) g ⊙ g,
///     w ← w − η m̂ / (√v̂ + ε),   m̂ = m/(1 − β₁ᵗ),  v̂ = v/(1 − β₂ᵗ).
public struct Adam: Optimizer {
    public let name = "adam"
    /// The learning rate `η`.
    public let learningRate: Double
    /// The first-moment decay `β₁`.
    public let beta1: Double
    /// The second-moment decay `β₂`.
    public let beta2: Double
    /// The denominator offset `ε`.
    public let epsilon: Double
    private var firstMoment: [Double] = []
    private var secondMoment: [Double] = []
    /// The number of steps taken.
    public private(set) var stepCount = 0

    /// - Throws: ``NetworkError/invalidOption(name:value:reason:)`` unless
    ///   `η > 0`, `β₁, β₂ ∈ [0, 1)` and `ε > 0`.
    public init(
        learningRate: Double = 0.01, beta1: Double = 0.9, beta2: Double = 0.999,
        epsilon: Double = 1e-8
    ) throws {
        try requireOption("learningRate", learningRate, "must be positive") { $0 > 0 }
        try requireOption("beta1", beta1, "must be in [0, 1)") { $0 >= 0 && $0 < 1 }
        try requireOption("beta2", beta2, "must be in [0, 1)") { $0 >= 0 && $0 < 1 }
        try requireOption("epsilon", epsilon, "must be positive") { $0 > 0 }
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
    }

    public mutating func step(
        _ network: inout MultilayerPerceptron, inputs: Matrix<Double>, targets: Matrix<Double>
    ) throws -> OptimizerStep {
        let pass = try network.forward(inputs: inputs, targets: targets)
        let g = network.backwardUnchecked(pass, outputSeed: pass.lossGradient).flattened
        if firstMoment.count != g.count {
            firstMoment = [Double](repeating: 0, count: g.count)
            secondMoment = firstMoment
            stepCount = 0
        }
        stepCount += 1
        let c1 = 1 - Double.pow(beta1, Double(stepCount)),
            c2 = 1 - Double.pow(beta2, Double(stepCount))
        let (b1, b2, eta, eps) = (beta1, beta2, learningRate, epsilon)
        var m = firstMoment, v = secondMoment
        network.parameters.updateEntries { w, k in
            m[k] = b1 * m[k] + (1 - b1) * g[k]
            v[k] = b2 * v[k] + (1 - b2) * g[k] * g[k]
            w -= eta * (m[k] / c1) / (Double.sqrt(v[k] / c2) + eps)
        }
        firstMoment = m
        secondMoment = v
        return OptimizerStep(loss: pass.lossValue, accuracy: network.accuracy(pass))
    }
}
