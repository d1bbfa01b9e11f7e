/// xoshiro256** (Blackman & Vigna 2018): the seedable generator behind every
/// numeric check, so a failing check prints its seed and replays exactly.
///
/// ```swift
/// var generator = Xoshiro256StarStar(seed: 42)
/// let a = try Matrix<Double>.random(rows: 3, cols: 3, using: &generator)
/// ```
///
/// The 256-bit state is filled from the seed by ``SplitMix64``, as its
/// authors recommend; it is never all zero.
@frozen
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Equatable {
    /// The seed this generator was created from (for printing and replay).
    public let seed: UInt64
    @usableFromInline var s0, s1, s2, s3: UInt64

    /// A generator whose sequence is determined by `seed`.
    @inlinable
    public init(seed: UInt64) {
        self.seed = seed
        var expander = SplitMix64(seed: seed)
        s0 = expander.next()
        s1 = expander.next()
        s2 = expander.next()
        s3 = expander.next()
    }

    /// The next 64 random bits.
    @inlinable
    public mutating func next() -> UInt64 {
        let result = Self.rotateLeft(s1 &* 5, by: 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotateLeft(s3, by: 45)
        return result
    }

    /// `value` rotated left by `amount` bits (`0 < amount < 64`).
    @inlinable @inline(__always)
    static func rotateLeft(_ value: UInt64, by amount: UInt64) -> UInt64 {
        (value << amount) | (value >> (64 &- amount))
    }
}
