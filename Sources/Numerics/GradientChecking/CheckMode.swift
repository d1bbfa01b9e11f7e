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

/// How the reference derivative was obtained.
public enum ReferenceMethod: String, Sendable, Equatable, CustomStringConvertible {
    /// Central differences with Richardson extrapolation; the bound comes
    /// from the Richardson error estimate.
    case finiteDifferences = "finite differences (Richardson)"
    /// Forward-mode dual numbers: exact to rounding.
    case dual = "dual numbers"
    /// Hyper-dual numbers (second derivatives exact to rounding).
    case hyperDual = "hyper-dual numbers"
    /// The complex-step derivative `Im f(x + i h v)/h`: exact to rounding.
    case complexStep = "complex step"
    /// A Float64 evaluation used as the reference for Float32 code.
    case float64 = "Float64 evaluation"

    public var description: String { rawValue }

    /// Whether the reference is exact up to rounding (no truncation error).
    public var isExact: Bool { self != .finiteDifferences }
}

/// Which derivative a check compared.
public enum CheckedQuantity: String, Sendable, Equatable, CustomStringConvertible {
    case gradient
    case jacobian
    case jacobianVectorProduct = "Jacobian-vector product (J v)"
    case vectorJacobianProduct = "vector-Jacobian product (uᵀ J)"
    case hessianVectorProduct = "Hessian-vector product (H v)"
    case hessian

    public var description: String { rawValue }
}
