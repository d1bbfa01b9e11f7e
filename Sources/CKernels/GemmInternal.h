// Shared declarations of the dgemm driver and its micro-kernels (not public).
#ifndef CKERNELS_GEMM_INTERNAL_H
#define CKERNELS_GEMM_INTERNAL_H

#include <stddef.h>

/// `C[0..<MR, 0..<NR] (=|+=) Ap · Bp` for packed panels: `packedA` holds `kc`
/// columns of `MR` contiguous rows, `packedB` holds `kc` rows of `NR`
/// contiguous columns. `accumulate == 0` overwrites `C`.
typedef void (*ckernels_micro_kernel)(ptrdiff_t kc, const double *packedA, const double *packedB,
                                      double *c, ptrdiff_t ldc, int accumulate);

/// Like `ckernels_micro_kernel` for a partial tile: only `C[0..<rows, 0..<cols]`
/// (`rows ≤ MR`, `cols ≤ NR`) is read and written.
typedef void (*ckernels_edge_kernel)(ptrdiff_t kc, const double *packedA, const double *packedB,
                                     double *c, ptrdiff_t ldc, int accumulate, ptrdiff_t rows,
                                     ptrdiff_t cols);

/// A micro-kernel (and optionally an edge kernel; without one, partial tiles
/// go through a local buffer) with its register tile (`mr × nr`) and cache blocking
/// (`mc × kc` panel of A kept in L2, `kc × nc` panel of B in L3).
typedef struct {
    ckernels_micro_kernel kernel;
    ckernels_edge_kernel edge_kernel;
    ptrdiff_t mr, nr, mc, kc, nc;
} ckernels_gemm_shape;

extern const ckernels_gemm_shape ckernels_gemm_baseline;
#if defined(__x86_64__)
extern const ckernels_gemm_shape ckernels_gemm_avx2;
extern const ckernels_gemm_shape ckernels_gemm_avx512;
#endif

#endif
