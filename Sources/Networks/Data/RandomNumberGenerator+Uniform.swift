extension RandomNumberGenerator {
    /// A uniform `Double` in `[low, high)`.
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * nextUnitInterval()
    }
}
