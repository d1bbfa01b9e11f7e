import SymbolicAlgebra

extension KinkPolynomial {
    /// A real zero: exact, or a double near an irrational zero.
    struct Zero: Equatable {
        var value: Rational
        var exact: Bool
    }

    /// Grid points per side for bracketing zeros of degree three and more.
    static let bracketingGrid = 256

    /// The real zeros of a polynomial in the one symbol `s`: exact for degree
    /// 1, and for degree 2 when the discriminant has a rational square root
    /// (`x² − 10⁻³⁰⁰` at `±10⁻¹⁵⁰`); otherwise doubles, from the stable
    /// quadratic formula or, for higher degrees, bracketed by sign changes
    /// on a grid (uniform and geometric within the Cauchy bound) and bisected.
    func realZeros(in s: String) -> [Zero] {
        let c = coefficients(in: s)
        switch c.count - 1 {
        case 0: return []
        case 1:
            guard let x = try? (-c[0]).divided(by: c[1]) else { return [] }
            return [Zero(value: x, exact: true)]
        case 2:
            let discriminant = c[1] * c[1] - Rational(4) * c[2] * c[0]
            if discriminant.isNegative { return [] }
            if let r = discriminant.exactSquareRoot {
                let twoA = c[2] + c[2]
                let zeros = [(-c[1] + r), (-c[1] - r)].compactMap { try? $0.divided(by: twoA) }
                return Self.unique(zeros.map { Zero(value: $0, exact: true) })
            }
            let (a, b, d) = (c[2].doubleValue, c[1].doubleValue, discriminant.doubleValue)
            guard a.isFinite, b.isFinite, d.isFinite, a != 0 else { return [] }
            let q = -0.5 * (b + (b >= 0 ? 1 : -1) * d.squareRoot())
            let doubles = q == 0 ? [0] : [q / a, c[0].doubleValue / q]
            return Self.unique(doubles.compactMap { Rational(exactly: $0) }.map {
                Zero(value: $0, exact: false)
            })
        default:
            return Self.unique(Self.bracketedZeros(c.map(\.doubleValue)).compactMap {
                Rational(exactly: $0).map { Zero(value: $0, exact: false) }
            })
        }
    }

    /// Zeros of `Σ cᵢ·xⁱ` (doubles) found by sign changes on a grid within
    /// the Cauchy bound, each refined by bisection.
    static func bracketedZeros(_ c: [Double]) -> [Double] {
        guard let lead = c.last, lead != 0, c.allSatisfy(\.isFinite) else { return [] }
        let bound = 1 + (c.dropLast().map { Swift.abs($0 / lead) }.max() ?? 0)
        guard bound.isFinite else { return [] }
        func value(_ x: Double) -> Double { c.reversed().reduce(0) { $0 * x + $1 } }
        var grid: Set<Double> = [0]
        var geometric = bound
        for k in 0..<bracketingGrid {
            let uniform = bound * Double(k) / Double(bracketingGrid)
            grid.formUnion([geometric, -geometric, uniform, -uniform])
            geometric *= 0.840_896_415_253_714_5  // 2^(-1/4)
        }
        let points = grid.sorted()
        var zeros: [Double] = []
        for (x, y) in zip(points, points.dropFirst()) {
            var (low, high) = (x, y)
            let (fLow, fHigh) = (value(low), value(high))
            if fLow == 0 { zeros.append(low); continue }
            guard fLow.sign != fHigh.sign, fHigh != 0 else { continue }
            for _ in 0..<200 {
                let middle = low + (high - low) / 2
                if middle == low || middle == high { break }
                if value(middle).sign == fLow.sign { low = middle } else { high = middle }
            }
            zeros.append(low)
        }
        return zeros
    }

    private static func unique(_ zeros: [Zero]) -> [Zero] {
        var result: [Zero] = []
        for z in zeros where !result.contains(where: { $0.value == z.value }) { result.append(z) }
        return result
    }
}
