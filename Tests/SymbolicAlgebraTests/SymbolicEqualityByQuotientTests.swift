import MatrixNumerics
import Testing
@testable import SymbolicAlgebra

/// `a/b == c/d` through `d = b·q` (one small product) agrees with
/// cross-multiplication, and declines when neither denominator divides the other.
@Suite struct SymbolicEqualityByQuotientTests {
    let a = Symbolic.variable("a"), b = Symbolic.variable("b"), c = Symbolic.variable("c")

    /// `a·q == c`, the other path of ``Symbolic/==``: cross-multiplication.
    func crossMultiplied(_ x: Symbolic, _ y: Symbolic) -> Bool {
        x.numerator.multiplied(by: y.denominator) == y.numerator.multiplied(by: x.denominator)
    }

    @Test func aDividingDenominatorDecidesEquality() {
        let u = a / (a + b)
        let w = (a * (a + b + c)) / ((a + b) * (a + b + c))
        let v = (a * (a + b + c) + 1) / ((a + b) * (a + b + c))
        #expect(w.denominator.degree == 2, "w must keep its larger denominator: \(w)")
        #expect(Symbolic.equalByDenominatorQuotient(u, w) == true)
        #expect(Symbolic.equalByDenominatorQuotient(w, u) == true)
        #expect(Symbolic.equalByDenominatorQuotient(u, v) == false)
        #expect(u == w && w == u && u != v)
        #expect(crossMultiplied(u, w) && !crossMultiplied(u, v))
    }

    @Test func coprimeDenominatorsFallBackToCrossMultiplication() {
        let u = a / (a + b), w = a / (a + c), z = (a * a + a * c) / ((a + b) * (a + c))
        #expect(Symbolic.equalByDenominatorQuotient(u, w) == nil)
        #expect(u != w)
        #expect(u == z)
    }

    @Test func agreesWithCrossMultiplicationOnPowersOfADeterminant() throws {
        // Entries of inv(X)^2 and inv(X)^3 for a symbolic 2×2 X: denominators det², det³.
        let x = try Matrix<Symbolic>.symbols(named: "X", rows: 2, cols: 2)
        let inverse = try x.inverse()
        let square = try inverse * inverse, cube = try square * inverse
        let back = try cube * x
        for (p, q) in zip(square.entries, back.entries) {
            #expect(p == q)
            #expect(crossMultiplied(p, q))
        }
        for (p, q) in zip(square.entries, cube.entries) {
            #expect((p == q) == crossMultiplied(p, q))
        }
    }
}
