import MatrixNumerics

/// `f(x) = Σ_i log(1 + x_i²)` over many terms (10⁶ at full size),
/// `∂f/∂x_i = 2 x_i / (1 + x_i²)`: one long reduction in the value, none in
/// the gradient, so a one-entry error is diluted by the whole sum in fast mode.
public struct LongSum: ZooModel {
    public let name = "long-sum"
    @usableFromInline let count: Int

    public init(count: Int) { self.count = count }

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
        for value in x.entries { total += S.log(S(1) + value * value) }
        return total
    }

    @inlinable public func gradient<S: ElementaryFunctions & RealConstant>(
        _ x: Matrix<S>
    ) throws
        -> Matrix<S>
    {
        Matrix(column: x.entries.map { S(2) * $0 / (S(1) + $0 * $0) })
    }
}
