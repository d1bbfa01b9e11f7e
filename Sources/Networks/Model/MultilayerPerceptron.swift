import MatrixNumerics
/// A fully connected network in the notation of the seed notes:
///
///     a⁰ = x,   z^l = W^l a^{l−1} + b^l,   a^l = f_l(z^l)   (l = 1 … L−1),
///     z^L = W^L a^{L−1} + b^L,   loss L(z^L, y).
///
/// The last layer is linear: its output link (sigmoid, softmax or none) is
/// part of the ``Loss``, so `z^L` is the network output `φ(w)` of seed 000
/// and the loss Hessian `H_L` is taken with respect to `z^L`.
///
/// Batches are matrices whose **columns are samples**: `X` is `n₀ × B`,
/// `Z^l` and `A^l` are `n_l × B`, and the loss is the mean over the columns.
///
/// ```swift
/// let net = try MultilayerPerceptron(widths: [2, 16, 2], activations: [.tanh],
///                                    loss: .softmaxCrossEntropy, seed: 1)
/// let (loss, gradient) = try net.lossAndGradient(inputs: x, targets: y)
/// ```
public struct MultilayerPerceptron: Sendable {
    /// The widths `n₀, n₁, …, n_L` (input first, output last).
    public let widths: [Int]
    /// The hidden activations `f₁ … f_{L−1}`.
    public let activations: [Activation]
    /// The loss on `z^L`.
    public let loss: Loss
    /// The weights and biases.
    public var parameters: NetworkParameters

    /// The number of layers `L` (weight matrices).
    public var depth: Int { widths.count - 1 }

    /// A network with the given parameters.
    /// - Throws: ``NetworkError/invalidArchitecture(reason:)`` when there are
    ///   fewer than two widths, a width is not positive, or the number of
    ///   activations is not `widths.count − 2`; a shape mismatch when the
    ///   parameters do not fit the widths.
    public init(
        widths: [Int], activations: [Activation], loss: Loss, parameters: NetworkParameters
    ) throws {
        try MultilayerPerceptron.validate(widths: widths, activations: activations)
        let expected = (1..<widths.count).map { "\(widths[$0])×\(widths[$0 - 1])" }
        let actual = parameters.layers.map { "\($0.rows)×\($0.cols)" }
        guard expected == actual else {
            throw NetworkError.shapeMismatch(
                operation: "network parameters",
                expected: "[" + expected.joined(separator: ", ") + "]",
                actual: "[" + actual.joined(separator: ", ") + "]")
        }
        self.widths = widths
        self.activations = activations
        self.loss = loss
        self.parameters = parameters
    }

    /// A network with Glorot-uniform weights (scaled by √2 before a `relu`)
    /// and zero biases, drawn from `seed`.
    /// - Throws: as ``init(widths:activations:loss:parameters:)``.
    public init(widths: [Int], activations: [Activation], loss: Loss, seed: UInt64) throws {
        try MultilayerPerceptron.validate(widths: widths, activations: activations)
        var generator = Xoshiro256StarStar(seed: seed)
        var layers: [LayerParameters] = []
        for l in 1..<widths.count {
            let rows = widths[l], cols = widths[l - 1]
            var limit = Double.sqrt(6 / Double(rows + cols))
            if l - 1 < activations.count, activations[l - 1] == .relu { limit *= Double.sqrt(2) }
            let weight = (0..<rows * cols).map { _ in generator.uniform(-limit, limit) }
            layers.append(
                LayerParameters(
                    uncheckedRows: rows, cols: cols, weight: weight,
                    bias: [Double](repeating: 0, count: rows)))
        }
        try self.init(
            widths: widths, activations: activations, loss: loss,
            parameters: NetworkParameters(layers: layers))
    }

    static func validate(widths: [Int], activations: [Activation]) throws {
        guard widths.count >= 2 else {
            throw NetworkError.invalidArchitecture(
                reason: "need at least an input and an output width, got \(widths)")
        }
        guard widths.allSatisfy({ $0 > 0 }) else {
            throw NetworkError.invalidArchitecture(reason: "widths must be positive, got \(widths)")
        }
        var total = 0
        for l in 1..<widths.count {
            let (weights, overflow) = widths[l].multipliedReportingOverflow(by: widths[l - 1])
            let (sum, overflow2) = total.addingReportingOverflow(weights)
            guard !overflow, !overflow2, sum <= Int.max - widths[l] else {
                throw NetworkError.invalidArchitecture(
                    reason: "the parameter count of widths \(widths) overflows Int")
            }
            total = sum + widths[l]
        }
        guard activations.count == widths.count - 2 else {
            throw NetworkError.invalidArchitecture(
                reason:
                    """
                        \(widths.count - 1) layers need \(widths.count - 2) hidden activations, \
                        got \(activations.count)
                        """
            )
        }
    }

    /// Throws unless `inputs` is `n₀ × B` and `targets` is `n_L × B` with `B ≥ 1`.
    func validateBatch(inputs: Shape, targets: Shape, operation: String) throws {
        guard let n0 = widths.first, let nL = widths.last,
            inputs.rows == n0, targets.rows == nL, inputs.cols == targets.cols, inputs.cols > 0
        else {
            throw NetworkError.shapeMismatch(
                operation: operation,
                expected:
                    "inputs \(widths.first ?? 0)×B and targets \(widths.last ?? 0)×B with B ≥ 1",
                actual: "inputs \(inputs) and targets \(targets)")
        }
    }

    /// The mean loss at the flat parameter vector `w` for any scalar type:
    /// the forward pass written once, so finite differences, dual numbers and
    /// the complex step all run through the same code.
    ///
    /// `w` is laid out as ``NetworkParameters/flattened``.
    /// - Throws: a shape mismatch when `w`, `inputs` or `targets` do not fit.
    public func loss<S: ElementaryFunctions & RealValued>(
        at w: [S], inputs: Matrix<S>, targets: Matrix<S>
    ) throws -> S {
        try validateBatch(inputs: inputs.shape, targets: targets.shape, operation: "generic loss")
        guard w.count == parameters.count else {
            throw NetworkError.shapeMismatch(
                operation: "generic loss", expected: "\(parameters.count) parameters",
                actual: "\(w.count)")
        }
        var a = inputs
        var offset = 0
        for l in 1...depth {
            let rows = widths[l], cols = widths[l - 1]
            let weight = try Matrix<S>(
                rows: rows, cols: cols, storage: Array(w[offset..<offset + rows * cols]))
            offset += rows * cols
            let bias = Array(w[offset..<offset + rows])
            offset += rows
            var z = try weight * a
            z = try Matrix<S>(rows: z.rows, cols: z.cols) { i, j in z[i, j] + bias[i] }
            if l < depth {
                let f = activations[l - 1]
                a = z.map { f.apply($0) }
            } else {
                a = z
            }
        }
        return try loss.value(outputs: a, targets: targets)
    }
}
