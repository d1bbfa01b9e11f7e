import ClaimLanguage
import MatrixNumerics

/// Integer expressions: dimension arguments, exponents and index bounds.
extension ClaimEvaluator {
    package func integer(_ e: Expression) throws -> Int {
        switch e {
        case .number(let v, _):
            guard v.isInteger else { throw EvaluationFailure.internalError("non-integer \(v)") }
            return v.numerator
        case .symbol(let name, _):
            guard let v = assignment[name] else {
                throw EvaluationFailure.internalError("no value for dimension '\(name)'")
            }
            return v
        case .negation(let inner, _):
            let v = try integer(inner)
            guard v != Int.min else { throw EvaluationFailure.undefined("integer overflow") }
            return -v
        case .binary(let op, let a, let b, _):
            let x = try integer(a), y = try integer(b)
            let (r, o): (Int, Bool)
            switch op {
            case .add: (r, o) = x.addingReportingOverflow(y)
            case .subtract: (r, o) = x.subtractingReportingOverflow(y)
            case .multiply: (r, o) = x.multipliedReportingOverflow(by: y)
            default:
                throw EvaluationFailure.internalError(
                    "operator \(op.rawValue) in an integer expression")
            }
            if o { throw EvaluationFailure.undefined("integer overflow") }
            return r
        case .power(let a, let b, _):
            // Right-associative, as parsed: `2^3^2 = 2^(3^2)`.
            let x = try integer(a), k = try integer(b)
            guard k >= 0 else {
                throw EvaluationFailure.undefined("negative exponent \(k) in an integer expression")
            }
            if x == 0 || x == 1 { return k == 0 ? 1 : x }
            if x == -1 { return k % 2 == 0 ? 1 : -1 }
            guard k < 64 else { throw EvaluationFailure.undefined("integer overflow") }
            var r = 1
            for _ in 0..<k {
                let (p, o) = r.multipliedReportingOverflow(by: x)
                if o { throw EvaluationFailure.undefined("integer overflow") }
                r = p
            }
            return r
        default:
            throw EvaluationFailure.internalError("not an integer expression")
        }
    }

    package func dimension(_ e: Expression, _ function: String) throws -> Int {
        let d = try integer(e)
        guard d >= 1 else {
            throw EvaluationFailure.invalidShape("\(function): dimension \(d) is not positive")
        }
        guard d <= 100_000 else {
            throw EvaluationFailure.invalidShape("\(function): dimension \(d) is too large")
        }
        return d
    }
}
