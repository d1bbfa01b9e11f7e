/// A complex number `a + bi` over a real base, for complex-step
/// differentiation (Squire & Trapp 1998) and complex arithmetic generally.
///
/// For a real-analytic `f`, `f(x + ih) = f(x) + ih f′(x) − h²f″(x)/2 + …`,
/// so `Im f(x + ih)/h = f′(x) + O(h²)` with **no subtractive cancellation**:
/// with `h = 1e-200` the derivative is exact to rounding. Every elementary
/// function here is the analytic continuation (principal branch) and is
/// evaluated so that a tiny imaginary part is carried accurately.
///
/// ```swift
/// let z = Complex(2.0, 1e-200)
/// let slope = Complex.sin(z).imaginary / 1e-200   // cos 2
/// ```
///
/// - Citation: W. Squire and G. Trapp, *Using complex variables to estimate
///   derivatives of real functions*, SIAM Review 40(1), 1998.
@frozen
public struct Complex<Base: RealFunctions>: Sendable {
    /// The real part `a`.
    public var real: Base
    /// The imaginary part `b`.
    public var imaginary: Base

    /// `real + imaginary·i`.
    @inlinable
    public init(_ real: Base, _ imaginary: Base) {
        self.real = real
        self.imaginary = imaginary
    }

    /// The real number `real + 0i`.
    @inlinable
    public init(_ real: Base) {
        self.init(real, .zero)
    }

    /// The imaginary unit `i`.
    @inlinable public static var i: Complex { Complex(.zero, .one) }

    /// The complex conjugate `a − bi`.
    @inlinable public var conjugate: Complex { Complex(real, -imaginary) }

    /// The modulus `|z| = √(a² + b²)`, scaled so it neither overflows nor
    /// underflows prematurely.
    @inlinable public var modulus: Base {
        let x = Base.magnitude(real), y = Base.magnitude(imaginary)
        let (large, small) = x.realValue >= y.realValue ? (x, y) : (y, x)
        if large.isZero { return .zero }
        let ratio = small / large
        return large * Base.sqrt(Base.one + ratio * ratio)
    }
}

extension Complex: Equatable {}

extension Complex: CustomStringConvertible {
    /// `a + bi`.
    public var description: String { "\(real) + \(imaginary)i" }
}

extension Complex: RealValued {
    /// The real value of the real part (the imaginary part is dropped).
    @inlinable public var realValue: Double { real.realValue }
}

extension Complex: PivotingStrategy {
    /// The modulus `|z|` (as a `Double`): partial pivoting on the complex
    /// entries. For complex-step inputs, `|z|` equals `|Re z|` to rounding.
    @inlinable public var pivotMagnitude: Double? {
        guard let x = real.pivotMagnitude, let y = imaginary.pivotMagnitude else { return nil }
        let large = Swift.max(x, y), small = Swift.min(x, y)
        if large == 0 { return 0 }
        let ratio = small / large
        return large * (1 + ratio * ratio).squareRoot()
    }
}
