/// A first- or second-order optimiser of a ``MultilayerPerceptron``'s
/// parameters on mini-batches.
public protocol Optimizer: Sendable {
    /// A short name for reports (`curveball`, `sgd`, `adam`).
    var name: String { get }
    /// Takes one step on the batch, updating `network.parameters`.
    /// - Returns: the batch loss *before* the step and what the step did.
    mutating func step(_ network: inout MultilayerPerceptron, inputs: Matrix<Double>, targets: Matrix<Double>) throws -> OptimizerStep
}

/// What one optimiser step reports.
public struct OptimizerStep: Sendable, Equatable {
    /// The batch loss before the step.
    public var loss: Double
    /// The batch accuracy before the step, when the loss defines one.
    public var accuracy: Double?
    /// CurveBall's momentum `ρ` (`nil` for the baselines).
    public var rho: Double?
    /// CurveBall's step size `β`.
    public var beta: Double?
    /// CurveBall's damping `λ` after the step.
    public var lambda: Double?
    /// CurveBall's ratio of actual to predicted loss change, when measured.
    public var ratio: Double?

    public init(loss: Double, accuracy: Double? = nil, rho: Double? = nil, beta: Double? = nil,
                lambda: Double? = nil, ratio: Double? = nil) {
        self.loss = loss
        self.accuracy = accuracy
        self.rho = rho
        self.beta = beta
        self.lambda = lambda
        self.ratio = ratio
    }
}

extension MultilayerPerceptron {
    /// The batch accuracy of a stored pass, when the loss defines one.
    public func accuracy(_ pass: ForwardPass) -> Double? {
        loss.accuracy(prediction: pass.prediction, targets: pass.targets, rows: widths[depth])
    }
}

/// Throws unless `value` is finite and satisfies `condition`.
func requireOption(_ name: String, _ value: Double, _ reason: String, _ condition: (Double) -> Bool) throws {
    guard value.isFinite, condition(value) else {
        throw NetworkError.invalidOption(name: name, value: value, reason: reason)
    }
}
