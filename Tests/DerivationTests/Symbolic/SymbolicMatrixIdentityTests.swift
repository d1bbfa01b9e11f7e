import Testing
@testable import Derivations

@Suite struct SymbolicMatrixIdentityTests {
    static let dimensions = [1, 2, 3]

    @Test(arguments: dimensions, dimensions)
    func vecOfTripleProductIsKroneckerTimesVec(m: Int, n: Int) throws {
        for p in Self.dimensions {
            for q in Self.dimensions {
                let A = try Matrix<Symbolic>.symbols(named: "A", rows: m, cols: n)
                let X = try Matrix<Symbolic>.symbols(named: "X", rows: n, cols: p)
                let B = try Matrix<Symbolic>.symbols(named: "B", rows: p, cols: q)
                let lhs = try (A * X * B).vec
                let rhs = try B.transposed.kroneckerProduct(A) * X.vec
                #expect(lhs.isExactlyEqual(to: rhs), "vec(AXB) ≠ (Bᵀ⊗A)vec X for \(m)×\(n), \(n)×\(p), \(p)×\(q)")
            }
        }
    }

    @Test(arguments: [1, 2, 3])
    func determinantIsMultiplicative(n: Int) throws {
        let A = try Matrix<Symbolic>.symbols(named: "A", rows: n, cols: n)
        let B = try Matrix<Symbolic>.symbols(named: "B", rows: n, cols: n)
        let lhs = try (A * B).determinant()
        let rhs = try A.determinant() * B.determinant()
        #expect(lhs == rhs)
        #expect(lhs._checkInvariants())
        // A perturbed right-hand side is found unequal.
        #expect(lhs != rhs + A[0, 0])
    }

    @Test(arguments: [1, 2, 3])
    func inverseTimesMatrixIsIdentity(n: Int) throws {
        let A = try Matrix<Symbolic>.symbols(named: "A", rows: n, cols: n)
        let inverse = try A.inverse()
        #expect(try (A * inverse).isExactlyEqual(to: .identity(n)))
        #expect(try (inverse * A).isExactlyEqual(to: .identity(n)))
    }

    /// Jacobi's formula entry-wise: ∂det A/∂A_ij = det(A)·(A⁻¹)_ji.
    @Test(arguments: [1, 2, 3])
    func jacobiFormula(n: Int) throws {
        let A = try Matrix<Symbolic>.symbols(named: "A", rows: n, cols: n)
        let det = try A.determinant()
        let inverse = try A.inverse()
        for i in 0..<n {
            for j in 0..<n {
                let lhs = det.derivative(withRespectTo: Variable("A", i + 1, j + 1))
                #expect(lhs == det * inverse[j, i], "Jacobi's formula fails at (\(i + 1),\(j + 1)) for n = \(n)")
            }
        }
    }

    @Test func falseIdentityIsUnequalWithACounterexample() throws {
        let A = try Matrix<Symbolic>.symbols(named: "A", rows: 2, cols: 2)
        let B = try Matrix<Symbolic>.symbols(named: "B", rows: 2, cols: 2)
        let lhs = try (A * B).transposed
        let rhs = try A.transposed * B.transposed
        #expect(!lhs.isExactlyEqual(to: rhs))
        // Find an entry and an integer point where the difference is non-zero.
        var found: (entry: Int, value: Rational)?
        var rng = SplitMix(seed: 5)
        search: for (k, (l, r)) in zip(lhs.entries, rhs.entries).enumerated() where l != r {
            let difference = l - r
            for _ in 0..<10 {
                var point: [Variable: Rational] = [:]
                for v in difference.variables { point[v] = Rational(Int.random(in: -5...5, using: &rng)) }
                if let value = difference.evaluateExactly(at: point), !value.isZero {
                    found = (k, value)
                    let numeric = difference.evaluate(at: point.mapValues(\.doubleValue))
                    #expect(numeric == value.doubleValue)
                    break search
                }
            }
        }
        #expect(found != nil)
    }
}
