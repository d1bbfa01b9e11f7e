import Testing
@testable import MatrixNumerics

/// The `Double` GEMM (`DoubleKernels.product`, C target `CKernels`) against the
/// generic product loop `genericProduct`, for every micro-kernel family
/// (unsupported ones fall back to the best supported) and for shapes chosen to
/// hit every edge of the blocking: empty, 1, odd, partial register tiles,
/// several cache blocks in m (MC) and k (KC = 256), n beyond NC = 3072,
/// tall and skinny operands, and the unblocked and few-rows (m < 4) paths.

/// `(m, n, k)`: `A` is `m × k`, `B` is `k × n`.
private let productShapes: [(Int, Int, Int)] = [
    (0, 0, 0), (0, 4, 3), (4, 0, 3), (4, 3, 0), (1, 1, 1), (1, 9, 1), (9, 1, 1), (1, 1, 300),
    (2, 3, 4), (7, 5, 3), (8, 6, 8), (24, 8, 16), (25, 9, 17), (23, 7, 257), (50, 13, 9),
    (97, 31, 40), (150, 14, 260), (3, 3100, 2), (300, 2, 5), (2, 2, 600), (1, 40, 300),
    (3, 17, 123),
]

private func randomMatrix(_ rows: Int, _ cols: Int, seed: UInt64) throws -> Matrix<Double> {
    var generator = Xoshiro256StarStar(seed: seed)
    return try Matrix.random(
        rows: rows, cols: cols, distribution: .uniform(lower: -1, upper: 1), using: &generator)
}

/// Entries drawn uniformly from the integers −8…8.
private func randomIntegerMatrix(_ rows: Int, _ cols: Int, seed: UInt64) throws -> Matrix<Double> {
    var generator = Xoshiro256StarStar(seed: seed)
    return try Matrix(rows: rows, cols: cols) { _, _ in Double(Int(generator.next() % 17) - 8) }
}

@Test("integer entries: every kernel equals the generic product exactly", arguments: productShapes)
func doubleProductExactOnIntegers(shape: (Int, Int, Int)) throws {
    let (m, n, k) = shape
    let seed = UInt64(m * 1_000_003 + n * 1009 + k)
    let a = try randomIntegerMatrix(m, k, seed: seed)
    let b = try randomIntegerMatrix(k, n, seed: seed + 1)
    // Every partial sum is an integer below 2⁵³, so any summation order is exact.
    let expected = a.genericProduct(b)
    for kernel in DoubleProductKernel.allCases {
        let product = DoubleKernels.uncheckedProduct(a, b, kernel: kernel)
        #expect(product.shape == Shape(m, n))
        let mismatches = zip(product.entries, expected.entries).filter { $0 != $1 }.count
        #expect(mismatches == 0, "kernel \(kernel.name), shape (\(m)×\(k))·(\(k)×\(n))")
    }
}

@Test(
    "real entries: every kernel is within the rounding bound of the generic product",
    arguments: productShapes)
func doubleProductWithinRoundingBound(shape: (Int, Int, Int)) throws {
    let (m, n, k) = shape
    let seed = UInt64(m * 7919 + n * 104_729 + k * 31)
    let a = try randomMatrix(m, k, seed: seed)
    let b = try randomMatrix(k, n, seed: seed + 1)
    let expected = a.genericProduct(b)
    // Each of the two results differs from the exact one by at most γₖ·(|A||B|)ᵢⱼ,
    // γₖ = k·u/(1 − k·u) (Higham, Accuracy and Stability, §3.5); |A||B| is
    // itself computed with relative error ≤ γₖ, hence the factor (1 + γₖ).
    let u = Double.ulpOfOne / 2
    let gamma = Double(k) * u / (1 - Double(k) * u)
    let magnitude = a.map { Swift.abs($0) }.genericProduct(b.map { Swift.abs($0) })
    for kernel in DoubleProductKernel.allCases {
        let product = DoubleKernels.uncheckedProduct(a, b, kernel: kernel)
        #expect(product.shape == Shape(m, n))
        var worstRatio = 0.0
        for index in 0..<expected.count {
            let bound = 2 * gamma * (1 + gamma) * magnitude.entries[index]
            let difference = Swift.abs(product.entries[index] - expected.entries[index])
            if difference > 0 {
                worstRatio = max(worstRatio, bound > 0 ? difference / bound : .infinity)
            }
        }
        #expect(
            worstRatio <= 1,
            "kernel \(kernel.name), shape (\(m)×\(k))·(\(k)×\(n)): error/bound \(worstRatio)")
    }
}

@Test("Matrix<Double> * goes through the GEMM kernel")
func doubleOperatorUsesKernel() throws {
    let a = try randomMatrix(37, 29, seed: 42)
    let b = try randomMatrix(29, 41, seed: 43)
    let viaOperator = try a * b
    #expect(try viaOperator == DoubleKernels.product(a, b))
    // The kernel sums in a different order than the generic loop: equal to
    // rounding, but (with these random entries) not bit for bit.
    #expect(viaOperator != a.genericProduct(b))
}

@Test("kernel selection: baseline always runs, the best kernel is supported")
func doubleProductKernelSelection() {
    #expect(DoubleProductKernel.baseline.isSupported)
    #expect(DoubleProductKernel.automatic.isSupported)
    #expect(DoubleProductKernel.best.isSupported)
    #expect(DoubleProductKernel.best != .automatic)
    #expect(["avx512", "avx2", "baseline"].contains(DoubleKernels.productKernelName))
    if DoubleProductKernel.avx512.isSupported { #expect(DoubleProductKernel.best == .avx512) }
}

@Test("DoubleKernels.product throws on mismatched inner dimensions, naming the shapes")
func doubleKernelsProductShapeError() throws {
    let a = try Matrix<Double>.zeros(2, 3)
    #expect(throws: MatrixError.self) { try DoubleKernels.product(a, a) }
    do {
        _ = try DoubleKernels.product(a, a)
    } catch let error as MatrixError {
        #expect(error.description == "matrix product: (2×3)·(2×3): inner dimensions 3 and 2 differ")
    }
}

@Test(
    "products on several threads at once (per-thread packing buffers) agree with one on this thread"
)
func doubleProductConcurrent() async throws {
    let a = try randomMatrix(61, 300, seed: 7)
    let b = try randomMatrix(300, 53, seed: 8)
    let expected = try a * b
    try await withThrowingTaskGroup(of: Bool.self) { group in
        for _ in 0..<8 {
            group.addTask { try (0..<4).allSatisfy { _ in try a * b == expected } }
        }
        for try await agrees in group { #expect(agrees) }
    }
}
