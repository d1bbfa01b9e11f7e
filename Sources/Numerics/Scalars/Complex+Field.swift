extension Complex: Ring {
    @inlinable public static var zero: Complex { Complex(.zero, .zero) }
    @inlinable public static var one: Complex { Complex(.one, .zero) }
    /// The real integer `n + 0i`.
    @inlinable public init(_ integer: Int) { self.init(Base(integer), .zero) }

    @inlinable public static func + (lhs: Complex, rhs: Complex) -> Complex {
        Complex(lhs.real + rhs.real, lhs.imaginary + rhs.imaginary)
    }

    @inlinable public static func - (lhs: Complex, rhs: Complex) -> Complex {
        Complex(lhs.real - rhs.real, lhs.imaginary - rhs.imaginary)
    }

    /// `(a + bi)(c + di) = (ac − bd) + (ad + bc)i`.
    @inlinable public static func * (lhs: Complex, rhs: Complex) -> Complex {
        Complex(
            lhs.real * rhs.real - lhs.imaginary * rhs.imaginary,
            lhs.real * rhs.imaginary + lhs.imaginary * rhs.real)
    }

    @inlinable public static prefix func - (operand: Complex) -> Complex {
        Complex(-operand.real, -operand.imaginary)
    }

    /// Both parts are exactly zero.
    @inlinable public var isZero: Bool { real.isZero && imaginary.isZero }
}

extension Complex: Field {
    /// `(a + bi)/(c + di)` by Smith's algorithm (scaling by the larger of
    /// `|c|`, `|d|`), which avoids overflow in `c² + d²`.
    @inlinable public static func / (lhs: Complex, rhs: Complex) -> Complex {
        let a = lhs.real, b = lhs.imaginary, c = rhs.real, d = rhs.imaginary
        if Base.magnitude(c).realValue >= Base.magnitude(d).realValue {
            let r = d / c
            let denominator = c + d * r
            return Complex((a + b * r) / denominator, (b - a * r) / denominator)
        } else {
            let r = c / d
            let denominator = c * r + d
            return Complex((a * r + b) / denominator, (b * r - a) / denominator)
        }
    }
}
