/// Options shared by every derivative check.
///
/// There is no absolute tolerance to tune: each entry's bound is derived from
/// the computation at hand,
///
///     bound = t · (noise + reference error) + floor,
///
/// where `noise` is the larger of the claimed code's own rounding — fourth
/// differences of the claimed derivative over random moves of relative size
/// `√u … 64√u` (``RoundingNoiseLadder``: long reductions are redrawn, the
/// smooth part cancels) — and, for the entries outside the bound formed
/// with it, the spread of `claimed − reference` over `K` points moved by a
/// relative `√u` (`u` the unit roundoff of the checked precision). For
/// independent, identically (normally) distributed roundings a correct entry
/// exceeds `t ·` the first rung's estimate with probability about `2·10⁻⁶`
/// for `K = 6`, `t = 4` (4·10⁶ Monte Carlo draws). `floor = 2u (|claimed| +
/// |reference|)` covers the final rounding; fast mode adds `t · u · √(Σ terms²)`
/// for the rounding of the claimed entries inside `uᵀ J v`. The reference
/// error is the Richardson estimate for finite differences and 0 for the
/// exact references.
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
    /// `K`: the samples of the claimed code's noise at the first rung of the
    /// ladder (`⌈K/2⌉` at the others), and the nearby points at which
    /// `claimed − reference` is re-measured (exact references).
    public var noiseSamples: Int
    /// `t`: the multiplier on the measured noise and the reference error,
    /// chosen with ``noiseSamples`` for the stated false-alarm probability.
    public var confidenceFactor: Double
    /// How often a point found not differentiable is replaced by a nearby
    /// random point before the check gives up.
    public var maximumResamples: Int
    /// Names and shapes of the parameters, for readable indices.
    public var layout: ParameterLayout?
    /// The reference ``DerivativeCheck`` compares with (default ``DerivativeCheckReference/dual``).
    public var reference: DerivativeCheckReference
    /// A full check estimated (after one timed batch of reference columns) to
    /// take longer than this many seconds calls ``onLongCheck`` before it
    /// goes on; the estimate is in the report either way.
    public var longCheckSeconds: Double = 10
    /// Called with the estimated seconds when a full check will take longer
    /// than ``longCheckSeconds`` (for example to print it, or to log it in CI).
    public var onLongCheck: (@Sendable (Double) -> Void)?

    public init(
        mode: CheckMode = .full, seed: UInt64 = 0x5EED, probes: Int = 2, worstEntryCount: Int = 5,
        noiseSamples: Int = 6, confidenceFactor: Double = 4, maximumResamples: Int = 3,
        layout: ParameterLayout? = nil, reference: DerivativeCheckReference = .dual
    ) {
        self.reference = reference
        self.mode = mode
        self.seed = seed
        self.probes = probes
        self.worstEntryCount = worstEntryCount
        self.noiseSamples = noiseSamples
        self.confidenceFactor = confidenceFactor
        self.maximumResamples = maximumResamples
        self.layout = layout
    }

    /// Equal when every setting but the ``onLongCheck`` callback is equal.
    public static func == (lhs: DerivativeCheckOptions, rhs: DerivativeCheckOptions) -> Bool {
        lhs.mode == rhs.mode && lhs.seed == rhs.seed && lhs.probes == rhs.probes
            && lhs.worstEntryCount == rhs.worstEntryCount && lhs.noiseSamples == rhs.noiseSamples
            && lhs.confidenceFactor == rhs.confidenceFactor
            && lhs.maximumResamples == rhs.maximumResamples && lhs.layout == rhs.layout
            && lhs.reference == rhs.reference && lhs.longCheckSeconds == rhs.longCheckSeconds
    }

    /// Full mode with default settings.
    public static var full: DerivativeCheckOptions { DerivativeCheckOptions(mode: .full) }
    /// Fast mode with default settings.
    public static var fast: DerivativeCheckOptions { DerivativeCheckOptions(mode: .fast) }
    /// Full mode against finite differences (for closures over `Double`).
    public static var finiteDifferences: DerivativeCheckOptions {
        DerivativeCheckOptions(mode: .full, reference: .finiteDifferences)
    }

    /// - Throws: ``DerivativeCheckError/invalidOption(_:)`` for out-of-range values.
    func validated(pointCount: Int) throws -> DerivativeCheckOptions {
        guard pointCount > 0 else { throw DerivativeCheckError.emptyPoint }
        guard probes >= 1, probes <= 1_000 else {
            throw DerivativeCheckError.invalidOption("probes must be in 1...1000, got \(probes)")
        }
        guard worstEntryCount >= 0 else {
            throw DerivativeCheckError.invalidOption("worstEntryCount must be >= 0")
        }
        guard noiseSamples >= 1, noiseSamples <= 64 else {
            throw DerivativeCheckError.invalidOption(
                "noiseSamples must be in 1...64, got \(noiseSamples)")
        }
        guard confidenceFactor.isFinite, confidenceFactor >= 1 else {
            throw DerivativeCheckError.invalidOption("confidenceFactor must be finite and >= 1")
        }
        guard maximumResamples >= 0, maximumResamples <= 100 else {
            throw DerivativeCheckError.invalidOption("maximumResamples must be in 0...100")
        }
        if let layout, layout.count != pointCount {
            throw DerivativeCheckError.invalidLayout(
                "layout has \(layout.count) entries, the point has \(pointCount)")
        }
        return self
    }

    /// The label of input `j`.
    @usableFromInline func inputLabel(_ j: Int, count: Int) -> String {
        (layout ?? .vector(count)).label(ofFlatIndex: j)
    }
}
