/// A small seeded generator (SplitMix64, Steele, Lea & Flood 2014) for
/// network initialisation and the synthetic data sets.
///
/// Temporary: to be replaced by the Numerics PRNG when it lands.
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in `[0, 1)` with 53 random bits.
    mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// A uniform double in `[low, high)`.
    mutating func uniform(_ low: Double, _ high: Double) -> Double { low + (high - low) * nextUnit() }

    /// A standard normal deviate (Box–Muller).
    mutating func normal() -> Double {
        let u1 = max(nextUnit(), 0x1p-60), u2 = nextUnit()
        return Double.sqrt(-2 * Double.log(u1)) * Double.cos(2 * Double.pi * u2)
    }
}
