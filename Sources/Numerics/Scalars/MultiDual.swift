/// A dual number with eight tangents, `a + Σ_k b_k ε_k` (`ε_k ε_l = 0`):
/// forward mode along eight directions in one evaluation.
///
/// One pass of a generic function on `MultiDual` gives eight directional
/// derivatives `J v₁ … J v₈`, sharing the value computation (and the
/// per-operation overhead of generic code) among them; the tangents are one
/// `SIMD8<Double>`, so the chain rule for all eight is a single vector
/// operation. Full-mode gradient checks use it to take `⌈n/8⌉` passes for
/// `n` parameters instead of `n`.
///
/// ```swift
/// var t = SIMD8<Double>(); t[0] = 1
/// let x = MultiDual(2.0, t)
/// let y = MultiDual.sin(x) * x          // y.tangents[0] == cos 2 · 2 + sin 2
/// ```
@frozen
public struct MultiDual: Sendable {
    /// The value part `a`.
    public var value: Double
    /// The tangent parts `b₁ … b₈`.
    public var tangents: SIMD8<Double>

    /// `value + Σ tangents[k] ε_k`.
    @inlinable
    public init(_ value: Double, _ tangents: SIMD8<Double>) {
        self.value = value
        self.tangents = tangents
    }

    /// The constant `value` (zero tangents).
    @inlinable
    public init(constant value: Double) {
        self.init(value, SIMD8<Double>())
    }

    /// The chain rule: `f(a) + f'(a) b`.
    @inlinable @inline(__always)
    func chain(_ f: Double, _ fPrime: Double) -> MultiDual {
        MultiDual(f, fPrime * tangents)
    }
}

extension MultiDual: Equatable {}

extension MultiDual: CustomStringConvertible {
    /// `a + [b₁, …, b₈]ε`.
    public var description: String {
        "\(value) + [" + (0..<8).map { "\(tangents[$0])" }.joined(separator: ", ") + "]ε"
    }
}

extension MultiDual: RealValued {
    /// The value part.
    @inlinable public var realValue: Double { value }
}

extension MultiDual: RealConstant {
    /// The constant `value` with zero tangents.
    @inlinable public static func constant(_ value: Double) -> MultiDual {
        MultiDual(constant: value)
    }
}

extension MultiDual: Comparable {
    /// Orders by the value part.
    @inlinable
    public static func < (lhs: MultiDual, rhs: MultiDual) -> Bool { lhs.value < rhs.value }
}

extension MultiDual: Ring {
    @inlinable public static var zero: MultiDual { MultiDual(constant: 0) }
    @inlinable public static var one: MultiDual { MultiDual(constant: 1) }
    @inlinable public init(_ integer: Int) { self.init(constant: Double(integer)) }

    @inlinable public static func + (lhs: MultiDual, rhs: MultiDual) -> MultiDual {
        MultiDual(lhs.value + rhs.value, lhs.tangents + rhs.tangents)
    }

    @inlinable public static func - (lhs: MultiDual, rhs: MultiDual) -> MultiDual {
        MultiDual(lhs.value - rhs.value, lhs.tangents - rhs.tangents)
    }

    @inlinable public static func * (lhs: MultiDual, rhs: MultiDual) -> MultiDual {
        MultiDual(lhs.value * rhs.value, lhs.value * rhs.tangents + rhs.value * lhs.tangents)
    }

    @inlinable public static prefix func - (operand: MultiDual) -> MultiDual {
        MultiDual(-operand.value, -operand.tangents)
    }

    @inlinable public var isZero: Bool { value == 0 && tangents == SIMD8<Double>() }
}

extension MultiDual: Field {
    @inlinable public static func / (lhs: MultiDual, rhs: MultiDual) -> MultiDual {
        let quotient = lhs.value / rhs.value
        return MultiDual(quotient, (lhs.tangents - quotient * rhs.tangents) / rhs.value)
    }
}

extension MultiDual: ElementaryFunctions {
    @inlinable public static func exp(_ x: MultiDual) -> MultiDual {
        let e = Double.exp(x.value)
        return x.chain(e, e)
    }

    @inlinable public static func log(_ x: MultiDual) -> MultiDual {
        MultiDual(Double.log(x.value), x.tangents / x.value)
    }

    @inlinable public static func sqrt(_ x: MultiDual) -> MultiDual {
        let s = Double.sqrt(x.value)
        return MultiDual(s, x.tangents / (2 * s))
    }

    @inlinable public static func sin(_ x: MultiDual) -> MultiDual {
        x.chain(Double.sin(x.value), Double.cos(x.value))
    }

    @inlinable public static func cos(_ x: MultiDual) -> MultiDual {
        x.chain(Double.cos(x.value), -Double.sin(x.value))
    }

    @inlinable public static func tanh(_ x: MultiDual) -> MultiDual {
        x.chain(Double.tanh(x.value), Double.sechSquared(x.value))
    }

    @inlinable public static func sigmoid(_ x: MultiDual) -> MultiDual {
        let s = Double.sigmoid(x.value)
        return x.chain(s, s * Double.sigmoid(-x.value))
    }

    @inlinable public static func softplus(_ x: MultiDual) -> MultiDual {
        x.chain(Double.softplus(x.value), Double.sigmoid(x.value))
    }

    /// `relu`, with the subgradient 0 at the kink (as ``Dual``).
    @inlinable public static func relu(_ x: MultiDual) -> MultiDual {
        x.value > 0 ? x : .zero
    }

    @inlinable public static func pow(_ x: MultiDual, _ y: MultiDual) -> MultiDual {
        let p = Double.pow(x.value, y.value)
        var d = y.value * Double.pow(x.value, y.value - 1) * x.tangents
        if y.tangents != SIMD8<Double>() { d += p * Double.log(x.value) * y.tangents }
        return MultiDual(p, d)
    }
}
