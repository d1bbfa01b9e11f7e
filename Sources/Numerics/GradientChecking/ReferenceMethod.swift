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
