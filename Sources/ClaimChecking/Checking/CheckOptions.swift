/// Settings of ``ClaimChecker``. The defaults are the CLI's.
public struct CheckOptions: Hashable, Sendable {
    /// The base seed; every random shape and point derives from it.
    public var seed: UInt64 = 1
    /// Symbolic shapes use every dimension variable in `1...symbolicMaximumDimension`.
    public var symbolicMaximumDimension = 3
    /// At most this many symbolic shape assignments (largest first, plus the all-ones one).
    public var symbolicMaximumShapes = 27
    /// A symbolic shape whose symbols have more entries than this in total is skipped.
    public var symbolicEntryBudget = 200
    /// A symbolic entry with more terms than this aborts the shape ("budget exceeded").
    public var symbolicTermBudget = 20_000
    /// Random shape assignments for the numeric check.
    public var numericShapes = 3
    /// Random points per numeric shape.
    public var pointsPerShape = 3
    /// Numeric dimensions are drawn from `1...numericMaximumDimension`.
    public var numericMaximumDimension = 8
    /// Attempts to find a point where both sides are defined.
    public var maximumAttempts = 9
    /// A residual larger than this multiple of its rounding-error bound refutes.
    public var refutationFactor = 100.0
    /// Whether a refutation is also shown at simple exact entries
    /// (``SimpleCounterexample``; the smallest shape, entries `0, ±1, ±½, …`).
    public var shrinkCounterexamples = true
    /// Whether derivative operators are also checked by Richardson finite differences.
    public var finiteDifferences = true
    /// Largest |X| for `jac`/`grad` at a numeric shape (larger shapes are redrawn smaller).
    public var maximumJacobianVariables = 48
    /// Largest |X| for `hess` at a numeric shape.
    public var maximumHessianVariables = 12
    /// Wall-clock seconds for the whole check; evaluation still running
    /// then stops and the affected shapes report "time budget exceeded".
    public var timeBudget = 60.0

    public init() {}

    /// Small settings for fast tests (debug builds): symbolic shapes up to
    /// 2, numeric dimensions up to 4.
    public static var quick: CheckOptions {
        var o = CheckOptions()
        o.symbolicMaximumDimension = 2
        o.numericMaximumDimension = 4
        o.symbolicMaximumShapes = 12
        o.maximumJacobianVariables = 16
        o.maximumHessianVariables = 6
        return o
    }
}
