import ClaimChecking
import ClaimLanguage

extension MatrixAlgebra {
    /// `f'(a)` entrywise for an elementwise built-in `f`; `nil` when it is zero.
    func elementwiseDerivative(
        _ f: BuiltinFunction, _ arguments: [Expression]
    ) throws
        -> Expression?
    {
        let a = arguments[0]
        let value = Expression.call(f, arguments, here)
        switch f {
        case .sigmoid: return try hadamard(value, try subtract(number(1), value)!)
        case .tanh: return try subtract(number(1), .call(.pow, [value, number(2)], here))
        case .exp: return value
        case .log: return try elementDivide(number(1), a)
        case .softplus: return call(.sigmoid, a)
        case .relu: return call(.step, a)
        case .step: return nil
        case .abs: return try subtract(try multiply(number(2), call(.step, a)), number(1))
        case .sqrt: return try elementDivide(number(1), try multiply(number(2), value))
        case .sin: return call(.cos, a)
        case .cos: return negate(call(.sin, a))
        case .pow:
            guard let p = MatrixAlgebra.numberValue(arguments[1]),
                case (let difference, let overflow) = p.numerator.subtractingReportingOverflow(
                    p.denominator), !overflow,
                let q = ExactNumber(difference, p.denominator)
            else {
                throw NoMatrixForm("the exponent of .^ is not a constant")
            }
            if q.numerator == 0 { return number(p) }
            let reduced: Expression = q == ExactNumber(1) ? a : .call(.pow, [a, number(q)], here)
            return try multiply(number(p), reduced)
        default:
            throw NoMatrixForm("\(f.rawValue) is not elementwise")
        }
    }
}
