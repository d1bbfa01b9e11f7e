import MatrixNumerics

/// `f(x) = Σ_i h₃₀ ∘ … ∘ h₁(x_i)` with `h_k(t) = t + 0.3 sin(t + b_k)`: a
/// 30-deep chain rule, `∂f/∂x_i = Π_k (1 + 0.3 cos(t_{k−1} + b_k))`.
public struct DeepComposition: ZooModel {
    public let name = "deep-composition"
    @usableFromInline let count: Int
    @usableFromInline let shifts: [Double]

    public init(count: Int, depth: Int = 30, random: inout Xoshiro256StarStar) {
        self.count = count
        shifts = normals(depth, &random)
    }

    public var parameterShape: Shape { Shape(count, 1) }

    public func randomPoint(_ random: inout Xoshiro256StarStar) -> Matrix<Double> {
        Matrix(column: normals(count, &random))
    }

    @inlinable public func callAsFunction<S: ElementaryFunctions & RealConstant>(
        _ x: Matrix<S>
    )
        throws -> S
    {
        var total = S.zero
        for value in x.entries {
            var t = value
            for b in shifts { t = t + S(0.3) * S.sin(t + S.constant(b)) }
            total += t
        }
        return total
    }

    @inlinable public func gradient<S: ElementaryFunctions & RealConstant>(
        _ x: Matrix<S>
    ) throws
        -> Matrix<S>
    {
        Matrix(
            column: x.entries.map { value in
                var t = value
                var derivative = S(1)
                for b in shifts {
                    derivative = derivative * (S(1) + S(0.3) * S.cos(t + S.constant(b)))
                    t = t + S(0.3) * S.sin(t + S.constant(b))
                }
                return derivative
            })
    }
}
