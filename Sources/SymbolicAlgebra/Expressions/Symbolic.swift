import MatrixNumerics
/// An exact symbolic scalar: a rational function `numerator/denominator` of
/// polynomials with rational coefficients in variables and function atoms
/// (`σ(u)`, `tanh(u)`, `f'(u)`, …).
///
/// `Symbolic` conforms to ``ElementaryFunctions`` and ``PivotingStrategy``
/// (exact pivoting), so `Matrix<Symbolic>` supports every matrix operation,
/// including determinant and inverse by exact elimination.
///
/// **Canonical form.** The denominator is `1` (most polynomial work) or a
/// non-constant polynomial with leading coefficient 1; common monomial
/// factors are cancelled. Sums are taken over a reduced common denominator
/// (see ``sumOverCommonFactor(_:_:)``), but numerator and denominator are not
/// reduced by their gcd, so two equal values may be stored differently;
/// ``==`` decides equality exactly by cross-multiplication,
/// `a/b = c/d ⇔ a·d = c·b`.
///
/// **Undefined values.** Dividing by an exact zero does not trap: it gives a
/// value with ``isUndefined`` `true`, which (like NaN) propagates through every
/// operation and is never equal to anything, itself included. Use
/// ``divided(by:)`` for a throwing division.
public struct Symbolic: Sendable {
    /// Why a value is undefined.
    public enum UndefinedReason: Sendable, Hashable, CustomStringConvertible {
        /// A division whose divisor was exactly zero.
        case divisionByZero
        /// A monomial exponent beyond 2³² − 1.
        case exponentOverflow

        public var description: String {
            switch self {
            case .divisionByZero: return "division by an exact zero"
            case .exponentOverflow: return "exponent overflow"
            }
        }
    }

    /// The numerator polynomial.
    public let numerator: Polynomial
    /// The denominator polynomial: `1`, or non-constant with leading
    /// coefficient 1 (zero only for undefined values).
    public let denominator: Polynomial
    /// Why the value is undefined, or `nil` for a defined value.
    public let undefinedReason: UndefinedReason?

    /// Trusted initialiser: the pair must already be normalised.
    package init(normalizedNumerator: Polynomial, denominator: Polynomial) {
        numerator = normalizedNumerator
        self.denominator = denominator
        undefinedReason = nil
    }

    private init(undefined reason: UndefinedReason) {
        numerator = .zero
        denominator = .zero
        undefinedReason = reason
    }

    /// The undefined value with a reason.
    public static func undefined(_ reason: UndefinedReason) -> Symbolic {
        Symbolic(undefined: reason)
    }

    /// A polynomial as a symbolic scalar.
    public init(_ polynomial: Polynomial) {
        self.init(normalizedNumerator: polynomial, denominator: .one)
    }

    /// The rational function `numerator/denominator`, normalised; undefined
    /// when the denominator is the zero polynomial.
    public init(numerator: Polynomial, denominator: Polynomial) {
        self = Symbolic.normalized(numerator, denominator)
    }

    /// An exact rational constant.
    public init(_ value: Rational) { self.init(Polynomial(constant: value)) }

    /// A variable.
    public init(_ variable: Variable) {
        let id = IndeterminateTable.shared.identifier(of: .variable(variable))
        self.init(Polynomial(monomial: Monomial(indeterminate: id)))
    }

    /// The variable `name[indices…]`.
    public static func variable(_ name: String, _ indices: Int...) -> Symbolic {
        Symbolic(Variable(name, indices: indices))
    }

    /// A function atom as a symbolic scalar (no normalisation).
    package init(atom: Atom) {
        let id = IndeterminateTable.shared.identifier(of: .atom(atom))
        self.init(Polynomial(monomial: Monomial(indeterminate: id)))
    }

    /// Whether the value is undefined (came from a division by an exact zero).
    public var isUndefined: Bool { undefinedReason != nil }

    /// Whether the value is exactly zero (undefined values are not).
    public var isExactlyZero: Bool { undefinedReason == nil && numerator.isZero }

    /// Whether the value is a polynomial (denominator 1).
    public var isPolynomial: Bool { undefinedReason == nil && denominator.isOne }

    /// The value when it is an exact rational constant, else `nil`.
    public var constantValue: Rational? {
        guard undefinedReason == nil, denominator.isOne else { return nil }
        return numerator.constantValue
    }

    /// Normalises a numerator/denominator pair (see the type's documentation).
    package static func normalized(_ n: Polynomial, _ d: Polynomial) -> Symbolic {
        if d.isZero { return .undefined(.divisionByZero) }
        if n.isZero { return Symbolic(normalizedNumerator: .zero, denominator: .one) }
        if d.isOne { return Symbolic(normalizedNumerator: n, denominator: .one) }
        if let c = d.constantValue, let r = c.reciprocal {
            return Symbolic(normalizedNumerator: n.scaled(by: r), denominator: .one)
        }
        var n = n, d = d
        let common = n.monomialContent.gcd(d.monomialContent)
        if !common.isOne {
            n = n.dividingMonomials(by: common)
            d = d.dividingMonomials(by: common)
            if let c = d.constantValue, let r = c.reciprocal {
                return Symbolic(normalizedNumerator: n.scaled(by: r), denominator: .one)
            }
        }
        if let r = d.leadingCoefficient.reciprocal, !r.isOne {
            n = n.scaled(by: r)
            d = d.scaled(by: r)
        }
        if n == d { return .one }
        return Symbolic(normalizedNumerator: n, denominator: d)
    }

    /// Like ``normalized(_:_:)``, and also cancels the denominator when it
    /// divides the numerator exactly (tried on division only).
    package static func normalizedCancelling(_ n: Polynomial, _ d: Polynomial) -> Symbolic {
        let s = normalized(n, d)
        guard s.undefinedReason == nil, !s.denominator.isOne else { return s }
        if let q = s.numerator.exactQuotient(dividingBy: s.denominator) {
            return Symbolic(normalizedNumerator: q, denominator: .one)
        }
        return s
    }

    /// A checked polynomial product, undefined on exponent overflow.
    /// Applies `sqrt(u)² = u` when a square-root atom is squared, and
    /// `step(u)ᵉ = step(u)`, `step(u)·step(−u) = 0` (see
    /// ``Polynomial/reducingSteps()``).
    package static func product(_ a: Polynomial, _ b: Polynomial) -> Polynomial? {
        guard var p = a.multiplied(by: b) else { return nil }
        // The product's factors are the factors' own: without a square-root
        // or step atom in `a` or `b`, there is nothing to reduce, and the
        // (larger) product need not be scanned for one.
        if !holdsSquareRootOrStep(a) && !holdsSquareRootOrStep(b) { return p }
        if p.hasReducibleSquareRoots {
            guard let reduced = p.reducingSquareRoots() else { return nil }
            p = reduced
        }
        return p.hasReducibleSteps ? p.reducingSteps() : p
    }

    /// Whether some factor of `p` is a square-root or step atom (the flag
    /// bits ``IndeterminateTable/squareRootFlag`` and
    /// ``IndeterminateTable/stepFlag`` of its identifier, bits 63 and 62 of
    /// a packed factor).
    static func holdsSquareRootOrStep(_ p: Polynomial) -> Bool {
        for t in p.terms {
            for f in t.monomial.factors where f >> 62 != 0 { return true }
        }
        return false
    }

    /// Checks the canonical form; used by tests.
    public func _checkInvariants() -> Bool {
        if undefinedReason != nil { return numerator.isZero && denominator.isZero }
        guard numerator._checkInvariants(), denominator._checkInvariants(), !denominator.isZero
        else { return false }
        if numerator.isZero { return denominator.isOne }
        if denominator.isOne { return true }
        return denominator.constantValue == nil && denominator.leadingCoefficient.isOne
            && numerator.monomialContent.gcd(denominator.monomialContent).isOne
    }
}

extension Symbolic: ElementaryFunctions, PivotingStrategy, ExpressibleByIntegerLiteral {
    public static let zero = Symbolic(Polynomial.zero)
    public static let one = Symbolic(Polynomial.one)

    public init(_ integer: Int) { self.init(Rational(integer)) }
    public init(integerLiteral value: Int) { self.init(value) }

    /// `nil`: elimination pivots on the first exactly non-zero entry.
    public var pivotMagnitude: Double? { nil }

    /// Whether the value is exactly zero (undefined values are not zero).
    public var isZero: Bool { isExactlyZero }

    public static prefix func - (x: Symbolic) -> Symbolic {
        if x.undefinedReason != nil { return x }
        return Symbolic(normalizedNumerator: -x.numerator, denominator: x.denominator)
    }

    public static func + (lhs: Symbolic, rhs: Symbolic) -> Symbolic {
        if lhs.undefinedReason != nil { return lhs }
        if rhs.undefinedReason != nil { return rhs }
        if lhs.denominator.isOne && rhs.denominator.isOne {
            return Symbolic(normalizedNumerator: lhs.numerator + rhs.numerator, denominator: .one)
        }
        if lhs.numerator.isZero { return rhs }
        if rhs.numerator.isZero { return lhs }
        if lhs.denominator == rhs.denominator {
            return normalized(lhs.numerator + rhs.numerator, lhs.denominator)
        }
        if !lhs.denominator.isOne, !rhs.denominator.isOne,
            let sum = sumOverCommonFactor(lhs, rhs)
        {
            return sum
        }
        guard let a = product(lhs.numerator, rhs.denominator),
            let b = product(rhs.numerator, lhs.denominator),
            let d = product(lhs.denominator, rhs.denominator)
        else { return .undefined(.exponentOverflow) }
        return normalized(a + b, d)
    }

    public static func - (lhs: Symbolic, rhs: Symbolic) -> Symbolic { lhs + (-rhs) }

    public static func * (lhs: Symbolic, rhs: Symbolic) -> Symbolic {
        if lhs.undefinedReason != nil { return lhs }
        if rhs.undefinedReason != nil { return rhs }
        if lhs.denominator.isOne && rhs.denominator.isOne {
            guard let n = product(lhs.numerator, rhs.numerator) else {
                return .undefined(.exponentOverflow)
            }
            return Symbolic(normalizedNumerator: n, denominator: .one)
        }
        // Cheap cancellations of identical factors before multiplying out.
        var (a, b, c, d) = (lhs.numerator, rhs.numerator, lhs.denominator, rhs.denominator)
        if a == d { (a, d) = (.one, .one) }
        if b == c { (b, c) = (.one, .one) }
        guard let n = product(a, b), let m = product(c, d) else {
            return .undefined(.exponentOverflow)
        }
        return normalized(n, m)
    }

    /// `lhs / rhs`; undefined when `rhs` is exactly zero (see ``divided(by:)``).
    public static func / (lhs: Symbolic, rhs: Symbolic) -> Symbolic {
        if lhs.undefinedReason != nil { return lhs }
        if rhs.undefinedReason != nil { return rhs }
        if rhs.numerator.isZero { return .undefined(.divisionByZero) }
        var (a, b, c, d) = (lhs.numerator, rhs.denominator, lhs.denominator, rhs.numerator)
        if a == d { (a, d) = (.one, .one) }
        if b == c { (b, c) = (.one, .one) }
        guard let n = product(a, b), let m = product(c, d) else {
            return .undefined(.exponentOverflow)
        }
        return normalizedCancelling(n, m)
    }

    /// `self / divisor`.
    /// - Throws: ``ExactArithmeticError/divisionByZero(operation:)`` when
    ///   `divisor` is exactly zero.
    public func divided(by divisor: Symbolic) throws -> Symbolic {
        if divisor.isExactlyZero {
            throw ExactArithmeticError.divisionByZero(operation: "Symbolic division of \(self)")
        }
        return self / divisor
    }
}

extension Symbolic: Equatable {
    /// Exact equality by cross-multiplication; undefined values are never
    /// equal (to anything, themselves included).
    public static func == (lhs: Symbolic, rhs: Symbolic) -> Bool {
        if lhs.undefinedReason != nil || rhs.undefinedReason != nil { return false }
        if lhs.denominator == rhs.denominator { return lhs.numerator == rhs.numerator }
        if let equal = equalByDenominatorQuotient(lhs, rhs) { return equal }
        guard let a = product(lhs.numerator, rhs.denominator),
            let b = product(rhs.numerator, lhs.denominator)
        else {
            return false
        }
        return a == b
    }
}
