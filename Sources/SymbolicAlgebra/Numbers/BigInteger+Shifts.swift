extension BigInteger {
    /// The number of trailing zero bits of the magnitude: the largest `k`
    /// with `2^k` dividing `self` (0 for zero).
    package var trailingZeroBitCount: Int {
        switch storage {
        case .small(let v): return v == 0 ? 0 : v.trailingZeroBitCount
        case .large(_, let magnitude):
            // A large value is non-zero, so some limb is.
            var k = 0
            while k < magnitude.count - 1 && magnitude[k] == 0 { k += 1 }
            return k * 32 + magnitude[k].trailingZeroBitCount
        }
    }

    /// `⌊|self| / 2^k⌋` for `k ≥ 0`: the magnitude shifted right by `k` bits.
    package func magnitudeShiftedRight(by k: Int) -> BigInteger {
        if k <= 0 { return magnitude }
        if case .small(let v) = storage {
            return k >= UInt.bitWidth ? .zero : BigInteger.normalized(
                negative: false, magnitude: BigInteger.limbs(v.magnitude >> UInt(k)))
        }
        let m = signAndMagnitude.magnitude
        let limbs = k / 32, bits = k % 32
        guard limbs < m.count else { return .zero }
        var result = [UInt32](repeating: 0, count: m.count - limbs)
        var i = 0
        while i < result.count {
            let low = m[i + limbs] >> UInt32(bits)
            let high: UInt32 =
                bits > 0 && i + limbs + 1 < m.count ? m[i + limbs + 1] << UInt32(32 - bits) : 0
            result[i] = low | high
            i += 1
        }
        return BigInteger.normalized(negative: false, magnitude: result)
    }

    /// `self · 2^k` for `k ≥ 0`, the sign kept.
    package func shiftedLeft(by k: Int) -> BigInteger {
        if k <= 0 || isZero { return self }
        let (negative, m) = signAndMagnitude
        let limbs = k / 32, bits = k % 32
        var result = [UInt32](repeating: 0, count: m.count + limbs + 1)
        var i = 0
        while i < m.count {
            result[i + limbs] |= m[i] << UInt32(bits)
            if bits > 0 { result[i + limbs + 1] = m[i] >> UInt32(32 - bits) }
            i += 1
        }
        return BigInteger.normalized(negative: negative, magnitude: result)
    }

    /// The little-endian 32-bit limbs of a machine word.
    static func limbs(_ v: UInt) -> [UInt32] {
        [UInt32(truncatingIfNeeded: v), UInt32(truncatingIfNeeded: UInt64(v) >> 32)]
    }
}
