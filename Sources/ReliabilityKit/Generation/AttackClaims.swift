import MatrixNumerics

/// Attack-style claims, all false, in the shapes that fooled the checker
/// before certified arithmetic (issue 16): cancellation and absorption
/// behind `exp`, underflow and saturation, kinks and values away from
/// `[-1, 1]`, and falsehoods that start at dimension 4. Parameters are drawn
/// from a seed, so every campaign sees new instances.
public struct AttackClaims: Sendable {
    public init() {}

    /// The kinds of attack, one template family each.
    public enum Kind: String, CaseIterable, Sendable {
        case cancellation, saturation, kink
        case dimensionFour = "dimension-4"
    }

    /// A false claim of `kind` from `seed`.
    public func claim(_ kind: Kind, seed: UInt64) -> String {
        var g = SplitMix64(seed: seed)
        func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(g.next() % UInt64(range.count))
        }
        switch kind {
        case .cancellation:
            let k = "1" + String(repeating: "0", count: int(16...18))  // literals are 64-bit
            switch int(0...2) {
            case 0: return "exp(x) + \(k) - \(k) == 0*x where x: n"
            // The true value is 4·k·exp(x); 3, 5 and 6 are off by 25 % or more.
            case 1:
                return
                    """
                        (exp(x) + \(k))^2 - (exp(x) - \(k))^2 == \
                        \([3, 5, 6][int(0...2)])*\(k)*exp(x) where x: scalar
                        """
            default: return "sigmoid(x) + \(k) - \(k) == 0*x where x: n"
            }
        case .saturation:
            switch int(0...3) {
            case 0: return "sigmoid(\(int(38...60))) == 1"
            case 1: return "tanh(\(int(19...40))) == 1"
            case 2: return "exp(-\(int(750...3000))) == 0"
            default: return "log(1 + 1/10^\(int(17...30))) == 0"
            }
        case .kink:
            switch int(0...2) {
            case 0: return "step(x) + step(-x) == 1 + 0*x where x: n"
            case 1: return "relu(x - \(int(2...3))) .* exp(x) == 0*x where x: n"
            default: return "relu(x - \(int(2...3))) == 0*x where x: n"
            }
        case .dimensionFour:
            let extra = int(5...8)
            return "(n-1)*(n-2)*(n-3)*(n-\(extra))*x == 0*x where x: n"
        }
    }
}
