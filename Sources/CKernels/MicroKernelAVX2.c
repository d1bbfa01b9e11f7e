// AVX2 + FMA3 micro-kernels: an 8 × 6 tile of C in twelve 256-bit
// accumulators (two per column), two loads of A and six broadcasts of B per
// step of k; for the bottom edge, a 4-row version, with masked loads and
// stores of C for partial tiles. Compiled for AVX2/FMA through the functions'
// target attribute only; the driver calls them after a run-time CPU check.

#include "GemmInternal.h"

#if defined(__x86_64__)
#include <immintrin.h>

#define AVX2_TILE_ROWS 8
#define AVX2_TILE_COLS 6

/// `C[0..<rows, 0..<cols] (=|+=) Ap · Bp` using `vectors` 4-row vectors per
/// column (`rows ≤ 4 · vectors`). Always inlined with a constant `vectors`,
/// so the accumulator arrays become registers.
__attribute__((target("avx2,fma"), always_inline))
static inline void tile_avx2(const int vectors, ptrdiff_t kc, const double *restrict a,
                             const double *restrict b, double *restrict c, ptrdiff_t ldc,
                             int accumulate, ptrdiff_t rows, ptrdiff_t cols) {
    __m256d sum[2][AVX2_TILE_COLS];
    for (int v = 0; v < vectors; ++v) {
        for (int j = 0; j < AVX2_TILE_COLS; ++j) sum[v][j] = _mm256_setzero_pd();
    }
    for (ptrdiff_t p = 0; p < kc; ++p) {
        __m256d column[2];
        for (int v = 0; v < vectors; ++v) column[v] = _mm256_loadu_pd(a + 4 * v);
        for (int j = 0; j < AVX2_TILE_COLS; ++j) {
            const __m256d bj = _mm256_broadcast_sd(b + j);
            for (int v = 0; v < vectors; ++v) sum[v][j] = _mm256_fmadd_pd(column[v], bj, sum[v][j]);
        }
        a += AVX2_TILE_ROWS;
        b += AVX2_TILE_COLS;
    }
    const ptrdiff_t lastRows = rows - 4 * (vectors - 1);
    if (lastRows == 4 && cols == AVX2_TILE_COLS) {
        for (int j = 0; j < AVX2_TILE_COLS; ++j) {
            for (int v = 0; v < vectors; ++v) {
                double *target = c + j * ldc + 4 * v;
                __m256d value = sum[v][j];
                if (accumulate) value = _mm256_add_pd(value, _mm256_loadu_pd(target));
                _mm256_storeu_pd(target, value);
            }
        }
        return;
    }
    const __m256i lastMask = _mm256_cmpgt_epi64(_mm256_set1_epi64x(lastRows), _mm256_setr_epi64x(0, 1, 2, 3));
    const __m256i fullMask = _mm256_set1_epi64x(-1);
    for (int j = 0; j < AVX2_TILE_COLS; ++j) {
        if (j >= cols) break;
        for (int v = 0; v < vectors; ++v) {
            const __m256i mask = v == vectors - 1 ? lastMask : fullMask;
            double *target = c + j * ldc + 4 * v;
            __m256d value = sum[v][j];
            if (accumulate) value = _mm256_add_pd(value, _mm256_maskload_pd(target, mask));
            _mm256_maskstore_pd(target, mask, value);
        }
    }
}

__attribute__((target("avx2,fma")))
static void micro_kernel_avx2_8x6(ptrdiff_t kc, const double *restrict a, const double *restrict b,
                                  double *restrict c, ptrdiff_t ldc, int accumulate) {
    tile_avx2(2, kc, a, b, c, ldc, accumulate, AVX2_TILE_ROWS, AVX2_TILE_COLS);
}

__attribute__((target("avx2,fma")))
static void edge_kernel_avx2(ptrdiff_t kc, const double *restrict a, const double *restrict b,
                             double *restrict c, ptrdiff_t ldc, int accumulate, ptrdiff_t rows,
                             ptrdiff_t cols) {
    if (rows <= 4) {
        tile_avx2(1, kc, a, b, c, ldc, accumulate, rows, cols);
    } else {
        tile_avx2(2, kc, a, b, c, ldc, accumulate, rows, cols);
    }
}

const ckernels_gemm_shape ckernels_gemm_avx2 = {
    .kernel = micro_kernel_avx2_8x6, .edge_kernel = edge_kernel_avx2,
    .mr = AVX2_TILE_ROWS, .nr = AVX2_TILE_COLS, .mc = 96, .kc = 256, .nc = 3072,
};
#endif
