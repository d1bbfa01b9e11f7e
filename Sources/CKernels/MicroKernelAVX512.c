// AVX-512F micro-kernels: a 24 × 8 tile of C in twenty-four 512-bit
// accumulators (three per column), three loads of A and eight broadcasts of B
// per step of k; for the bottom edge, 16- and 8-row versions with masked
// loads and stores of C, so a partial tile wastes at most 7 rows of work.
// Compiled for AVX-512F through the functions' target attribute only; the
// driver calls them after a run-time CPU check.

#include "GemmInternal.h"

#if defined(__x86_64__)
#include <immintrin.h>

#define AVX512_TILE_ROWS 24
#define AVX512_TILE_COLS 8

/// `C[0..<rows, 0..<cols] (=|+=) Ap · Bp` using `vectors` 8-row vectors per
/// column (`rows ≤ 8 · vectors`). Always inlined with a constant `vectors`,
/// so the accumulator arrays become registers.
__attribute__((target("avx512f"), always_inline))
static inline void tile_avx512(const int vectors, ptrdiff_t kc, const double *restrict a,
                               const double *restrict b, double *restrict c, ptrdiff_t ldc,
                               int accumulate, ptrdiff_t rows, ptrdiff_t cols) {
    __m512d sum[3][AVX512_TILE_COLS];
    for (int v = 0; v < vectors; ++v) {
        for (int j = 0; j < AVX512_TILE_COLS; ++j) sum[v][j] = _mm512_setzero_pd();
    }
    for (ptrdiff_t p = 0; p < kc; ++p) {
        __m512d column[3];
        for (int v = 0; v < vectors; ++v) column[v] = _mm512_loadu_pd(a + 8 * v);
        for (int j = 0; j < AVX512_TILE_COLS; ++j) {
            const __m512d bj = _mm512_set1_pd(b[j]);
            for (int v = 0; v < vectors; ++v) sum[v][j] = _mm512_fmadd_pd(column[v], bj, sum[v][j]);
        }
        a += AVX512_TILE_ROWS;
        b += AVX512_TILE_COLS;
    }
    const ptrdiff_t lastRows = rows - 8 * (vectors - 1);
    const __mmask8 lastMask = (__mmask8)((1u << lastRows) - 1u);
    for (int j = 0; j < AVX512_TILE_COLS; ++j) {
        if (j >= cols) break;
        for (int v = 0; v < vectors; ++v) {
            const __mmask8 mask = v == vectors - 1 ? lastMask : (__mmask8)0xFF;
            double *target = c + j * ldc + 8 * v;
            __m512d value = sum[v][j];
            if (accumulate) value = _mm512_add_pd(value, _mm512_maskz_loadu_pd(mask, target));
            _mm512_mask_storeu_pd(target, mask, value);
        }
    }
}

__attribute__((target("avx512f")))
static void micro_kernel_avx512_24x8(ptrdiff_t kc, const double *restrict a, const double *restrict b,
                                     double *restrict c, ptrdiff_t ldc, int accumulate) {
    tile_avx512(3, kc, a, b, c, ldc, accumulate, AVX512_TILE_ROWS, AVX512_TILE_COLS);
}

__attribute__((target("avx512f")))
static void edge_kernel_avx512(ptrdiff_t kc, const double *restrict a, const double *restrict b,
                               double *restrict c, ptrdiff_t ldc, int accumulate, ptrdiff_t rows,
                               ptrdiff_t cols) {
    if (rows <= 8) {
        tile_avx512(1, kc, a, b, c, ldc, accumulate, rows, cols);
    } else if (rows <= 16) {
        tile_avx512(2, kc, a, b, c, ldc, accumulate, rows, cols);
    } else {
        tile_avx512(3, kc, a, b, c, ldc, accumulate, rows, cols);
    }
}

const ckernels_gemm_shape ckernels_gemm_avx512 = {
    .kernel = micro_kernel_avx512_24x8, .edge_kernel = edge_kernel_avx512,
    .mr = AVX512_TILE_ROWS, .nr = AVX512_TILE_COLS, .mc = 144, .kc = 256, .nc = 3072,
};
#endif
