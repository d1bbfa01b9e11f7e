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

    /// A report; the CurveBall fields default to `nil`.
    public init(
        loss: Double, accuracy: Double? = nil, rho: Double? = nil, beta: Double? = nil,
        lambda: Double? = nil, ratio: Double? = nil
    ) {
        self.loss = loss
        self.accuracy = accuracy
        self.rho = rho
        self.beta = beta
        self.lambda = lambda
        self.ratio = ratio
    }
}
