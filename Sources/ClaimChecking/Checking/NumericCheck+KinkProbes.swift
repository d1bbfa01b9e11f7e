import ClaimLanguage
import MatrixNumerics

/// Probe points derived from the claim's kinks: a claim false only at a
/// kink (`step(x - 1) + step(1 - x) == 1` at `x = 1`) or on a tiny interval
/// beside one (`step(relu(x) - 1e-12) == step(x)` on `(0, 1e-12]`) is missed
/// by random points.
extension NumericCheck {
    /// At most this many kink probes per shape.
    static let kinkProbeLimit = 48

    /// The offsets `2^-j` of the ladder beside each kink (times `max(1, |x₀|)`).
    static let kinkLadder: [Int] = [1, 4, 10, 20, 30, 40, 45, 50]

    /// A symbol and an affine function `a·s + b` of it (entry by entry).
    struct Affine {
        var symbol: String?
        var slope: Double
        var offset: Double
    }

    /// Kink points: for each argument `u` of `step`, `relu`, `abs`, `sqrt` or
    /// `log` that is affine in one symbol `s` (`a·s + b`, with `a ≠ 0`), the
    /// zero `x₀ = −b/a`, then `x₀ ± 2^-j·max(1, |x₀|)` for the ladder
    /// ``kinkLadder`` and `x₀ ± c`, `x₀ ± c/2` for the magnitudes `c` of the
    /// claim's literals. Every entry of `s` takes the probe value; the other
    /// symbols keep a point of the uniform family. Probes can only refute.
    ///
    /// With `centersOnly`, only the zeros `x₀` (for the certified search:
    /// floating-point bounds cannot decide a jump exactly at its kink).
    func kinkPoints(
        at assignment: [String: Int], seed: UInt64, centersOnly: Bool = false
    ) -> [[String: Matrix<Double>]] {
        var expressions = claim.claim.definitions.map(\.expression)
        expressions += [claim.claim.lhs, claim.claim.rhs]
        var centers: [(String, Double)] = []
        var constants: Set<Double> = []
        var stack = expressions
        while let e = stack.popLast() {
            if case .number(let v, _) = e, v.numerator != 0 {
                constants.insert(Swift.abs(v.doubleValue))
            }
            if case .call(let f, let arguments, _) = e,
                [.step, .relu, .abs, .sqrt, .log].contains(f), let u = arguments.first,
                let affine = NumericCheck.affine(u), let s = affine.symbol, affine.slope != 0
            {
                let x0 = -affine.offset / affine.slope
                if x0.isFinite && !centers.contains(where: { $0 == (s, x0) }) {
                    centers.append((s, x0))
                }
            }
            stack.append(contentsOf: e.children)
        }
        guard !centers.isEmpty,
            let base = try? PointFamily.unit.values(for: claim, at: assignment, seed: seed)
        else { return [] }
        var values: [(String, Double)] = []
        for (s, x0) in centers {
            let scale = Swift.max(1, Swift.abs(x0))
            var offsets: [Double] = [0]
            for j in NumericCheck.kinkLadder where !centersOnly {
                let h = scale * Double(sign: .plus, exponent: -j, significand: 1)
                offsets += [h, -h]
            }
            for c in constants.sorted() where c < 1e6 && !centersOnly {
                offsets += [c, -c, c / 2, -c / 2]
            }
            for o in offsets where !values.contains(where: { $0 == (s, x0 + o) }) {
                values.append((s, x0 + o))
            }
        }
        return values.prefix(NumericCheck.kinkProbeLimit).compactMap { s, v in
            guard var point = Optional(base), let m = point[s], v.isFinite else { return nil }
            point[s] = m.map { _ in v }
            return point
        }
    }

    /// `e` as `a·s + b` in one symbol `s` (entry by entry), or `nil`.
    static func affine(_ e: Expression) -> Affine? {
        switch e {
        case .number(let v, _): return Affine(symbol: nil, slope: 0, offset: v.doubleValue)
        case .symbol(let s, _): return Affine(symbol: s, slope: 1, offset: 0)
        case .transpose(let x, _): return affine(x)
        case .negation(let x, _):
            return affine(x).map { Affine(symbol: $0.symbol, slope: -$0.slope, offset: -$0.offset) }
        case .call(.ones, _, _): return Affine(symbol: nil, slope: 0, offset: 1)
        case .call(.zeros, _, _): return Affine(symbol: nil, slope: 0, offset: 0)
        case .binary(let op, let l, let r, _):
            guard let a = affine(l), let b = affine(r) else { return nil }
            switch op {
            case .add, .subtract:
                if a.symbol != nil && b.symbol != nil && a.symbol != b.symbol { return nil }
                let sign = op == .add ? 1.0 : -1.0
                return Affine(
                    symbol: a.symbol ?? b.symbol, slope: a.slope + sign * b.slope,
                    offset: a.offset + sign * b.offset)
            case .multiply, .hadamard:
                if a.symbol == nil {
                    return Affine(symbol: b.symbol, slope: a.offset * b.slope,
                        offset: a.offset * b.offset)
                }
                if b.symbol == nil {
                    return Affine(symbol: a.symbol, slope: b.offset * a.slope,
                        offset: b.offset * a.offset)
                }
                return nil
            case .divide, .elementDivide:
                guard b.symbol == nil, b.offset != 0 else { return nil }
                return Affine(symbol: a.symbol, slope: a.slope / b.offset,
                    offset: a.offset / b.offset)
            case .kronecker: return nil
            }
        default: return nil
        }
    }
}
