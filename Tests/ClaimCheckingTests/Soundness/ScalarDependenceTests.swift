import ClaimLanguage
import Testing

@testable import ClaimChecking

/// A dimension variable or integer symbol written as a number: the degree
/// bound, and the values a check must cover (attack suite 4's false proofs).
@Suite struct ScalarDependenceTests {
    func dependence(_ text: String) throws -> ScalarDependence {
        ScalarDependence(try Claim(parsing: text).resolve())
    }

    func base(_ n: Int, _ d: Int = 1) -> ExponentialBase {
        ExponentialBase(rational: ExactNumber(n, d)!)!
    }

    @Test func theDegreeBoundFollowsTheSyntax() throws {
        let product = try dependence("(n-1)*(n-2)*(n+3)^2*tr(X) == 0 where X: n x n")
        #expect(product.bounds["n"]??.polynomialDegree == 4)
        #expect(product.order("n") == 5)
        #expect(!product.numbersOnly.contains("n"))  // n sizes X
        let sum = try dependence("k^3 + 2*k == k where k: integer")
        #expect(sum.bounds["k"]??.polynomialDegree == 3)
        #expect(sum.numbersOnly.contains("k"))
        let unbounded = try dependence("log(k + 10) == 1 where k: integer")
        #expect(unbounded.bounds["k"] == .some(nil))
        #expect(unbounded.order("k") == nil)
        // A divisor polynomial in k alone is a denominator (round 6); others have none.
        let divisor = try dependence("1/(k + 10) == 1 where k: integer")
        #expect(divisor.bounds["k"]??.denominatorDegree == 1)
        #expect(try dependence("1/(2^k + 10) == 1 where k: integer").bounds["k"] == .some(nil))
        // A matrix power's exponent and a dimension argument are structure.
        let structure = try dependence("X^k == X^k * eye(n) where X: n x n, k: integer")
        #expect(structure.bounds.isEmpty)
        let scaled = try dependence("k*det(X^k) == 0 where X: n x n, k: integer")
        #expect(scaled.bounds["k"]??.polynomialDegree == 1)
        #expect(!scaled.numbersOnly.contains("k"))
    }

    /// Bases multiply in products, keep the largest degree per base in sums;
    /// the order is `Σ (d_b + 1)`.
    @Test func exponentialBasesAndDegrees() throws {
        let shifted = try dependence("2^n*tr(X) == 2*2^(n-1)*tr(X) where X: n x n")
        #expect(shifted.bounds["n"]??.degrees == [base(2): 0])
        #expect(shifted.order("n") == 1)
        let sign = try dependence("det(-X) == (-1)^n*det(X) where X: n x n")
        #expect(sign.bounds["n"]??.degrees == [base(1): 0, base(-1): 0])
        #expect(sign.order("n") == 2)
        let squares = try dependence("(-2)^k*(-2)^k == 4^k where k: integer")
        #expect(squares.bounds["k"]??.degrees == [base(4): 0])
        let cancel = try dependence("2^k*2^(-k) == 1 where k: integer")
        #expect(cancel.bounds["k"]??.degrees == [base(1): 0])
        #expect(cancel.numbersOnly.contains("k"))
        let tiny = try dependence("1e-12^(n-1)*sum(x) == 0 where x: n")
        #expect(tiny.bounds["n"]??.degrees == [base(1, 1_000_000_000_000): 0, base(1): 0])
        let mixed = try dependence("k*2^k + (k^2 + 1)*1.5^k == 0 where k: integer")
        #expect(mixed.bounds["k"]??.degrees == [base(2): 1, base(3, 2): 2, base(1): 0])
        #expect(mixed.order("k") == 6)
        let divided = try dependence("sum(x)/2^n == 0 where x: n")
        #expect(divided.bounds["n"]??.degrees == [base(1, 2): 0, base(1): 0])
        // A declared scalar is a symbolic base; exp(a*v + b) has base e^a.
        let symbolic = try dependence("c^(2*k+1) == c*(c*c)^k where c: scalar, k: integer")
        #expect(symbolic.bounds["k"]??.degrees.keys.contains(.atom("c").power(2)!) == true)
        let natural = try dependence("exp(k)*exp(k) == exp(2*k) where k: integer")
        #expect(natural.bounds["k"]??.degrees == [.atom("exp(1)").power(2)!: 0])
        // A base that depends on the variable, a non-integer slope: no bound.
        #expect(try dependence("k^k == 1 where k: integer").bounds["k"] == .some(nil))
        #expect(try dependence("exp(k/2) == 1 where k: integer").bounds["k"] == .some(nil))
        #expect(try dependence("2^(k*k) == 1 where k: integer").bounds["k"] == .some(nil))
    }

    /// `relu`, `step`, `abs` of `a·v + b` split the integers at `−b/a`:
    /// every value between the kinks and `R` beyond them are needed.
    @Test func kinksOfAnAffineArgument() throws {
        let relu = try dependence("relu(n - 9)*sum(x) == 0 where x: n")
        #expect(relu.order("n") == 2)
        #expect(relu.integerPieces("n")! == (8, 10))
        #expect(relu.numericValues("n", signed: false, lowest: 1, top: 8) == [9, 10, 11])
        let step = try dependence("step(2*k - 7) + abs(k + 3) == k where k: integer")
        #expect(step.integerPieces("k")! == (-4, 4))
        #expect(step.order("k") == 2)
        #expect(step.exactValues("k", signed: true, lowest: -2) == -5...5)
        let dimension = try dependence("step(n - 10)*n == 0 where n: integer")
        #expect(dimension.exactValues("n", signed: false, lowest: 1) == 1...12)
        // A kink whose argument is not affine in the variable: no bound.
        #expect(try dependence("relu(k*k - 9) == 0 where k: integer").bounds["k"] == .some(nil))
        // Without kinks: R consecutive values from the lowest.
        let plain = try dependence("(k-1)*(k-2)*2^k == 0 where k: integer")
        // {2: 2} on the left, the constant 0 on the right: order 3 + 1.
        #expect(plain.order("k") == 4)
        #expect(plain.exactValues("k", signed: true, lowest: -2) == -2...1)
        #expect(plain.numericValues("k", signed: true, lowest: -4, top: 8) == [9, 10, 11, 12])
        // Beyond the value cap: nothing is settled.
        let far = try dependence("relu(k - 45) == 0 where k: integer")
        #expect(far.exactValues("k", signed: true, lowest: -2) == nil)
    }

    /// `y^(k + (k-1)⋯(k-8))` equals `y^k` at k = 1…8 only: a non-linear
    /// exponent is no structure, and such claims were proved at n, k ≤ 8.
    @Test func aNonLinearExponentHasNoBound() throws {
        let tail = "(n-1)*(n-2)*(n-3)*(n-4)*(n-5)*(n-6)*(n-7)*(n-8)"
        for text in [
            "sum(x)^n == sum(x)^(n + \(tail)) where x: n",
            "det(X)^n == det(X)^(n + \(tail)) where X: n x n",
            "X^n == X^(n + \(tail)) where X: n x n",
            "X^(n*n) == X^n where X: n x n",
        ] {
            #expect(try dependence(text).bounds["n"] == .some(nil), "\(text)")
            let verdict = try ClaimChecker(CheckOptions()).check(text).verdict
            #expect(verdict.kind != .proved, "\(text): \(verdict)")
        }
        // Nested powers multiply their exponents: y^((k-1)(k-2)⋯(k+4)) is 1
        // at k = -4…8 and at no other k.
        var nested = "y"
        for f in ["k-1", "k-2", "k-3", "k-4", "k-5", "k-6", "k-7", "k-8", "k", "k+1", "k+2",
            "k+3", "k+4"]
        {
            nested = "(\(nested))^(\(f))"
        }
        let tower = nested + " == 1 where y: scalar, k: integer"
        #expect(try dependence(tower).bounds["k"] == .some(nil))
        #expect(try ClaimChecker(CheckOptions()).check(tower).verdict.kind != .proved)
        // An affine exponent stays structure.
        #expect(try dependence("X^(2*n + 1) == X^n where X: n x n").bounds.isEmpty)
    }

    /// A dimension-only reduction is a number of n with no syntactic bound:
    /// `relu(tr(eye(n)) - 9)*sum(x) == 0` holds at n ≤ 9 only and was proved.
    @Test func aCountHiddenInADimensionOnlyReductionHasNoBound() throws {
        let counts = [
            "tr(eye(n))", "sum(ones(n, 1))", "(ones(1, n)*ones(n, 1))", "det(2*eye(n))",
        ]
        for count in counts {
            let text = "relu(\(count) - 9)*sum(x) == 0 where x: n"
            #expect(try dependence(text).bounds["n"] == .some(nil), "\(text)")
            let verdict = try ClaimChecker(CheckOptions()).check(text).verdict
            #expect(verdict.kind != .proved, "\(text): \(verdict)")
        }
        // Structure alone (no reduction, or a symbol inside) is no count.
        #expect(try dependence("X*eye(n) == X where X: n x n").bounds.isEmpty)
        #expect(try dependence("sum(x - 1000*ones(n, 1)) == sum(x) where x: n")
            .bounds["n"] == .some(nil))  // sum(x) − 1000n: each term counts
        #expect(try dependence("relu(sum(ones(n, 1) + x) - sum(x) - 9) == 0 where x: n")
            .bounds["n"] == .some(nil))
        #expect(try dependence("exp(x - 1000*ones(n, 1)) == x where x: n").bounds.isEmpty)
        #expect(try dependence("sum(x .* ones(n, 1)) == sum(x) where x: n").bounds.isEmpty)
        #expect(try dependence("(n-1)*sum(x) == n*sum(x) - sum(x) where x: n")
            .bounds["n"]??.polynomialDegree == 1)
    }

    @Test func anUncoveredVariableIsNeverProved() {
        var e = VerdictPolicy.Evidence()
        e.dimensionVariables = ["n"]
        e.symbolic = (1...3).map {
            SymbolicShapeResult(assignment: ["n": $0], outcome: .equal, seconds: 0)
        }
        e.evaluatedShapes = [["n": 4]]
        #expect(VerdictPolicy().decide(e) == .proved)
        e.scalarCoverageProblem = "'n' is used as a number"
        #expect(VerdictPolicy().decide(e).name == "inconclusive")
        e.counterexamples = [
            Counterexample(
                assignment: ["n": 9], seed: 1, row: 0, col: 0, lhs: 1, rhs: 0, residual: 1,
                errorBound: 1e-16, point: [:])
        ]
        #expect(VerdictPolicy().decide(e).name == "refuted")
    }

    /// False only beyond the ordinary ranges (n ≥ 9, k outside −4…8).
    @Test(arguments: [
        "(n-1)*(n-2)*(n-3)*(n-4)*(n-5)*(n-6)*(n-7)*(n-8)*tr(X) == 0 where X: n x n",
        "(k+4)*(k+3)*(k+2)*(k+1)*k*(k-1)*(k-2)*(k-3)*(k-4)*(k-5)*(k-6)*(k-7)*(k-8) == 0 "
            + "where k: integer",
        "(n-1)*(n-2)*(n-3)*(n-5)*(n-8) == 0 where n: integer",
        "(n-1)*(n-2)*(n-3)*(n-5)*(n-8)*tr(X) == 0 where X: n x n",
    ])
    func polynomialFalsehoodsAreRefuted(_ claim: String) throws {
        for seed: UInt64 in 1...2 {
            var options = CheckOptions.quick
            options.seed = seed
            let report = try ClaimChecker(options).check(claim)
            #expect(report.verdict.name == "refuted", "\(claim) at seed \(seed): \(report.verdict)")
        }
    }

    /// True variants: a one-variable polynomial exact at D + 1 values is
    /// proved for every value, with the statement in the notes.
    @Test func truePolynomialsAreProved() throws {
        let claim =
            "(k+4)*(k-8)*(k-1)^2*(k+2)^3 - (k-8)*(k+4)*(k+2)^3*(k-1)^2 == 0 where k: integer"
        let report = try ClaimChecker(.quick).check(claim)
        #expect(report.verdict == .proved, "\(report.verdict)")
        #expect(report.polynomialProof?.contains("of order 8") == true)
        #expect(report.scope(indexProof: nil) == .allShapes)
        let scaled = try ClaimChecker(.quick).check(
            "(n-1)*(n-2)*tr(X) == tr((n*n - 3*n + 2)*X) where X: n x n")
        #expect(scaled.verdict == .proved, "\(scaled.verdict)")
    }

    /// An order beyond the cap (or none) is not covered: never proved.
    @Test func anUnboundedOrderIsNotProved() throws {
        let p = (1...33).map { "(n-\($0))" }.joined(separator: "*")
        let report = try ClaimChecker(.quick).check("\(p)*tr(X) == \(p)*tr(X') where X: n x n")
        #expect(report.verdict.name == "inconclusive", "\(report.verdict)")
        if case .inconclusive(let why) = report.verdict {
            #expect(why.contains("over 32"), "\(why)")
        }
        let log = try ClaimChecker(.quick).check(
            "2^(n*n)*sum(x) == sum(2^(n*n)*x) where x: n")
        #expect(log.verdict.name == "inconclusive", "\(log.verdict)")
    }
}
