/// Complex-step derivatives (Squire & Trapp 1998): `f′(x) = Im f(x + ih)/h`
/// with `h = 2⁻³³⁰ ≈ 4.6e-100`, so the `O(h²)` truncation is far below
/// rounding and there is no subtractive cancellation. Exact to rounding for
/// functions that are real-analytic at `x` and written generically
/// (``MatrixFunction``); not for functions using `relu` at its kink or
/// comparisons on values. Layout: see ``DerivativeLayout``.
public enum ComplexStep {
    /// The complex step `h = 2⁻³³⁰`: small enough that `h²` terms vanish next
    /// to any value, large enough that `h · (values down to 1e-200)` stays
    /// normal.
    public static let step = 0x1p-330

    /// The directional derivative `dF[V] = Im F(X + ihV)/h`, in the shape of `F`.
    /// - Throws: ``MatrixError/shapeMismatch(operation:lhs:rhs:reason:)`` when
    ///   `direction` and `x` differ in shape; whatever `f` throws.
    @inlinable
    public static func jvp(
        of f: some MatrixFunction, at x: Matrix<Double>, direction: Matrix<Double>
    ) throws -> Matrix<Double> {
        try x.requireSameShape(direction, "complex-step JVP")
        var point = x.map { Complex($0) }
        for k in point.storage.indices { point.storage[k].imaginary = step * direction.storage[k] }
        return try f(point).map { $0.imaginary / step }
    }

    /// The Jacobian `∂ vec F / ∂ (vec X)ᵀ`, shape `|F| × |X|`, one complex
    /// evaluation per column.
    @inlinable
    public static func jacobian(
        of f: some MatrixFunction, at x: Matrix<Double>
    ) throws -> Matrix<Double> {
        let outputCount = try f(x).count
        var storage = [Double]()
        storage.reserveCapacity(outputCount * x.count)
        let real = x.map { Complex($0) }
        for b in 0..<x.count {
            var point = real
            point.storage[b].imaginary = step
            let y = try f(point)
            guard y.count == outputCount else {
                throw DifferentiationError.outputShapeChanged(
                    operation: "complex-step Jacobian", expected: Shape(outputCount, 1),
                    found: y.shape)
            }
            storage += y.storage.map { $0.imaginary / step }
        }
        let shape = DerivativeLayout.jacobianShape(output: Shape(outputCount, 1), input: x.shape)
        return try Matrix(rows: shape.rows, cols: shape.cols, storage: storage)
    }

    /// The gradient `∇f` in the shape of `x`, one complex evaluation per entry.
    @inlinable
    public static func gradient(
        of f: some ScalarValuedMatrixFunction, at x: Matrix<Double>
    ) throws -> Matrix<Double> {
        var storage = [Double]()
        storage.reserveCapacity(x.count)
        let real = x.map { Complex($0) }
        for b in 0..<x.count {
            var point = real
            point.storage[b].imaginary = step
            storage.append(try f(point).imaginary / step)
        }
        return Matrix(uncheckedRows: x.rows, cols: x.cols, storage: storage)
    }
}
