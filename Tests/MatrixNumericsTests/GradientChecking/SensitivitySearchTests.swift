import GradientCheckZoo
import Testing

/// The zoo's sensitivity search finds the same decade from any starting hint,
/// and confirms a right hint in two checks.
struct SensitivitySearchTests {
    /// A check that detects exactly the errors `δ ≥ 10⁻ᵗʰʳᵉˢʰᵒˡᵈ` (none for 0).
    private func detector(_ threshold: Int) -> (Double) -> Bool {
        { delta in threshold > 0 && delta >= SensitivitySearch.delta(threshold) * 0.999 }
    }

    @Test(arguments: 0...12)
    func everyHintFindsTheThreshold(threshold: Int) {
        let expected: Int? = threshold == 0 ? nil : threshold
        for hint in [nil] + (0...13).map(Optional.some) {
            let found = SensitivitySearch.smallestDetectedDecade(
                from: hint, detector(threshold))
            #expect(found == expected, "threshold \(threshold), hint \(String(describing: hint))")
        }
    }

    @Test(arguments: 1...12)
    func aRightHintCostsAtMostTwoChecks(threshold: Int) {
        var checks = 0
        let detects = detector(threshold)
        let found = SensitivitySearch.smallestDetectedDecade(from: threshold) { delta in
            checks += 1
            return detects(delta)
        }
        #expect(found == threshold)
        #expect(checks <= 2)
    }

    @Test func aMissAtTheLargestErrorCostsOneCheck() {
        var checks = 0
        let found = SensitivitySearch.smallestDetectedDecade(from: nil) { _ in
            checks += 1
            return false
        }
        #expect(found == nil)
        #expect(checks == 1)
    }
}
