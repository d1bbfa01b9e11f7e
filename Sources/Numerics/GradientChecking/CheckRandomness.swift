/// Seeded randomness for the checks: directions, probes and resampled points.
///
/// Internal; every public check takes a `seed` and prints it in its report.
struct CheckRandomness {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    // TEMPORARY: SplitMix64 until the shared PRNG lands on main; replaced by it.
    mutating func nextBits() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `(0, 1)`.
    mutating func uniform() -> Double {
        (Double(nextBits() >> 11) + 0.5) * 0x1p-53
    }

    /// A standard normal sample (Box–Muller).
    mutating func normal() -> Double {
        let u1 = uniform(), u2 = uniform()
        return Double.sqrt(-2 * Double.log(u1)) * Double.cos(2 * Double.pi * u2)
    }

    /// `count` independent standard normal samples.
    mutating func normalVector(_ count: Int) -> [Double] {
        (0..<count).map { _ in normal() }
    }

    /// A uniformly random index in `0..<count` (`count > 0`).
    mutating func index(below count: Int) -> Int {
        Int(nextBits() % UInt64(max(1, count)))
    }
}
