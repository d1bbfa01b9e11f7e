import MatrixNumerics

extension Matrix where Scalar == Symbolic {
    /// `(N, d)` with `self = N / d` when every entry is defined and has the
    /// one non-constant denominator `d` (an adjugate inverse, `adj(X)/det X`),
    /// `N` the numerators; `nil` otherwise. Zero entries fit any denominator.
    public var commonDenominator: (numerators: Matrix<Symbolic>, denominator: Polynomial)? {
        var d: Polynomial?
        for e in entries {
            if e.isUndefined { return nil }
            if e.isExactlyZero { continue }
            if let known = d {
                if e.denominator != known { return nil }
            } else {
                d = e.denominator
            }
        }
        guard let d, !d.isOne else { return nil }
        return (map { Symbolic($0.numerator) }, d)
    }

    /// `Nᵏ / dᵏ` for `self = N / d` (``commonDenominator``) and `k ≥ 1`: the
    /// numerators are multiplied as polynomials, and `dᵏ` is formed once,
    /// instead of a product of denominators for every entry of every
    /// product. `nil` when there is no common denominator.
    /// - Throws: ``MatrixError`` when the matrix is not square.
    public func powerOverCommonDenominator(_ k: Int) throws -> Matrix<Symbolic>? {
        guard k >= 1, let (numerators, d) = commonDenominator else { return nil }
        var base = numerators
        var result = try Matrix<Symbolic>.identity(rows)
        var e = k
        while e > 0 {
            if e & 1 == 1 { result = try result * base }
            e >>= 1
            if e > 0 { base = try base * base }
        }
        let denominator = Symbolic(d).power(k)
        // Normalised, without an attempt at exact division (it rarely succeeds here).
        return result.map {
            $0.isPolynomial && denominator.isPolynomial
                ? Symbolic(numerator: $0.numerator, denominator: denominator.numerator)
                : $0 / denominator
        }
    }
}
