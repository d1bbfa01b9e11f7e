import ClaimLanguage
import SymbolicAlgebra

/// A kink argument read as a polynomial with exact rational coefficients in
/// the claim's symbols, entry by entry (every entry of a symbol taking one
/// value): `x .* x - 6` is `x² − 6`, `x + y - 1e-12` is `x + y − 10⁻¹²`.
///
/// A piecewise function inside (`abs`, `relu`, `step`) is read as each of
/// its pieces (`1.5 - abs(x)` as `1.5 − x` and `1.5 + x`): the zeros of the
/// pieces include every zero of the argument, and a few spurious ones cost a
/// probe each. The zeros only choose probe points, which can refute and
/// never prove, so a reading that is too generous is never unsound.
struct KinkPolynomial: Equatable {
    /// The coefficient of each monomial; a monomial is its symbols, sorted,
    /// each repeated as often as its degree (`[]` is the constant term).
    var terms: [[String]: Rational]

    /// Polynomials of higher total degree are not read.
    static let maximumDegree = 8
    /// At most this many pieces per argument.
    static let maximumPieces = 8

    init(constant c: Rational) { terms = c.isZero ? [:] : [[]: c] }
    init(symbol s: String) { terms = [[s]: .one] }
    private init(terms: [[String]: Rational]) { self.terms = terms.filter { !$0.value.isZero } }

    /// The total degree (0 for a constant).
    var degree: Int { terms.keys.map(\.count).max() ?? 0 }
    /// The symbols it mentions.
    var symbols: Set<String> { Set(terms.keys.flatMap { $0 }) }
    /// Its value when constant.
    var constant: Rational? { degree == 0 ? terms[[]] ?? .zero : nil }

    static func + (a: KinkPolynomial, b: KinkPolynomial) -> KinkPolynomial {
        KinkPolynomial(terms: a.terms.merging(b.terms, uniquingKeysWith: +))
    }

    static prefix func - (a: KinkPolynomial) -> KinkPolynomial {
        KinkPolynomial(terms: a.terms.mapValues { .zero - $0 })
    }

    static func * (a: KinkPolynomial, b: KinkPolynomial) -> KinkPolynomial {
        var terms: [[String]: Rational] = [:]
        for (m, c) in a.terms {
            for (n, d) in b.terms { terms[(m + n).sorted(), default: .zero] += c * d }
        }
        return KinkPolynomial(terms: terms)
    }

    /// The coefficients `c₀ … c_d` of a polynomial in one symbol `s`.
    func coefficients(in s: String) -> [Rational] {
        var c = [Rational](repeating: .zero, count: degree + 1)
        for (m, value) in terms where m.allSatisfy({ $0 == s }) { c[m.count] = value }
        return c
    }

    // MARK: Reading an expression

    /// The pieces of `e` as polynomials, or `nil` when `e` is not read
    /// (a call other than `abs`, `relu`, `step`, a matrix product of two
    /// non-constant factors, too high a degree, too many pieces).
    static func pieces(of e: Expression) -> [KinkPolynomial]? {
        switch e {
        case .number(let v, _):
            guard let c = try? Rational(v.numerator, v.denominator) else { return nil }
            return [KinkPolynomial(constant: c)]
        case .symbol(let s, _): return [KinkPolynomial(symbol: s)]
        case .transpose(let x, _): return pieces(of: x)
        case .negation(let x, _): return pieces(of: x)?.map { -$0 }
        case .call(.ones, _, _): return [KinkPolynomial(constant: .one)]
        case .call(.zeros, _, _): return [KinkPolynomial(constant: .zero)]
        case .call(.step, _, _):
            return [KinkPolynomial(constant: .one), KinkPolynomial(constant: .zero)]
        case .call(.abs, let arguments, _):
            guard arguments.count == 1, let u = pieces(of: arguments[0]) else { return nil }
            return limited(u + u.map { -$0 })
        case .call(.relu, let arguments, _):
            guard arguments.count == 1, let u = pieces(of: arguments[0]) else { return nil }
            return limited(u + [KinkPolynomial(constant: .zero)])
        case .binary(let op, let l, let r, _):
            guard let a = pieces(of: l), let b = pieces(of: r) else { return nil }
            return combine(op, a, b)
        case .power(let base, .number(let m, _), _):
            guard m.isInteger, let b = pieces(of: base) else { return nil }
            if b.allSatisfy({ $0.constant != nil }) {
                guard Swift.abs(m.numerator) <= 4096 else { return nil }
                let powers = b.compactMap { $0.constant?.power(m.numerator) }
                guard powers.count == b.count else { return nil }
                return powers.map { KinkPolynomial(constant: $0) }
            }
            guard (0...maximumDegree).contains(m.numerator) else { return nil }
            return limited(b.map { p in
                (0..<m.numerator).reduce(KinkPolynomial(constant: .one)) { r, _ in r * p }
            })
        default: return nil
        }
    }

    /// Every combination of a piece of `a` with a piece of `b` under `op`.
    private static func combine(
        _ op: BinaryOperator, _ a: [KinkPolynomial], _ b: [KinkPolynomial]
    ) -> [KinkPolynomial]? {
        let constantA = a.allSatisfy { $0.constant != nil }
        let constantB = b.allSatisfy { $0.constant != nil }
        var result: [KinkPolynomial] = []
        for p in a {
            for q in b {
                switch op {
                case .add: result.append(p + q)
                case .subtract: result.append(p + -q)
                case .hadamard: result.append(p * q)
                // A matrix product of two non-constant factors sums entries.
                case .multiply:
                    guard constantA || constantB else { return nil }
                    result.append(p * q)
                case .divide, .elementDivide:
                    guard let c = q.constant, let inverse = c.reciprocal else { return nil }
                    result.append(p * KinkPolynomial(constant: inverse))
                case .kronecker: return nil
                }
            }
        }
        return limited(result)
    }

    /// `pieces` without repeats, or `nil` when too many or of too high a degree.
    private static func limited(_ pieces: [KinkPolynomial]) -> [KinkPolynomial]? {
        var unique: [KinkPolynomial] = []
        for p in pieces where !unique.contains(p) { unique.append(p) }
        guard unique.count <= maximumPieces, unique.allSatisfy({ $0.degree <= maximumDegree })
        else { return nil }
        return unique
    }
}
