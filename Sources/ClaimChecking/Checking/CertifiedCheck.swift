import ClaimLanguage
import MatrixNumerics
import SymbolicAlgebra

/// The certified search for a counterexample: both sides of the claim (as
/// written, through the evaluator, with no symbolic rewriting) in
/// ``CertifiedInterval`` arithmetic at exact points, raising the precision
/// until the enclosures of some entry are disjoint.
///
/// Disjoint enclosures prove the two sides differ at that point: the
/// claim is refuted with the enclosures as its certificate. A point where
/// either side is undefined (a `log` of an interval reaching zero, an
/// inverse of a matrix not certainly regular) is skipped, so a witness is
/// only ever taken where both sides are defined. Nothing here can make a
/// claim hold.
struct CertifiedCheck {
    let claim: ResolvedClaim
    /// Evaluation stops after this monotonic time.
    var deadline = Double.infinity

    /// The precisions tried, in significant bits.
    static let precisions = [128, 512, 2048]
    /// Points tried per family and shape.
    static let pointsPerFamily = 3
    /// The first point of a search raises the precision to the last of
    /// ``precisions`` whenever a sign is uncertain.
    static let pointsRaisingPrecision = 1
    /// Sides with at most this many entries raise tight enclosures to the
    /// last precision; larger ones to 512 bits.
    static let tightRaiseEntries = 4

    /// Both sides' enclosures at an exact point, or `nil` when a side is
    /// undefined there (or the evaluation fails).
    func enclosures(
        at assignment: [String: Int], values: [String: Matrix<CertifiedInterval>],
        bits: Int
    ) -> (lhs: Matrix<CertifiedInterval>, rhs: Matrix<CertifiedInterval>)? {
        CertifiedInterval.$precision.withValue(bits) {
            let evaluator = ClaimEvaluator<CertifiedInterval>(
                claim: claim, assignment: assignment, values: values)
            evaluator.deadline = deadline
            guard let (lhs, rhs) = try? evaluator.evaluateSides(),
                lhs.shape == rhs.shape || lhs.count == 1 || rhs.count == 1
            else { return nil }
            return (lhs, rhs)
        }
    }

    /// A certified counterexample at one exact point, raising the precision
    /// while some entry's enclosures overlap without being equal points.
    ///
    /// With `raisingTightEnclosures` the precision is also raised when the
    /// enclosures already are as tight as their precision allows but still
    /// overlap without being equal exact points: a difference of 2⁻²⁰⁰ or
    /// 10⁻¹⁰⁰ overlaps at 128 bits and is disjoint at 512. Such a raise goes
    /// to the last of ``precisions`` when the sides have at most
    /// ``tightRaiseEntries`` entries, else to 512 bits (a deterministic cost
    /// bound: a 2048-bit `log` is a long series, and a true claim the exact
    /// check cannot close would pay it at every entry).
    func witness(
        at assignment: [String: Int], values: [String: Matrix<CertifiedInterval>],
        seed: UInt64, raisingTightEnclosures: Bool = true
    ) -> Counterexample? {
        for bits in CertifiedCheck.precisions {
            if MonotonicClock.seconds() > deadline { return nil }
            guard let (lhs, rhs) = enclosures(at: assignment, values: values, bits: bits) else {
                return nil
            }
            let wide = lhs.count >= rhs.count ? lhs : rhs
            var uncertain = false
            for k in 0..<Swift.max(lhs.count, rhs.count) {
                let l = lhs.count == 1 ? lhs.entries[0] : lhs.entries[k]
                let r = rhs.count == 1 ? rhs.entries[0] : rhs.entries[k]
                if l.isDisjoint(from: r) {
                    let point = values.mapValues { m in
                        (0..<m.rows).map { i in
                            (0..<m.cols).map { j in m[i, j].midpoint.doubleValue }
                        }
                    }
                    let gap = l.upper < r.lower ? r.lower - l.upper : l.lower - r.upper
                    let radius = (l.width + r.width) * ((try? Rational(1, 2)) ?? .zero)
                    var c = Counterexample(
                        assignment: assignment, seed: seed, row: k % wide.rows, col: k / wide.rows,
                        lhs: l.midpoint.doubleValue, rhs: r.midpoint.doubleValue,
                        residual: (gap + radius).doubleValue, errorBound: radius.doubleValue,
                        point: point)
                    func side(_ name: String, _ x: CertifiedInterval) -> String {
                        x.isPoint ? "\(name) = \(x)" : "\(name) ∈ \(x)"
                    }
                    // The sides may agree in every printed digit: the
                    // difference's enclosure shows where they part.
                    c.certificate =
                        "\(side("lhs", l)), \(side("rhs", r)), \(side("lhs − rhs", l - r)): "
                        + "the enclosures are disjoint "
                        + "(interval arithmetic over exact rationals, \(bits)-bit rounding)"
                    return c
                }
                // More precision can only help when the enclosures are wide
                // for their magnitude (digits were lost to cancellation);
                // enclosures as tight as the precision allows that still
                // overlap are left alone (it does not affect soundness).
                let scale = Swift.max(l.magnitude, r.magnitude, .one)
                if l.width + r.width > scale * CertifiedInterval.powerOfTwo(-bits / 2) {
                    uncertain = true
                }
                // Equal exact points are settled; any other overlap is not.
                if !uncertain && raisingTightEnclosures && !(l.isPoint && r.isPoint) {
                    let few = Swift.max(lhs.count, rhs.count) <= CertifiedCheck.tightRaiseEntries
                    uncertain = bits < (few ? CertifiedCheck.precisions.last ?? bits : 512)
                }
            }
            if !uncertain { return nil }
        }
        return nil
    }

    /// Whether both sides are defined at some point of the families at
    /// `assignment` with every entry's enclosures overlapping (128 bits):
    /// the certified form of a floating-point point that agrees within its
    /// bound. `false` when no point is defined or some entry is disjoint.
    func agreesAtDefinedPoint(at assignment: [String: Int], seed: UInt64) -> Bool {
        guard let (lhs, rhs) = firstDefinedPoint(at: assignment, seed: seed) else { return false }
        for k in 0..<Swift.max(lhs.count, rhs.count) {
            let l = lhs.count == 1 ? lhs.entries[0] : lhs.entries[k]
            let r = rhs.count == 1 ? rhs.entries[0] : rhs.entries[k]
            if l.isDisjoint(from: r) { return false }
        }
        return true
    }

    /// Whether both sides are defined at some point of the families at
    /// `assignment`, in 128-bit interval arithmetic (where floating point
    /// overflows, `exp(2000)` say, an exact enclosure still exists).
    func hasDefinedPoint(at assignment: [String: Int], seed: UInt64) -> Bool {
        firstDefinedPoint(at: assignment, seed: seed) != nil
    }

    /// The `index`th point of `family` at `assignment` and its seed: doubles
    /// drawn as the floating-point check draws them, read as exact intervals.
    func exactPoint(
        _ family: PointFamily, _ index: Int, at assignment: [String: Int], seed: UInt64
    ) -> (values: [String: Matrix<CertifiedInterval>], seed: UInt64)? {
        let pointSeed = PointSampler.pointSeed(seed &+ UInt64(family.rawValue) &* 0x100, index)
        guard let doubles = try? family.values(for: claim, at: assignment, seed: pointSeed)
        else { return nil }
        return (doubles.mapValues { $0.map { CertifiedInterval(exactly: $0) } }, pointSeed)
    }

    /// Both sides' 128-bit enclosures at the first point of the families
    /// where both are defined; `nil` when none is (or the deadline passed).
    private func firstDefinedPoint(
        at assignment: [String: Int], seed: UInt64
    ) -> (lhs: Matrix<CertifiedInterval>, rhs: Matrix<CertifiedInterval>)? {
        for family in PointFamily.allCases {
            for index in 0..<CertifiedCheck.pointsPerFamily {
                if MonotonicClock.seconds() > deadline { return nil }
                guard let (values, _) = exactPoint(family, index, at: assignment, seed: seed)
                else { return nil }
                if let sides = enclosures(
                    at: assignment, values: values, bits: CertifiedCheck.precisions[0])
                {
                    return sides
                }
            }
        }
        return nil
    }

    /// Searches every point family at `assignment` (and the extra exact
    /// points given), the extra points first.
    func search(
        at assignment: [String: Int], seed: UInt64,
        extraPoints: [[String: Matrix<CertifiedInterval>]] = []
    ) -> Counterexample? {
        // The first points raise the precision to the end; later ones stop
        // early at tight overlapping enclosures (a cost bound).
        var raising = CertifiedCheck.pointsRaisingPrecision
        for values in extraPoints {
            raising -= 1
            if let c = witness(
                at: assignment, values: values, seed: seed, raisingTightEnclosures: raising >= 0)
            {
                return c
            }
        }
        // The families the floating-point check does not draw from first.
        let order: [PointFamily] = [
            .integers, .wide, .zero, .large, .unit, .positive, .wellConditioned,
        ]
        for family in order {
            for index in 0..<CertifiedCheck.pointsPerFamily {
                if MonotonicClock.seconds() > deadline { return nil }
                guard
                    let (values, pointSeed) = exactPoint(
                        family, index, at: assignment, seed: seed)
                else { return nil }
                let standIn = (family.rawValue + index) % UserFunction.standInFamilies
                raising -= 1
                let found = UserFunction.$currentStandIn.withValue(standIn) {
                    witness(
                        at: assignment, values: values, seed: pointSeed,
                        raisingTightEnclosures: raising >= 0)
                }
                if let c = found { return c }
                if family == .zero { break }
            }
        }
        return nil
    }
}
