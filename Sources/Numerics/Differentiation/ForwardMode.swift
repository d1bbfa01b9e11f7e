/// Derivatives exact to rounding by forward-mode dual numbers (``Dual``) and
/// hyper-dual numbers (``HyperDual``), for functions written generically.
/// No step, no truncation error. Layout: see ``DerivativeLayout``.
public enum ForwardMode {
    /// The Jacobian `∂ vec F / ∂ (vec X)ᵀ`, shape `|F| × |X|`, one dual
    /// evaluation per column (input entry).
    /// - Throws: whatever `f` throws;
    ///   ``DifferentiationError/outputShapeChanged(operation:expected:found:)``
    ///   when `f` returns different shapes for different columns.
    /// - Complexity: `|X|` evaluations of `f` on `Dual<Double>`.
    @inlinable
    public static func jacobian(
        of f: some MatrixFunction, at x: Matrix<Double>
    ) throws -> Matrix<Double> {
        var storage = [Double]()
        var outputShape: Shape?
        for b in 0..<x.count {
            let seeded = x.map { Dual($0) }
            var direction = seeded
            direction.storage[b].derivative = 1
            let y = try f(direction)
            if let expected = outputShape, expected != y.shape {
                throw DifferentiationError.outputShapeChanged(
                    operation: "forward-mode Jacobian", expected: expected, found: y.shape)
            }
            outputShape = y.shape
            storage += y.storage.map(\.derivative)
        }
        let outputCount: Int
        if let shape = outputShape {
            outputCount = shape.count
        } else {
            outputCount = try f(x).count
        }
        let shape = DerivativeLayout.jacobianShape(output: Shape(outputCount, 1), input: x.shape)
        return try Matrix(rows: shape.rows, cols: shape.cols, storage: storage)
    }

    /// The directional derivative `dF[V]` in the shape of `F`
    /// (`vec dF[V] = J · vec V`), from one dual evaluation.
    /// - Throws: ``MatrixError/shapeMismatch(operation:lhs:rhs:reason:)`` when
    ///   `direction` and `x` differ in shape; whatever `f` throws.
    @inlinable
    public static func jvp(
        of f: some MatrixFunction, at x: Matrix<Double>, direction: Matrix<Double>
    ) throws -> Matrix<Double> {
        try x.requireSameShape(direction, "forward-mode JVP")
        var seeded = x.map { Dual($0) }
        for k in seeded.storage.indices { seeded.storage[k].derivative = direction.storage[k] }
        return try f(seeded).map(\.derivative)
    }

    /// The gradient `∇f` in the shape of `x`, one dual evaluation per entry.
    /// - Complexity: `|X|` evaluations of `f` on `Dual<Double>`.
    @inlinable
    public static func gradient(
        of f: some ScalarValuedMatrixFunction, at x: Matrix<Double>
    ) throws -> Matrix<Double> {
        var storage = [Double]()
        storage.reserveCapacity(x.count)
        let constant = x.map { Dual($0) }
        for b in 0..<x.count {
            var seeded = constant
            seeded.storage[b].derivative = 1
            storage.append(try f(seeded).derivative)
        }
        return Matrix(uncheckedRows: x.rows, cols: x.cols, storage: storage)
    }

    /// The Hessian `H[a, b] = ∂²f / ∂(vec X)[a] ∂(vec X)[b]`, shape
    /// `|X| × |X|`: entry `(a, b)` is the `ε₁ε₂` part of `f` at
    /// `X + ε₁ eₐ + ε₂ e_b` (Fike & Alonso 2011). Symmetric by construction.
    /// - Complexity: `|X|(|X| + 1)/2` evaluations of `f` on `HyperDual<Double>`.
    @inlinable
    public static func hessian(
        of f: some ScalarValuedMatrixFunction, at x: Matrix<Double>
    ) throws -> Matrix<Double> {
        let n = x.count
        var storage = [Double](repeating: 0, count: n * n)
        let constant = x.map { HyperDual($0) }
        for a in 0..<n {
            for b in a..<n {
                var seeded = constant
                seeded.storage[a].epsilon1 = 1
                seeded.storage[b].epsilon2 = 1
                let entry = try f(seeded).epsilon1epsilon2
                storage[a + b * n] = entry
                storage[b + a * n] = entry
            }
        }
        return Matrix(uncheckedRows: n, cols: n, storage: storage)
    }
}
