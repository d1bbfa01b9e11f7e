/// CKernels: the few hot numeric kernels of MatrixCalculus that need
/// instruction-set-specific machine code (AVX2/FMA, AVX-512), selected at run
/// time by a CPU check. Swift code reaches them through `DoubleKernels`.
#ifndef CKERNELS_H
#define CKERNELS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The micro-kernel families of `ckernels_dgemm`.
typedef enum {
    /// Best one the running CPU supports.
    CKernelsGemmAutomatic = 0,
    /// Portable C (SSE2 on x86-64), no instruction-set requirement.
    CKernelsGemmBaseline = 1,
    /// 256-bit AVX2 + FMA3.
    CKernelsGemmAVX2 = 2,
    /// 512-bit AVX-512F.
    CKernelsGemmAVX512 = 3,
} CKernelsGemmKernel;

/// Whether `kernel` can run on this CPU (and operating system).
int ckernels_gemm_kernel_is_supported(CKernelsGemmKernel kernel);

/// The kernel `CKernelsGemmAutomatic` resolves to on this CPU.
CKernelsGemmKernel ckernels_gemm_best_kernel(void);

/// Column-major `C = A·B` for `A` (`m × k`, leading dimension `lda`),
/// `B` (`k × n`, `ldb`) and `C` (`m × n`, `ldc`); `C` is overwritten and must
/// not overlap `A` or `B`. An unsupported `kernel` falls back to the best
/// supported one. Dimensions must be non-negative and leading dimensions at
/// least the row counts (at least 1); the caller validates them.
void ckernels_dgemm(CKernelsGemmKernel kernel, ptrdiff_t m, ptrdiff_t n, ptrdiff_t k,
                    const double *a, ptrdiff_t lda, const double *b, ptrdiff_t ldb,
                    double *c, ptrdiff_t ldc);

#ifdef __cplusplus
}
#endif

#endif
