extension BigInteger {
    /// `⌊√n⌋` for `n ≥ 0` (0 for a negative value), by Newton's iteration
    /// `x ← ⌊(x + ⌊n/x⌋)/2⌋` from a power of two at or above the root: the
    /// iterates decrease to the root and stop there.
    package var integerSquareRoot: BigInteger {
        guard signum > 0 else { return .zero }
        var x = BigInteger.one.shiftedLeft(by: (bitWidth + 1) / 2)
        while true {
            let (quotient, _) = uncheckedQuotientAndRemainder(dividingBy: x)
            let y = (x + quotient).magnitudeShiftedRight(by: 1)
            if !(y < x) { return x }
            x = y
        }
    }

    /// `s ≥ 0` with `s² = n` exactly, or `nil`.
    package var exactSquareRoot: BigInteger? {
        let s = integerSquareRoot
        return s * s == self ? s : nil
    }
}
