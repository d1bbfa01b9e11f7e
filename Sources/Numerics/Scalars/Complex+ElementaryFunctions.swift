/// Analytic continuations (principal branches) of the elementary functions.
///
/// Implementation goals, in order: (1) the imaginary part is accurate to
/// rounding when it is tiny (complex step, `Im z ≈ 1e-200`), (2) the real
/// part is accurate on the real axis, (3) no spurious overflow for moderate
/// arguments.
extension Complex: ElementaryFunctions {
    /// `exp(a + bi) = eᵃ(cos b + i sin b)`.
    @inlinable public static func exp(_ z: Complex) -> Complex {
        let e = Base.exp(z.real)
        return Complex(e * Base.cos(z.imaginary), e * Base.sin(z.imaginary))
    }

    /// `log z = log|z| + i·arg z`, with `arg z ∈ (−π, π]` (branch cut along
    /// the negative real axis).
    @inlinable public static func log(_ z: Complex) -> Complex {
        let x = Base.magnitude(z.real), y = Base.magnitude(z.imaginary)
        let (large, small) = x.realValue >= y.realValue ? (x, y) : (y, x)
        let ratio = large.isZero ? Base.zero : small / large
        // log|z| = log(large) + ½ log(1 + ratio²), exact for tiny ratios.
        let logModulus = Base.log(large) + Base.log(onePlus: ratio * ratio) / Base(2)
        return Complex(logModulus, Base.atan2(y: z.imaginary, x: z.real))
    }

    /// `log(1 + w)`, accurate when `|w|` is small:
    /// `Re = ½ log(1 + 2u + u² + v²)` for `w = u + vi`. Used for `|w| ≤ 1`.
    @inlinable static func logOnePlus(_ w: Complex) -> Complex {
        let u = w.real, v = w.imaginary
        let real = Base.log(onePlus: Base(2) * u + u * u + v * v) / Base(2)
        return Complex(real, Base.atan2(y: v, x: Base.one + u))
    }

    /// The principal square root (`Re √z ≥ 0`):
    /// `t = √((|z| + |a|)/2)`, then `√z = t + (b/2t)i` for `a ≥ 0`, and
    /// `|b|/2t ± ti` (sign of `b`) for `a < 0`.
    @inlinable public static func sqrt(_ z: Complex) -> Complex {
        if z.isZero { return .zero }
        let t = Base.sqrt((z.modulus + Base.magnitude(z.real)) / Base(2))
        if z.real.realValue >= 0 {
            return Complex(t, z.imaginary / (Base(2) * t))
        }
        let imaginaryIsNegative = z.imaginary.realValue.sign == .minus
        return Complex(Base.magnitude(z.imaginary) / (Base(2) * t), imaginaryIsNegative ? -t : t)
    }

    /// `sin(a + bi) = sin a cosh b + i cos a sinh b`.
    @inlinable public static func sin(_ z: Complex) -> Complex {
        Complex(
            Base.sin(z.real) * Base.cosh(z.imaginary),
            Base.cos(z.real) * Base.sinh(z.imaginary))
    }

    /// `cos(a + bi) = cos a cosh b − i sin a sinh b`.
    @inlinable public static func cos(_ z: Complex) -> Complex {
        Complex(
            Base.cos(z.real) * Base.cosh(z.imaginary),
            -(Base.sin(z.real) * Base.sinh(z.imaginary)))
    }

    /// `tanh(a + bi) = (t + i sin b cos b sech²a)/(cos²b + t² sin²b)`, with
    /// `t = tanh a`: the form `(sinh 2a + i sin 2b)/(cosh 2a + cos 2b)`
    /// rearranged so it neither overflows for large `|a|` nor cancels for small.
    @inlinable public static func tanh(_ z: Complex) -> Complex {
        let t = Base.tanh(z.real)
        let s = Base.sin(z.imaginary), c = Base.cos(z.imaginary)
        let denominator = c * c + t * t * s * s
        return Complex(t / denominator, s * c * Base.sechSquared(z.real) / denominator)
    }

    /// `σ(z) = 1/(1 + e⁻ᶻ)` for `Re z ≥ 0`, `eᶻ/(1 + eᶻ)` otherwise.
    @inlinable public static func sigmoid(_ z: Complex) -> Complex {
        if z.real.realValue >= 0 {
            return Complex.one / (Complex.one + exp(-z))
        }
        let e = exp(z)
        return e / (Complex.one + e)
    }

    /// `softplus(z) = log(1 + eᶻ)`, evaluated as `z + log(1 + e⁻ᶻ)` for
    /// `Re z > 0` and `log(1 + eᶻ)` otherwise (with an accurate `log(1 + w)`).
    @inlinable public static func softplus(_ z: Complex) -> Complex {
        if z.real.realValue > 0 { return z + logOnePlus(exp(-z)) }
        return logOnePlus(exp(z))
    }

    /// `relu(z) = z` for `Re z > 0`, else `0` (not analytic; the complex step
    /// yields the subgradient **0** at the kink `Re z = 0`).
    @inlinable public static func relu(_ z: Complex) -> Complex {
        z.real.realValue > 0 ? z : .zero
    }

    /// `zʷ = exp(w log z)` (principal branch). For a real exponent `c` it is
    /// `|z|ᶜ (cos cθ + i sin cθ)` with `θ = arg z`, so `0ᶜ = 0` for `c > 0`
    /// and real powers of positive reals are as accurate as `Base.pow`.
    @inlinable public static func pow(_ z: Complex, _ w: Complex) -> Complex {
        if w.imaginary.isZero {
            let c = w.real
            let angle = Base.atan2(y: z.imaginary, x: z.real)
            let radius = Base.pow(z.modulus, c)
            if angle.isZero { return Complex(radius) }
            let cAngle = c * angle
            return Complex(radius * Base.cos(cAngle), radius * Base.sin(cAngle))
        }
        return exp(w * log(z))
    }
}
