import ClaimChecking
import ClaimLanguage

/// Prints an ``Expression`` in LaTeX: `A^\top`, `A^{-1}`, `\otimes`,
/// `\odot`, `\operatorname{tr}`, `I_{n}` for `eye(n)`, `K_{m,n}` for `comm(m, n)`.
public enum LaTeXPrinter {
    /// The LaTeX of `e`.
    public static func latex(_ e: Expression) -> String {
        typealias Level = ExpressionPrinter.Level
        func wrap(_ e: Expression, below minimum: Level) -> String {
            let t = latex(e)
            return ExpressionPrinter.level(e) < minimum ? "\\left(\(t)\\right)" : t
        }
        func dimension(_ e: Expression) -> String {
            ExpressionPrinter.text(e).replacingOccurrences(of: "*", with: "")
        }
        switch e {
        case .number(let v, _):
            return v.isInteger ? "\(v.numerator)" : "\\frac{\(v.numerator)}{\(v.denominator)}"
        case .symbol(let name, _):
            return name
        case .negation(let inner, _):
            return "-" + wrap(inner, below: .power)
        case .transpose(.call(.inv, let args, _), _):
            return wrap(args[0], below: .atom) + "^{-\\top}"
        case .transpose(let inner, _):
            return wrap(inner, below: .atom) + "^\\top"
        case .power(let base, let exponent, _):
            return wrap(base, below: .atom) + "^{" + latex(exponent) + "}"
        case .binary(let op, let a, let b, _):
            let level = ExpressionPrinter.level(e)
            let symbol: String
            switch op {
            case .add: symbol = " + "
            case .subtract: symbol = " - "
            case .multiply: symbol = " "
            case .hadamard: symbol = " \\odot "
            case .elementDivide: symbol = " \\oslash "
            case .divide: return "\\frac{" + latex(a) + "}{" + latex(b) + "}"
            case .kronecker: symbol = " \\otimes "
            }
            // A Kronecker product next to a juxtaposed product reads ambiguously: parenthesise it.
            func operand(_ e: Expression, below minimum: Level) -> String {
                if case .call(.kron, _, _) = e, op != .kronecker {
                    return "\\left(" + latex(e) + "\\right)"
                }
                return wrap(e, below: minimum)
            }
            let right = operand(b, below: Level(rawValue: level.rawValue + 1) ?? .atom)
            return operand(a, below: level) + symbol
                + (right.hasPrefix("-") ? "\\left(\(right)\\right)" : right)
        case .call(let f, let args, _):
            switch f {
            case .eye: return "I_{\(dimension(args[0]))}"
            case .comm: return "K_{\(dimension(args[0])),\(dimension(args[1]))}"
            case .ones: return "\\mathbf{1}_{\(args.map(dimension).joined(separator: "\\times "))}"
            case .zeros: return "0_{\(args.map(dimension).joined(separator: "\\times "))}"
            case .inv: return wrap(args[0], below: .atom) + "^{-1}"
            case .kron:
                return wrap(args[0], below: .power) + " \\otimes " + wrap(args[1], below: .power)
            case .pow: return wrap(args[0], below: .atom) + "^{\\circ " + latex(args[1]) + "}"
            case .norm: return "\\left\\lVert " + latex(args[0]) + " \\right\\rVert"
            case .abs: return "\\left\\lvert " + latex(args[0]) + " \\right\\rvert"
            case .sqrt: return "\\sqrt{" + latex(args[0]) + "}"
            case .sigmoid: return "\\sigma\\left(" + latex(args[0]) + "\\right)"
            case .tr, .det, .exp, .log, .sin, .cos, .tanh:
                let name = f == .tr ? "\\operatorname{tr}" : "\\\(f.rawValue)"
                return name + "\\left(" + latex(args[0]) + "\\right)"
            default:
                return "\\operatorname{\(f.rawValue)}\\left("
                    + args.map(latex).joined(separator: ", ") + "\\right)"
            }
        case .userFunction(let name, let order, let argument, _):
            return name + String(repeating: "'", count: order) + "\\left(" + latex(argument)
                + "\\right)"
        case .derivative(let op, let f, let variable, _, _):
            return "\\operatorname{\(op.rawValue)}\\left(" + latex(f) + ", " + variable + "\\right)"
        case .entry(let base, let indices, _):
            return wrap(base, below: .atom) + "_{" + indices.map(latex).joined(separator: ",") + "}"
        case .indexSum(let index, _, let body, _):
            return "\\sum_{" + index + "} " + wrap(body, below: .product)
        case .matrix(let rows, _):
            let body = rows.map { $0.map(latex).joined(separator: " & ") }
            return "\\begin{bmatrix} " + body.joined(separator: " \\\\ ") + " \\end{bmatrix}"
        }
    }
}
