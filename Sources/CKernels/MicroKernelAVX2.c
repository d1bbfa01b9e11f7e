// 8 × 6 AVX2 + FMA3 micro-kernel: twelve 256-bit accumulators (two per column
// of the tile), two loads of A and six broadcasts of B per step of k.
// Compiled for AVX2/FMA through the function's target attribute only; the
// driver calls it after a run-time CPU check.

#include "GemmInternal.h"

#if defined(__x86_64__)
#include <immintrin.h>

#define CKERNELS_AVX2 __attribute__((target("avx2,fma")))

#define STEP_COLUMN(j)                                  \
    bj = _mm256_broadcast_sd(b + (j));                  \
    c0##j = _mm256_fmadd_pd(a0, bj, c0##j);             \
    c1##j = _mm256_fmadd_pd(a1, bj, c1##j);

#define STORE_COLUMN(j)                                                              \
    if (accumulate) {                                                                \
        c0##j = _mm256_add_pd(c0##j, _mm256_loadu_pd(c + (j) * ldc));                \
        c1##j = _mm256_add_pd(c1##j, _mm256_loadu_pd(c + (j) * ldc + 4));            \
    }                                                                                \
    _mm256_storeu_pd(c + (j) * ldc, c0##j);                                          \
    _mm256_storeu_pd(c + (j) * ldc + 4, c1##j);

CKERNELS_AVX2
static void micro_kernel_avx2_8x6(ptrdiff_t kc, const double *restrict a, const double *restrict b,
                                  double *restrict c, ptrdiff_t ldc, int accumulate) {
    __m256d c00 = _mm256_setzero_pd(), c10 = _mm256_setzero_pd();
    __m256d c01 = _mm256_setzero_pd(), c11 = _mm256_setzero_pd();
    __m256d c02 = _mm256_setzero_pd(), c12 = _mm256_setzero_pd();
    __m256d c03 = _mm256_setzero_pd(), c13 = _mm256_setzero_pd();
    __m256d c04 = _mm256_setzero_pd(), c14 = _mm256_setzero_pd();
    __m256d c05 = _mm256_setzero_pd(), c15 = _mm256_setzero_pd();
    for (ptrdiff_t p = 0; p < kc; ++p) {
        const __m256d a0 = _mm256_loadu_pd(a), a1 = _mm256_loadu_pd(a + 4);
        __m256d bj;
        STEP_COLUMN(0) STEP_COLUMN(1) STEP_COLUMN(2)
        STEP_COLUMN(3) STEP_COLUMN(4) STEP_COLUMN(5)
        a += 8;
        b += 6;
    }
    STORE_COLUMN(0) STORE_COLUMN(1) STORE_COLUMN(2)
    STORE_COLUMN(3) STORE_COLUMN(4) STORE_COLUMN(5)
}

const ckernels_gemm_shape ckernels_gemm_avx2 = {
    .kernel = micro_kernel_avx2_8x6, .mr = 8, .nr = 6, .mc = 96, .kc = 256, .nc = 3072,
};
#endif
