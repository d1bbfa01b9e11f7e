import ClaimLanguage
import MatrixNumerics
import SymbolicAlgebra

/// A distribution of points for the symbols of a claim. The numeric check
/// cycles through the first three; the certified search tries them all, so
/// that differences living away from `[-1, 1]` (at `x = 3`, at a kink,
/// at large magnitudes) are found.
enum PointFamily: Int, CaseIterable, Sendable {
    /// Entries uniform in `[-1, 1)`.
    case unit
    /// Entries uniform in `[0.1, 1.1)`.
    case positive
    /// Square matrices `I + ¼·U[-1, 1)` (well conditioned, positive
    /// determinant); other entries positive.
    case wellConditioned
    /// Entries uniform in `[-10, 10)`.
    case wide
    /// Integers in `-6...6`, zero (the kink of `relu` and `step`) included.
    case integers
    /// All entries zero: the kink itself.
    case zero
    /// `±10ᵘ` with `u` uniform in `[0, 3)`: magnitudes up to 10³.
    case large

    /// One entry of a `rows × cols` symbol at `(i, j)`, from a uniform `u ∈ [0, 1)`
    /// and a second uniform `v` (used for signs).
    func entry(_ i: Int, _ j: Int, rows: Int, cols: Int, _ u: Double, _ v: Double) -> Double {
        switch self {
        case .unit: return 2 * u - 1
        case .positive: return 0.1 + u
        case .wellConditioned:
            if rows == cols && rows > 1 { return (i == j ? 1 : 0) + 0.25 * (2 * u - 1) }
            return 0.1 + u
        case .wide: return 20 * u - 10
        case .integers: return Double(Int(u * 13) - 6)
        case .zero: return 0
        case .large:
            var magnitude = 1.0
            for _ in 0..<Int(u * 3) { magnitude *= 10 }
            let fraction = 1 + (u * 3 - Double(Int(u * 3))) * 9  // in [1, 10)
            return (v < 0.5 ? -1 : 1) * magnitude * fraction.rounded(.down)
        }
    }

    /// The symbols' values at a point of this family.
    func values(
        for claim: ResolvedClaim, at assignment: [String: Int], seed: UInt64
    ) throws
        -> [String: Matrix<Double>]
    {
        var generator = Xoshiro256StarStar(seed: seed)
        var result: [String: Matrix<Double>] = [:]
        for name in claim.symbols {
            guard let shape = claim.shape(of: name, at: assignment) else {
                throw EvaluationFailure.invalidShape("'\(name)' has a non-positive dimension")
            }
            var m = try Matrix<Double>(rows: shape.rows, cols: shape.cols) { i, j in
                let u = generator.nextUnitInterval()
                let v = generator.nextUnitInterval()
                return entry(i, j, rows: shape.rows, cols: shape.cols, u, v)
            }
            if claim.symmetricSymbols.contains(name) {
                m = try Matrix<Double>(rows: shape.rows, cols: shape.cols) { i, j in
                    (m[i, j] + m[j, i]) / 2
                }
            }
            result[name] = m
        }
        return result
    }
}
