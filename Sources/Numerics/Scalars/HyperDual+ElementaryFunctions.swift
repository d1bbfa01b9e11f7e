/// Each function is `f(a + bε₁ + cε₂ + dε₁ε₂) =
/// f(a) + f′(a)b ε₁ + f′(a)c ε₂ + (f′(a)d + f″(a)bc) ε₁ε₂`, with `f′` and
/// `f″` in closed form (Fike & Alonso 2011, eq. 12).
extension HyperDual: ElementaryFunctions {
    /// `f(a) + f′(a)b ε₁ + f′(a)c ε₂ + (f′(a)d + f″(a)bc) ε₁ε₂`.
    @inlinable @inline(__always)
    func chain(_ f: Base, _ fPrime: Base, _ fSecond: Base) -> HyperDual {
        HyperDual(
            f, fPrime * epsilon1, fPrime * epsilon2,
            fPrime * epsilon1epsilon2 + fSecond * epsilon1 * epsilon2)
    }

    /// `exp′ = exp″ = exp`.
    @inlinable public static func exp(_ x: HyperDual) -> HyperDual {
        let e = Base.exp(x.value)
        return x.chain(e, e, e)
    }

    /// `log′ = 1/a`, `log″ = −1/a²`.
    @inlinable public static func log(_ x: HyperDual) -> HyperDual {
        let r = Base.one / x.value
        return x.chain(Base.log(x.value), r, -r * r)
    }

    /// `sqrt′ = 1/(2√a)`, `sqrt″ = −1/(4a√a)`.
    @inlinable public static func sqrt(_ x: HyperDual) -> HyperDual {
        let s = Base.sqrt(x.value)
        let first = Base.one / (Base(2) * s)
        return x.chain(s, first, -first / (Base(2) * x.value))
    }

    /// `sin′ = cos`, `sin″ = −sin`.
    @inlinable public static func sin(_ x: HyperDual) -> HyperDual {
        let s = Base.sin(x.value)
        return x.chain(s, Base.cos(x.value), -s)
    }

    /// `cos′ = −sin`, `cos″ = −cos`.
    @inlinable public static func cos(_ x: HyperDual) -> HyperDual {
        let c = Base.cos(x.value)
        return x.chain(c, -Base.sin(x.value), -c)
    }

    /// `tanh′ = sech²`, `tanh″ = −2 tanh · sech²`.
    @inlinable public static func tanh(_ x: HyperDual) -> HyperDual {
        let t = Base.tanh(x.value)
        let s2 = Base.sechSquared(x.value)
        return x.chain(t, s2, Base(-2) * t * s2)
    }

    /// `σ′ = σ(a)σ(−a)`, `σ″ = σ′·(1 − 2σ) = σ′·(σ(−a) − σ(a))`.
    @inlinable public static func sigmoid(_ x: HyperDual) -> HyperDual {
        let s = Base.sigmoid(x.value)
        let sMinus = Base.sigmoid(-x.value)
        let first = s * sMinus
        return x.chain(s, first, first * (sMinus - s))
    }

    /// `softplus′ = σ`, `softplus″ = σ(a)σ(−a)`.
    @inlinable public static func softplus(_ x: HyperDual) -> HyperDual {
        let s = Base.sigmoid(x.value)
        return x.chain(Base.softplus(x.value), s, s * Base.sigmoid(-x.value))
    }

    /// `relu(x) = x` for `a > 0`, else `0`: the subgradient chosen at the kink
    /// `a = 0` is **0**, and the second derivative is 0 everywhere.
    @inlinable public static func relu(_ x: HyperDual) -> HyperDual {
        x.value.realValue > 0 ? x : .zero
    }

    /// `xʸ`. For a constant exponent `c`: `f′ = c·a^(c−1)`,
    /// `f″ = c(c−1)·a^(c−2)` (negative bases with integral `c` stay finite);
    /// otherwise `exp(y · log x)`.
    @inlinable public static func pow(_ x: HyperDual, _ y: HyperDual) -> HyperDual {
        if y.epsilon1.isZero && y.epsilon2.isZero && y.epsilon1epsilon2.isZero {
            let c = y.value
            return x.chain(
                Base.pow(x.value, c),
                c * Base.pow(x.value, c - .one),
                c * (c - .one) * Base.pow(x.value, c - Base(2)))
        }
        return exp(y * log(x))
    }
}

extension HyperDual: RealFunctions {
    /// `expm1′ = expm1″ = exp`.
    @inlinable public static func expMinusOne(_ x: HyperDual) -> HyperDual {
        let e = Base.exp(x.value)
        return x.chain(Base.expMinusOne(x.value), e, e)
    }

    /// `log(1 + a)′ = 1/(1 + a)`, `″ = −1/(1 + a)²`.
    @inlinable public static func log(onePlus x: HyperDual) -> HyperDual {
        let r = Base.one / (Base.one + x.value)
        return x.chain(Base.log(onePlus: x.value), r, -r * r)
    }

    /// `atan2(y, x) = θ₀ + v/u`, where `θ₀ = atan2(y₀, x₀)` on the values,
    /// `u = x₀x + y₀y` and `v = x₀y − y₀x` (the angle of `(x + iy)·(x₀ − iy₀)`).
    /// `v` has value part exactly 0, so `atan(v/u) = v/u` holds exactly in
    /// hyper-dual arithmetic (`w³ = 0` when `w` has no value part).
    @inlinable public static func atan2(y: HyperDual, x: HyperDual) -> HyperDual {
        let x0 = HyperDual(x.value), y0 = HyperDual(y.value)
        let u = x0 * x + y0 * y
        let v = x0 * y - y0 * x
        return HyperDual(Base.atan2(y: y.value, x: x.value)) + v / u
    }
}
