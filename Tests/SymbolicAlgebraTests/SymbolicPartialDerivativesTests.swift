import MatrixNumerics
import Testing
@testable import SymbolicAlgebra

/// `partialDerivatives(withRespectTo:termLimit:)` (the denominator's gcd
/// with its derivative, or its square, formed once) against one
/// `derivative(withRespectTo:)` per variable, and powers over a common
/// denominator against repeated products.
@Suite struct SymbolicPartialDerivativesTests {
    let x: Matrix<Symbolic>

    init() throws { x = try Matrix<Symbolic>.symbols(named: "X", rows: 3, cols: 3) }

    var variables: [Variable] { (try? x.variables()) ?? [] }

    var determinant: Symbolic {
        let e = x.entries
        return e[0] * (e[4] * e[8] - e[7] * e[5]) - e[3] * (e[1] * e[8] - e[7] * e[2])
            + e[6] * (e[1] * e[5] - e[4] * e[2])
    }

    @Test func agreesWithOneDerivativePerVariable() throws {
        let d = determinant
        let p = Symbolic(Variable("X", 1, 2)) * Symbolic(Variable("X", 2, 1)) + .one
        // n/d³ (the gcd route: g = d²), n/(d·p) (no common factor with some
        // derivatives), a polynomial, and a quotient with a log atom.
        let cases: [Symbolic] = [
            p / (d * d * d), .one / (d * p), d * p + Symbolic(3),
            Symbolic.log(p) / (d * d),
        ]
        for f in cases {
            let all = try #require(
                f.partialDerivatives(withRespectTo: variables, termLimit: 100_000))
            #expect(all.count == variables.count)
            for (v, derivative) in zip(variables, all) {
                #expect(derivative == f.derivative(withRespectTo: v), "\(f) by \(v)")
                #expect(derivative._checkInvariants())
            }
        }
    }

    @Test func aWrongDerivativeIsSeenAsWrong() throws {
        let d = determinant
        let f = Symbolic(Variable("X", 1, 1)) / (d * d)
        let all = try #require(f.partialDerivatives(withRespectTo: variables, termLimit: 100_000))
        // ∂/∂X[1,1] differs from ∂/∂X[1,2]: the results are not all one value.
        #expect(all[0] != all[3])
        #expect(all[0] != f.derivative(withRespectTo: variables[1]))
    }

    @Test func theSquaredDenominatorRespectsTheTermLimit() {
        let d = determinant
        let f = Symbolic(Variable("X", 1, 1)) / (d + Symbolic(Variable("X", 1, 1)) * d)
        #expect(f.partialDerivatives(withRespectTo: variables, termLimit: 3) == nil)
    }

    @Test func powersOverACommonDenominatorEqualRepeatedProducts() throws {
        let d = determinant
        let inverse = x.map { $0 / d }
        let parts = try #require(inverse.commonDenominator)
        #expect(parts.denominator == d.numerator)
        for k in 2...4 {
            let fast = try #require(try inverse.powerOverCommonDenominator(k))
            var slow = inverse
            for _ in 1..<k { slow = try slow * inverse }
            #expect(fast.isExactlyEqual(to: slow), "k = \(k)")
        }
        // Entries over different denominators have no common one.
        var mixed = inverse
        mixed[0, 0] = .one / Symbolic(Variable("X", 1, 1))
        #expect(mixed.commonDenominator == nil)
    }
}
