import ClaimLanguage
import MatrixNumerics
import SymbolicAlgebra

/// Probe points derived from the claim's kinks: a claim false only at a
/// kink (`step(x - 1) + step(1 - x) == 1` at `x = 1`) or on a tiny interval
/// beside one (`step(relu(x) - 1e-12) == step(x)` on `(0, 1e-12]`) is missed
/// by random points. Probes are ordinary points: they can only refute.
extension NumericCheck {
    /// At most this many kink probes per shape.
    static let kinkProbeLimit = 64

    /// At most this many exact kink points for the certified search.
    static let exactKinkPointLimit = 12

    /// The offsets `2^-j` of the ladder beside each kink (times `max(1, |x₀|)`).
    static let kinkLadder: [Int] = [1, 4, 10, 20, 30, 40, 45, 50]

    /// The relative offsets `2^-j·|x₀|` beside a kink with `0 < |x₀| < 1`
    /// (`x² − 10⁻³⁰⁰` has its zeros at `±10⁻¹⁵⁰`).
    static let relativeKinkLadder: [Int] = [1, 10, 30]

    /// An affine kink in at most this many symbols gets hyperplane probes.
    static let hyperplaneSymbols = 3

    /// A zero of a kink argument met along a line: each symbol `s` takes
    /// `σ_s·t` in every entry, and the argument vanishes at `t = zero`.
    struct KinkCenter: Equatable {
        var signs: [String: Int]
        var zero: Rational
        /// Whether `zero` is the exact zero (else a double beside it).
        var exact: Bool

        /// The symbols' values at `t`.
        func values(at t: Rational) -> [String: Rational] {
            signs.mapValues { $0 < 0 ? -t : t }
        }
    }

    /// The zeros of the claim's kink arguments (arguments of `step`, `relu`,
    /// `abs`, `sqrt`, `log` read as ``KinkPolynomial``s), and the magnitudes
    /// of its literals.
    ///
    /// - A piece in one symbol `s`: its real zeros (``KinkPolynomial/realZeros(in:)``).
    /// - An affine piece `Σ aᵢ·sᵢ + b` in two or three symbols: the points
    ///   `sᵢ = σᵢ·t₀` on its hyperplane, `t₀ = −b / Σ σᵢ·aᵢ`, for every
    ///   choice of signs `σ` (`x + y − c` at `x = y = c/2`, and at `x = −y` none).
    func kinkCenters() -> (centers: [KinkCenter], constants: [Rational]) {
        var stack = claim.claim.definitions.map(\.expression) + [claim.claim.lhs, claim.claim.rhs]
        var centers: [KinkCenter] = []
        var constants: [Rational] = []
        func add(_ c: KinkCenter) { if !centers.contains(c) { centers.append(c) } }
        while let e = stack.popLast() {
            if case .number(let v, _) = e, v.numerator != 0,
                let c = try? Rational(Swift.abs(v.numerator), v.denominator),
                !constants.contains(c)
            {
                constants.append(c)
            }
            stack.append(contentsOf: e.children)
            guard case .call(let f, let arguments, _) = e,
                [.step, .relu, .abs, .sqrt, .log].contains(f), let u = arguments.first,
                let pieces = KinkPolynomial.pieces(of: u)
            else { continue }
            for p in pieces {
                let symbols = p.symbols.sorted()
                if symbols.count == 1, let s = symbols.first {
                    for z in p.realZeros(in: s) {
                        add(KinkCenter(signs: [s: 1], zero: z.value, exact: z.exact))
                    }
                } else if p.degree == 1,
                    (2...NumericCheck.hyperplaneSymbols).contains(symbols.count)
                {
                    let offset = p.terms[[]] ?? .zero
                    for pattern in 0..<(1 << (symbols.count - 1)) {
                        let signs = Dictionary(uniqueKeysWithValues: symbols.enumerated().map {
                            ($1, $0 > 0 && pattern & (1 << ($0 - 1)) != 0 ? -1 : 1)
                        })
                        let slope = symbols.reduce(Rational.zero) { sum, s in
                            let a = p.terms[[s]] ?? .zero
                            return signs[s] == 1 ? sum + a : sum - a
                        }
                        if let t0 = try? (-offset).divided(by: slope) {
                            add(KinkCenter(signs: signs, zero: t0, exact: true))
                        }
                    }
                }
            }
        }
        return (centers, constants.sorted())
    }

    /// The offsets probed beside a zero `x₀`: `0`, `±2^-j·max(1, |x₀|)` for
    /// ``kinkLadder``, `±2^-j·|x₀|` for ``relativeKinkLadder`` when
    /// `0 < |x₀| < 1`, and `±c`, `±c/2` for the literals' magnitudes `c < 10⁶`.
    static func kinkOffsets(_ x0: Rational, constants: [Rational]) -> [Rational] {
        let magnitude = x0.isNegative ? -x0 : x0
        let scale = Swift.max(Rational.one, magnitude)
        var offsets: [Rational] = [.zero]
        for j in kinkLadder {
            let h = scale * CertifiedInterval.powerOfTwo(-j)
            offsets += [h, -h]
        }
        if !magnitude.isZero && magnitude < .one {
            for j in relativeKinkLadder {
                let h = magnitude * CertifiedInterval.powerOfTwo(-j)
                offsets += [h, -h]
            }
        }
        let half = CertifiedInterval.powerOfTwo(-1)
        for c in constants where c < Rational(1_000_000) {
            offsets += [c, -c, c * half, -c * half]
        }
        return offsets
    }

    /// Kink points for the floating-point check: for each center of
    /// ``kinkCenters()``, its zero and the ``kinkOffsets(_:constants:)``
    /// beside it, taken in turn across the centers (so that every center is
    /// probed within ``kinkProbeLimit``). Every entry of each symbol of the
    /// center takes the probe value; the other symbols keep a point of the
    /// uniform family.
    ///
    /// With `centersOnly`, only the zeros.
    func kinkPoints(
        at assignment: [String: Int], seed: UInt64, centersOnly: Bool = false
    ) -> [[String: Matrix<Double>]] {
        let (centers, constants) = kinkCenters()
        guard !centers.isEmpty,
            let base = try? PointFamily.unit.values(for: claim, at: assignment, seed: seed)
        else { return [] }
        let ladders = centers.map {
            centersOnly ? [Rational.zero] : NumericCheck.kinkOffsets($0.zero, constants: constants)
        }
        var probes: [[String: Double]] = []
        for k in 0..<(ladders.map(\.count).max() ?? 0) {
            for (center, ladder) in zip(centers, ladders) where k < ladder.count {
                let probe = center.values(at: center.zero + ladder[k]).mapValues(\.doubleValue)
                if probe.values.allSatisfy(\.isFinite) && !probes.contains(probe) {
                    probes.append(probe)
                }
            }
        }
        return probes.prefix(NumericCheck.kinkProbeLimit).compactMap {
            NumericCheck.replacing(base, with: $0, entry: nil)
        }
    }

    /// Exact points for the certified search (floating-point bounds cannot
    /// decide a jump exactly at its kink): each exact zero of
    /// ``kinkCenters()`` as an exact rational (`x = 1000000001/10⁹` for
    /// `step(x - 1.000000001)`), first in every entry of its symbols, then
    /// in one entry at a time; at most ``exactKinkPointLimit``.
    func exactKinkPoints(
        at assignment: [String: Int], seed: UInt64
    ) -> [[String: Matrix<CertifiedInterval>]] {
        let centers = kinkCenters().centers.filter(\.exact)
        guard !centers.isEmpty,
            let doubles = try? PointFamily.unit.values(for: claim, at: assignment, seed: seed)
        else { return [] }
        let base = doubles.mapValues { $0.map { CertifiedInterval(exactly: $0) } }
        let entries = centers.flatMap(\.signs.keys).compactMap { base[$0]?.count }.max() ?? 0
        var points: [[String: Matrix<CertifiedInterval>]] = []
        for entry in [nil] + (entries > 1 ? (0..<entries).map { $0 } : []) {
            for center in centers {
                let values = center.values(at: center.zero).mapValues { CertifiedInterval($0) }
                if let p = NumericCheck.replacing(
                    base, with: values, entry: entry, symmetric: claim.symmetricSymbols),
                    !points.contains(p)
                {
                    points.append(p)
                    if points.count == NumericCheck.exactKinkPointLimit { return points }
                }
            }
        }
        return points
    }

    /// `base` with each symbol of `values` set to its value, in every entry
    /// or in `entry` alone (and its mirror entry for a symbol in `symmetric`,
    /// so the point keeps the declared symmetry); `nil` when a symbol or the
    /// entry is missing.
    static func replacing<T>(
        _ base: [String: Matrix<T>], with values: [String: T], entry: Int?,
        symmetric: Set<String> = []
    ) -> [String: Matrix<T>]? {
        var point = base
        for (s, v) in values {
            guard let m = point[s] else { return nil }
            var storage = m.entries
            if let k = entry {
                guard k < storage.count else { return nil }
                storage[k] = v
                // Column-major: entry k is (k mod rows, k / rows).
                if symmetric.contains(s) && m.rows == m.cols {
                    storage[(k % m.rows) * m.rows + k / m.rows] = v
                }
            } else {
                storage = storage.map { _ in v }
            }
            guard let replaced = try? Matrix(rows: m.rows, cols: m.cols, storage: storage)
            else { return nil }
            point[s] = replaced
        }
        return point
    }
}
