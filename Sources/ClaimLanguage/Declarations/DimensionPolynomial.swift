/// A dimension as a polynomial with integer coefficients in the dimension
/// variables (`m·n`, `2·n`, `n + 1`), used by shape inference. Names that
/// start with `?` are unknowns still to be inferred.
///
/// Arithmetic is overflow-checked: an operation that overflows returns `nil`.
package struct DimensionPolynomial: Hashable, Sendable, CustomStringConvertible {
    /// Monomial (sorted variable names, repeated for powers) → non-zero coefficient.
    package private(set) var terms: [[String]: Int]

    package init(terms: [[String]: Int]) { self.terms = terms.filter { $0.value != 0 } }

    package static func constant(_ value: Int) -> DimensionPolynomial {
        DimensionPolynomial(terms: [[]: value])
    }
    package static func variable(_ name: String) -> DimensionPolynomial {
        DimensionPolynomial(terms: [[name]: 1])
    }
    package static let one = constant(1)

    /// The value when the polynomial has no variables.
    package var constantValue: Int? {
        if terms.isEmpty { return 0 }
        if terms.count == 1, let c = terms[[]] { return c }
        return nil
    }

    /// Every unknown (`?…`) it mentions.
    package var unknowns: Set<String> {
        Set(terms.keys.flatMap { $0.filter { $0.hasPrefix("?") } })
    }
    package var hasUnknowns: Bool { terms.keys.contains { $0.contains { $0.hasPrefix("?") } } }
    package var variables: Set<String> { Set(terms.keys.flatMap { $0 }) }

    package static func + (a: DimensionPolynomial, b: DimensionPolynomial) -> DimensionPolynomial? {
        var t = a.terms
        for (m, c) in b.terms {
            let (s, o) = (t[m] ?? 0).addingReportingOverflow(c)
            if o { return nil }
            t[m] = s
        }
        return DimensionPolynomial(terms: t)
    }

    package static func - (a: DimensionPolynomial, b: DimensionPolynomial) -> DimensionPolynomial? {
        guard let negated = b.scaled(by: -1) else { return nil }
        return a + negated
    }

    package func scaled(by k: Int) -> DimensionPolynomial? {
        var t: [[String]: Int] = [:]
        for (m, c) in terms {
            let (p, o) = c.multipliedReportingOverflow(by: k)
            if o { return nil }
            t[m] = p
        }
        return DimensionPolynomial(terms: t)
    }

    package static func * (a: DimensionPolynomial, b: DimensionPolynomial) -> DimensionPolynomial? {
        guard a.terms.count * b.terms.count <= 4096 else { return nil }
        var t: [[String]: Int] = [:]
        for (m1, c1) in a.terms {
            for (m2, c2) in b.terms {
                let (p, o1) = c1.multipliedReportingOverflow(by: c2)
                guard !o1, m1.count + m2.count <= 64 else { return nil }
                let m = (m1 + m2).sorted()
                let (s, o2) = (t[m] ?? 0).addingReportingOverflow(p)
                if o2 { return nil }
                t[m] = s
            }
        }
        return DimensionPolynomial(terms: t)
    }

    /// Replaces bound unknowns by their bindings (repeatedly, bounded).
    package func substituting(_ bindings: [String: DimensionPolynomial]) -> DimensionPolynomial? {
        guard !bindings.isEmpty, hasUnknowns else { return self }
        var result = DimensionPolynomial.constant(0)
        for (m, c) in terms {
            var product = DimensionPolynomial.constant(c)
            for name in m {
                let factor: DimensionPolynomial
                if let bound = bindings[name] {
                    guard let b = bound.substituting(bindings) else { return nil }
                    factor = b
                } else {
                    factor = .variable(name)
                }
                guard let p = product * factor else { return nil }
                product = p
            }
            guard let s = result + product else { return nil }
            result = s
        }
        return result
    }

    /// The value at an assignment of the dimension variables; `nil` on a
    /// missing variable or overflow.
    package func evaluate(_ assignment: [String: Int]) -> Int? {
        var total = 0
        for (m, c) in terms {
            var p = c
            for name in m {
                guard let v = assignment[name] else { return nil }
                let (q, o) = p.multipliedReportingOverflow(by: v)
                if o { return nil }
                p = q
            }
            let (s, o) = total.addingReportingOverflow(p)
            if o { return nil }
            total = s
        }
        return total
    }

    /// `m·n`, `2·n + 1`; unknowns print as `?`.
    package var description: String {
        if terms.isEmpty { return "0" }
        let ordered = terms.sorted { a, b in
            a.key.count != b.key.count
                ? a.key.count > b.key.count : a.key.lexicographicallyPrecedes(b.key)
        }
        var out = ""
        for (index, (m, c)) in ordered.enumerated() {
            let names = m.map { $0.hasPrefix("?") ? "?" : $0 }
            var magnitude = Swift.abs(c)
            var piece = ""
            if m.isEmpty {
                piece = "\(magnitude)"; magnitude = 1
            } else if magnitude != 1 {
                piece = "\(magnitude)·"
            }
            piece += names.joined(separator: "·")
            if index == 0 {
                out += (c < 0 ? "-" : "") + piece
            } else {
                out += (c < 0 ? " - " : " + ") + piece
            }
        }
        return out
    }
}

/// The shape of an expression during shape inference: rows × cols as
/// dimension polynomials.
package struct SymbolicShape: Hashable, Sendable, CustomStringConvertible {
    package var rows: DimensionPolynomial
    package var cols: DimensionPolynomial

    package static let scalar = SymbolicShape(rows: .one, cols: .one)

    /// Whether both dimensions are exactly 1.
    package var isKnownScalar: Bool { rows.constantValue == 1 && cols.constantValue == 1 }

    /// `(m×n)`, as in ``MatrixError`` messages.
    package var description: String {
        func wrap(_ p: DimensionPolynomial) -> String {
            p.terms.count > 1 ? "(\(p))" : p.description
        }
        return "(\(wrap(rows))×\(wrap(cols)))"
    }
}
