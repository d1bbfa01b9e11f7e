/// How ``FiniteDifferences`` approximates a derivative.
///
/// Steps are relative: along input entry `x` the step is
/// `relativeStep · max(1, |x|)`, rounded down to a power of two so that
/// `x ± h` is exact in most cases.
public struct FiniteDifferenceMethod: Sendable, Equatable {
    @usableFromInline
    enum Kind: Sendable, Equatable {
        case central(relativeStep: Double?)
        case richardson(initialRelativeStep: Double, levels: Int)
    }

    @usableFromInline let kind: Kind

    @usableFromInline init(kind: Kind) { self.kind = kind }

    /// Central differences `(f(x + h) − f(x − h))/2h` with the default step
    /// `h = ε^(1/3) · max(1, |x|)` (for Hessians, the second difference with
    /// `h = ε^(1/4) · max(1, |x|)`). Error `O(h²)`; estimated by comparing
    /// with step `2h`.
    public static var central: FiniteDifferenceMethod {
        FiniteDifferenceMethod(kind: .central(relativeStep: nil))
    }

    /// Central differences with relative step `relativeStep`.
    public static func central(relativeStep: Double) -> FiniteDifferenceMethod {
        FiniteDifferenceMethod(kind: .central(relativeStep: relativeStep))
    }

    /// Richardson extrapolation of central differences over the step sequence
    /// `h₀, h₀/2, …, h₀/2^(levels−1)` (a Neville tableau that eliminates the
    /// `h², h⁴, …` error terms), returning the tableau entry with the smallest
    /// error estimate. Defaults: `h₀ = 1/2 · max(1, |x|)`, 8 levels (down to
    /// `h₀/128`); functions that vary on a scale much smaller than 1 need a
    /// smaller initial step (the estimate then reports the loss honestly).
    public static var richardson: FiniteDifferenceMethod {
        .richardson(initialRelativeStep: 0.5, levels: 8)
    }

    /// Richardson extrapolation with an explicit initial relative step and
    /// number of levels (step ratio 2).
    public static func richardson(
        initialRelativeStep: Double, levels: Int
    ) -> FiniteDifferenceMethod {
        FiniteDifferenceMethod(
            kind: .richardson(initialRelativeStep: initialRelativeStep, levels: levels))
    }

    /// `ε^(1/3) ≈ 6.1e-6` for `Double`: the central-difference step that
    /// balances truncation `~ h²|f‴|/6` against rounding `~ ε|f|/h`.
    public static let cubeRootOfEpsilon: Double = {
        // Newton's method for t³ = ε, from a power of two close to it.
        let epsilon = Double.ulpOfOne
        var t = 0x1p-17
        for _ in 0..<8 { t -= (t * t * t - epsilon) / (3 * t * t) }
        return t
    }()

    /// `ε^(1/4) ≈ 1.2e-4`: the corresponding step for second differences.
    public static let fourthRootOfEpsilon: Double = Double.ulpOfOne.squareRoot().squareRoot()

    /// The initial relative step and number of tableau levels (1 for plain
    /// central differences, which use a second step `2h` only for the estimate).
    @usableFromInline
    func validated(
        _ operation: String, order: Int
    ) throws -> (relativeStep: Double, levels: Int, extrapolate: Bool) {
        switch kind {
        case let .central(requested):
            let step =
                requested
                ?? (order == 1
                    ? FiniteDifferenceMethod.cubeRootOfEpsilon
                    : FiniteDifferenceMethod.fourthRootOfEpsilon)
            guard step.isFinite, step > 0 else {
                throw DifferentiationError.invalidParameter(
                    operation: operation, name: "relativeStep", value: step)
            }
            return (step, 2, false)
        case let .richardson(step, levels):
            guard step.isFinite, step > 0 else {
                throw DifferentiationError.invalidParameter(
                    operation: operation, name: "initialRelativeStep", value: step)
            }
            guard levels >= 2, levels <= 40 else {
                throw DifferentiationError.invalidParameter(
                    operation: operation, name: "levels", value: Double(levels))
            }
            return (step, levels, true)
        }
    }
}
