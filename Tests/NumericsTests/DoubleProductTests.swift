import Testing
@testable import Numerics

/// The `Double` GEMM (`DoubleKernels.product`, C target `CKernels`) against the
/// generic product loop `genericProduct`, for every micro-kernel family
/// (unsupported ones fall back to the best supported) and for shapes chosen to
/// hit every edge of the blocking: empty, 1, odd, partial register tiles,
/// several cache blocks in m (MC) and k (KC = 256), n beyond NC = 3072,
/// tall and skinny operands.

/// `(m, n, k)`: `A` is `m × k`, `B` is `k × n`.
private let productShapes: [(Int, Int, Int)] = [
    (0, 0, 0), (0, 4, 3), (4, 0, 3), (4, 3, 0), (1, 1, 1), (1, 9, 1), (9, 1, 1), (1, 1, 300),
    (2, 3, 4), (7, 5, 3), (8, 6, 8), (24, 8, 16), (25, 9, 17), (23, 7, 257), (50, 13, 9),
    (97, 31, 40), (150, 14, 260), (3, 3100, 2), (300, 2, 5), (2, 2, 600),
]

/// SplitMix64 (Steele, Lea & Flood 2014): a reproducible stream for the test matrices.
private struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in [−1, 1).
    mutating func nextSigned() -> Double { Double(next() >> 11) * 0x1p-52 - 1 }
    /// Uniform integer in −8…8.
    mutating func nextSmallInteger() -> Double { Double(Int(next() % 17) - 8) }
}

private func randomMatrix(
    _ rows: Int, _ cols: Int, _ random: inout SplitMix64, _ entry: (inout SplitMix64) -> Double
) throws -> Matrix<Double> {
    try Matrix(rows: rows, cols: cols) { _, _ in entry(&random) }
}

@Test("integer entries: every kernel equals the generic product exactly", arguments: productShapes)
func doubleProductExactOnIntegers(shape: (Int, Int, Int)) throws {
    let (m, n, k) = shape
    var random = SplitMix64(state: UInt64(m * 1_000_003 + n * 1009 + k))
    let a = try randomMatrix(m, k, &random) { $0.nextSmallInteger() }
    let b = try randomMatrix(k, n, &random) { $0.nextSmallInteger() }
    // Every partial sum is an integer below 2⁵³, so any summation order is exact.
    let expected = a.genericProduct(b)
    for kernel in DoubleProductKernel.allCases {
        let product = DoubleKernels.product(a, b, kernel: kernel)
        #expect(product.shape == Shape(m, n))
        let mismatches = zip(product.entries, expected.entries).filter { $0 != $1 }.count
        #expect(mismatches == 0, "kernel \(kernel.name), shape (\(m)×\(k))·(\(k)×\(n))")
    }
}

@Test("real entries: every kernel is within the rounding bound of the generic product", arguments: productShapes)
func doubleProductWithinRoundingBound(shape: (Int, Int, Int)) throws {
    let (m, n, k) = shape
    var random = SplitMix64(state: UInt64(m * 7919 + n * 104_729 + k * 31))
    let a = try randomMatrix(m, k, &random) { $0.nextSigned() }
    let b = try randomMatrix(k, n, &random) { $0.nextSigned() }
    let expected = a.genericProduct(b)
    // Each of the two results differs from the exact one by at most γₖ·(|A||B|)ᵢⱼ,
    // γₖ = k·u/(1 − k·u) (Higham, Accuracy and Stability, §3.5); |A||B| is
    // itself computed with relative error ≤ γₖ, hence the factor (1 + γₖ).
    let u = Double.ulpOfOne / 2
    let gamma = Double(k) * u / (1 - Double(k) * u)
    let magnitude = a.map { Swift.abs($0) }.genericProduct(b.map { Swift.abs($0) })
    for kernel in DoubleProductKernel.allCases {
        let product = DoubleKernels.product(a, b, kernel: kernel)
        #expect(product.shape == Shape(m, n))
        var worstRatio = 0.0
        for index in 0..<expected.count {
            let bound = 2 * gamma * (1 + gamma) * magnitude.entries[index]
            let difference = Swift.abs(product.entries[index] - expected.entries[index])
            if difference > 0 { worstRatio = max(worstRatio, bound > 0 ? difference / bound : .infinity) }
        }
        #expect(worstRatio <= 1, "kernel \(kernel.name), shape (\(m)×\(k))·(\(k)×\(n)): error/bound \(worstRatio)")
    }
}

@Test("Matrix<Double> * goes through the GEMM kernel")
func doubleOperatorUsesKernel() throws {
    var random = SplitMix64(state: 42)
    let a = try randomMatrix(37, 29, &random) { $0.nextSigned() }
    let b = try randomMatrix(29, 41, &random) { $0.nextSigned() }
    let viaOperator = try a * b
    #expect(viaOperator == DoubleKernels.product(a, b))
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
