extension Matrix {
    /// A concrete fast path for `Matrix<Double>` products; `nil` for other scalars.
    @inlinable
    static func fastProduct(_ lhs: Matrix, _ rhs: Matrix) -> Matrix? {
        guard Scalar.self == Double.self,
              let a = lhs as? Matrix<Double>, let b = rhs as? Matrix<Double> else { return nil }
        return DoubleKernels.product(a, b) as? Matrix
    }
}

/// Kernels specialised for `Double`.
public enum DoubleKernels {
    /// `C = A·B` for `Double` matrices whose inner dimensions agree (checked by the caller).
    @inlinable
    public static func product(_ a: Matrix<Double>, _ b: Matrix<Double>) -> Matrix<Double> {
        let m = a.rows, n = b.cols, inner = a.cols
        var out = [Double](repeating: 0, count: m * n)
        a.storage.withUnsafeBufferPointer { pa in
            b.storage.withUnsafeBufferPointer { pb in
                out.withUnsafeMutableBufferPointer { pc in
                    for j in 0..<n {
                        for k in 0..<inner {
                            let bkj = pb[k + j * inner]
                            for i in 0..<m { pc[i + j * m] += pa[i + k * m] * bkj }
                        }
                    }
                }
            }
        }
        return Matrix<Double>(uncheckedRows: m, cols: n, storage: out)
    }
}
