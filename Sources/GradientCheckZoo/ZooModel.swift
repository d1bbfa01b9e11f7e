import MatrixNumerics

/// A model of the gradient-check zoo: a loss over its data, written once for
/// every scalar, and a **hand-written** gradient — the kind of user code the
/// checks exist for. The gradient is generic too, so the same code runs in
/// `Float` (the Float32 checks) and, on dual numbers, gives the
/// Hessian-vector product `∇²f(x) v = d/dt ∇f(x + t v)` (forward over the
/// hand-written reverse).
public protocol ZooModel: ScalarValuedMatrixFunction {
    /// The name in the bench's JSON (`"logsumexp"`, `"mlp"`, …).
    var name: String { get }
    /// The shape of the parameters `x`.
    var parameterShape: Shape { get }
    /// The hand-written gradient `∇f(x)`, in the shape of `x`.
    func gradient<S: ElementaryFunctions & RealConstant>(_ x: Matrix<S>) throws -> Matrix<S>
    /// A random point at which the model is checked.
    func randomPoint(_ random: inout Xoshiro256StarStar) -> Matrix<Double>
}

extension ZooModel {
    /// `∇²f(x) v`: the hand-written gradient run on dual numbers along `v`.
    /// - Throws: ``DerivativeCheckError/shapeMismatch(what:expected:actual:)``
    ///   when `v` does not have the shape of `x`.
    @inlinable
    public func hessianVectorProduct(
        _ x: Matrix<Double>, _ v: Matrix<Double>
    ) throws -> Matrix<
        Double
    > {
        guard v.shape == x.shape else {
            throw DerivativeCheckError.shapeMismatch(
                what: "direction v", expected: x.shape, actual: v.shape)
        }
        let duals = try Matrix(
            rows: x.rows, cols: x.cols, storage: zip(x.entries, v.entries).map { Dual($0, $1) })
        return try gradient(duals).map(\.derivative)
    }
}

/// Standard normal samples, `count` of them.
func normals(_ count: Int, _ random: inout Xoshiro256StarStar) -> [Double] {
    (0..<count).map { _ in random.nextStandardNormal() }
}

/// `log Σ exp(z_i)` computed stably (shifted by the largest entry).
@inlinable
func logSumExp<S: ElementaryFunctions & RealConstant>(_ z: ArraySlice<S>) -> S {
    let top = z.max() ?? .zero
    var sum = S.zero
    for value in z { sum += S.exp(value - top) }
    return top + S.log(sum)
}

/// `softmax(z)`, stably.
@inlinable
func softmax<S: ElementaryFunctions & RealConstant>(_ z: ArraySlice<S>) -> [S] {
    let top = z.max() ?? .zero
    let e = z.map { S.exp($0 - top) }
    var sum = S.zero
    for value in e { sum += value }
    return e.map { $0 / sum }
}
