import ClaimLanguage

/// How a claim depends on a dimension variable or integer symbol written as
/// a number (`(n-1)*tr(X)`, `2^n*det(X)`, `relu(n-9)*sum(x)`).
///
/// Such a use makes the claim a function of the variable that can vanish on
/// any finite set: `(n-1)⋯(n-8)·tr(X) == 0` holds at `n = 1…8` and at no
/// larger `n`. A syntactic bound (``ExponentialPolynomialBound``) puts the
/// dependence in `span{ vʲ·bᵛ }` of order `R`, so `R` consecutive values
/// settle it; kinks `relu(p)`, `step(p)`, `abs(p)` with `p = a·v + b`
/// (literal rationals) split the integers at `−b/a` into pieces, each such
/// a span, so the values to cover are every integer between the kinks and
/// `R` consecutive ones beyond them (``exactValues(_:signed:lowest:)``,
/// ``numericValues(_:signed:lowest:top:)``). The entries of `M^(a·v + e)`
/// for a constant invertible `s×s` matrix `M` satisfy a recurrence of order
/// `s` (an ``OpaqueRecurrence``), and `det(M^(a·v + e))` is the exponential
/// `(det Mᵃ)ᵛ`. A polynomial divided by a scalar polynomial in the variable
/// alone has a denominator degree. Anything else that depends on the
/// variable (`log`, another `det`, another divisor, a kink not affine in
/// it) has no bound. A shape, an index range, a dimension
/// argument (`eye(n)`) or a matrix power's exponent (`X^k`) is structure,
/// not a number: the shape range covers it.
package struct ScalarDependence: Sendable {
    /// The largest order `R` a check extends its values for.
    package static let maximumOrder = 32
    /// Values of a variable written as a number are checked up to this size.
    package static let maximumValue = 40

    /// The bound of each variable used as a number (`nil`: none); variables
    /// not used as numbers are absent.
    package let bounds: [String: ExponentialPolynomialBound?]
    /// The smallest and largest kink (`−b/a` of `relu(a·v + b)`) per variable.
    let exactKinks: [String: (lowest: ExactNumber, highest: ExactNumber)]
    /// Variables used only as numbers: a one-variable claim is then settled
    /// for every value by exact equality at ``exactValues(_:signed:lowest:)``.
    package let numbersOnly: Set<String>

    package init(_ claim: ResolvedClaim) {
        let variables = Set(claim.dimensionVariables)
        var definitions: [String: Expression] = [:]
        for d in claim.claim.definitions { definitions[d.name] = d.expression }
        var scalars: Set<String> = []
        for (name, shape) in claim.symbolShapes where shape.isKnownScalar { scalars.insert(name) }
        var bounds: [String: ExponentialPolynomialBound?] = [:]
        var exactKinks: [String: (lowest: ExactNumber, highest: ExactNumber)] = [:]
        var structural = ScalarDependence.structuralUses(claim).intersection(variables)
        for v in variables.sorted() {
            var walker = Walker(variable: v, definitions: definitions, scalarSymbols: scalars)
            let lhs = walker.bound(claim.claim.lhs)
            let rhs = walker.bound(claim.claim.rhs)
            var bound: ExponentialPolynomialBound? = nil
            if let lhs, let rhs { bound = lhs.plus(rhs) }
            if walker.structural { structural.insert(v) }
            if bound == nil || walker.usedAsNumber { bounds[v] = .some(bound) }
            let breakpoints = walker.breakpoints.sorted { $0.doubleValue < $1.doubleValue }
            if let low = breakpoints.first, let high = breakpoints.last {
                exactKinks[v] = (low, high)
            }
        }
        // A count hidden in a reduction (`tr(eye(n))`, `det(2*eye(n))`) has no bound.
        let counts = ScalarDependence.hiddenCounts(claim, definitions)
            .union(ScalarDependence.symbolCounts(claim))
        for v in counts.intersection(variables) {
            bounds[v] = .some(nil)
        }
        self.bounds = bounds
        self.exactKinks = exactKinks
        self.numbersOnly = Set(bounds.keys).subtracting(structural)
    }

    /// The order `R` of `v`'s bound, or `nil` when it has none or it is over
    /// ``maximumOrder`` (0 when `v` is not used as a number).
    package func order(_ v: String) -> Int? {
        guard let entry = bounds[v] else { return 0 }
        guard let order = entry?.order, order <= ScalarDependence.maximumOrder else { return nil }
        return order
    }

    /// The largest integer below every kink of `v`, and the smallest above.
    package func integerPieces(_ v: String) -> (lastBelow: Int, firstAbove: Int)? {
        guard let k = exactKinks[v] else { return nil }
        return (ScalarDependence.ceiling(k.lowest) - 1, ScalarDependence.floor(k.highest) + 1)
    }

    /// The exact values that settle a one-variable claim using `v` only as a
    /// number, from `lowest` (the smallest value the variable takes, 1 for a
    /// dimension): `R` consecutive values; with kinks, every value up to the
    /// kinks and `R` beyond them (and, for a signed integer symbol, `R`
    /// below them). `nil` without a bound or beyond ``maximumValue``.
    package func exactValues(_ v: String, signed: Bool, lowest: Int) -> ClosedRange<Int>? {
        guard let r = order(v), r > 0 else { return nil }
        var range = lowest...(lowest + r - 1)
        if let pieces = integerPieces(v) {
            if signed {
                range = (pieces.lastBelow - r + 1)...(pieces.firstAbove + r - 1)
            } else {
                range = lowest...(Swift.max(lowest, pieces.firstAbove) + r - 1)
            }
        }
        let cap = ScalarDependence.maximumValue
        return range.lowerBound >= -cap && range.upperBound <= cap ? range : nil
    }

    /// The values beyond the ordinary numeric range `lowest…top` that a
    /// check of `v` must evaluate: every value up to the kinks and `R`
    /// consecutive ones beyond both `top` and the kinks (below too for a
    /// signed integer symbol with kinks). `nil` without a bound or beyond
    /// ``maximumValue``.
    package func numericValues(_ v: String, signed: Bool, lowest: Int, top: Int) -> [Int]? {
        guard let r = order(v) else { return nil }
        guard r > 0 else { return [] }
        let pieces = integerPieces(v)
        let start = Swift.max(top + 1, pieces?.firstAbove ?? top + 1)
        var values = Array((top + 1)...(start + r - 1))
        if signed, let pieces {
            let end = Swift.min(lowest - 1, pieces.lastBelow)
            values = Array((end - r + 1)...(lowest - 1)) + values
        }
        let cap = ScalarDependence.maximumValue
        return values.allSatisfy { Swift.abs($0) <= cap } ? values : nil
    }

    /// Variables that size something: shapes, index ranges, dimension arguments.
    static func structuralUses(_ claim: ResolvedClaim) -> Set<String> {
        var used: Set<String> = []
        let shapes =
            Array(claim.symbolShapes.values) + Array(claim.definitionShapes.values)
            + [claim.lhsShape, claim.rhsShape]
        for s in shapes { used.formUnion(s.rows.variables.union(s.cols.variables)) }
        for range in claim.indexRanges.values { used.formUnion(range.variables) }
        return used
    }

    /// Whether an expression is a number (no symbol at all).
    static func isConstant(_ e: Expression) -> Bool {
        var stack = [e]
        while let x = stack.popLast() {
            if case .symbol = x { return false }
            if case .userFunction = x { return false }
            stack.append(contentsOf: x.children)
        }
        return true
    }

    /// `⌊x⌋`, clamped to `±1 000 000` (far beyond ``maximumValue``).
    static func floor(_ x: ExactNumber) -> Int {
        let (q, r) = x.numerator.quotientAndRemainder(dividingBy: x.denominator)
        return Swift.min(Swift.max(r < 0 ? q - 1 : q, -1_000_000), 1_000_000)
    }

    /// `⌈x⌉`.
    static func ceiling(_ x: ExactNumber) -> Int {
        -floor(ExactNumber(-x.numerator, x.denominator)!)
    }
}
