/// `I` and `I_n`: the identity, when not declared.
///
/// An undeclared `I` is the identity of the size shape inference gives it
/// (each occurrence separately); `I_n` (`I_3`) is `eye(n)` (`eye(3)`). After
/// inference every such occurrence is replaced by `eye(size)` and the claim
/// is resolved again, so evaluators and provers only ever see `eye`. A
/// declared or `let`-defined `I` is an ordinary name (the declaration wins),
/// with a note in the report.
extension ShapeInference {
    /// The size an identity name fixes: `nil` for a bare `I`.
    enum IdentityName: Equatable {
        case unsized
        case sized(Dimension)
    }

    /// `I`, `I_n` or `I_3` read as an identity name.
    static func identityName(_ name: String) -> IdentityName? {
        if name == "I" { return .unsized }
        guard name.hasPrefix("I_"), name.count > 2 else { return nil }
        let rest = String(name.dropFirst(2))
        if let n = Int(rest) { return n >= 1 && n <= 1_000_000 ? .sized(.fixed(n)) : nil }
        guard let first = rest.first, first.isLetter,
            rest.allSatisfy({ $0.isLetter || $0.isNumber })
        else { return nil }
        return .sized(.variable(rest))
    }

    /// Whether `name` is an identity here (not declared, not defined).
    func isIdentity(_ name: String) -> Bool {
        ShapeInference.identityName(name) != nil && declaredShapes[name] == nil
            && functions[name] == nil
            && !integerSymbols.contains(name) && !claim.definitions.contains { $0.name == name }
    }

    /// Registers the dimension variables of `I_n` and notes a declared `I`.
    mutating func collectIdentityDimensions(declared: [String: SourceRange]) {
        var stack = claim.definitions.map(\.expression) + [claim.lhs, claim.rhs]
        var noted: Set<String> = []
        while let e = stack.popLast() {
            stack.append(contentsOf: e.children)
            guard case .symbol(let name, _) = e, let form = ShapeInference.identityName(name) else {
                continue
            }
            if declared[name] != nil || claim.definitions.contains(where: { $0.name == name }) {
                if noted.insert(name).inserted {
                    notes.append(
                        "'\(name)' is declared or defined in the claim,"
                            + " so it is that symbol, not the identity"
                    )
                }
                continue
            }
            if case .sized(.variable(let v)) = form, declared[v] == nil {
                dimensionVariables.insert(v)
            }
        }
    }

    /// The shape of an identity occurrence, or `nil` if `name` is not one.
    mutating func identityShape(_ name: String, _ range: SourceRange) throws -> SymbolicShape? {
        guard let form = ShapeInference.identityName(name), isIdentity(name) else { return nil }
        if let s = identityShapes[range] { return s }
        let s: SymbolicShape
        switch form {
        case .unsized:
            let size = freshUnknown()
            s = SymbolicShape(rows: size, cols: size)
        case .sized(let d):
            if case .variable(let v) = d, !dimensionVariables.contains(v) {
                throw fail(
                    .name, "'\(name)': '\(v)' is declared as a symbol, not a dimension", range)
            }
            s = SymbolicShape(rows: dimension(d), cols: dimension(d))
        }
        identityShapes[range] = s
        return s
    }

    /// The claim with every identity occurrence replaced by `eye(size)`.
    func claimWithIdentities() throws -> Claim {
        var sizes: [SourceRange: DimensionPolynomial] = [:]
        for (range, shape) in identityShapes {
            guard let rows = shape.rows.substituting(bindings), !rows.hasUnknowns else {
                throw fail(
                    .shape, "cannot infer the size of the identity here; write I_n or eye(n)", range
                )
            }
            sizes[range] = rows
        }
        return claim.rewritten { e in
            guard case .symbol(_, let r) = e, let size = sizes[r] else { return nil }
            return .call(.eye, [ShapeInference.expression(size, r)], r)
        }
    }

    /// A dimension polynomial as an integer expression of the claim language.
    static func expression(_ p: DimensionPolynomial, _ r: SourceRange) -> Expression {
        var result: Expression?
        for (monomial, coefficient) in p.terms.sorted(by: { $0.key.joined() < $1.key.joined() }) {
            var term: Expression? =
                monomial.isEmpty || Swift.abs(coefficient) != 1
                ? .number(ExactNumber(Swift.abs(coefficient)) ?? ExactNumber(1)!, r) : nil
            for v in monomial {
                term = term.map { .binary(.multiply, $0, .symbol(v, r), r) } ?? .symbol(v, r)
            }
            let value = term ?? .number(ExactNumber(1)!, r)
            if let sum = result {
                result = .binary(coefficient < 0 ? .subtract : .add, sum, value, r)
            } else {
                result = coefficient < 0 ? .negation(value, r) : value
            }
        }
        return result ?? .number(ExactNumber(0)!, r)
    }

    /// The integer or rational constant an exponent is (`2`, `-1/2`, `0.5`), if it is one.
    package static func constantExponent(_ e: Expression) -> ExactNumber? {
        switch e {
        case .number(let v, _): return v
        case .negation(let inner, _):
            guard let v = constantExponent(inner) else { return nil }
            return ExactNumber(-v.numerator, v.denominator)
        case .binary(.divide, let a, let b, _):
            guard let x = constantExponent(a), let y = constantExponent(b), x.denominator == 1,
                y.denominator == 1
            else {
                return nil
            }
            return ExactNumber(x.numerator, y.numerator)
        default: return nil
        }
    }
}
