// Portable 4 × 4 micro-kernel on two-lane vectors (SSE2 on x86-64, NEON on
// arm64): the fallback when the CPU has neither AVX2+FMA nor AVX-512.

#include "GemmInternal.h"

#include <string.h>

typedef double two_doubles __attribute__((vector_size(16)));

static two_doubles load_two(const double *p) {
    two_doubles v;
    memcpy(&v, p, sizeof v);
    return v;
}

static void store_two(double *p, two_doubles v) { memcpy(p, &v, sizeof v); }

static void micro_kernel_baseline_4x4(ptrdiff_t kc, const double *restrict a, const double *restrict b,
                                      double *restrict c, ptrdiff_t ldc, int accumulate) {
    two_doubles c00 = {0, 0}, c10 = {0, 0}, c01 = {0, 0}, c11 = {0, 0};
    two_doubles c02 = {0, 0}, c12 = {0, 0}, c03 = {0, 0}, c13 = {0, 0};
    for (ptrdiff_t p = 0; p < kc; ++p) {
        const two_doubles a0 = load_two(a), a1 = load_two(a + 2);
        const two_doubles b0 = {b[0], b[0]}, b1 = {b[1], b[1]}, b2 = {b[2], b[2]}, b3 = {b[3], b[3]};
        c00 += a0 * b0; c10 += a1 * b0;
        c01 += a0 * b1; c11 += a1 * b1;
        c02 += a0 * b2; c12 += a1 * b2;
        c03 += a0 * b3; c13 += a1 * b3;
        a += 4;
        b += 4;
    }
    if (accumulate) {
        c00 += load_two(c); c10 += load_two(c + 2);
        c01 += load_two(c + ldc); c11 += load_two(c + ldc + 2);
        c02 += load_two(c + 2 * ldc); c12 += load_two(c + 2 * ldc + 2);
        c03 += load_two(c + 3 * ldc); c13 += load_two(c + 3 * ldc + 2);
    }
    store_two(c, c00); store_two(c + 2, c10);
    store_two(c + ldc, c01); store_two(c + ldc + 2, c11);
    store_two(c + 2 * ldc, c02); store_two(c + 2 * ldc + 2, c12);
    store_two(c + 3 * ldc, c03); store_two(c + 3 * ldc + 2, c13);
}

const ckernels_gemm_shape ckernels_gemm_baseline = {
    .kernel = micro_kernel_baseline_4x4, .mr = 4, .nr = 4, .mc = 128, .kc = 256, .nc = 3072,
};
