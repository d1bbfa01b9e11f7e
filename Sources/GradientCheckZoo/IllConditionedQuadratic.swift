import MatrixNumerics

/// `f(x) = ½ xᵀ A x + bᵀ x` with `A = Mᵀ D M`, `D` log-spaced from 1 to
/// `10⁻⁸` (condition number about `10⁸`), `∇f = A x + b`.
public struct IllConditionedQuadratic: ZooModel {
    public let name = "ill-conditioned-quadratic"
    @usableFromInline let dimension: Int
    /// `A`, column-major.
    @usableFromInline let a: [Double]
    @usableFromInline let b: [Double]

    public init(dimension n: Int, random: inout Xoshiro256StarStar) {
        dimension = n
        let m = normals(n * n, &random).map { $0 / Double(n).squareRoot() }
        let d = (0..<n).map { Double.pow(10, -8 * Double($0) / Double(max(n - 1, 1))) }
        var a = [Double](repeating: 0, count: n * n)
        for j in 0..<n {
            for i in 0..<n {
                var s = 0.0
                for k in 0..<n { s += m[k + i * n] * d[k] * m[k + j * n] }
                a[i + j * n] = s
            }
        }
        self.a = a
        b = normals(n, &random)
    }

    public var parameterShape: Shape { Shape(dimension, 1) }

    public func randomPoint(_ random: inout Xoshiro256StarStar) -> Matrix<Double> {
        Matrix(column: normals(dimension, &random))
    }

    @inlinable func product<S: ElementaryFunctions & RealConstant>(_ x: [S]) -> [S] {
        let n = dimension
        var y = [S](repeating: .zero, count: n)
        for j in 0..<n {
            for i in 0..<n { y[i] += S.constant(a[i + j * n]) * x[j] }
        }
        return y
    }

    @inlinable public func callAsFunction<S: ElementaryFunctions & RealConstant>(
        _ x: Matrix<S>
    )
        throws -> S
    {
        let ax = product(x.entries)
        var total = S.zero
        for i in 0..<dimension { total += x.entries[i] * (S(0.5) * ax[i] + S.constant(b[i])) }
        return total
    }

    @inlinable public func gradient<S: ElementaryFunctions & RealConstant>(
        _ x: Matrix<S>
    ) throws
        -> Matrix<S>
    {
        Matrix(column: zip(product(x.entries), b).map { $0 + S.constant($1) })
    }
}
