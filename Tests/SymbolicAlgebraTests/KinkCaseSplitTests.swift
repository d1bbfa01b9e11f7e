import Foundation
import Testing
@testable import SymbolicAlgebra

/// The exact case split on the signs of step arguments: it must answer
/// "vanishes" only for values that are zero at every real point (the kinks
/// included), checked here against direct evaluation at zero, the kinks,
/// integers, halves and random rationals.
@Suite struct KinkCaseSplitTests {
    static let x = Symbolic.variable("x")
    static let y = Symbolic.variable("y")

    static func abs(_ u: Symbolic) -> Symbolic { 2 * .relu(u) - u }

    /// Values that are zero everywhere: the split must prove them.
    static let identities: [(String, Symbolic)] = {
        let x = KinkCaseSplitTests.x, y = KinkCaseSplitTests.y
        return [
            ("step(|x|) = step(x) + step(−x)", .step(abs(x)) - .step(x) - .step(-x)),
            ("step(x − 1)·step(x) = step(x − 1)", .step(x - 1) * .step(x) - .step(x - 1)),
            ("step(x − 2)·step(3 − x)·step(x − 4) = 0",
             .step(x - 2) * .step(3 - x) * .step(x - 4)),
            ("step(x + 1)·step(x) = step(x)", .step(x + 1) * .step(x) - .step(x)),
            ("step(|x| + 1) = 1", .step(abs(x) + 1) - 1),
            ("step(x − 3)·|x − 1| = step(x − 3)·(x − 1)",
             .step(x - 3) * abs(x - 1) - .step(x - 3) * (x - 1)),
            ("step(|x − 1| − 1) = step(x − 2) + step(−x)",
             .step(abs(x - 1) - 1) - .step(x - 2) - .step(-x)),
            ("step(x − y + 1)·step(x − y) = step(x − y)",
             .step(x - y + 1) * .step(x - y) - .step(x - y)),
            ("step(2x) = step(x)", .step(2 * x) - .step(x)),
            ("step(y)·step(x − 1)·step(x) = step(y)·step(x − 1)",
             .step(y) * .step(x - 1) * .step(x) - .step(y) * .step(x - 1)),
        ]
    }()

    /// Values that are non-zero somewhere (at a kink only, for several):
    /// the split must not prove them.
    static let nonIdentities: [(String, Symbolic)] = {
        let x = KinkCaseSplitTests.x, y = KinkCaseSplitTests.y
        return [
            ("step(x) + step(−x) − 1 (−1 at 0)", .step(x) + .step(-x) - 1),
            ("step(x − 1)·step(x) − step(x) (on (0, 1])", .step(x - 1) * .step(x) - .step(x)),
            ("step(x − 2)·step(3 − x) (on (2, 3))", .step(x - 2) * .step(3 - x)),
            ("step(|x|) − 1 (at 0)", .step(abs(x)) - 1),
            ("step(x − y) + step(y − x) − 1 (at x = y)", .step(x - y) + .step(y - x) - 1),
            ("|x| − x", abs(x) - x),
            ("step(x·y) − step(x)·step(y)", .step(x * y) - .step(x) * .step(y)),
        ]
    }()

    static let points: [Rational] = {
        var p: [Rational] = [0, 1, -1, 2, -2, 3, -3, 4, 10, -10]
        for (a, b) in [(1, 2), (-1, 2), (5, 2), (7, 3), (-5, 4), (1, 1000), (17, 5)] {
            if let r = try? Rational(a, b) { p.append(r) }
        }
        return p
    }()

    static func values(_ value: Symbolic) -> [Double] {
        var result: [Double] = []
        for a in points {
            for b in points.prefix(8) {
                let v = value.substituting([Variable("x"): Symbolic(a), Variable("y"): Symbolic(b)])
                if let c = v.constantValue { result.append(c.doubleValue) }
            }
        }
        return result
    }

    @Test(arguments: identities.indices)
    func provesTrueKinkIdentities(_ index: Int) {
        let (name, value) = KinkCaseSplitTests.identities[index]
        #expect(!value.isExactlyZero, "\(name) is already zero without a split")
        #expect(KinkCaseSplit().vanishes(value), "\(name)")
        // And it really vanishes at every point tried, the kinks included.
        #expect(KinkCaseSplitTests.values(value).allSatisfy { $0 == 0 }, "\(name)")
    }

    @Test(arguments: nonIdentities.indices)
    func neverProvesAValueThatIsNonZeroSomewhere(_ index: Int) {
        let (name, value) = KinkCaseSplitTests.nonIdentities[index]
        #expect(KinkCaseSplitTests.values(value).contains { $0 != 0 }, "\(name): test premise")
        #expect(!KinkCaseSplit().vanishes(value), "\(name)")
    }

    /// Where the claim is defined every log argument is positive: with that
    /// domain, `log|x| − log x` vanishes; without it, it does not.
    @Test func logArgumentsAreTheDomain() {
        let x = KinkCaseSplitTests.x
        let l = Symbolic.log(x * x), r = 2 * Symbolic.log(x)
        let domain = KinkCaseSplit.logArguments(of: [l, r])
        #expect(domain.count == 2)
        #expect(KinkCaseSplit().vanishes(l - r, wherePositive: domain))
        #expect(!KinkCaseSplit().vanishes(l - r))
        // A contradictory domain proves nothing.
        #expect(!KinkCaseSplit().vanishes(l - r, wherePositive: [x, -x]))
        // The domain does not make a false difference vanish.
        let f = Symbolic.log(x * x) - 2 * Symbolic.log(x) - .step(x - 1)
        #expect(!KinkCaseSplit().vanishes(f, wherePositive: KinkCaseSplit.logArguments(of: [f])))
    }

    /// Logs of products expand only where the facts show every factor positive.
    @Test func logsOfPositiveProductsExpandUnderTheDomain() {
        let x = KinkCaseSplitTests.x, y = KinkCaseSplitTests.y
        let l = Symbolic.log(x * y), r = Symbolic.log(x) + .log(y)
        #expect(!(l - r).isExactlyZero)
        #expect(KinkCaseSplit().vanishes(l - r, wherePositive: [x * y, x, y]))
        #expect(!KinkCaseSplit().vanishes(l - r))
        #expect(!KinkCaseSplit().vanishes(l - r, wherePositive: [x * y, x]))
        let q = Symbolic.log(2 * x * x / y) - .log(Symbolic(2)) - 2 * .log(x) + .log(y)
        #expect(KinkCaseSplit().vanishes(q, wherePositive: [x, y]))
        #expect(!KinkCaseSplit().vanishes(q + .log(x), wherePositive: [x, y]))
    }

    @Test func regionBudgetAnswersNotShown() {
        let x = KinkCaseSplitTests.x
        var split = KinkCaseSplit()
        split.maximumRegions = 2
        #expect(!split.vanishes(.step(x - 1) * .step(x) - .step(x - 1)))
    }

    @Test func exactPolynomialSquareRoots() {
        let x = KinkCaseSplitTests.x, y = KinkCaseSplitTests.y
        let p = (x * x - 3 * x * y + y / 2 - 1)
        let square = (p * p).numerator
        let root = square.exactSquareRoot
        #expect(root != nil)
        if let root { #expect(root == p.numerator || root == (-p).numerator) }
        #expect((x * x + 1).numerator.exactSquareRoot == nil)
        #expect((x * x * x).numerator.exactSquareRoot == nil)
        #expect((-(x * x)).numerator.exactSquareRoot == nil)
    }
}

/// Signs decided term by term from a region's bounds (round 5).
@Suite struct KinkCaseSplitTermwiseSignTests {
    let x = Symbolic.variable("x"), y = Symbolic.variable("y")

    @Test func aSumOfPositivesIsPositive() {
        let split = KinkCaseSplit()
        // step(x)·step(y) = step(x + y)·step(x·y): true at every point.
        #expect(split.vanishes(.step(x) * .step(y) - .step(x + y) * .step(x * y)))
        #expect(split.vanishes(.step(x + y) * .step(x) * .step(y) - .step(x) * .step(y)))
        #expect(split.vanishes(.step(-x - y) * .step(x) * .step(y)))
        #expect(split.vanishes(.step(x - y) * .step(y - x)))
        #expect(split.vanishes(.step(2 * x + y * y) * .step(x) - .step(x)))
        // x² + y² > 0 unless x = y = 0, like |x| + |y|.
        let abs = { (u: Symbolic) in 2 * Symbolic.relu(u) - u }
        #expect(split.vanishes(.step(x * x + y * y) - .step(abs(x) + abs(y))))
        #expect(!split.vanishes(.step(x * x + y * y) - .step(abs(x))))
    }

    @Test func falseKinkIdentitiesStayNonZero() {
        let split = KinkCaseSplit()
        #expect(!split.vanishes(.step(x) * .step(y) - .step(x + y)))
        #expect(!split.vanishes(.step(x + y) - .step(x) - .step(y)))
        #expect(!split.vanishes(.step(x - y) * .step(x) - .step(x)))
        #expect(!split.vanishes(.step(x + y) * .step(x) - .step(x)))
    }

    @Test func termwiseSignReadsTheBounds() {
        let facts = [
            KinkCaseSplit.Fact(argument: x, sign: 1), KinkCaseSplit.Fact(argument: y, sign: 0),
        ]
        let (lower, upper) = KinkCaseSplit.bounds(facts)
        #expect(KinkCaseSplit.termwiseSign(of: (x + y).numerator, lower, upper) == 1)
        #expect(KinkCaseSplit.termwiseSign(of: (-x - y - 1).numerator, lower, upper) == -1)
        #expect(KinkCaseSplit.termwiseSign(of: (x - 1).numerator, lower, upper) == nil)
        #expect(KinkCaseSplit.termwiseSign(of: (x * x * x).numerator, lower, upper) == 1)
        #expect(KinkCaseSplit.termwiseSign(of: (y * y + x).numerator, lower, upper) == 1)
        #expect(KinkCaseSplit.infeasible(facts + [KinkCaseSplit.Fact(argument: x + y, sign: -1)]))
        #expect(!KinkCaseSplit.infeasible(facts + [KinkCaseSplit.Fact(argument: x - 1, sign: -1)]))
    }
}

/// Domain facts `u ≥ 0` (square-root arguments) in the case split.
@Suite struct KinkCaseSplitNonNegativeFactTests {
    let x = Symbolic.variable("x"), y = Symbolic.variable("y")

    @Test func aNonNegativeArgumentHasNoNegativeRegion() {
        let split = KinkCaseSplit()
        #expect(split.vanishes(x - .relu(x), whereNonNegative: [x]))
        #expect(!split.vanishes(x - .relu(x)))
        // x = 0 is allowed: step(x) = 1 is not a consequence of x ≥ 0.
        #expect(!split.vanishes(.step(x) - 1, whereNonNegative: [x]))
        #expect(split.vanishes(.step(x) * x - x, whereNonNegative: [x]))
        #expect(!split.vanishes(y - .relu(y), whereNonNegative: [x]))
        #expect(split.vanishes(x + y - .relu(x + y), whereNonNegative: [x, y]))
    }
}
