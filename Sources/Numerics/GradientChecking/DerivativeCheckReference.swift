/// The reference a ``DerivativeCheck`` compares the claimed derivative with,
/// named by the caller (never picked silently).
///
/// Sensitivity: the exact references (``dual``, ``complexStep``) are exact to
/// rounding, so the bound is the measured rounding noise of your code;
/// ``finiteDifferences`` carries a truncation error, so its bound is the
/// Richardson error estimate, larger by orders of magnitude. A report with a
/// finite-difference reference states the relative error its bounds allowed
/// (``DerivativeCheckReport/allowedRelativeError``).
public enum DerivativeCheckReference: String, Sendable, Equatable, CustomStringConvertible {
    /// Forward-mode dual numbers `f(X + V ε)` (hyper-dual numbers for second
    /// derivatives); needs a generic function. The default.
    case dual
    /// The complex step `Im f(X + i h V)/h`, `h = 10⁻²⁰⁰`; generic function,
    /// first derivatives only.
    case complexStep = "complex step"
    /// Central differences with Richardson extrapolation; the only reference
    /// for a closure over `Double`.
    case finiteDifferences = "finite differences"

    public var description: String { rawValue }

    /// The exact reference for a generic function.
    /// - Throws: ``DerivativeCheckError/invalidOption(_:)`` for finite differences.
    @usableFromInline func exact(for what: String) throws(DerivativeCheckError) -> ExactReference {
        switch self {
        case .dual: return .dual
        case .complexStep: return .complexStep
        case .finiteDifferences:
            throw .invalidOption(
                "\(what): a finite-difference reference needs a closure over Double; "
                    + "a generic function is checked with .dual or .complexStep")
        }
    }

    /// Checks that a closure over `Double` is checked by finite differences.
    @usableFromInline func requireFiniteDifferences(for what: String) throws(DerivativeCheckError) {
        guard self == .finiteDifferences else {
            throw .invalidOption(
                "\(what): a closure over Double has no exact reference; pass "
                    + "options with reference: .finiteDifferences "
                    + "(less sensitive; the report states how much) "
                    + "or write the function generically "
                    + "(ScalarValuedMatrixFunction / MatrixFunction)")
        }
    }
}
