import MatrixNumerics

/// Softmax cross-entropy with large logits: `f(z) = log Σ exp(z_i) − z_label`
/// at logits of size ~`scale` (overflows without the max shift),
/// `∇f = softmax(z) − e_label`.
public struct LargeLogitSoftmax: ZooModel {
    public let name = "softmax-large-logits"
    @usableFromInline let classes: Int
    @usableFromInline let label: Int
    @usableFromInline let scale: Double

    public init(classes: Int, scale: Double = 50, random: inout Xoshiro256StarStar) {
        self.classes = classes
        self.scale = scale
        label = Int(random.next() % UInt64(classes))
    }

    public var parameterShape: Shape { Shape(classes, 1) }

    public func randomPoint(_ random: inout Xoshiro256StarStar) -> Matrix<Double> {
        Matrix(column: normals(classes, &random).map { scale * $0 })
    }

    @inlinable public func callAsFunction<S: ElementaryFunctions & RealConstant>(
        _ z: Matrix<S>
    )
        throws -> S
    {
        logSumExp(z.entries[...]) - z.entries[label]
    }

    @inlinable public func gradient<S: ElementaryFunctions & RealConstant>(
        _ z: Matrix<S>
    ) throws
        -> Matrix<S>
    {
        var p = softmax(z.entries[...])
        p[label] -= S(1)
        return Matrix(column: p)
    }
}
