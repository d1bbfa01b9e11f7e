import Testing
@testable import MatrixNumerics
@testable import SymbolicAlgebra

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
                #expect(
                    lhs.isExactlyEqual(to: rhs),
                    "vec(AXB) ≠ (Bᵀ⊗A)vec X for \(m)×\(n), \(n)×\(p), \(p)×\(q)")
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
                #expect(
                    lhs == det * inverse[j, i],
                    "Jacobi's formula fails at (\(i + 1),\(j + 1)) for n = \(n)")
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
        var rng = SplitMix64(seed: 5)
        search: for (k, (l, r)) in zip(lhs.entries, rhs.entries).enumerated() where l != r {
            let difference = l - r
            for _ in 0..<10 {
                var point: [Variable: Rational] = [:]
                for v in difference.variables {
                    point[v] = Rational(Int.random(in: -5...5, using: &rng))
                }
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

@Suite struct SymbolicDeterminantTests {
    /// Generic code over `Field`: must reach the division-free algorithms too.
    func genericDeterminant<S: Field>(_ m: Matrix<S>) throws -> S { try m.determinant() }
    func genericInverse<S: Field>(_ m: Matrix<S>) throws -> Matrix<S> { try m.inverse() }

    /// Leibniz's formula, det A = Σ_π sgn(π) Π_i A[i, π(i)], as an independent reference.
    func leibniz(_ m: Matrix<Symbolic>) -> Symbolic {
        let n = m.rows
        var total = Symbolic.zero
        func permute(_ prefix: [Int], _ rest: [Int]) {
            if rest.isEmpty {
                var inversions = 0
                for i in 0..<n {
                    for j in (i + 1)..<n where prefix[i] > prefix[j] { inversions += 1 }
                }
                var term = inversions % 2 == 0 ? Symbolic.one : -Symbolic.one
                for i in 0..<n { term = term * m[i, prefix[i]] }
                total = total + term
                return
            }
            for (k, x) in rest.enumerated() {
                var remaining = rest
                remaining.remove(at: k)
                permute(prefix + [x], remaining)
            }
        }
        permute([], Array(0..<n))
        return total
    }

    @Test(arguments: [1, 2, 3, 4])
    func determinantMatchesLeibnizFormula(n: Int) throws {
        let A = try Matrix<Symbolic>.symbols(named: "A", rows: n, cols: n)
        let det = try A.determinant()
        #expect(det.isPolynomial)
        #expect(det.numerator == leibniz(A).numerator)
        #expect(try genericDeterminant(A).numerator == det.numerator)
        #expect(try genericInverse(A).isExactlyEqual(to: A.inverse()))
    }

    /// det(AB) = det A det B at 4×4 through generic code: elimination would swell here.
    @Test func fourByFourProductThroughGenericCode() throws {
        let A = try Matrix<Symbolic>.symbols(named: "A", rows: 4, cols: 4)
        let B = try Matrix<Symbolic>.symbols(named: "B", rows: 4, cols: 4)
        let lhs = try genericDeterminant(A * B)
        let rhs = try genericDeterminant(A) * genericDeterminant(B)
        #expect(lhs.isPolynomial)
        #expect(lhs == rhs)
    }

    @Test func rationalFunctionEntries() throws {
        let x = Symbolic.variable("x"), y = Symbolic.variable("y")
        let M = try Matrix<Symbolic>([[x / y, .one], [y, y / (x + .one)]])
        let det = try M.determinant()
        #expect(det == x / (x + .one) - y)
        #expect(det._checkInvariants())
        #expect(det == leibniz(M))
        let product = try M * M.inverse()
        #expect(try product.isExactlyEqual(to: .identity(2)))
    }

    @Test func singularAndUndefinedMatrices() throws {
        let x = Symbolic.variable("x")
        let S = try Matrix<Symbolic>([[x, x], [x, x]])
        #expect(try S.determinant().isExactlyZero)
        #expect(throws: MatrixError.self) { try S.inverse() }
        #expect(throws: MatrixError.self) {
            try Matrix<Symbolic>.symbols(named: "A", rows: 2, cols: 3).determinant()
        }
        let U = try Matrix<Symbolic>([[x / .zero, .one], [.one, x]])
        #expect(try U.determinant().isUndefined)
        #expect(throws: MatrixError.self) { try U.inverse() }
    }
}

@Suite struct SymbolicJacobianTests {
    /// ∂vec(AX)/∂(vec X)ᵀ = I ⊗ A, numerator layout.
    @Test(arguments: [1, 2, 3])
    func jacobianOfLinearMap(n: Int) throws {
        let A = try Matrix<Symbolic>.symbols(named: "A", rows: n, cols: n)
        let X = try Matrix<Symbolic>.symbols(named: "X", rows: n, cols: 2)
        let J = try (A * X).jacobian(withRespectTo: X)
        #expect(J.rows == 2 * n && J.cols == 2 * n)
        #expect(try J.isExactlyEqual(to: Matrix<Symbolic>.identity(2).kroneckerProduct(A)))
        #expect(throws: MatrixError.self) { try (A * X).jacobian(withRespectTo: A * X) }
    }

    @Test func evaluationAndSubstitutionOfMatrices() throws {
        let X = try Matrix<Symbolic>.symbols(named: "X", rows: 2, cols: 1)
        let F = X.map { Symbolic.sigmoid($0) }
        let point = [Variable("X", 1, 1): 0.5, Variable("X", 2, 1): -1.0]
        let values = try #require(F.evaluate(at: point))
        #expect(values[0, 0] == Double.sigmoid(0.5) && values[1, 0] == Double.sigmoid(-1.0))
        let swapped = F.substituting([Variable("X", 1, 1): X[1, 0]])
        #expect(swapped[0, 0] == F[1, 0])
    }

    @Test(arguments: [
        0.1, -3.75, Double.leastNonzeroMagnitude * 12345, 123456789.125, 5e300, 1.0 / 3.0,
    ])
    func exactRationalFromDouble(_ value: Double) throws {
        let r = try #require(Rational(exactly: value))
        #expect(r.doubleValue == value)
        #expect(r._checkInvariants())
        #expect(Rational(exactly: .nan) == nil)
    }
}
