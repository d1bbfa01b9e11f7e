/// Each function is `f(a + bε) = f(a) + f′(a)·b·ε`, with `f′` in closed form.
extension Dual: ElementaryFunctions {
    /// `f(a) + f′(a)·b·ε`.
    @inlinable @inline(__always)
    func chain(_ f: Base, _ fPrime: Base) -> Dual {
        Dual(f, fPrime * derivative)
    }

    /// `exp′ = exp`.
    @inlinable public static func exp(_ x: Dual) -> Dual {
        let e = Base.exp(x.value)
        return x.chain(e, e)
    }

    /// `log′(a) = 1/a`.
    @inlinable public static func log(_ x: Dual) -> Dual {
        Dual(Base.log(x.value), x.derivative / x.value)
    }

    /// `sqrt′(a) = 1/(2√a)`.
    @inlinable public static func sqrt(_ x: Dual) -> Dual {
        let s = Base.sqrt(x.value)
        return Dual(s, x.derivative / (Base(2) * s))
    }

    /// `sin′ = cos`.
    @inlinable public static func sin(_ x: Dual) -> Dual {
        x.chain(Base.sin(x.value), Base.cos(x.value))
    }

    /// `cos′ = −sin`.
    @inlinable public static func cos(_ x: Dual) -> Dual {
        x.chain(Base.cos(x.value), -Base.sin(x.value))
    }

    /// `tanh′ = sech² = 1 − tanh²` (evaluated as `sech²`, which does not cancel).
    @inlinable public static func tanh(_ x: Dual) -> Dual {
        x.chain(Base.tanh(x.value), Base.sechSquared(x.value))
    }

    /// `σ′(a) = σ(a)(1 − σ(a)) = σ(a)σ(−a)`.
    @inlinable public static func sigmoid(_ x: Dual) -> Dual {
        let s = Base.sigmoid(x.value)
        return x.chain(s, s * Base.sigmoid(-x.value))
    }

    /// `softplus′ = σ`.
    @inlinable public static func softplus(_ x: Dual) -> Dual {
        x.chain(Base.softplus(x.value), Base.sigmoid(x.value))
    }

    /// `relu(a + bε) = a + bε` for `a > 0`, else `0`: the subgradient chosen
    /// at the kink `a = 0` is **0** (as `Double.relu(0) = 0`).
    @inlinable public static func relu(_ x: Dual) -> Dual {
        x.value.realValue > 0 ? x : .zero
    }

    /// `xʸ = exp(y log x)`: `∂/∂x = y·x^(y−1)`, `∂/∂y = xʸ log x`.
    ///
    /// When `y` carries no derivative the `log x` term is skipped, so negative
    /// bases with integral exponents keep a finite derivative.
    @inlinable public static func pow(_ x: Dual, _ y: Dual) -> Dual {
        let p = Base.pow(x.value, y.value)
        var d = y.value * Base.pow(x.value, y.value - .one) * x.derivative
        if !y.derivative.isZero { d = d + p * Base.log(x.value) * y.derivative }
        return Dual(p, d)
    }
}

extension Dual: RealFunctions {
    /// `expm1′ = exp`.
    @inlinable public static func expMinusOne(_ x: Dual) -> Dual {
        x.chain(Base.expMinusOne(x.value), Base.exp(x.value))
    }

    /// `log(1 + a)′ = 1/(1 + a)`.
    @inlinable public static func log(onePlus x: Dual) -> Dual {
        Dual(Base.log(onePlus: x.value), x.derivative / (Base.one + x.value))
    }

    /// `d atan2(y, x) = (x·dy − y·dx)/(x² + y²)`.
    @inlinable public static func atan2(y: Dual, x: Dual) -> Dual {
        let denominator = x.value * x.value + y.value * y.value
        return Dual(
            Base.atan2(y: y.value, x: x.value),
            (x.value * y.derivative - y.value * x.derivative) / denominator)
    }
}
