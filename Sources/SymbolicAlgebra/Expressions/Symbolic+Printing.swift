/// Plain-text and LaTeX rendering.
///
/// Terms are printed by decreasing degree, then by the names of their
/// factors, so the text does not depend on the order in which variables were
/// first used. Plain text: `2*A[1,2]*x^2 - sigmoid(a + b)`, `(p)/(q)`;
/// LaTeX: `2 A_{12} x^{2} - \sigma\left(a + b\right)`, `\frac{p}{q}`.
extension Symbolic: CustomStringConvertible {
    /// Plain text.
    public var description: String { render(latex: false) }

    /// LaTeX.
    public var latex: String { render(latex: true) }

    package func render(latex: Bool) -> String {
        if let reason = undefinedReason {
            return latex ? "\\text{undefined (\(reason))}" : "undefined (\(reason))"
        }
        let n = Symbolic.render(numerator, latex: latex)
        if denominator.isOne { return n }
        let d = Symbolic.render(denominator, latex: latex)
        if latex { return "\\frac{\(n)}{\(d)}" }
        let wrap: (Polynomial, String) -> String = { p, s in
            p.terms.count > 1
                || (p.terms.first.map { !$0.coefficient.isOne || $0.monomial.factors.count > 1 }
                    ?? false)
                ? "(\(s))" : s
        }
        return "\(wrap(numerator, n))/\(wrap(denominator, d))"
    }

    package static func render(_ p: Polynomial, latex: Bool) -> String {
        if p.isZero { return "0" }
        // Render each factor once, then sort terms by degree and text.
        var factorText: [UInt32: String] = [:]
        func text(_ id: UInt32) -> String {
            if let t = factorText[id] { return t }
            let t = renderIndeterminate(IndeterminateTable.shared.indeterminate(id), latex: latex)
            factorText[id] = t
            return t
        }
        var rendered: [(degree: Int, key: String, coefficient: Rational)] = []
        for term in p.terms {
            // Variables first, then atoms; each group by text.
            let factors = term.monomial.pairs.map { pair -> (isAtom: Bool, text: String) in
                let base = text(pair.indeterminate)
                let isAtom =
                    if case .atom = IndeterminateTable.shared.indeterminate(pair.indeterminate) {
                        true
                    } else { false }
                if pair.exponent == 1 { return (isAtom, base) }
                return (isAtom, latex ? "\(base)^{\(pair.exponent)}" : "\(base)^\(pair.exponent)")
            }.sorted { $0.isAtom != $1.isAtom ? !$0.isAtom : $0.text < $1.text }.map(\.text)
            rendered.append(
                (
                    term.monomial.degree, factors.joined(separator: latex ? " " : "*"),
                    term.coefficient
                ))
        }
        rendered.sort { $0.degree != $1.degree ? $0.degree > $1.degree : $0.key < $1.key }
        var out = ""
        for (index, item) in rendered.enumerated() {
            let negative = item.coefficient.isNegative
            let magnitude = negative ? -item.coefficient : item.coefficient
            if index == 0 { out += negative ? "-" : "" } else { out += negative ? " - " : " + " }
            let c: String
            if latex && !magnitude.isInteger {
                c = "\\frac{\(magnitude.numerator)}{\(magnitude.denominator)}"
            } else {
                c = magnitude.description
            }
            if item.key.isEmpty {
                out += c
            } else if magnitude.isOne {
                out += item.key
            } else {
                out += c + (latex ? " " : "*") + item.key
            }
        }
        return out
    }

    package static func renderIndeterminate(_ indeterminate: Indeterminate, latex: Bool) -> String {
        switch indeterminate {
        case .variable(let v): return latex ? v.latex : v.description
        case .atom(let atom):
            let argument = atom.argument.render(latex: latex)
            if latex {
                switch atom.function {
                case .sqrt: return "\\sqrt{\(argument)}"
                default: return "\(latexName(atom.function))\\left(\(argument)\\right)"
                }
            }
            return "\(plainName(atom.function))(\(argument))"
        }
    }

    package static func primes(_ order: Int, latex: Bool) -> String {
        if order <= 3 { return String(repeating: "'", count: order) }
        return latex ? "^{(\(order))}" : "^(\(order))"
    }

    package static func plainName(_ function: AtomFunction) -> String {
        switch function {
        case .exp: return "exp"
        case .log: return "log"
        case .sigmoid: return "sigmoid"
        case .tanh: return "tanh"
        case .softplus: return "softplus"
        case .relu: return "relu"
        case .step: return "step"
        case .sqrt: return "sqrt"
        case .sin: return "sin"
        case .cos: return "cos"
        case .elementwise(let f, let order): return f.name + primes(order, latex: false)
        }
    }

    package static func latexName(_ function: AtomFunction) -> String {
        switch function {
        case .exp: return "\\exp"
        case .log: return "\\log"
        case .sigmoid: return "\\sigma"
        case .tanh: return "\\tanh"
        case .softplus: return "\\operatorname{softplus}"
        case .relu: return "\\operatorname{relu}"
        case .step: return "\\operatorname{step}"
        case .sqrt: return "\\sqrt"
        case .sin: return "\\sin"
        case .cos: return "\\cos"
        case .elementwise(let f, let order): return f.name + primes(order, latex: true)
        }
    }
}
