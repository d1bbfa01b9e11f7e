/// The engine behind every public check: compares a claimed linear map
/// (a Jacobian, gradient, Hessian, or their products) with a reference,
/// entry by entry (full mode) or by randomized probes `uᵀ J v` (fast mode),
/// probes kinks when something fails, and resamples the point.
///
/// The public entry points build one of these from the user's closures; the
/// closures that evaluate generic functions on dual numbers are created in
/// `@inlinable` code so that they are specialized in the caller's module.
@usableFromInline
struct DerivativeComparison {
    /// Reference values with their error estimates (zero for exact references).
    @usableFromInline typealias Estimates = (values: [Double], errors: [Double])

    let quantity: CheckedQuantity
    let reference: ReferenceMethod
    /// `n`: inputs (columns of the claimed matrix).
    let inputCount: Int
    /// `m`: outputs (rows of the claimed matrix).
    let outputCount: Int
    /// Unit roundoff of the claimed precision (`2⁻⁵³` or `2⁻²⁴`).
    let unitRoundoff: Double
    /// The readable name of entry `(output, input)`.
    let entryLabel: (Int, Int) -> String
    /// Claimed `m × n` matrix at `x`, column-major (full mode).
    let claimedMatrix: ([Double]) throws -> [Double]
    /// Claimed state at `x` for fast mode, reused by every probe (e.g. the
    /// whole claimed gradient), then the probe `uᵀ J v` with `Σ|terms|`.
    let claimedProbes: ([Double], [(u: [Double], v: [Double])]) throws -> [ProbeValue]
    /// The reference columns `J e_j` (length `m`) at `x` for the given
    /// indices `j` (every column for `nil`), handed to the body with `j` (in
    /// any order; several per pass when the reference carries several tangents).
    let referenceColumns: ([Double], [Int]?, (Int, Estimates) throws -> Void) throws -> Void
    /// Reference `uᵀ J v` at `x`, with its error estimate.
    let referenceProbe: ([Double], [Double], [Double]) throws -> (value: Double, error: Double)
    /// `(x, u) ↦ uᵀ F(x)` for the function `F` whose derivative is checked;
    /// used to probe kinks along the failing direction.
    /// `nil` when the function itself is not available (no kink probes).
    let projectedFunction: (([Double], [Double]) throws -> Double)?
    /// Whether to measure rounding noise by re-evaluating at a point a few
    /// ulps away (exact references; finite differences carry their own estimate).
    let measuresNoise: Bool
    /// Rounds a point to the claimed precision (identity for Double).
    let roundPoint: ([Double]) -> [Double]
    /// Evaluations spent by the closures above (counted by their builders).
    let evaluationCount: () -> Int
    /// Extra notes for the report.
    var notes: [String] = []
    /// The smallest positive magnitude of the claimed precision: an entry
    /// below it cannot be claimed more exactly than 0 (underflow).
    var smallestMagnitude = Double.leastNonzeroMagnitude
    /// An independent estimate of `uᵀ J v` (finite differences) with its
    /// error estimate, used to cross-check an exact reference.
    var crossCheck: (([Double], [Double], [Double]) throws -> (value: Double, error: Double))?

    @usableFromInline
    init(
        quantity: CheckedQuantity, reference: ReferenceMethod, inputCount: Int, outputCount: Int,
        unitRoundoff: Double, entryLabel: @escaping (Int, Int) -> String,
        claimedMatrix: @escaping ([Double]) throws -> [Double],
        claimedProbes: @escaping ([Double], [(u: [Double], v: [Double])]) throws -> [ProbeValue],
        referenceColumns:
            @escaping ([Double], [Int]?, (Int, Estimates) throws -> Void) throws -> Void,
        referenceProbe:
            @escaping ([Double], [Double], [Double]) throws -> (value: Double, error: Double),
        projectedFunction: (([Double], [Double]) throws -> Double)?,
        measuresNoise: Bool, roundPoint: @escaping ([Double]) -> [Double],
        evaluationCount: @escaping () -> Int, notes: [String] = [],
        crossCheck: (([Double], [Double], [Double]) throws -> (value: Double, error: Double))? = nil
    ) {
        self.crossCheck = crossCheck
        self.quantity = quantity
        self.reference = reference
        self.inputCount = inputCount
        self.outputCount = outputCount
        self.unitRoundoff = unitRoundoff
        self.entryLabel = entryLabel
        self.claimedMatrix = claimedMatrix
        self.claimedProbes = claimedProbes
        self.referenceColumns = referenceColumns
        self.referenceProbe = referenceProbe
        self.projectedFunction = projectedFunction
        self.measuresNoise = measuresNoise
        self.roundPoint = roundPoint
        self.evaluationCount = evaluationCount
        self.notes = notes
    }

    /// One comparison at one point.
    struct Pass {
        var entries: [EntryDiscrepancy]
        /// Fast mode: the largest `Σ|terms| / max|term|` of the claimed
        /// probes, the factor by which a one-entry error is diluted.
        var dilution: Double?
        /// What the pass did beyond the usual (for the report).
        var notes: [String] = []
        /// Full mode: the time estimated before the reference passes.
        var estimatedSeconds: Double?
        /// Fast mode: fewer than `K` nearby points were measured, every probe
        /// being inside its bound with those.
        var noiseCutShort = false
        /// For entry `k`, its direction: `uᵀ J v` is the entry, and the
        /// kink probe moves along `v` watching `uᵀ F`.
        var direction: (Int) -> (v: [Double], u: [Double], name: String)
    }

}
