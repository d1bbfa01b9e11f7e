import MatrixNumerics
/// A first- or second-order optimiser of a ``MultilayerPerceptron``'s
/// parameters on mini-batches.
public protocol Optimizer: Sendable {
    /// A short name for reports (`curveball`, `sgd`, `adam`).
    var name: String { get }
    /// Takes one step on the batch, updating `network.parameters`.
    /// - Returns: the batch loss *before* the step and what the step did.
    mutating func step(
        _ network: inout MultilayerPerceptron, inputs: Matrix<Double>, targets: Matrix<Double>
    ) throws -> OptimizerStep
}

extension MultilayerPerceptron {
    /// The batch accuracy of a stored pass, when the loss defines one.
    public func accuracy(_ pass: ForwardPass) -> Double? {
        loss.accuracy(prediction: pass.prediction, targets: pass.targets, rows: widths[depth])
    }
}

/// Throws unless `value` is finite and satisfies `condition`.
func requireOption(
    _ name: String, _ value: Double, _ reason: String, _ condition: (Double) -> Bool
) throws {
    guard value.isFinite, condition(value) else {
        throw NetworkError.invalidOption(name: name, value: value, reason: reason)
    }
}
