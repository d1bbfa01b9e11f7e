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
