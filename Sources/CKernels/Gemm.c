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

#include <pthread.h>
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

typedef double two_doubles __attribute__((vector_size(16)));

/// `Σ_p x[p]·y[p]` with eight partial sums (four two-lane vectors), so the
/// additions are independent and vectorised.
static double dot_product(const double *x, const double *y, ptrdiff_t count) {
    two_doubles sum0 = {0, 0}, sum1 = {0, 0}, sum2 = {0, 0}, sum3 = {0, 0};
    ptrdiff_t p = 0;
    for (; p + 8 <= count; p += 8) {
        two_doubles x0, x1, x2, x3, y0, y1, y2, y3;
        memcpy(&x0, x + p, sizeof x0); memcpy(&y0, y + p, sizeof y0);
        memcpy(&x1, x + p + 2, sizeof x1); memcpy(&y1, y + p + 2, sizeof y1);
        memcpy(&x2, x + p + 4, sizeof x2); memcpy(&y2, y + p + 4, sizeof y2);
        memcpy(&x3, x + p + 6, sizeof x3); memcpy(&y3, y + p + 6, sizeof y3);
        sum0 += x0 * y0; sum1 += x1 * y1; sum2 += x2 * y2; sum3 += x3 * y3;
    }
    const two_doubles sum = (sum0 + sum1) + (sum2 + sum3);
    double result = sum[0] + sum[1];
    for (; p < count; ++p) result += x[p] * y[p];
    return result;
}

/// Products with fewer than 4 rows (a row vector times a matrix, in
/// particular): each entry is a dot product of a row of A (copied to be
/// contiguous) with a column of B. Returns 0 when no buffer can be had.
static int gemm_few_rows(ptrdiff_t m, ptrdiff_t n, ptrdiff_t k, const double *a, ptrdiff_t lda,
                         const double *b, ptrdiff_t ldb, double *c, ptrdiff_t ldc, double *rows) {
    if (rows == NULL) return 0;
    for (ptrdiff_t i = 0; i < m; ++i) {
        for (ptrdiff_t p = 0; p < k; ++p) rows[i * k + p] = a[i + p * lda];
    }
    for (ptrdiff_t j = 0; j < n; ++j) {
        for (ptrdiff_t i = 0; i < m; ++i) c[i + j * ldc] = dot_product(rows + i * k, b + j * ldb, k);
    }
    return 1;
}

/// Packs the `mc × kc` block of A at `a` into `mr`-row micro-panels, each
/// stored column after column (`mr` contiguous rows per column), zero-padded.
/// Inlined with the kernels' constant `mr` so the copies unroll and vectorise.
__attribute__((always_inline))
static inline void pack_a_rows(const ptrdiff_t mr, ptrdiff_t mc, ptrdiff_t kc, const double *a,
                               ptrdiff_t lda, double *restrict packed) {
    for (ptrdiff_t i0 = 0; i0 < mc; i0 += mr) {
        const ptrdiff_t rows = min_of(mr, mc - i0);
        for (ptrdiff_t p = 0; p < kc; ++p) {
            const double *restrict src = a + i0 + p * lda;
            if (rows == mr) {
                for (ptrdiff_t i = 0; i < mr; ++i) packed[i] = src[i];
            } else {
                for (ptrdiff_t i = 0; i < rows; ++i) packed[i] = src[i];
                for (ptrdiff_t i = rows; i < mr; ++i) packed[i] = 0.0;
            }
            packed += mr;
        }
    }
}

static void pack_a(ptrdiff_t mc, ptrdiff_t kc, ptrdiff_t mr, const double *a, ptrdiff_t lda,
                   double *packed) {
    switch (mr) {
    case 24: pack_a_rows(24, mc, kc, a, lda, packed); break;
    case 8: pack_a_rows(8, mc, kc, a, lda, packed); break;
    case 4: pack_a_rows(4, mc, kc, a, lda, packed); break;
    default: pack_a_rows(mr, mc, kc, a, lda, packed); break;
    }
}

/// Packs the `kc × nc` block of B at `b` into `nr`-column micro-panels, each
/// stored row after row (`nr` contiguous columns per row), zero-padded.
/// Inlined with the kernels' constant `nr` likewise.
__attribute__((always_inline))
static inline void pack_b_columns(const ptrdiff_t nr, ptrdiff_t kc, ptrdiff_t nc, const double *b,
                                  ptrdiff_t ldb, double *restrict packed) {
    for (ptrdiff_t j0 = 0; j0 < nc; j0 += nr) {
        const ptrdiff_t cols = min_of(nr, nc - j0);
        const double *restrict columns = b + j0 * ldb;
        for (ptrdiff_t p = 0; p < kc; ++p) {
            if (cols == nr) {
                for (ptrdiff_t j = 0; j < nr; ++j) packed[j] = columns[p + j * ldb];
            } else {
                for (ptrdiff_t j = 0; j < cols; ++j) packed[j] = columns[p + j * ldb];
                for (ptrdiff_t j = cols; j < nr; ++j) packed[j] = 0.0;
            }
            packed += nr;
        }
    }
}

static void pack_b(ptrdiff_t kc, ptrdiff_t nc, ptrdiff_t nr, const double *b, ptrdiff_t ldb,
                   double *packed) {
    switch (nr) {
    case 8: pack_b_columns(8, kc, nc, b, ldb, packed); break;
    case 6: pack_b_columns(6, kc, nc, b, ldb, packed); break;
    case 4: pack_b_columns(4, kc, nc, b, ldb, packed); break;
    default: pack_b_columns(nr, kc, nc, b, ldb, packed); break;
    }
}

// The packing buffers are kept per thread and reused: allocating them afresh
// for every product costs page faults on each call once they pass malloc's
// mmap threshold (about 128 KiB), a third of the time at n ≈ 130. A thread
// keeps at most (MC·KC + KC·NC)·8 bytes (≈ 6.6 MiB for AVX-512), released
// when the thread exits.

typedef struct {
    double *buffer;
    size_t bytes;
} packing_workspace;

static pthread_key_t workspace_key;
static pthread_once_t workspace_once = PTHREAD_ONCE_INIT;
static int workspace_key_created = 0;

static void release_workspace(void *pointer) {
    packing_workspace *workspace = pointer;
    free(workspace->buffer);
    free(workspace);
}

static void create_workspace_key(void) {
    workspace_key_created = pthread_key_create(&workspace_key, release_workspace) == 0;
}

/// This thread's packing buffer of at least `bytes` (64-byte aligned), or
/// `NULL` when it cannot be had.
static double *thread_workspace(size_t bytes) {
    pthread_once(&workspace_once, create_workspace_key);
    if (!workspace_key_created) return NULL;
    packing_workspace *workspace = pthread_getspecific(workspace_key);
    if (workspace == NULL) {
        workspace = calloc(1, sizeof *workspace);
        if (workspace == NULL) return NULL;
        if (pthread_setspecific(workspace_key, workspace) != 0) {
            free(workspace);
            return NULL;
        }
    }
    if (workspace->bytes < bytes) {
        free(workspace->buffer);
        workspace->buffer = aligned_alloc(64, bytes);
        workspace->bytes = workspace->buffer != NULL ? bytes : 0;
    }
    return workspace->buffer;
}

/// Whether packing pays: not for small products, nor when B is a thin
/// (n < 4) matrix, where the unblocked loop streams A at full speed.
static int worth_blocking(ptrdiff_t m, ptrdiff_t n, ptrdiff_t k) {
    if (n < 4) return 0;
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
    if (kernel == CKernelsGemmAutomatic && !worth_blocking(m, n, k)) {
        gemm_unblocked(m, n, k, a, lda, b, ldb, c, ldc);
        return;
    }
    if (kernel == CKernelsGemmAutomatic && m < 4) {
        const size_t bytes = (size_t)round_up(m * k * (ptrdiff_t)sizeof(double), 64);
        if (!gemm_few_rows(m, n, k, a, lda, b, ldb, c, ldc, thread_workspace(bytes))) {
            gemm_unblocked(m, n, k, a, lda, b, ldb, c, ldc);
        }
        return;
    }
    const ptrdiff_t kcMax = min_of(shape->kc, k);
    const ptrdiff_t mcMax = round_up(min_of(shape->mc, m), mr);
    const ptrdiff_t ncMax = round_up(min_of(shape->nc, n), nr);
    const size_t bytesA = (size_t)round_up(mcMax * kcMax * (ptrdiff_t)sizeof(double), 64);
    const size_t bytesB = (size_t)round_up(ncMax * kcMax * (ptrdiff_t)sizeof(double), 64);
    double *packedA = thread_workspace(bytesA + bytesB);
    if (packedA == NULL) {
        gemm_unblocked(m, n, k, a, lda, b, ldb, c, ldc);
        return;
    }
    double *packedB = packedA + bytesA / sizeof(double);
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
                        if (shape->edge_kernel != NULL) {
                            shape->edge_kernel(kc, panelA, panelB, block, ldc, accumulate, rows, cols);
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
}
