import Testing
@testable import MatrixNumerics

/// Algebraic laws on random matrices of random shapes; every failure message
/// carries the seed, so `Xoshiro256StarStar(seed:)` replays it exactly.
@Suite struct MatrixLawTests {
    static let seeds: [UInt64] = [1, 2, 3, 4, 5, 6]

    /// A random dimension in `1...5`.
    func dimension(_ generator: inout Xoshiro256StarStar) -> Int { Int(generator.next() % 5) + 1 }

    func random(
        _ rows: Int, _ cols: Int, _ generator: inout Xoshiro256StarStar
    ) throws -> Matrix<Double> {
        try Matrix<Double>.random(rows: rows, cols: cols, using: &generator)
    }

    @Test(arguments: seeds)
    func productIsAssociative(seed: UInt64) throws {
        var g = Xoshiro256StarStar(seed: seed)
        let (m, n, p, q) = (dimension(&g), dimension(&g), dimension(&g), dimension(&g))
        let a = try random(m, n, &g), b = try random(n, p, &g), c = try random(p, q, &g)
        #expect(
            normwiseError(try (a * b) * c, try a * (b * c)) <= 1e-13,
            "seed \(seed), shapes \(a.shape) \(b.shape) \(c.shape)")
    }

    @Test(arguments: seeds)
    func transposeOfProductReversesOrder(seed: UInt64) throws {
        var g = Xoshiro256StarStar(seed: seed)
        let (m, n, p) = (dimension(&g), dimension(&g), dimension(&g))
        let a = try random(m, n, &g), b = try random(n, p, &g)
        #expect(
            normwiseError(try (a * b).transposed, try b.transposed * a.transposed) <= 1e-14,
            "seed \(seed)")
        // and not the unreversed order (when it is even defined, it differs)
        if m == p, m > 1 {
            #expect(normwiseError(try (a * b).transposed, try a * b) > 1e-3, "seed \(seed)")
        }
    }

    @Test(arguments: seeds)
    func kroneckerMixedProduct(seed: UInt64) throws {
        var g = Xoshiro256StarStar(seed: seed)
        let (m, n, p) = (dimension(&g), dimension(&g), dimension(&g))
        let (r, s, t) = (dimension(&g), dimension(&g), dimension(&g))
        let a = try random(m, n, &g), c = try random(n, p, &g)
        let b = try random(r, s, &g), d = try random(s, t, &g)
        let lhs = try a.kroneckerProduct(b) * c.kroneckerProduct(d)
        let rhs = try (a * c).kroneckerProduct(b * d)
        #expect(lhs.shape == Shape(m * r, p * t))
        #expect(normwiseError(lhs, rhs) <= 1e-13, "seed \(seed)")
    }

    @Test(arguments: seeds)
    func vecOfSandwichIsKroneckerTimesVec(seed: UInt64) throws {
        var g = Xoshiro256StarStar(seed: seed)
        let (m, n, p, q) = (dimension(&g), dimension(&g), dimension(&g), dimension(&g))
        let a = try random(m, n, &g), x = try random(n, p, &g), b = try random(p, q, &g)
        let lhs = try (a * x * b).vec
        let rhs = try b.transposed.kroneckerProduct(a) * x.vec
        #expect(normwiseError(lhs, rhs) <= 1e-13, "seed \(seed)")
        // the row-major reading (A ⊗ Bᵀ) is wrong for column-major vec
        if n > 1 || p > 1 {
            let wrong = try? a.kroneckerProduct(b.transposed) * x.vec
            #expect(wrong.map { normwiseError($0, rhs) > 1e-3 } ?? true, "seed \(seed)")
        }
    }

    @Test(arguments: seeds)
    func determinantIsMultiplicative(seed: UInt64) throws {
        var g = Xoshiro256StarStar(seed: seed)
        let n = dimension(&g)
        let a = try random(n, n, &g), b = try random(n, n, &g)
        let lhs = try (a * b).determinant(), rhs = try a.determinant() * b.determinant()
        #expect(
            Swift.abs(lhs - rhs) <= 1e-12 * Swift.max(1, Swift.abs(rhs)),
            "seed \(seed): \(lhs) vs \(rhs)")
    }

    @Test(arguments: seeds)
    func inverseIsTwoSided(seed: UInt64) throws {
        var g = Xoshiro256StarStar(seed: seed)
        let n = dimension(&g)
        let a = try wellConditioned(n, using: &g)
        let inverse = try a.inverse()
        let identity = try Matrix<Double>.identity(n)
        #expect(normwiseError(try a * inverse, identity) <= 1e-13, "seed \(seed)")
        #expect(normwiseError(try inverse * a, identity) <= 1e-13, "seed \(seed)")
    }

    @Test func determinantOfKnownMatrices() throws {
        #expect(try Matrix<Double>([[0, 1], [1, 0]]).determinant() == -1)  // needs a row swap
        #expect(try Matrix<Double>([[2, 0, 0], [0, 3, 0], [0, 0, 4]]).determinant() == 24)
        #expect(try Matrix<Double>([[1, 2], [2, 4]]).determinant() == 0)
    }

    @Test func lawsHoldInDualArithmetic() throws {
        // det(AB) = det A det B differentiated: both sides' derivative parts agree.
        var g = Xoshiro256StarStar(seed: 77)
        let a = try Matrix<Dual<Double>>(rows: 3, cols: 3) { _, _ in
            Dual(g.nextStandardNormal(), g.nextStandardNormal())
        }
        let b = try Matrix<Dual<Double>>(rows: 3, cols: 3) { _, _ in
            Dual(g.nextStandardNormal(), g.nextStandardNormal())
        }
        let lhs = try (a * b).determinant(), rhs = try a.determinant() * b.determinant()
        #expect(
            Swift.abs(lhs.derivative - rhs.derivative) <= 1e-12
                * Swift.max(1, Swift.abs(rhs.derivative)))
    }
}
