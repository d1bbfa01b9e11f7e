import MatrixNumerics

/// `f(w) = (1/N) Σ_r softplus(−y_r x_rᵀ w) + (λ/2)‖w‖²` with labels
/// `y_r = ±1`, `∇f = −(1/N) Σ_r y_r σ(−y_r x_rᵀ w) x_r + λ w`.
public struct RegularizedLogisticRegression: ZooModel {
    public let name = "logistic-regression"
    @usableFromInline let rows: [Double]
    @usableFromInline let labels: [Double]
    @usableFromInline let features: Int
    @usableFromInline let lambda: Double

    public init(
        rowCount: Int, features: Int, lambda: Double = 1e-2, random: inout Xoshiro256StarStar
    ) {
        self.features = features
        self.lambda = lambda
        let rows = normals(rowCount * features, &random)
        let truth = normals(features, &random)
        var labels: [Double] = []
        for r in 0..<rowCount {
            let noise = random.nextStandardNormal()
            let score = (0..<features).reduce(noise) { $0 + rows[r * features + $1] * truth[$1] }
            labels.append(score >= 0 ? 1 : -1)
        }
        self.rows = rows
        self.labels = labels
    }

    public var parameterShape: Shape { Shape(features, 1) }

    public func randomPoint(_ random: inout Xoshiro256StarStar) -> Matrix<Double> {
        Matrix(column: normals(features, &random))
    }

    /// The margins `y_r x_rᵀ w`.
    @inlinable func margins<S: ElementaryFunctions & RealConstant>(_ w: [S]) -> [S] {
        (0..<labels.count).map { r in
            var s = S.zero
            for k in 0..<features { s += S.constant(rows[r * features + k]) * w[k] }
            return S.constant(labels[r]) * s
        }
    }

    @inlinable public func callAsFunction<S: ElementaryFunctions & RealConstant>(
        _ w: Matrix<S>
    )
        throws -> S
    {
        var total = S.zero
        for m in margins(w.entries) { total += S.softplus(-m) }
        var norm = S.zero
        for value in w.entries { norm += value * value }
        return total / S(labels.count) + S(lambda / 2) * norm
    }

    @inlinable public func gradient<S: ElementaryFunctions & RealConstant>(
        _ w: Matrix<S>
    ) throws
        -> Matrix<S>
    {
        var g = [S](repeating: .zero, count: features)
        for (r, m) in margins(w.entries).enumerated() {
            let weight = S.constant(-labels[r]) * S.sigmoid(-m)
            for k in 0..<features { g[k] += weight * S.constant(rows[r * features + k]) }
        }
        let inverse = S(1) / S(labels.count)
        return Matrix(column: zip(g, w.entries).map { $0 * inverse + S(lambda) * $1 })
    }
}
