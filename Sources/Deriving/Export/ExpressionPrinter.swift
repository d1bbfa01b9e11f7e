import ClaimChecking
import ClaimLanguage

/// Prints an ``Expression`` as claim-language text that parses back to the
/// same tree up to associativity of `+`, `*`, `.*` (which never changes a
/// value): parentheses only where precedence needs them.
public enum ExpressionPrinter {
    /// Binding strength, loosest first (as the parser's precedence levels).
    enum Level: Int, Comparable {
        case sum = 1, product, kronecker, unary, power, postfix, atom
        static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    /// The claim-language text of `e`.
    public static func text(_ e: Expression) -> String { print(e).text }

    static func level(_ e: Expression) -> Level {
        switch e {
        case .number(let v, _): return v.numerator < 0 ? .unary : v.isInteger ? .atom : .product
        case .call(.pow, _, _): return .power
        case .symbol, .call, .userFunction, .derivative, .entry, .indexSum, .matrix: return .atom
        case .negation: return .unary
        case .transpose: return .postfix
        case .power: return .power
        case .binary(let op, _, _, _):
            switch op {
            case .add, .subtract: return .sum
            case .multiply, .hadamard, .elementDivide, .divide: return .product
            case .kronecker: return .kronecker
            }
        }
    }

    static func wrap(_ e: Expression, below minimum: Level) -> String {
        let t = text(e)
        return level(e) < minimum ? "(\(t))" : t
    }

    static func print(_ e: Expression) -> (text: String, level: Level) {
        let l = level(e)
        switch e {
        case .number(let v, _):
            return (v.description, l)
        case .symbol(let name, _):
            return (name, l)
        case .negation(let inner, _):
            return ("-" + wrap(inner, below: .power), l)
        case .transpose(let inner, _):
            return (wrap(inner, below: .atom) + "'", l)
        case .power(let base, let exponent, _):
            return (wrap(base, below: .postfix) + "^" + wrap(exponent, below: .atom), l)
        case .binary(let op, let a, let b, _):
            let symbol =
                op == .kronecker
                ? " ⊗ " : op == .add || op == .subtract ? " \(op.rawValue) " : op.rawValue
            let left = wrap(a, below: l)
            // The right operand binds tighter unless the operator is associative and the same.
            var right: String
            if case .binary(let inner, _, _, _) = b, inner == op,
                op == .add || op == .multiply || op == .hadamard
            {
                right = text(b)
            } else {
                right = wrap(b, below: Level(rawValue: l.rawValue + 1) ?? .atom)
            }
            if right.hasPrefix("-") { right = "(\(right))" }
            return (left + symbol + right, l)
        case .call(let function, let arguments, _):
            if function == .pow, arguments.count == 2 {
                return (
                    wrap(arguments[0], below: .postfix) + " .^ " + wrap(arguments[1], below: .atom),
                    .power
                )
            }
            return ("\(function.rawValue)(" + arguments.map(text).joined(separator: ", ") + ")", l)
        case .userFunction(let name, let order, let argument, _):
            return (name + String(repeating: "'", count: order) + "(" + text(argument) + ")", l)
        case .derivative(let op, let f, let variable, _, _):
            return ("\(op.rawValue)(\(text(f)), \(variable))", l)
        case .entry(let base, let indices, _):
            return (
                wrap(base, below: .atom) + "[" + indices.map(text).joined(separator: ", ") + "]", l
            )
        case .indexSum(let index, _, let body, _):
            return ("sum(\(index), \(text(body)))", l)
        case .matrix(let rows, _):
            let inner = rows.map { $0.map { text($0) }.joined(separator: ", ") }
            return ("[" + inner.joined(separator: "; ") + "]", l)
        }
    }
}
