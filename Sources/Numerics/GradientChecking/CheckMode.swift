/// How many entries of a derivative a check compares.
public enum CheckMode: String, Sendable, Equatable, CustomStringConvertible {
    /// Every entry of the derivative: `n` reference directional derivatives
    /// for `n` inputs. For small sizes; it names the exact wrong entries.
    case full
    /// Randomized probes `uᵀ J v` with seeded random `u, v`: O(1) function
    /// evaluations per probe whatever the size. A one-entry error `δ·J_ij`
    /// is diluted by about `Σ|u J v| / |u_i J_ij v_j|`, so fast mode reaches
    /// tiny errors only against exact references (dual, complex step).
    case fast

    public var description: String { rawValue }
}

