// dgemm driver: cache blocking and panel packing around a register-blocked
// micro-kernel (the Goto/BLIS scheme), with the micro-kernel chosen at run time.
//
//   for jc in 0..<n by NC            B panel (KC × NC) is packed once, kept in L3
//     for pc in 0..<k by KC
//       pack B[pc.., jc..] into NR-column micro-panels
//       for ic in 0..<m by MC        A panel (MC × KC) is packed, kept in L2
//         pack A[ic.., pc..] into MR-row micro-panels
//         for jr in 0..<NC by NR     one B micro-panel (KC × NR) stays in L1
//           for ir in 0..<MC by MR
//             C[ir.., jr..] (+)= micro-kernel(A micro-panel, B micro-panel)
//
// Edges are handled by zero-padding the packed panels: the micro-kernel always
// computes a full MR × NR tile, partial tiles go through a local buffer.

#include "CKernels.h"
#include "GemmInternal.h"

#include <stdlib.h>
#include <string.h>

int ckernels_gemm_kernel_is_supported(CKernelsGemmKernel kernel) {
    switch (kernel) {
    case CKernelsGemmAutomatic:
    case CKernelsGemmBaseline:
        return 1;
#if defined(__x86_64__)
    case CKernelsGemmAVX2:
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    case CKernelsGemmAVX512:
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx512f");
#endif
    default:
        return 0;
    }
}

CKernelsGemmKernel ckernels_gemm_best_kernel(void) {
    if (ckernels_gemm_kernel_is_supported(CKernelsGemmAVX512)) return CKernelsGemmAVX512;
    if (ckernels_gemm_kernel_is_supported(CKernelsGemmAVX2)) return CKernelsGemmAVX2;
    return CKernelsGemmBaseline;
}

static const ckernels_gemm_shape *shape_for(CKernelsGemmKernel kernel) {
    if (kernel == CKernelsGemmAutomatic || !ckernels_gemm_kernel_is_supported(kernel)) {
        kernel = ckernels_gemm_best_kernel();
    }
    switch (kernel) {
#if defined(__x86_64__)
    case CKernelsGemmAVX512: return &ckernels_gemm_avx512;
    case CKernelsGemmAVX2: return &ckernels_gemm_avx2;
#endif
    default: return &ckernels_gemm_baseline;
    }
}

static ptrdiff_t min_of(ptrdiff_t x, ptrdiff_t y) { return x < y ? x : y; }
static ptrdiff_t round_up(ptrdiff_t x, ptrdiff_t step) { return (x + step - 1) / step * step; }

/// Plain j-k-i loop for products too small (or too thin) to repay packing,
/// and the fallback when the packing buffers cannot be allocated.
static void gemm_unblocked(ptrdiff_t m, ptrdiff_t n, ptrdiff_t k, const double *a, ptrdiff_t lda,
                           const double *b, ptrdiff_t ldb, double *c, ptrdiff_t ldc) {
    for (ptrdiff_t j = 0; j < n; ++j) {
        double *cj = c + j * ldc;
        for (ptrdiff_t i = 0; i < m; ++i) cj[i] = 0.0;
        for (ptrdiff_t p = 0; p < k; ++p) {
            const double bpj = b[p + j * ldb];
            const double *ap = a + p * lda;
            for (ptrdiff_t i = 0; i < m; ++i) cj[i] += ap[i] * bpj;
        }
    }
}

/// Packs the `mc × kc` block of A at `a` into `mr`-row micro-panels, each
/// stored column after column (`mr` contiguous rows per column), zero-padded.
static void pack_a(ptrdiff_t mc, ptrdiff_t kc, ptrdiff_t mr, const double *a, ptrdiff_t lda,
                   double *packed) {
    for (ptrdiff_t i0 = 0; i0 < mc; i0 += mr) {
        const ptrdiff_t rows = min_of(mr, mc - i0);
        for (ptrdiff_t p = 0; p < kc; ++p) {
            const double *src = a + i0 + p * lda;
            memcpy(packed, src, (size_t)rows * sizeof(double));
            for (ptrdiff_t i = rows; i < mr; ++i) packed[i] = 0.0;
            packed += mr;
        }
    }
}

/// Packs the `kc × nc` block of B at `b` into `nr`-column micro-panels, each
/// stored row after row (`nr` contiguous columns per row), zero-padded.
static void pack_b(ptrdiff_t kc, ptrdiff_t nc, ptrdiff_t nr, const double *b, ptrdiff_t ldb,
                   double *packed) {
    for (ptrdiff_t j0 = 0; j0 < nc; j0 += nr) {
        const ptrdiff_t cols = min_of(nr, nc - j0);
        for (ptrdiff_t j = 0; j < cols; ++j) {
            const double *src = b + (j0 + j) * ldb;
            for (ptrdiff_t p = 0; p < kc; ++p) packed[p * nr + j] = src[p];
        }
        for (ptrdiff_t j = cols; j < nr; ++j) {
            for (ptrdiff_t p = 0; p < kc; ++p) packed[p * nr + j] = 0.0;
        }
        packed += kc * nr;
    }
}

/// Whether packing pays: below this much work, or for very thin operands,
/// the unblocked loop is faster.
static int worth_blocking(ptrdiff_t m, ptrdiff_t n, ptrdiff_t k, const ckernels_gemm_shape *shape) {
    if (m < shape->mr / 2 || n < shape->nr / 2 || k < 4) return 0;
    return (double)m * (double)n * (double)k >= 4096.0;
}

void ckernels_dgemm(CKernelsGemmKernel kernel, ptrdiff_t m, ptrdiff_t n, ptrdiff_t k,
                    const double *a, ptrdiff_t lda, const double *b, ptrdiff_t ldb,
                    double *c, ptrdiff_t ldc) {
    if (m <= 0 || n <= 0) return;
    if (k <= 0) {
        for (ptrdiff_t j = 0; j < n; ++j) memset(c + j * ldc, 0, (size_t)m * sizeof(double));
        return;
    }
    const ckernels_gemm_shape *shape = shape_for(kernel);
    const ptrdiff_t mr = shape->mr, nr = shape->nr;
    if (kernel == CKernelsGemmAutomatic && !worth_blocking(m, n, k, shape)) {
        gemm_unblocked(m, n, k, a, lda, b, ldb, c, ldc);
        return;
    }
    const ptrdiff_t kcMax = min_of(shape->kc, k);
    const ptrdiff_t mcMax = round_up(min_of(shape->mc, m), mr);
    const ptrdiff_t ncMax = round_up(min_of(shape->nc, n), nr);
    const size_t bytesA = (size_t)round_up(mcMax * kcMax * (ptrdiff_t)sizeof(double), 64);
    const size_t bytesB = (size_t)round_up(ncMax * kcMax * (ptrdiff_t)sizeof(double), 64);
    double *packedA = aligned_alloc(64, bytesA);
    double *packedB = aligned_alloc(64, bytesB);
    if (packedA == NULL || packedB == NULL) {
        free(packedA);
        free(packedB);
        gemm_unblocked(m, n, k, a, lda, b, ldb, c, ldc);
        return;
    }
    _Alignas(64) double tile[32 * 16];

    for (ptrdiff_t jc = 0; jc < n; jc += shape->nc) {
        const ptrdiff_t nc = min_of(shape->nc, n - jc);
        for (ptrdiff_t pc = 0; pc < k; pc += shape->kc) {
            const ptrdiff_t kc = min_of(shape->kc, k - pc);
            const int accumulate = pc > 0;
            pack_b(kc, nc, nr, b + pc + jc * ldb, ldb, packedB);
            for (ptrdiff_t ic = 0; ic < m; ic += shape->mc) {
                const ptrdiff_t mc = min_of(shape->mc, m - ic);
                pack_a(mc, kc, mr, a + ic + pc * lda, lda, packedA);
                for (ptrdiff_t jr = 0; jr < nc; jr += nr) {
                    const ptrdiff_t cols = min_of(nr, nc - jr);
                    const double *panelB = packedB + jr * kc;
                    for (ptrdiff_t ir = 0; ir < mc; ir += mr) {
                        const ptrdiff_t rows = min_of(mr, mc - ir);
                        const double *panelA = packedA + ir * kc;
                        double *block = c + (ic + ir) + (jc + jr) * ldc;
                        if (rows == mr && cols == nr) {
                            shape->kernel(kc, panelA, panelB, block, ldc, accumulate);
                            continue;
                        }
                        shape->kernel(kc, panelA, panelB, tile, mr, 0);
                        for (ptrdiff_t j = 0; j < cols; ++j) {
                            for (ptrdiff_t i = 0; i < rows; ++i) {
                                const double value = tile[i + j * mr];
                                block[i + j * ldc] = accumulate ? block[i + j * ldc] + value : value;
                            }
                        }
                    }
                }
            }
        }
    }
    free(packedA);
    free(packedB);
}
