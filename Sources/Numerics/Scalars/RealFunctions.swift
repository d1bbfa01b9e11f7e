/// A real scalar with the elementary functions, a readable value and a
/// pivot magnitude: the base of ``Dual``, ``HyperDual`` and ``Complex``.
///
/// Besides ``ElementaryFunctions`` it adds the few functions the analytic
/// continuations of ``Complex`` need to stay accurate when one part is tiny
/// (complex-step differentiation uses imaginary parts near `1e-200`):
///
/// - `expMinusOne(x) = eˣ − 1`, accurate for small `|x|` (so `sinh(1e-200)` is
///   not rounded to zero),
/// - `log(onePlus: x) = log(1 + x)`, accurate for small `|x|`,
/// - `atan2(y:x:)`, the angle of the point `(x, y)` in `(−π, π]`.
///
/// `Double`, `Float`, ``Dual`` and ``HyperDual`` conform, so the
/// differentiation scalars nest: `Dual<Dual<Double>>`, `Complex<Dual<Double>>`.
public protocol RealFunctions: ElementaryFunctions, RealValued, PivotingStrategy {
    /// `eˣ − 1`, accurate near `x = 0`.
    static func expMinusOne(_ x: Self) -> Self
    /// `log(1 + x)`, accurate near `x = 0`.
    static func log(onePlus x: Self) -> Self
    /// The angle of `(x, y)` in `(−π, π]`.
    static func atan2(y: Self, x: Self) -> Self
}

extension RealFunctions {
    /// `|x|`, decided by the sign of the real value.
    @inlinable @inline(__always)
    static func magnitude(_ x: Self) -> Self { x.realValue < 0 ? -x : x }

    /// `sech² x = 4e/(1 + e)²` with `e = exp(−2|x|)`, which neither overflows
    /// nor cancels (unlike `1 − tanh² x` for large `|x|`).
    @inlinable
    static func sechSquared(_ x: Self) -> Self {
        let e = exp(Self(-2) * magnitude(x))
        let onePlusE = Self.one + e
        return Self(4) * e / (onePlusE * onePlusE)
    }

    /// `sinh x = (expm1(x) − expm1(−x))/2`, accurate for tiny `|x|`.
    @inlinable
    static func sinh(_ x: Self) -> Self {
        (expMinusOne(x) - expMinusOne(-x)) / Self(2)
    }

    /// `cosh x = (eˣ + e⁻ˣ)/2`.
    @inlinable
    static func cosh(_ x: Self) -> Self {
        (exp(x) + exp(-x)) / Self(2)
    }
}

extension Double: RealFunctions {
    @inlinable public static func expMinusOne(_ x: Double) -> Double { libmExpMinusOne(x) }
    @inlinable public static func log(onePlus x: Double) -> Double { libmLog1p(x) }
    @inlinable public static func atan2(y: Double, x: Double) -> Double { libmAtan2(y, x) }
}

extension Float: RealFunctions {
    @inlinable public static func expMinusOne(_ x: Float) -> Float { libmExpMinusOne(x) }
    @inlinable public static func log(onePlus x: Float) -> Float { libmLog1p(x) }
    @inlinable public static func atan2(y: Float, x: Float) -> Float { libmAtan2(y, x) }
}
