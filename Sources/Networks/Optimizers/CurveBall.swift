import MatrixNumerics
/// CurveBall (Henriques, Ehrhardt, Albanie & Vedaldi, "Small steps and giant
/// leaps: Minimal Newton solvers for deep learning", ICCV 2019): one
/// gradient-descent step on the damped Newton system per iteration,
///
///     Δz = J_φ (H_L J_φᵀ z + J_L) + λ z     (= Ĝ z + ∇L, Ĝ = G + λI, G = J_φ H_L J_φᵀ),
///     z ← ρ z − β Δz,    w ← w + η z,
///
/// with `ρ, β` chosen automatically as the exact minimiser of the damped
/// quadratic model `m̂(s) = ∇Lᵀ s + ½ sᵀ Ĝ s` on `s ∈ span{z, Δz}`:
///
///     [a₁₁ a₁₂; a₁₂ a₂₂] [−β; ρ] = −[b₁; b₂],
///     a₁₁ = ΔzᵀĜΔz,  a₁₂ = zᵀĜΔz,  a₂₂ = zᵀĜz,  b₁ = ∇LᵀΔz,  b₂ = ∇Lᵀz,
///
/// where `sᵀĜs = (J_φᵀs)ᵀ H_L (J_φᵀs) + λ‖s‖²` needs one extra forward
/// R-pass (for `J_φᵀΔz`). The damping `λ` is part of the system: `Δz` is the
/// gradient of `m̂` (with `λ`), and without `λ` the matrix can be singular
/// (`G` has rank ≤ n_L·B). Both reference implementations include it. See
/// `docs/networks.md` for the derivation and for the seed note's version of
/// the matrix, which is not this one.
///
/// The damping adapts like a trust region every `lambdaInterval` steps: with
/// `r = (L(w_new) − L(w)) / m̂(s)` measured on the same batch,
/// `λ ← λ/ω` if `r < lambdaLow`, `λ ← λ·ω` if `r > lambdaHigh`, where
/// `ω = lambdaFactor^lambdaInterval`.
///
/// Defaults follow the authors' reference code: `λ₀ = 1` (MatConvNet; the
/// PyTorch port uses 10), `lambdaFactor = 0.999`, thresholds `0.5, 1.5`,
/// interval 5, `η = 1`; the fixed `ρ = 0.9, β = 0.1` are used only when
/// automatic parameters are off.
public struct CurveBall: Optimizer {
    /// The solver's settings.
    public struct Options: Sendable, Equatable {
        /// Initial damping `λ₀ > 0`.
        public var lambda: Double = 1
        /// Adapt `λ` by the trust-region ratio.
        public var adaptsLambda = true
        /// `ω₁ ∈ (0, 1)`: `λ` changes by `ω₁^interval` per adaptation.
        public var lambdaFactor = 0.999
        /// Ratio below which `λ` grows.
        public var lambdaLow = 0.5
        /// Ratio above which `λ` shrinks.
        public var lambdaHigh = 1.5
        /// Adapt `λ` every this many steps (≥ 1).
        public var lambdaInterval = 5
        /// The parameter step `η` in `w ← w + η z`.
        public var learningRate: Double = 1
        /// Solve the 2×2 system for `ρ, β` every step (otherwise use the fixed values).
        public var automaticParameters = true
        /// Fixed momentum `ρ` when ``automaticParameters`` is off.
        public var momentum = 0.9
        /// Fixed step `β` when ``automaticParameters`` is off.
        public var beta = 0.1
        /// Include `λ‖s‖²` in the 2×2 system (the consistent choice, as in
        /// the reference code); `false` minimises the undamped model instead.
        public var dampingInSystem = true

        public init() {}
    }

    public let name = "curveball"
    /// The settings.
    public let options: Options
    /// The current damping `λ`.
    public private(set) var lambda: Double
    /// The state `z` (the running approximate Newton step); zero before the first step.
    public var state: NetworkParameters?
    /// The number of steps taken.
    public private(set) var stepCount = 0

    /// - Throws: ``NetworkError/invalidOption(name:value:reason:)`` for a
    ///   non-positive `λ` or `η`, a factor outside `(0, 1]`, thresholds out of
    ///   order, or an interval below 1.
    public init(options: Options = Options()) throws {
        try requireOption("lambda", options.lambda, "must be positive") { $0 > 0 }
        try requireOption("lambdaFactor", options.lambdaFactor, "must be in (0, 1]") {
            $0 > 0 && $0 <= 1
        }
        try requireOption("lambdaLow", options.lambdaLow, "must not exceed lambdaHigh") {
            $0 <= options.lambdaHigh
        }
        try requireOption("lambdaHigh", options.lambdaHigh, "must be finite") { _ in true }
        try requireOption("lambdaInterval", Double(options.lambdaInterval), "must be at least 1") {
            $0 >= 1
        }
        try requireOption("learningRate", options.learningRate, "must be positive") { $0 > 0 }
        try requireOption("momentum", options.momentum, "must be finite") { _ in true }
        try requireOption("beta", options.beta, "must be finite") { _ in true }
        self.options = options
        self.lambda = options.lambda
    }

    public mutating func step(
        _ network: inout MultilayerPerceptron, inputs: Matrix<Double>, targets: Matrix<Double>
    ) throws -> OptimizerStep {
        let pass = try network.forward(inputs: inputs, targets: targets)
        let outputRows = network.widths[network.depth]
        var z = state ?? network.parameters.zero
        try network.parameters.requireSameShape(z, operation: "CurveBall step")

        // Δz = J_φ (H_L J_φᵀ z + J_L) + λ z: one R-forward, one backward.
        let jz = network.directionalForwardUnchecked(pass, direction: z).outputs
        let hjz = network.loss.hessianProduct(
            prediction: pass.prediction, targets: pass.targets, direction: jz, rows: outputRows)
        var seed = hjz
        for k in seed.indices { seed[k] += pass.lossGradient[k] }
        var deltaZ = network.backwardUnchecked(pass, outputSeed: seed)
        deltaZ.combine(scaling: 1, adding: z, scaledBy: lambda)

        var rho = options.momentum, beta = options.beta
        var system: CurveBallSystem?
        if options.automaticParameters {
            let jdz = network.directionalForwardUnchecked(pass, direction: deltaZ).outputs
            let hjdz = network.loss.hessianProduct(
                prediction: pass.prediction, targets: pass.targets, direction: jdz, rows: outputRows
            )
            let damping = options.dampingInSystem ? lambda : 0
            let s = CurveBallSystem(
                a11: dot(jdz, hjdz) + damping * deltaZ.dot(deltaZ),
                a12: dot(jz, hjdz) + damping * z.dot(deltaZ),
                a22: dot(jz, hjz) + damping * z.dot(z),
                b1: dot(pass.lossGradient, jdz),
                b2: dot(pass.lossGradient, jz))
            (beta, rho) = s.solve()
            system = s
        }

        z.combine(scaling: rho, adding: deltaZ, scaledBy: -beta)
        let eta = options.learningRate
        let previous = network.parameters
        network.parameters.combine(scaling: 1, adding: z, scaledBy: eta)
        state = z

        var ratio: Double?
        if options.adaptsLambda, let s = system, stepCount % options.lambdaInterval == 0 {
            let predicted = s.modelValue(beta: eta * beta, rho: eta * rho)
            let newLoss = network.forwardUnchecked(
                inputs: pass.activations[0], targets: pass.targets,
                batchSize: pass.batchSize
            ).lossValue
            let r = (newLoss - pass.lossValue) / predicted
            if r.isFinite, predicted < 0 {
                let factor = Double.pow(options.lambdaFactor, Double(options.lambdaInterval))
                if r < options.lambdaLow {
                    lambda /= factor
                } else if r > options.lambdaHigh {
                    lambda *= factor
                }
                ratio = r
            }
        }
        stepCount += 1
        if !network.parameters.isFinite {
            network.parameters = previous
            throw NetworkError.nonFinite(
                operation: "CurveBall step", quantity: "updated parameters")
        }
        return OptimizerStep(
            loss: pass.lossValue, accuracy: network.accuracy(pass), rho: rho, beta: beta,
            lambda: lambda, ratio: ratio)
    }
}
