import MatrixNumerics
import Testing
@testable import SymbolicAlgebra

@Suite struct SymbolicCanonicalFormTests {
    let a = Symbolic.variable("a"), b = Symbolic.variable("b"), c = Symbolic.variable("c")

    /// Random polynomial-ish expressions in a, b, c with small integer coefficients.
    func randomExpression(_ rng: inout SplitMix64, depth: Int) -> Symbolic {
        if depth == 0 {
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: return a
            case 1: return b
            case 2: return c
            default: return Symbolic(Int.random(in: -3...3, using: &rng))
            }
        }
        let x = randomExpression(&rng, depth: depth - 1),
            y = randomExpression(&rng, depth: depth - 1)
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: return x + y
        case 1: return x - y
        default: return x * y
        }
    }

    @Test func ringLawsOnRandomExpressions() {
        var rng = SplitMix64(seed: 11)
        for _ in 0..<60 {
            let x = randomExpression(&rng, depth: 2), y = randomExpression(&rng, depth: 2),
                z = randomExpression(&rng, depth: 2)
            #expect(x + y == y + x)
            #expect(x * y == y * x)
            #expect((x + y) + z == x + (y + z))
            #expect((x * y) * z == x * (y * z))
            #expect(x * (y + z) == x * y + x * z)
            #expect((x - x).isExactlyZero)
            for s in [x + y, x * y, (x * y) * z] {
                #expect(s._checkInvariants())
                // Structural equality of canonical polynomials, not just cross-multiplication.
                #expect(s.isPolynomial)
            }
            #expect(((x + y) * z).numerator == (z * y + z * x).numerator)
        }
    }

    @Test func rationalFunctionsCompareByCrossMultiplication() {
        let f = (a * a - b * b) / (a - b)
        #expect(f == a + b)
        #expect(f._checkInvariants())
        let g = a / b + b / a
        #expect(g == (a * a + b * b) / (a * b))
        #expect(g - (a * a + b * b) / (a * b) == .zero)
        #expect((a / b) * (b / a) == .one)
        #expect(a / (Symbolic(2) * b) != a / b)
        #expect((a / (a + b))._checkInvariants())
    }

    @Test func differentlyOrderedInputsAreEqualAndPrintAlike() {
        let p = a * b + c - Symbolic(2) * a
        let q = Symbolic(-2) * a + c + b * a
        #expect(p == q)
        #expect(p.numerator == q.numerator)
        #expect(p.description == q.description)
        #expect(p.description == "a*b - 2*a + c")
    }

    @Test func divisionByExactZeroIsUndefinedAndPropagates() throws {
        let u = a / (b - b)
        #expect(u.isUndefined)
        #expect(u._checkInvariants())
        #expect(
            (u + a).isUndefined && (a * u).isUndefined && (a / u).isUndefined && (-u).isUndefined)
        #expect(
            Symbolic.sigmoid(u).isUndefined
                && u.derivative(withRespectTo: Variable("a")).isUndefined)
        #expect(u != u)
        #expect(!u.isZero)
        #expect(u.description == "undefined (division by an exact zero)")
        #expect(u.evaluate(at: [Variable("a"): 1, Variable("b"): 2]) == nil)
        #expect(throws: ExactArithmeticError.self) { try a.divided(by: .zero) }
        #expect(try a.divided(by: b) == a / b)
    }

    @Test func exponentOverflowIsUndefinedNotATrap() {
        let huge = a.power(nonNegative: 1 << 31)
        #expect(huge.map { ($0 * $0).isUndefined } == true)
    }
}
