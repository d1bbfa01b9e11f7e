import MatrixNumerics

/// Linear least squares over many rows: `f(w) = (1/N) Σ_r (x_rᵀ w − y_r)²`,
/// `∇f = (2/N) Σ_r (x_rᵀ w − y_r) x_r` — a long reduction over the rows.
public struct MeanSquaredError: ZooModel {
    public let name = "mse-rows"
    /// `N × d` rows, row-major: row `r` is `rows[r*d ..< (r+1)*d]`.
    @usableFromInline let rows: [Double]
    @usableFromInline let targets: [Double]
    @usableFromInline let features: Int

    public init(rowCount: Int, features: Int, random: inout Xoshiro256StarStar) {
        self.features = features
        let rows = normals(rowCount * features, &random)
        let truth = normals(features, &random)
        var targets: [Double] = []
        for r in 0..<rowCount {
            let noise = 0.5 * random.nextStandardNormal()
            targets.append(
                (0..<features).reduce(noise) { $0 + rows[r * features + $1] * truth[$1] })
        }
        self.rows = rows
        self.targets = targets
    }

    public var parameterShape: Shape { Shape(features, 1) }

    public func randomPoint(_ random: inout Xoshiro256StarStar) -> Matrix<Double> {
        Matrix(column: normals(features, &random))
    }

    /// The residuals `x_rᵀ w − y_r`.
    @inlinable func residuals<S: ElementaryFunctions & RealConstant>(_ w: [S]) -> [S] {
        (0..<targets.count).map { r in
            var s = S.constant(-targets[r])
            for k in 0..<features { s += S.constant(rows[r * features + k]) * w[k] }
            return s
        }
    }

    @inlinable public func callAsFunction<S: ElementaryFunctions & RealConstant>(
        _ w: Matrix<S>
    )
        throws -> S
    {
        var total = S.zero
        for e in residuals(w.entries) { total += e * e }
        return total / S(targets.count)
    }

    @inlinable public func gradient<S: ElementaryFunctions & RealConstant>(
        _ w: Matrix<S>
    ) throws
        -> Matrix<S>
    {
        var g = [S](repeating: .zero, count: features)
        for (r, e) in residuals(w.entries).enumerated() {
            for k in 0..<features { g[k] += e * S.constant(rows[r * features + k]) }
        }
        let scale = S(2) / S(targets.count)
        return Matrix(column: g.map { $0 * scale })
    }
}
