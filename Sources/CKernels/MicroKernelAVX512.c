// 24 × 8 AVX-512F micro-kernel: twenty-four 512-bit accumulators (three per
// column of the tile), three loads of A and eight broadcasts of B per step of
// k. Compiled for AVX-512F through the function's target attribute only; the
// driver calls it after a run-time CPU check.

#include "GemmInternal.h"

#if defined(__x86_64__)
#include <immintrin.h>

#define CKERNELS_AVX512 __attribute__((target("avx512f")))

#define STEP_COLUMN(j)                                  \
    bj = _mm512_set1_pd(b[j]);                          \
    c0##j = _mm512_fmadd_pd(a0, bj, c0##j);             \
    c1##j = _mm512_fmadd_pd(a1, bj, c1##j);             \
    c2##j = _mm512_fmadd_pd(a2, bj, c2##j);

#define STORE_COLUMN(j)                                                              \
    if (accumulate) {                                                                \
        c0##j = _mm512_add_pd(c0##j, _mm512_loadu_pd(c + (j) * ldc));                \
        c1##j = _mm512_add_pd(c1##j, _mm512_loadu_pd(c + (j) * ldc + 8));            \
        c2##j = _mm512_add_pd(c2##j, _mm512_loadu_pd(c + (j) * ldc + 16));           \
    }                                                                                \
    _mm512_storeu_pd(c + (j) * ldc, c0##j);                                          \
    _mm512_storeu_pd(c + (j) * ldc + 8, c1##j);                                      \
    _mm512_storeu_pd(c + (j) * ldc + 16, c2##j);

#define ZERO_COLUMN(j) __m512d c0##j = _mm512_setzero_pd(), c1##j = _mm512_setzero_pd(), c2##j = _mm512_setzero_pd();

CKERNELS_AVX512
static void micro_kernel_avx512_24x8(ptrdiff_t kc, const double *restrict a, const double *restrict b,
                                     double *restrict c, ptrdiff_t ldc, int accumulate) {
    ZERO_COLUMN(0) ZERO_COLUMN(1) ZERO_COLUMN(2) ZERO_COLUMN(3)
    ZERO_COLUMN(4) ZERO_COLUMN(5) ZERO_COLUMN(6) ZERO_COLUMN(7)
    for (ptrdiff_t p = 0; p < kc; ++p) {
        const __m512d a0 = _mm512_loadu_pd(a), a1 = _mm512_loadu_pd(a + 8), a2 = _mm512_loadu_pd(a + 16);
        __m512d bj;
        STEP_COLUMN(0) STEP_COLUMN(1) STEP_COLUMN(2) STEP_COLUMN(3)
        STEP_COLUMN(4) STEP_COLUMN(5) STEP_COLUMN(6) STEP_COLUMN(7)
        a += 24;
        b += 8;
    }
    STORE_COLUMN(0) STORE_COLUMN(1) STORE_COLUMN(2) STORE_COLUMN(3)
    STORE_COLUMN(4) STORE_COLUMN(5) STORE_COLUMN(6) STORE_COLUMN(7)
}

const ckernels_gemm_shape ckernels_gemm_avx512 = {
    .kernel = micro_kernel_avx512_24x8, .mr = 24, .nr = 8, .mc = 144, .kc = 256, .nc = 3072,
};
#endif
