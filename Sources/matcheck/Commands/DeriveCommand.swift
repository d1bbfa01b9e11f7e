import ClaimLanguage
import ClaimChecking
import Deriving

/// `matcheck derive '<expr> [where …]' [--json] [--latex] [--swift]`: a
/// certified derivative in matrix notation.
///
/// Exit status: 0 a result proved or holding numerically, 3 no matrix form
/// (or no certified one), 2 a parse, shape or usage error.
struct DeriveCommand: Command {
    let name = "derive"
    let summary = "derive grad/jac/hess in matrix notation, certified by the checker (see docs/derive.md)"
    let usage = """
        usage: matcheck derive '<expression> [where …]' [--json] [--latex] [--swift] [--seed N]

        The expression's outer operator is grad, jac or hess, possibly after let definitions, e.g.
          matcheck derive "grad(log(det(X'*A*X)), X) where X: m x n, A: m x m"
        Every result is checked as '<input> == <result>' before it is printed.
        --latex prints the result in LaTeX; --swift prints a Swift function over Matrix<Double>
        exit status: 0 result proved or holds, 3 no matrix form, 2 parse/shape/usage error
        """

    func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, flags: ["--json", "--latex", "--swift"], valueOptions: ["--seed"])
        guard args.positional.count == 1 else {
            throw UsageError(args.positional.isEmpty ? "give an expression in quotes"
                                                     : "give one expression in quotes (found \(args.positional.count) arguments)")
        }
        var options = CheckOptions()
        options.seed = try args.seed(default: 1)
        let text = args.positional[0]
        let json = args.flag("--json")
        do {
            let result = try Deriver(options: options).derive(text)
            var swift: String?
            if args.flag("--swift"), result.isCertified {
                do { swift = try SwiftExporter.export(result) } catch let failure as NoMatrixForm {
                    swift = "// no Swift export: \(failure.reason)"
                }
            }
            if json { printJSON(DeriveCommand.json(result, swift: swift)) }
            else { print(DeriveCommand.text(result, latex: args.flag("--latex"), swift: swift)) }
            return result.isCertified ? 0 : 3
        } catch let error as ClaimError {
            if json {
                var e: [(String, JSONValue)] = [("kind", .string(error.kind.rawValue)), ("message", .string(error.message))]
                if let r = error.range { e.append(("column", .int(r.start + 1))) }
                printJSON([("input", .string(text)), ("error", .object(e)), ("exit", 2)])
            } else {
                printError(error.description)
            }
            return 2
        } catch let failure as NoMatrixForm {
            if json { printJSON([("input", .string(text)), ("reason", .string(failure.reason)), ("exit", 3)]) }
            else { printError("matcheck derive: \(failure.reason)") }
            return 3
        }
    }

    static func json(_ r: DeriveResult, swift: String?) -> [(String, JSONValue)] {
        var pairs: [(String, JSONValue)] = [("input", .string(r.input))]
        if let text = r.resultText, let latex = r.latex {
            pairs.append(("result", .string(text)))
            pairs.append(("latex", .string(latex)))
        }
        pairs.append(("verdict", r.verdict.map { .string($0.name) } ?? .null))
        pairs.append(("scope", r.scope.map { .string($0.description) } ?? (r.verdict == nil ? .null : .string("numeric"))))
        if let reason = r.reason { pairs.append(("reason", .string(reason))) }
        if let index = r.indexForm { pairs.append(("index_form", .string(index))) }
        if let swift { pairs.append(("swift", .string(swift))) }
        pairs.append(("seconds", .double(r.seconds)))
        return pairs
    }

    static func text(_ r: DeriveResult, latex: Bool, swift: String?) -> String {
        guard let result = r.resultText, let verdict = r.verdict else {
            var lines = ["input: \(r.input)", "no certified matrix form: \(r.reason ?? "unknown")"]
            if let index = r.indexForm { lines.append("index form: \(index)") }
            return lines.joined(separator: "\n")
        }
        var lines = [result]
        if latex, let l = r.latex { lines.append(l) }
        let how: String
        switch verdict {
        case .proved: how = "proved for " + (r.scope?.phrase ?? "the shapes checked")
        case .holdsNumerically(let reason): how = "holds numerically (\(reason))"
        default: how = verdict.description
        }
        lines.append("certified: \(how); \(String(format: "%.3f", r.seconds)) s")
        if let swift { lines.append(""); lines.append(swift) }
        return lines.joined(separator: "\n")
    }
}
