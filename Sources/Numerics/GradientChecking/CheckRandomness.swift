/// Seeded randomness for the checks: directions, probes and resampled points,
/// drawn from ``Xoshiro256StarStar`` so a printed seed replays a check.
struct CheckRandomness {
    private var generator: Xoshiro256StarStar

    init(seed: UInt64) { generator = Xoshiro256StarStar(seed: seed) }

    /// Uniform in `[0, 1)`.
    mutating func uniform() -> Double { generator.nextUnitInterval() }

    /// A standard normal sample.
    mutating func normal() -> Double { generator.nextStandardNormal() }

    /// `count` independent standard normal samples.
    mutating func normalVector(_ count: Int) -> [Double] {
        (0..<count).map { _ in generator.nextStandardNormal() }
    }
}
