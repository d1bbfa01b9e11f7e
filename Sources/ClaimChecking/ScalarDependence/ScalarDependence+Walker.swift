import ClaimLanguage

extension ScalarDependence {
    /// The bound of an expression in one variable, through definitions.
    struct Walker {
        let variable: String
        let definitions: [String: Expression]
        /// Declared `1×1` symbols: `c^v` is an exponential with base `c`.
        let scalarSymbols: Set<String>
        /// The variable sizes something inside an expression (`eye(n)`, `X^k`).
        var structural = false
        /// The variable is used as a number somewhere.
        var usedAsNumber = false
        /// Kinks `−b/a` of `relu`, `step`, `abs` of `a·v + b`.
        var breakpoints: [ExactNumber] = []
        var depth = 0

        typealias Bound = ExponentialPolynomialBound

        mutating func bound(_ e: Expression) -> Bound? {
            depth += 1
            defer { depth -= 1 }
            if depth > 200 { return nil }
            switch e {
            case .number: return .constant
            case .symbol(let name, _):
                if name == variable {
                    usedAsNumber = true
                    return .variable
                }
                if let definition = definitions[name] { return bound(definition) }
                return .constant
            case .negation(let x, _), .transpose(let x, _): return bound(x)
            case .binary(let op, let l, let r, _):
                guard let a = bound(l), let b = bound(r) else { return nil }
                switch op {
                case .add, .subtract: return a.plus(b)
                case .multiply, .hadamard, .kronecker: return a.times(b)
                case .divide, .elementDivide:
                    // Dividing by bᵛ multiplies by (1/b)ᵛ.
                    if let inverse = b.power(-1) { return a.times(inverse) }
                    // A scalar polynomial in v alone: a common denominator.
                    guard isScalarPolynomial(r) else { return nil }
                    return a.dividedByPolynomial(b)
                }
            case .power(let base, let exponent, _):
                return power(base, exponent)
            case .call(let function, let arguments, _):
                return call(function, arguments)
            case .userFunction(_, _, let argument, _):
                return bound(argument)?.isConstant == true ? .constant : nil
            case .derivative(_, let f, _, _, _):
                return bound(f)
            case .entry(let base, let indices, _):
                if indices.contains(where: { mentions($0) }) { structural = true }
                return bound(base)
            case .indexSum(_, _, let body, _):
                return bound(body)
            case .matrix(let rows, _):
                var result = Bound.constant
                for x in rows.flatMap({ $0 }) {
                    guard let b = bound(x), let sum = result.plus(b) else { return nil }
                    result = sum
                }
                return result
            }
        }

        /// A built-in function: linear ones keep the bound, `kron`
        /// multiplies, kinks of an affine argument split the integers,
        /// `exp(a·v + e)` is an exponential with base `e^a`; anything else of
        /// an argument that depends on the variable has no bound.
        mutating func call(_ function: BuiltinFunction, _ arguments: [Expression]) -> Bound? {
            if function.takesDimensions {
                if arguments.contains(where: { mentions($0) }) { structural = true }
                return .constant
            }
            if function == .pow, arguments.count == 2 {
                return power(arguments[0], arguments[1])
            }
            if function == .det, arguments.count == 1,
                let exponential = determinantOfPower(arguments[0])
            {
                return exponential
            }
            var bounds: [Bound] = []
            for a in arguments {
                guard let b = bound(a) else { return nil }
                bounds.append(b)
            }
            if bounds.allSatisfy(\.isConstant) { return .constant }
            switch function {
            case .tr, .sum, .vec, .diag:
                return bounds.dropFirst().reduce(bounds[0]) { $0?.plus($1) }
            case .kron:
                return bounds.dropFirst().reduce(bounds[0]) { $0?.times($1) }
            case .relu, .step, .abs:
                // Between and beyond the kinks each piece is 0, 1, p or −p.
                guard let form = affine(arguments[0]), let b = form.constant,
                    form.slope.numerator != 0,
                    let root = ExactNumber.quotient(b, form.slope)
                else { return nil }
                breakpoints.append(ExactNumber(-root.numerator, root.denominator)!)
                switch function {
                case .relu: return bounds[0].plus(.constant)
                case .abs: return bounds[0]
                default: return .constant
                }
            case .exp:
                guard let form = affine(arguments[0]), form.slope.isInteger else { return nil }
                return ExponentialBase.atom("exp(1)").power(form.slope.numerator).map {
                    .exponential($0)
                }
            default: return nil
            }
        }

        /// `base^exponent`: a constant integer exponent takes the power of
        /// the bound; an exponent `a·v + e` (literal integer `a`) over a
        /// nonzero rational constant or a scalar symbol is the exponential
        /// `(baseᵃ)ᵛ`; over anything else it is structure (`X^k`) when the
        /// base does not depend on the variable and the exponent is affine
        /// in it, and has no bound otherwise.
        mutating func power(_ base: Expression, _ exponent: Expression) -> Bound? {
            guard let b = bound(base) else { return nil }
            if let m = ScalarDependence.rationalValue(exponent) {
                if b.isConstant { return .constant }
                guard m.isInteger else { return nil }
                if m.numerator < 0, b.power(m.numerator) == nil, isScalarPolynomial(base) {
                    return b.power(-m.numerator).flatMap { Bound.constant.dividedByPolynomial($0) }
                }
                return b.power(m.numerator)
            }
            let numberUseBefore = usedAsNumber
            guard let x = bound(exponent) else { return nil }
            if x.isConstant { return b.isConstant ? .constant : nil }
            guard b.isConstant, !mentions(base) else { return nil }
            if let c = exponentialBase(base) {
                guard let form = affine(exponent), form.slope.isInteger,
                    let power = c.power(form.slope.numerator)
                else { return nil }
                return .exponential(power)
            }
            if let recurrence = constantMatrixPower(base, exponent) { return recurrence }
            // A matrix power's exponent is structure only when affine:
            // `X^(k + (k-1)⋯(k-8))` equals `X^k` at k = 1…8 and no larger k.
            if !ScalarDependence.isConstant(base), affine(exponent) != nil {
                usedAsNumber = numberUseBefore
                structural = true
                return .constant
            }
            return nil
        }

        /// `M^(a·v + e)` for a constant invertible `s×s` matrix `M` and
        /// literal integers `a`, `e`: its entries are `(M^e·(Mᵃ)ᵛ)ᵢⱼ`, which
        /// satisfy the recurrence of `χ_{Mᵃ}` (Cayley–Hamilton), of order
        /// `s`, for every integer `v`. `nil` otherwise (a singular `M` has no
        /// negative powers, and its zero root does not run backwards).
        mutating func constantMatrixPower(
            _ base: Expression, _ exponent: Expression
        ) -> Bound? {
            guard let (matrix, a) = invertiblePower(base, exponent) else { return nil }
            let entries = matrix.map { row in row.map(\.description).joined(separator: ", ") }
            let name = "χ([\(entries.joined(separator: "; "))]^\(a))"
            return .recurrence(OpaqueRecurrence(name: name, degree: matrix.count))
        }

        /// `det(M^(a·v + e)) = det(M)^e·(det(M)ᵃ)ᵛ` for a constant invertible
        /// matrix `M` (through `let` definitions): the exponential
        /// `{det(M)ᵃ: 0}`; `nil` for anything else.
        mutating func determinantOfPower(_ e: Expression) -> Bound? {
            var argument = e
            while case .symbol(let name, _) = argument, let d = definitions[name] {
                argument = d
            }
            guard case .power(let base, let exponent, _) = argument,
                let (matrix, a) = invertiblePower(base, exponent), a != 0,
                let det = ScalarDependence.exactDeterminant(matrix),
                let power = ExponentialBase(rational: det)?.power(a)
            else { return nil }
            usedAsNumber = true
            return .exponential(power)
        }

        /// The exact entries of a constant invertible square matrix `base`
        /// (at most 8×8) and the slope `a` of an exponent `a·v + e` with
        /// literal integers `a`, `e`.
        func invertiblePower(
            _ base: Expression, _ exponent: Expression
        ) -> (matrix: [[ExactNumber]], slope: Int)? {
            var copy = self
            guard let matrix = ScalarDependence.constantMatrix(base, definitions),
                matrix.count <= 8, matrix.allSatisfy({ $0.count == matrix.count }),
                let det = ScalarDependence.exactDeterminant(matrix), det.numerator != 0,
                let form = copy.affine(exponent), form.slope.isInteger,
                let constant = form.constant, constant.isInteger
            else { return nil }
            return (matrix, form.slope.numerator)
        }

        /// Whether `e` is a scalar polynomial in the variable alone: numbers,
        /// the variable, `+ − ·` and literal non-negative integer powers
        /// (through `let` definitions). Its value is then one polynomial
        /// shared by every entry and every index value.
        func isScalarPolynomial(_ e: Expression) -> Bool {
            var stack = [e]
            var seen = 0
            while let x = stack.popLast() {
                seen += 1
                if seen > 10_000 { return false }
                switch x {
                case .number: continue
                case .symbol(let name, _):
                    if name == variable { continue }
                    guard let d = definitions[name] else { return false }
                    stack.append(d)
                case .negation(let inner, _): stack.append(inner)
                case .binary(.add, let l, let r, _), .binary(.subtract, let l, let r, _),
                    .binary(.multiply, let l, let r, _):
                    stack += [l, r]
                case .power(let base, .number(let m, _), _):
                    guard m.isInteger, m.numerator >= 0 else { return false }
                    stack.append(base)
                default: return false
                }
            }
            return true
        }

        /// A nonzero rational constant or a declared scalar symbol, as a base.
        func exponentialBase(_ e: Expression) -> ExponentialBase? {
            if case .symbol(let name, _) = e, scalarSymbols.contains(name),
                definitions[name] == nil
            {
                return .atom(name)
            }
            return ScalarDependence.rationalValue(e).flatMap { ExponentialBase(rational: $0) }
        }

        /// `e = slope·v + constant` with a literal rational `slope`; the
        /// constant is `nil` when it is not a literal (but free of `v`).
        mutating func affine(_ e: Expression) -> (slope: ExactNumber, constant: ExactNumber?)? {
            let zero = ExactNumber(0)!
            switch e {
            case .number(let c, _): return (zero, c)
            case .symbol(let name, _):
                if name == variable { return (ExactNumber(1)!, zero) }
                if let d = definitions[name] { return affine(d) }
                return (zero, nil)
            case .negation(let x, _):
                guard let f = affine(x) else { return nil }
                return (f.slope.negated, f.constant?.negated)
            case .binary(let op, let l, let r, _):
                guard let f = affine(l), let g = affine(r) else { return nil }
                switch op {
                case .add, .subtract:
                    let sign = op == .add ? ExactNumber(1)! : ExactNumber(-1)!
                    guard let gs = ExponentialBase.product(g.slope, sign),
                        let slope = ExactNumber.sum(f.slope, gs)
                    else { return nil }
                    var constant: ExactNumber? = nil
                    if let a = f.constant, let b = g.constant,
                        let bs = ExponentialBase.product(b, sign)
                    {
                        constant = ExactNumber.sum(a, bs)
                    }
                    return (slope, constant)
                case .multiply:
                    if f.slope.numerator == 0, let c = f.constant { return scaled(g, c) }
                    if g.slope.numerator == 0, let c = g.constant { return scaled(f, c) }
                    if f.slope.numerator == 0 && g.slope.numerator == 0 { return (zero, nil) }
                    return nil
                case .divide:
                    guard g.slope.numerator == 0, let c = g.constant, c.numerator != 0,
                        let inverse = ExactNumber(c.denominator, c.numerator)
                    else { return f.slope.numerator == 0 && !mentions(r) ? (zero, nil) : nil }
                    return scaled(f, inverse)
                default: return mentions(e) ? nil : (zero, nil)
                }
            default: return mentions(e) ? nil : (zero, nil)
            }
        }

        func scaled(
            _ f: (slope: ExactNumber, constant: ExactNumber?), _ c: ExactNumber
        ) -> (slope: ExactNumber, constant: ExactNumber?)? {
            guard let slope = ExponentialBase.product(f.slope, c) else { return nil }
            return (slope, f.constant.flatMap { ExponentialBase.product($0, c) })
        }

        func mentions(_ e: Expression) -> Bool {
            var stack = [e]
            var seen = 0
            while let x = stack.popLast() {
                seen += 1
                if seen > 100_000 { return true }
                if case .symbol(let name, _) = x {
                    if name == variable { return true }
                    if let d = definitions[name] { stack.append(d) }
                }
                stack.append(contentsOf: x.children)
            }
            return false
        }
    }

    /// The exact entries of a literal matrix of constants (through `let`
    /// definitions), `[1, 1; 1, 0]`; `nil` for anything else.
    static func constantMatrix(
        _ e: Expression, _ definitions: [String: Expression]
    ) -> [[ExactNumber]]? {
        var e = e
        var steps = 0
        while case .symbol(let name, _) = e, let d = definitions[name], steps < 100 {
            e = d
            steps += 1
        }
        guard case .matrix(let rows, _) = e, !rows.isEmpty else { return nil }
        var entries: [[ExactNumber]] = []
        for row in rows {
            var values: [ExactNumber] = []
            for x in row {
                guard let value = rationalValue(x) else { return nil }
                values.append(value)
            }
            entries.append(values)
        }
        return entries
    }

    /// The determinant of a square matrix of exact rationals by elimination;
    /// `nil` on overflow.
    static func exactDeterminant(_ matrix: [[ExactNumber]]) -> ExactNumber? {
        var m = matrix
        let n = m.count
        var det = ExactNumber(1)!
        for column in 0..<n {
            guard let pivot = (column..<n).first(where: { m[$0][column].numerator != 0 })
            else { return ExactNumber(0)! }
            if pivot != column {
                m.swapAt(pivot, column)
                det = det.negated
            }
            guard let d = ExponentialBase.product(det, m[column][column]) else { return nil }
            det = d
            for row in (column + 1)..<n where m[row][column].numerator != 0 {
                guard let factor = ExactNumber.quotient(m[row][column], m[column][column])
                else { return nil }
                for j in column..<n {
                    guard let scaled = ExponentialBase.product(factor, m[column][j]),
                        let value = ExactNumber.sum(m[row][j], scaled.negated)
                    else { return nil }
                    m[row][j] = value
                }
            }
        }
        return det
    }

    /// The exact value of a constant made of literals, `+ − · /` and
    /// integer powers; `nil` otherwise or on overflow.
    static func rationalValue(_ e: Expression) -> ExactNumber? {
        switch e {
        case .number(let c, _): return c
        case .negation(let x, _): return rationalValue(x)?.negated
        case .binary(let op, let l, let r, _):
            guard let a = rationalValue(l), let b = rationalValue(r) else { return nil }
            switch op {
            case .add: return ExactNumber.sum(a, b)
            case .subtract: return ExactNumber.sum(a, b.negated)
            case .multiply, .hadamard: return ExponentialBase.product(a, b)
            case .divide, .elementDivide: return ExactNumber.quotient(a, b)
            case .kronecker: return nil
            }
        case .power(let base, .number(let m, _), _):
            guard m.isInteger, let a = rationalValue(base), a.numerator != 0,
                let p = ExponentialBase(rational: a)?.power(m.numerator), p.atoms.isEmpty
            else { return nil }
            return p.rational
        default: return nil
        }
    }
}
