/// Detects a kink of `φ(t)` at `t = 0`: one-sided derivatives that disagree.
///
/// For smooth `φ`, the symmetric second difference divided by `h`,
/// `d(h) = (φ(h) − 2φ(0) + φ(−h))/h ≈ h φ''(0)`, shrinks linearly with `h`;
/// at a kink it tends to `φ'(0+) − φ'(0−) ≠ 0`. The probe evaluates `d` at
/// `h = 10⁻³ s … 10⁻⁷ s` (`s` the scale of the point) and reports a kink when
/// `d` stays well above its rounding noise without shrinking.
enum KinkProbe {
    /// The one-sided derivatives if `φ` has a kink at 0, else `nil`.
    static func oneSidedDerivatives(
        scale: Double, evaluations: inout Int, _ phi: (Double) throws -> Double
    ) throws -> (right: Double, left: Double)? {
        let phi0 = try phi(0)
        evaluations += 1
        guard phi0.isFinite else { return nil }
        let unitRoundoff = Double.ulpOfOne / 2
        var jumps: [Double] = []
        var last: (right: Double, left: Double) = (0, 0)
        for k in 3...7 {
            let h = scale * Double.pow(10, -Double(k))
            let plus = try phi(h), minus = try phi(-h)
            evaluations += 2
            guard plus.isFinite, minus.isFinite else { return nil }
            let noise =
                64 * unitRoundoff * (Swift.abs(plus) + 2 * Swift.abs(phi0) + Swift.abs(minus)) / h
            let jump = (plus - 2 * phi0 + minus) / h
            guard Swift.abs(jump) > 100 * noise else { return nil }
            jumps.append(jump)
            last = ((plus - phi0) / h, (phi0 - minus) / h)
        }
        // A smooth function shrinks d by 10⁴ over these h; a kink keeps it.
        guard let first = jumps.first, let final = jumps.last,
            Swift.abs(final) > 0.5 * Swift.abs(first), (first > 0) == (final > 0)
        else { return nil }
        return last
    }
}
