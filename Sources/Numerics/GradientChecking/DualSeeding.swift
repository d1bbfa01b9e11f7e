/// `x + v ε` as dual numbers: the point seeded with a direction, so that one
/// evaluation of a generic function gives the directional derivative `J v`
/// in the dual parts. Shared by the gradient, Jacobian and Float32 checks.
@inlinable
func dualSeeded(_ point: [Double], direction v: [Double]) -> [Dual<Double>] {
    var storage = [Dual<Double>]()
    storage.reserveCapacity(point.count)
    for i in point.indices { storage.append(Dual(point[i], v[i])) }
    return storage
}

/// The columns of `∇f` at the given indices (every column for `nil`) by
/// passes of ``MultiDual`` (eight tangents `e_j` per pass): `⌈k/8⌉`
/// evaluations of `f` for `k` columns instead of `k`. Shared by the gradient
/// and Float32 checks.
@inlinable
func multiDualGradientColumns<F: ScalarValuedMatrixFunction>(
    _ function: F, shape: Shape, counter: EvaluationCounter
) -> ([Double], [Int]?, (Int, (values: [Double], errors: [Double])) throws -> Void) throws -> Void {
    { point, columns, body in
        let indices = columns ?? Array(point.indices)
        var storage = point.map { MultiDual(constant: $0) }
        var start = 0
        while start < indices.count {
            counter.count += 1
            let lanes = Swift.min(8, indices.count - start)
            for k in 0..<lanes { storage[indices[start + k]].tangents[k] = 1 }
            let value = try function(
                Matrix(uncheckedRows: shape.rows, cols: shape.cols, storage: storage))
            for k in 0..<lanes { storage[indices[start + k]].tangents[k] = 0 }
            for k in 0..<lanes { try body(indices[start + k], ([value.tangents[k]], [0])) }
            start += lanes
        }
    }
}
