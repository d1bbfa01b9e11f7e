import MatrixNumerics

/// `f(x) = log Σ exp(x_i)` over many entries, `∇f = softmax(x)`: every entry
/// of the gradient shares the rounding of one long sum.
public struct LogSumExp: ZooModel {
    public let name = "logsumexp"
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
        logSumExp(x.entries[...])
    }

    @inlinable public func gradient<S: ElementaryFunctions & RealConstant>(
        _ x: Matrix<S>
    ) throws
        -> Matrix<S>
    {
        Matrix(column: softmax(x.entries[...]))
    }
}
