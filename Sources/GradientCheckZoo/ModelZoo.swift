import MatrixNumerics

/// The gradient-check zoo: eight seeded models with correct hand-written
/// gradients, chosen where rounding is hardest on a check — long reductions,
/// large logits, a long log-sum-exp, ill-conditioning, a deep chain rule, an
/// MLP, regularised logistic regression and a 10⁶-term sum.
public enum ModelZoo {
    /// How large the models are.
    public enum Size: String, Sendable {
        /// Small enough for `swift test` (debug build).
        case small
        /// The sizes of issue 18 (`matcheck bench gradcheck-zoo`): 10⁵ rows,
        /// 10⁴ log-sum-exp entries, a 64-128-10 MLP, a 10⁶-term sum.
        case full
    }

    /// The eight models, seeded.
    public static func models(_ size: Size, seed: UInt64 = 18) -> [any ZooModel] {
        var random = Xoshiro256StarStar(seed: seed)
        let full = size == .full
        return [
            MeanSquaredError(rowCount: full ? 100_000 : 500, features: 8, random: &random),
            LargeLogitSoftmax(classes: full ? 1_000 : 100, random: &random),
            LogSumExp(count: full ? 10_000 : 300),
            IllConditionedQuadratic(dimension: full ? 50 : 16, random: &random),
            DeepComposition(count: full ? 1_000 : 40, random: &random),
            Perceptron(
                sizes: full ? [64, 128, 10] : [8, 12, 4], batch: full ? 32 : 8, random: &random),
            RegularizedLogisticRegression(
                rowCount: full ? 20_000 : 300, features: 10, random: &random),
            LongSum(count: full ? 1_000_000 : 300),
        ]
    }
}
