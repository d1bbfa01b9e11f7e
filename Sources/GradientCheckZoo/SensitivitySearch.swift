import MatrixNumerics

/// The search behind the zoo's sensitivity figures: the smallest injected
/// relative error `δ = 10⁻ᵏ`, `k = 1 … 12`, that a check detects.
///
/// Detection is assumed monotone in `δ` (detected at `10⁻ᵏ` ⇒ detected at
/// every larger `δ`), so the answer is the last decade before the first miss.
/// A search may start from a hint (the previous seed's answer): when the
/// hint is still the answer, two checks confirm it (`10⁻ᵏ` detected,
/// `10⁻ᵏ⁻¹` missed) instead of the five of a bisection over 1 … 12. Under
/// monotonicity both searches give the same answer.
public enum SensitivitySearch {
    /// The largest decade searched: `δ = 10⁻¹²`.
    public static let deepestDecade = 12

    /// `δ = 10⁻ᵏ`.
    public static func delta(_ decade: Int) -> Double { Double.pow(10, -Double(decade)) }

    /// The largest `k` in `1 … 12` whose `δ = 10⁻ᵏ` is detected, or `nil`
    /// when even `10⁻¹` is missed.
    /// - Parameters:
    ///   - hint: a decade to try first (for example the previous seed's answer);
    ///     `nil` starts at `10⁻¹`.
    ///   - detects: runs one check with the error `δ` injected; `true` when it fails.
    public static func smallestDetectedDecade(
        from hint: Int?, _ detects: (Double) throws -> Bool
    ) rethrows -> Int? {
        let deepest = deepestDecade
        var low: Int  // detected here
        var high = deepest + 1  // first known miss (deepest + 1: none known)
        if let hint, (1...deepest).contains(hint) {
            if try detects(delta(hint)) {
                guard hint < deepest else { return deepest }
                guard try detects(delta(hint + 1)) else { return hint }
                low = hint + 1
            } else {
                guard hint > 1, try detects(delta(1)) else { return nil }
                low = 1
                high = hint
            }
        } else {
            guard try detects(delta(1)) else { return nil }
            low = 1
        }
        while high - low > 1 {
            let mid = (low + high) / 2
            if try detects(delta(mid)) { low = mid } else { high = mid }
        }
        return low
    }
}
