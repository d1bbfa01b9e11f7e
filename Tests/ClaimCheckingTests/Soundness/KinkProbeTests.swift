import ClaimLanguage
import MatrixNumerics
import SymbolicAlgebra
import Testing

@testable import ClaimChecking

/// Kink probes after attack suites 7 and 8 (issue 16, helper 16x): zeros of
/// kink arguments that are polynomials or piecewise in one symbol, points on
/// the hyperplane of an affine kink in several symbols, and exact rational
/// zeros in the certified search.
@Suite struct KinkProbeTests {
    func verdict(_ claim: String, seed: UInt64) throws -> Verdict {
        var options = CheckOptions.quick
        options.seed = seed
        return try ClaimChecker(options).check(claim).verdict
    }

    func resolved(_ claim: String) throws -> NumericCheck {
        NumericCheck(claim: try Claim(parsing: claim).resolve(), options: .quick)
    }

    func pieces(_ expression: String) throws -> [KinkPolynomial]? {
        let claim = try Claim(parsing: "\(expression) == 0*x where x: n").resolve()
        return KinkPolynomial.pieces(of: claim.claim.lhs)
    }

    /// The false claims suites 7 and 8 left inconclusive, and fresh variants
    /// (a cubic kink, a difference of two symbols, a zero at 1/3 that no
    /// double meets): refuted at seeds 1 and 2.
    @Test(arguments: [
        "step(x .* x - 6) .* step(6.25 - x .* x) == 0*x where x: n",
        "step(x - 1) - step(x - 1.000000001) == step(x - 1) .* step(1.000000001 - x) "
            + "where x: n",
        "relu(x) .* step(x) + relu(-x) .* step(-x) == abs(x) .* step(x .* x - 1e-300) "
            + "where x: n",
        "step(x) .* step(y) .* step(x + y - 1e-12) == step(x) .* step(y) where x: n, y: n",
        "step(cos(x)) .* step(3 - abs(x)) == step(1.5707963 - abs(x)) where x: n",
        "step(x .* x .* x - 2) .* step(2.0000001 - x .* x .* x) == 0*x where x: n",
        "step(x - y - 1e-9) .* step(y - x + 2e-9) == 0*x where x: n, y: n",
        "step(3*x - 1) == step(x - 0.33333333333333333333) where x: n",
    ])
    func falseNearAKinkIsRefuted(_ claim: String) throws {
        for seed: UInt64 in 1...2 {
            let v = try verdict(claim, seed: seed)
            #expect(v.name == "refuted", "\(claim) at seed \(seed): \(v)")
        }
    }

    /// Their true neighbours are still proved.
    @Test(arguments: [
        "step(x .* x - 6) .* step(6 - x .* x) == 0*x where x: n",
        "step(x) .* step(y) .* step(x + y) == step(x) .* step(y) where x: n, y: n",
        "relu(x) .* step(x) + relu(-x) .* step(-x) == abs(x) where x: n",
        "step(x - 1) - step(x - 1.000000001) == step(x - 1) .* (1 - step(x - 1.000000001)) "
            + "where x: n",
        "step(x .* x .* x - 2) .* step(2 - x .* x .* x) == 0*x where x: n",
        "step(3*x - 1) == step(x - 1/3) where x: n",
    ])
    func trueNeighboursAreProved(_ claim: String) throws {
        for seed: UInt64 in 1...2 {
            #expect(try verdict(claim, seed: seed) == .proved, "\(claim) at seed \(seed)")
        }
    }

    @Test func quadraticZerosAreExactWhenRational() throws {
        let square = try #require(try pieces("6.25 - x .* x")?.first)
        let zeros = square.realZeros(in: "x")
        let (plus, minus) = (try Rational(5, 2), try Rational(-5, 2))
        #expect(zeros.allSatisfy { $0.exact })
        #expect(Set(zeros.map(\.value)) == [plus, minus])
        let tiny = try #require(try pieces("x .* x - 1e-300")?.first)
        let root = try #require(BigInteger(10).power(150))
        let (small, negative) = (try Rational(.one, root), try Rational(-BigInteger.one, root))
        #expect(Set(tiny.realZeros(in: "x").map(\.value)) == [small, negative])
        // √6 is irrational: doubles beside it.
        let six = try #require(try pieces("x .* x - 6")?.first).realZeros(in: "x")
        #expect(six.count == 2 && six.allSatisfy { !$0.exact })
        #expect(six.contains { Swift.abs($0.value.doubleValue - 6.0.squareRoot()) < 1e-15 })
    }

    @Test func higherDegreeZerosAreBracketed() throws {
        let cubic = try #require(try pieces("x .* x .* x - 2")?.first)
        let zeros = cubic.realZeros(in: "x").map(\.value.doubleValue)
        #expect(zeros.count == 1)
        let x = try #require(zeros.first)
        #expect(Swift.abs(x * x * x - 2) < 1e-14)
    }

    /// A piecewise argument is read as its pieces; a matrix product of two
    /// non-constant factors is not read.
    @Test func piecesOfPiecewiseArguments() throws {
        let pieces = try #require(try pieces("1.5 - abs(x)"))
        let (plus, minus) = (try Rational(3, 2), try Rational(-3, 2))
        #expect(pieces.count == 2)
        #expect(Set(pieces.flatMap { $0.realZeros(in: "x").map(\.value) }) == [plus, minus])
        let product = try Claim(parsing: "step(x' * x - 1) == 0 where x: n").resolve()
        guard case .call(_, let arguments, _) = product.claim.lhs else {
            Issue.record("not a call")
            return
        }
        #expect(KinkPolynomial.pieces(of: arguments[0]) == nil)
    }

    /// `x + y − 10⁻¹²` is met at `x = y = 5·10⁻¹³` (and `x − y` has no such point).
    @Test func affineKinksInSeveralSymbolsMeetTheirHyperplane() throws {
        let check = try resolved("step(x + y - 1e-12) == 0*x where x: n, y: n")
        let centers = check.kinkCenters().centers
        let half = try Rational(.one, try #require(BigInteger(10).power(12)) * BigInteger(2))
        #expect(centers.contains {
            $0.exact && $0.values(at: $0.zero) == ["x": half, "y": half]
        })
    }

    /// The certified search gets the exact zero `1000000001/10⁹` in every
    /// entry, then in one entry at a time.
    @Test func exactZerosReachTheCertifiedSearch() throws {
        let check = try resolved("step(x - 1.000000001) == 0*x where x: n")
        let points = check.exactKinkPoints(at: ["n": 2], seed: 1)
        let zero = CertifiedInterval(try Rational(1_000_000_001, 1_000_000_000))
        #expect(points.count == 3)
        #expect(points.first?["x"]?.entries == [zero, zero])
        #expect(points.dropFirst().allSatisfy { p in
            p["x"]?.entries.filter { $0 == zero }.count == 1
        })
    }

    /// One entry at a time keeps a declared symmetry: the mirror entry moves too.
    @Test func oneEntryPointsStaySymmetric() throws {
        let check = try resolved(
            "step(A - 1/3*ones(n, n)) == zeros(n, n) where A: n x n symmetric")
        let points = check.exactKinkPoints(at: ["n": 2], seed: 1)
        // Every entry, then (1,1), (2,1) with (1,2), and (2,2).
        #expect(points.count == 4)
        for point in points {
            let a = try #require(point["A"])
            #expect(a[0, 1] == a[1, 0])
        }
    }
}
