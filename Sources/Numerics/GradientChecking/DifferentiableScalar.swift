/// A scalar that generic user code can be evaluated on, so a checker can get
/// exact derivative references: `Double`, `Float`, ``Dual``, ``HyperDual``
/// and ``Complex`` (complex step).
///
/// It adds one requirement to ``ElementaryFunctions``: lifting a `Double`
/// constant (data, weights held fixed) into the scalar, with zero derivative
/// or imaginary parts.
public protocol DifferentiableScalar: ElementaryFunctions, RealValued {
    /// The constant `value`, with every derivative or imaginary part zero.
    init(constant value: Double)
}

extension Double: DifferentiableScalar {
    @inlinable public init(constant value: Double) { self = value }
}

extension Float: DifferentiableScalar {
    /// Rounds `value` to the nearest `Float`.
    @inlinable public init(constant value: Double) { self = Float(value) }
}

extension Dual: DifferentiableScalar where Base: DifferentiableScalar {
    @inlinable public init(constant value: Double) { self.init(Base(constant: value)) }
}

extension HyperDual: DifferentiableScalar where Base: DifferentiableScalar {
    @inlinable public init(constant value: Double) { self.init(Base(constant: value)) }
}

extension Complex: DifferentiableScalar where Base: DifferentiableScalar {
    @inlinable public init(constant value: Double) { self.init(Base(constant: value)) }
}

/// A scalar function `f : ℝⁿ → ℝ` written once, generically, so that it can
/// run on dual, hyper-dual and complex numbers for exact references.
///
/// ```swift
/// struct Rosenbrock: ScalarFunction {
///     func callAsFunction<S: DifferentiableScalar>(_ x: [S]) throws -> S {
///         let a = S(1) - x[0], b = x[1] - x[0] * x[0]
///         return a * a + S(100) * b * b
///     }
/// }
/// ```
public protocol ScalarFunction {
    func callAsFunction<S: DifferentiableScalar>(_ x: [S]) throws -> S
}

/// A vector function `F : ℝⁿ → ℝᵐ` written generically (see ``ScalarFunction``).
public protocol VectorFunction {
    func callAsFunction<S: DifferentiableScalar>(_ x: [S]) throws -> [S]
}

/// Which exact reference a generic check uses for first derivatives.
public enum ExactReference: Sendable, Equatable {
    /// Forward-mode dual numbers, `f(x + v ε)`.
    case dual
    /// The complex step `Im f(x + i h v)/h` with `h = 10⁻²⁰⁰` (Squire & Trapp 1998);
    /// exact to rounding for real-analytic code (not through `relu` kinks or `abs`).
    case complexStep
}
