/// Settings of ``ClaimChecker``. The defaults are the CLI's.
public struct CheckOptions: Hashable, Sendable {
    /// The base seed; every random shape and point derives from it.
    public var seed: UInt64 = 1
    /// Symbolic shapes use every dimension variable in `1...symbolicMaximumDimension`.
    public var symbolicMaximumDimension = 3
    /// At most this many symbolic shape assignments (largest first, plus the
    /// all-ones one); the rest of the cube is checked numerically and keeps
    /// the verdict from "proved".
    public var symbolicMaximumShapes = 81
    /// At most this many dimension variables (a claim with more is a limit
    /// error): the cube `{1…symbolicMaximumDimension}ᵏ` is enumerated.
    public var maximumDimensionVariables = 6
    /// A symbolic shape whose symbols have more entries than this in total is skipped.
    public var symbolicEntryBudget = 200
    /// A symbolic entry with more terms than this aborts the shape ("budget exceeded").
    public var symbolicTermBudget = 20_000
    /// The largest `m·n` for a product of `m`- and `n`-term polynomials in
    /// the symbolic check (a memory ceiling: larger products make the shape
    /// "budget exceeded").
    public var symbolicProductTerms = 1_000_000
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
    /// Largest |X| for `hess` at a numeric shape (16: a 4×4 matrix, so a
    /// Hessian is evaluated beyond the symbolic range).
    public var maximumHessianVariables = 16
    /// Wall-clock seconds for the whole check; evaluation still running
    /// then stops and the affected shapes report "time budget exceeded".
    public var timeBudget = 60.0

    public init() {}

    /// Checks every setting.
    /// - Throws: ``CheckOptionsError`` naming the first invalid setting.
    public func validate() throws {
        func require(_ ok: Bool, _ name: String, _ value: Any, _ rule: String) throws {
            if !ok { throw CheckOptionsError(setting: name, value: "\(value)", requirement: rule) }
        }
        let d = symbolicMaximumDimension
        try require((1...8).contains(d), "symbolicMaximumDimension", d, "in 1...8")
        try require(
            symbolicMaximumShapes >= 1, "symbolicMaximumShapes",
            symbolicMaximumShapes, "at least 1")
        try require(
            symbolicEntryBudget >= 0, "symbolicEntryBudget",
            symbolicEntryBudget, "non-negative")
        try require(
            symbolicProductTerms >= 1, "symbolicProductTerms",
            symbolicProductTerms, "at least 1")
        try require(symbolicTermBudget >= 1, "symbolicTermBudget", symbolicTermBudget, "at least 1")
        try require((1...64).contains(numericShapes), "numericShapes", numericShapes, "in 1...64")
        try require(
            (1...1000).contains(pointsPerShape), "pointsPerShape",
            pointsPerShape, "in 1...1000")
        let n = numericMaximumDimension
        try require((1...64).contains(n), "numericMaximumDimension", n, "in 1...64")
        try require(
            (1...1000).contains(maximumAttempts), "maximumAttempts",
            maximumAttempts, "in 1...1000")
        try require(
            refutationFactor.isFinite && refutationFactor >= 2, "refutationFactor",
            refutationFactor,
            "finite and at least 2 (a residual must be well above its error bound)")
        let j = maximumJacobianVariables, h = maximumHessianVariables, k = maximumDimensionVariables
        try require(j >= 1, "maximumJacobianVariables", j, "at least 1")
        try require(h >= 1, "maximumHessianVariables", h, "at least 1")
        try require((1...12).contains(k), "maximumDimensionVariables", k, "in 1...12")
        try require(timeBudget > 0 && !timeBudget.isNaN, "timeBudget", timeBudget, "positive")
    }

    /// Small settings for fast tests (debug builds): symbolic shapes up to
    /// 2, numeric dimensions up to 4.
    public static var quick: CheckOptions {
        var o = CheckOptions()
        o.symbolicMaximumDimension = 2
        o.numericMaximumDimension = 4
        o.symbolicMaximumShapes = 64
        o.maximumJacobianVariables = 16
        o.maximumHessianVariables = 6
        return o
    }
}

/// An invalid ``CheckOptions`` setting.
public struct CheckOptionsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The setting's name.
    public let setting: String
    /// Its value.
    public let value: String
    /// What it must satisfy.
    public let requirement: String

    public var description: String {
        "invalid check option \(setting) = \(value): must be \(requirement)"
    }
}
