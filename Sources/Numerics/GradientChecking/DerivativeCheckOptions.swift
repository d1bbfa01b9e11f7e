/// Options shared by every derivative check.
///
/// There is no absolute tolerance to tune: each entry's bound is
/// `safety · (error estimate) + floor`, where the error estimate comes from
/// Richardson extrapolation (finite differences) or from measured rounding
/// noise (exact references), and `floor = rounding · u · (|claimed| + |reference| + scale)`
/// with `u` the unit roundoff of the checked precision and `scale` the size of
/// the largest reference entry (full mode) or of the terms of `uᵀ J v` (fast mode).
public struct DerivativeCheckOptions: Sendable, Equatable {
    /// Every entry, or randomized `uᵀ J v` probes.
    public var mode: CheckMode
    /// Seed of every random choice (directions, probes, resampled points);
    /// printed in the report to replay a failure.
    public var seed: UInt64
    /// Number of `uᵀ J v` probes in fast mode (each costs O(1) evaluations).
    public var probes: Int
    /// How many of the worst entries a report lists.
    public var worstEntryCount: Int
    /// Multiplier on the reference error estimate (Richardson or noise).
    public var safetyFactor: Double
    /// Multiplier on the unit roundoff in the rounding floor.
    public var roundingFactor: Double
    /// How often a point found not differentiable is replaced by a nearby
    /// random point before the check gives up.
    public var maximumResamples: Int
    /// Names and shapes of the parameters, for readable indices.
    public var layout: ParameterLayout?

    public init(
        mode: CheckMode = .full, seed: UInt64 = 0x5EED, probes: Int = 2, worstEntryCount: Int = 5,
        safetyFactor: Double = 8, roundingFactor: Double = 32, maximumResamples: Int = 3,
        layout: ParameterLayout? = nil
    ) {
        self.mode = mode
        self.seed = seed
        self.probes = probes
        self.worstEntryCount = worstEntryCount
        self.safetyFactor = safetyFactor
        self.roundingFactor = roundingFactor
        self.maximumResamples = maximumResamples
        self.layout = layout
    }

    /// Full mode with default settings.
    public static var full: DerivativeCheckOptions { DerivativeCheckOptions(mode: .full) }
    /// Fast mode with default settings.
    public static var fast: DerivativeCheckOptions { DerivativeCheckOptions(mode: .fast) }

    /// - Throws: ``DerivativeCheckError/invalidOption(_:)`` for out-of-range values.
    func validated(pointCount: Int) throws -> DerivativeCheckOptions {
        guard pointCount > 0 else { throw DerivativeCheckError.emptyPoint }
        guard probes >= 1, probes <= 1_000 else { throw DerivativeCheckError.invalidOption("probes must be in 1...1000, got \(probes)") }
        guard worstEntryCount >= 0 else { throw DerivativeCheckError.invalidOption("worstEntryCount must be >= 0") }
        guard safetyFactor.isFinite, safetyFactor >= 1 else { throw DerivativeCheckError.invalidOption("safetyFactor must be finite and >= 1") }
        guard roundingFactor.isFinite, roundingFactor >= 1 else { throw DerivativeCheckError.invalidOption("roundingFactor must be finite and >= 1") }
        guard maximumResamples >= 0, maximumResamples <= 100 else { throw DerivativeCheckError.invalidOption("maximumResamples must be in 0...100") }
        if let layout, layout.count != pointCount {
            throw DerivativeCheckError.invalidLayout("layout has \(layout.count) entries, the point has \(pointCount)")
        }
        return self
    }

    /// The label of input `j`.
    @usableFromInline func inputLabel(_ j: Int, count: Int) -> String {
        (layout ?? .vector(count)).label(ofFlatIndex: j)
    }
}
