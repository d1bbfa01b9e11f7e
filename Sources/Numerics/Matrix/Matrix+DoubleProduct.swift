internal import CKernels

extension Matrix {
    /// A concrete fast path for `Matrix<Double>` products; `nil` for other scalars.
    ///
    /// `@inlinable`, so that in a caller's specialisation for `Double` (in any
    /// module) the type test folds away and the call goes straight to the
    /// GEMM of ``DoubleKernels/product(_:_:)``; for other scalars it folds to `nil`.
    @inlinable
    static func fastProduct(_ lhs: Matrix, _ rhs: Matrix) -> Matrix? {
        guard Scalar.self == Double.self,
            let a = lhs as? Matrix<Double>, let b = rhs as? Matrix<Double>
        else { return nil }
        return DoubleKernels.uncheckedProduct(a, b) as? Matrix
    }
}

/// Kernels specialised for `Double`.
public enum DoubleKernels {
    /// `C = A·B` for `Double` matrices (what `try a * b` runs for `Matrix<Double>`).
    ///
    /// A cache-blocked GEMM with packed panels and a register-blocked
    /// micro-kernel, compiled for AVX-512 and AVX2+FMA besides a portable
    /// baseline and chosen by a run-time CPU check (the `CKernels` target;
    /// see `docs/gemm.md`). Single-threaded. Summation order differs from the
    /// generic loop, so results agree with it to rounding, within
    /// `2·k·u·(|A||B|)[i, j]` entrywise (`u` the unit roundoff, `k` = `A.cols`).
    /// - Throws: ``MatrixError/shapeMismatch(operation:lhs:rhs:reason:)`` when
    ///   the inner dimensions differ.
    /// - Complexity: O(m·n·k) time, O(MC·KC + KC·NC) extra memory for the packed panels.
    public static func product(_ a: Matrix<Double>, _ b: Matrix<Double>) throws -> Matrix<Double> {
        guard a.cols == b.rows else {
            throw MatrixError.shapeMismatch(
                operation: "matrix product", lhs: a.shape, rhs: b.shape,
                reason: "inner dimensions \(a.cols) and \(b.rows) differ")
        }
        return uncheckedProduct(a, b)
    }

    /// `C = A·B` for operands whose shapes the caller has checked.
    @usableFromInline
    static func uncheckedProduct(_ a: Matrix<Double>, _ b: Matrix<Double>) -> Matrix<Double> {
        uncheckedProduct(a, b, kernel: .automatic)
    }

    /// The micro-kernel family the running CPU uses for ``product(_:_:)``:
    /// `"avx512"`, `"avx2"` or `"baseline"`.
    public static var productKernelName: String { DoubleProductKernel.best.name }

    /// `C = A·B` for operands whose shapes the caller has checked, with the
    /// given micro-kernel family; an unsupported one falls back to the best
    /// supported. Forcing a kernel also forces the blocked path for small
    /// products (tests use this to reach every kernel and edge).
    static func uncheckedProduct(
        _ a: Matrix<Double>, _ b: Matrix<Double>, kernel: DoubleProductKernel
    ) -> Matrix<Double> {
        precondition(a.cols == b.rows, "DoubleKernels.product: inner dimensions differ")
        let m = a.rows, n = b.cols, inner = a.cols
        let out = [Double](unsafeUninitializedCapacity: m * n) { buffer, initialized in
            a.storage.withUnsafeBufferPointer { pa in
                b.storage.withUnsafeBufferPointer { pb in
                    ckernels_dgemm(
                        kernel.cValue, m, n, inner,
                        pa.baseAddress, max(1, m), pb.baseAddress, max(1, inner),
                        buffer.baseAddress, max(1, m))
                }
            }
            initialized = m * n
        }
        return Matrix<Double>(uncheckedRows: m, cols: n, storage: out)
    }
}

/// The machine-code variants of the `Double` product kernel (see `docs/gemm.md`).
enum DoubleProductKernel: CaseIterable, Sendable {
    /// The best variant the running CPU supports.
    case automatic
    /// Portable C, no instruction-set requirement beyond the target's baseline.
    case baseline
    /// 256-bit AVX2 with FMA3.
    case avx2
    /// 512-bit AVX-512F.
    case avx512

    var cValue: CKernelsGemmKernel {
        switch self {
        case .automatic: CKernelsGemmAutomatic
        case .baseline: CKernelsGemmBaseline
        case .avx2: CKernelsGemmAVX2
        case .avx512: CKernelsGemmAVX512
        }
    }

    /// Whether this variant runs on the current CPU (`automatic` and `baseline` always do).
    var isSupported: Bool { ckernels_gemm_kernel_is_supported(cValue) != 0 }

    /// What `automatic` resolves to here.
    static var best: DoubleProductKernel {
        let best = ckernels_gemm_best_kernel()
        return DoubleProductKernel.allCases.first { $0 != .automatic && $0.cValue == best }
            ?? .baseline
    }

    var name: String {
        switch self {
        case .automatic: "automatic"
        case .baseline: "baseline"
        case .avx2: "avx2"
        case .avx512: "avx512"
        }
    }
}
