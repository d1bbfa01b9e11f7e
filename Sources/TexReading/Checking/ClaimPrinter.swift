import ClaimLanguage

/// Prints an ``Expression`` in the claim language's own syntax, with the
/// fewest parentheses that keep its meaning: the claim a LaTeX link became.
public enum ClaimPrinter {
    /// `lhs == rhs`.
    public static func claim(_ lhs: Expression, _ rhs: Expression) -> String {
        text(lhs) + " == " + text(rhs)
    }

    /// The expression as claim-language text.
    public static func text(_ e: Expression) -> String { print(e, 0) }

    /// Binding strength: sum 1, product 2, Kronecker 3, unary 4, power 5,
    /// postfix 6, atom 7.
    static func precedence(_ e: Expression) -> Int {
        switch e {
        case .binary(let op, _, _, _):
            switch op {
            case .add, .subtract: return 1
            case .multiply, .hadamard, .elementDivide, .divide: return 2
            case .kronecker: return 3
            }
        case .negation: return 4
        case .power: return 5
        case .transpose, .entry: return 6
        case .number(let n, _): return n.isInteger && n.numerator >= 0 ? 7 : 4
        default: return 7
        }
    }

    static func print(_ e: Expression, _ context: Int) -> String {
        let body: String
        switch e {
        case .number(let n, _): body = n.description
        case .symbol(let name, _): body = name
        case .negation(let x, _): body = "-" + print(x, 4)
        case .transpose(let x, _): body = print(x, 6) + "'"
        case .binary(let op, let l, let r, _):
            switch op {
            case .add, .subtract: body = print(l, 1) + " \(op.rawValue) " + print(r, 2)
            case .kronecker: body = print(l, 3) + " ⊗ " + print(r, 4)
            default: body = print(l, 2) + " \(op.rawValue) " + print(r, 3)
            }
        case .power(let b, let x, _): body = print(b, 6) + "^" + print(x, 4)
        case .call(let f, let args, _):
            body = f.rawValue + "(" + args.map { print($0, 0) }.joined(separator: ", ") + ")"
        case .userFunction(let name, let order, let a, _):
            body = name + String(repeating: "'", count: order) + "(" + print(a, 0) + ")"
        case .derivative(let op, let f, let variable, _, _):
            body = "\(op.rawValue)(\(print(f, 0)), \(variable))"
        case .entry(let base, let indices, _):
            body = print(base, 6) + "[" + indices.map { print($0, 0) }.joined(separator: ",") + "]"
        case .indexSum(let index, _, let b, _): body = "sum(\(index), \(print(b, 0)))"
        case .matrix(let rows, _):
            let inner = rows.map { $0.map { print($0, 0) }.joined(separator: ", ") }
            body = "[" + inner.joined(separator: "; ") + "]"
        }
        return precedence(e) < context ? "(" + body + ")" : body
    }
}
