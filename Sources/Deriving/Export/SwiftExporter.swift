import ClaimChecking
import ClaimLanguage

/// Exports a derived result as a Swift function over `Matrix<Double>`.
///
/// Parameters: the claim's symbols in order of appearance (`Matrix<Double>`,
/// or `Double` for a declared scalar) and the dimension variables the result
/// uses (`Int`); `let` definitions become local constants. Only the
/// functions `MatrixNumerics` provides are used (a local `comm` is emitted
/// when the result needs the commutation matrix).
public enum SwiftExporter {
    /// The Swift source of a function named `name` computing `result.result`.
    /// - Throws: ``NoMatrixForm`` when the result uses a construct without an export
    ///   (declared functions).
    public static func export(_ result: DeriveResult, name: String = "derivative") throws -> String
    {
        guard let expression = result.result else {
            throw NoMatrixForm("no certified result to export")
        }
        let claim = try Claim(parsingExpression: result.input).resolve()
        var generator = SwiftCodeGenerator(algebra: MatrixAlgebra(claim: claim))
        let body = try generator.code(expression)
        let definitions = try generator.definitionLines(claim)
        let shape = try generator.algebra.shape(expression)
        var parameters: [String] = []
        for symbol in claim.symbols {
            let s = try generator.algebra.shape(.symbol(symbol, MatrixAlgebra.here))
            let isDouble = s.isScalar && generator.declaredScalars.contains(symbol)
            parameters.append("_ \(symbol): " + (isDouble ? "Double" : "Matrix<Double>"))
        }
        for v in claim.dimensionVariables where generator.usedDimensions.contains(v) {
            parameters.append("_ \(v): Int")
        }
        var lines = commentLines(result.input, first: "/// ", continuation: "///     ")
        lines += commentLines(
            ExpressionPrinter.text(expression), first: "///   = ", continuation: "///     ")
        lines += signatureLines(
            name: name, parameters: parameters,
            result: shape.isScalar ? "Double" : "Matrix<Double>")
        if generator.usesCommutation {
            lines += [
                "    func comm(_ m: Int, _ n: Int) throws -> Matrix<Double> {",
                "        var k = try Matrix<Double>.zeros(m * n, m * n)",
                "        for i in 0..<m { for j in 0..<n { k[j + n * i, i + m * j] = 1 } }",
                "        return k",
                "    }",
            ]
        }
        for definition in definitions {
            lines += codeLines(definition, prefix: "    ", indent: "        ")
        }
        lines += codeLines(body, prefix: "    return ", indent: "        ")
        lines.append("}")
        return lines.joined(separator: "\n")
    }
}

/// Expression → Swift, tracking whether each node is a `Double` (1×1) or a `Matrix<Double>`.
struct SwiftCodeGenerator {
    let algebra: MatrixAlgebra
    var usedDimensions: Set<String> = []
    var usesCommutation = false
    var declaredScalars: Set<String>

    init(algebra: MatrixAlgebra) {
        self.algebra = algebra
        declaredScalars = Set(
            algebra.claim.claim.declarations.filter { $0.kind == .scalar }.map(\.name))
    }

    /// `let` lines for the definitions (all of them, in order).
    mutating func definitionLines(_ claim: ResolvedClaim) throws -> [String] {
        try claim.claim.definitions.map { d in
            let stripped = Deriver.stripped(d.expression)
            return "let \(d.name) = \(try code(stripped))"
        }
    }

    func isScalar(_ e: Expression) throws -> Bool { try algebra.shape(e).isScalar }

    mutating func integer(_ e: Expression) throws -> String {
        switch e {
        case .number(let v, _) where v.isInteger: return "\(v.numerator)"
        case .symbol(let name, _):
            usedDimensions.insert(name)
            return name
        case .binary(let op, let a, let b, _)
        where op == .add || op == .subtract || op == .multiply:
            return "(\(try integer(a)) \(op.rawValue) \(try integer(b)))"
        default:
            throw NoMatrixForm("no Swift export for the dimension \(ExpressionPrinter.text(e))")
        }
    }

    /// A `Double` when the node is 1×1 (a 1×1 matrix value is read with `[0, 0]`).
    mutating func scalar(_ e: Expression) throws -> String {
        if case .number(let v, _) = e {
            return v.isInteger ? "\(v.numerator).0" : "(\(v.numerator).0 / \(v.denominator).0)"
        }
        if case .symbol(let name, _) = e {
            if algebra.claim.dimensionVariables.contains(name) {
                usedDimensions.insert(name)
                return "Double(\(name))"
            }
            if declaredScalars.contains(name) { return name }
        }
        let c = try code(e)
        return try producesDouble(e) ? c : "\(c)[0, 0]"
    }

    /// Whether ``code(_:)`` yields a `Double` for this node.
    func producesDouble(_ e: Expression) throws -> Bool {
        switch e {
        case .number: return true
        case .symbol(let name, _):
            return algebra.claim.dimensionVariables.contains(name) || declaredScalars.contains(name)
        case .call(let f, _, _) where f == .tr || f == .det || f == .sum || f == .norm: return true
        default: return try isScalar(e)
        }
    }

    mutating func matrix(_ e: Expression) throws -> String {
        if try producesDouble(e) { return "Matrix(column: [\(try scalar(e))])" }
        return try code(e)
    }

    mutating func code(_ e: Expression) throws -> String {
        let scalarNode = try isScalar(e)
        switch e {
        case .number, .symbol:
            if scalarNode { return try scalar(e) }
            if case .symbol(let name, _) = e { return name }
            return try scalar(e)
        case .negation(let a, _):
            return scalarNode ? "(-\(try scalar(a)))" : "(-\(try matrix(a)))"
        case .transpose(let a, _):
            return scalarNode ? try scalar(a) : "\(try matrix(a)).transposed"
        case .power(let base, let exponent, _):
            guard scalarNode else {
                guard let k = MatrixAlgebra.numberValue(exponent), k.isInteger, k.numerator != 0
                else {
                    throw NoMatrixForm(
                        "no Swift export for a matrix power with exponent "
                            + ExpressionPrinter.text(exponent)
                    )
                }
                let b = k.numerator < 0 ? "try \(try matrix(base)).inverse()" : try matrix(base)
                return "("
                    + Array(repeating: "(\(b))", count: Swift.abs(k.numerator)).reduce("") {
                        $0.isEmpty ? $1 : "try \($0) * \($1)"
                    } + ")"
            }
            return "Double.pow(\(try scalar(base)), \(try scalar(exponent)))"
        case .binary(let op, let a, let b, _):
            let sa = try isScalar(a)
            let sb = try isScalar(b)
            if scalarNode && op == .multiply && !sa && !sb {
                // A row times a column (or a longer chain) is a 1×1 matrix.
                return "(try \(try matrix(a)) * \(try matrix(b)))[0, 0]"
            }
            if scalarNode {
                let symbol = op == .hadamard ? "*" : op == .elementDivide ? "/" : op.rawValue
                return "(\(try scalar(a)) \(symbol) \(try scalar(b)))"
            }
            switch op {
            case .add, .subtract:
                if sa { return "\(try matrix(b)).map { \(try scalar(a)) \(op.rawValue) $0 }" }
                if sb { return "\(try matrix(a)).map { $0 \(op.rawValue) \(try scalar(b)) }" }
                return "(try \(try matrix(a)) \(op.rawValue) \(try matrix(b)))"
            case .multiply, .hadamard:
                if sa { return "(\(try scalar(a)) * \(try matrix(b)))" }
                if sb { return "(\(try scalar(b)) * \(try matrix(a)))" }
                return op == .multiply
                    ? "(try \(try matrix(a)) * \(try matrix(b)))"
                    : "(try \(try matrix(a)).hadamard(\(try matrix(b))))"
            case .elementDivide, .divide:
                if sa { return "\(try matrix(b)).map { \(try scalar(a)) / $0 }" }
                if sb { return "(\(try matrix(a)) / \(try scalar(b)))" }
                return "(try \(try matrix(a)).hadamardDivision(\(try matrix(b))))"
            case .kronecker:
                return "(try \(try matrix(a)).kroneckerProduct(\(try matrix(b))))"
            }
        case .call(let f, let args, _):
            let value = try call(f, args, scalarNode)
            // Calls that build a matrix, at 1×1: read the entry.
            let matrixValued: Set<BuiltinFunction> = [
                .vec, .diag, .kron, .adj, .eye, .ones, .zeros, .comm,
            ]
            return scalarNode && matrixValued.contains(f) ? "\(value)[0, 0]" : value
        case .userFunction, .derivative, .entry, .indexSum, .matrix:
            throw NoMatrixForm("no Swift export for \(ExpressionPrinter.text(e))")
        }
    }

    mutating func call(
        _ f: BuiltinFunction, _ args: [Expression], _ scalarNode: Bool
    ) throws
        -> String
    {
        func elementwise(_ body: String) throws -> String {
            if scalarNode { return body.replacingOccurrences(of: "$0", with: try scalar(args[0])) }
            return "\(try matrix(args[0])).map { \(body) }"
        }
        switch f {
        case .eye: return "(try Matrix<Double>.identity(\(try integer(args[0]))))"
        case .ones, .zeros:
            return
                "(try Matrix<Double>.\(f.rawValue)(\(try integer(args[0])), "
                + (args.count > 1 ? try integer(args[1]) : "1") + "))"
        case .comm:
            usesCommutation = true
            return "(try comm(\(try integer(args[0])), \(try integer(args[1]))))"
        case .vec: return "\(try matrix(args[0])).vec"
        case .diag: return "(try \(try matrix(args[0])).diag())"
        case .tr: return "(try \(try matrix(args[0])).trace())"
        case .sum: return "\(try matrix(args[0])).sum"
        case .det: return "(try \(try matrix(args[0])).determinant())"
        case .inv:
            return scalarNode
                ? "(1 / \(try scalar(args[0])))" : "(try \(try matrix(args[0])).inverse())"
        case .adj:
            let x = try matrix(args[0])
            return "(try \(x).determinant() * \(x).inverse())"
        case .kron: return "(try \(try matrix(args[0])).kroneckerProduct(\(try matrix(args[1]))))"
        case .norm: return "Double.sqrt(\(try matrix(args[0])).entries.reduce(0) { $0 + $1 * $1 })"
        case .sigmoid, .tanh, .exp, .log, .softplus, .relu, .sqrt, .sin, .cos:
            return try elementwise("Double.\(f.rawValue)($0)")
        case .step: return try elementwise("($0 > 0 ? 1 : 0)")
        case .abs: return try elementwise("Swift.abs($0)")
        case .pow:
            guard let p = MatrixAlgebra.numberValue(args[1]) else {
                throw NoMatrixForm("the exponent of .^ is not a constant")
            }
            let exponent =
                p.isInteger ? "\(p.numerator).0" : "\(p.numerator).0 / \(p.denominator).0"
            return try elementwise("Double.pow($0, " + exponent + ")")
        }
    }
}
