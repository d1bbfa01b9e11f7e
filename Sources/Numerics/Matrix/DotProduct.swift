/// `Σ aᵢ bᵢ` over the common length of `a` and `b`: the package's one dot
/// product of flat arrays (gradient checks, network kernels).
@usableFromInline
package func dot(_ a: [Double], _ b: [Double]) -> Double {
    var sum = 0.0
    a.withUnsafeBufferPointer { a in
        b.withUnsafeBufferPointer { b in
            for k in 0..<Swift.min(a.count, b.count) { sum += a[k] * b[k] }
        }
    }
    return sum
}
