import MatrixNumerics
import ClaimLanguage
/// Draws the symbols' values at a random point, from a seed and an attempt
/// number. Attempts cycle through distributions so that claims defined
/// only on part of the space (a `log`, an `inv`, a `log det`) find points:
///
/// 0. entries uniform in `[-1, 1)`;
/// 1. entries uniform in `[0.1, 1.1)` (positive);
/// 2. square matrices `I + ¼·U[-1, 1)` (well conditioned, positive
///    determinant), other entries positive;
///
/// then again with fresh randomness. Symmetric symbols are symmetrised.
struct PointSampler {
    package let claim: ResolvedClaim

    /// The seed of attempt `attempt` at base seed `seed`.
    package static func pointSeed(_ seed: UInt64, _ attempt: Int) -> UInt64 {
        var g = SplitMix64(seed: seed &+ UInt64(attempt) &* 0x9E37_79B9_7F4A_7C15)
        return g.next()
    }

    package func values(
        at assignment: [String: Int], seed: UInt64, attempt: Int
    ) throws -> [String: Matrix<Double>] {
        var generator = Xoshiro256StarStar(seed: seed)
        var result: [String: Matrix<Double>] = [:]
        for name in claim.symbols {
            guard let shape = claim.shape(of: name, at: assignment) else {
                throw EvaluationFailure.invalidShape("'\(name)' has a non-positive dimension")
            }
            let kind = attempt % 3
            var m = try Matrix<Double>(rows: shape.rows, cols: shape.cols) { i, j in
                let u = generator.nextUnitInterval()
                switch kind {
                case 0: return 2 * u - 1
                case 1: return 0.1 + u
                default:
                    if shape.rows == shape.cols && shape.rows > 1 {
                        return (i == j ? 1 : 0) + 0.25 * (2 * u - 1)
                    }
                    return 0.1 + u
                }
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
