extension Double: ElementaryFunctions, RealValued {
    @inlinable public static var one: Double { 1 }
    @inlinable public var realValue: Double { self }

    @inlinable public static func exp(_ x: Double) -> Double { libmExp(x) }
    @inlinable public static func log(_ x: Double) -> Double { libmLog(x) }
    @inlinable public static func sqrt(_ x: Double) -> Double { x.squareRoot() }
    @inlinable public static func sin(_ x: Double) -> Double { libmSin(x) }
    @inlinable public static func cos(_ x: Double) -> Double { libmCos(x) }
    @inlinable public static func tanh(_ x: Double) -> Double { libmTanh(x) }
    /// `1/(1 + e^(-x))`, evaluated without overflow for large `|x|`.
    @inlinable public static func sigmoid(_ x: Double) -> Double {
        if x >= 0 { return 1 / (1 + libmExp(-x)) }
        let e = libmExp(x)
        return e / (1 + e)
    }
    /// `log(1 + e^x)`, evaluated as `max(x, 0) + log1p(e^(-|x|))`.
    @inlinable public static func softplus(_ x: Double) -> Double {
        Swift.max(x, 0) + libmLog1p(libmExp(-Swift.abs(x)))
    }
    /// `max(0, x)`; at `x = 0` the value is 0.
    @inlinable public static func relu(_ x: Double) -> Double { x > 0 ? x : 0 }
    @inlinable public static func pow(_ x: Double, _ y: Double) -> Double { libmPow(x, y) }
}

extension Float: ElementaryFunctions, RealValued {
    @inlinable public static var one: Float { 1 }
    @inlinable public var realValue: Double { Double(self) }

    @inlinable public static func exp(_ x: Float) -> Float { libmExp(x) }
    @inlinable public static func log(_ x: Float) -> Float { libmLog(x) }
    @inlinable public static func sqrt(_ x: Float) -> Float { x.squareRoot() }
    @inlinable public static func sin(_ x: Float) -> Float { libmSin(x) }
    @inlinable public static func cos(_ x: Float) -> Float { libmCos(x) }
    @inlinable public static func tanh(_ x: Float) -> Float { libmTanh(x) }
    @inlinable public static func sigmoid(_ x: Float) -> Float {
        if x >= 0 { return 1 / (1 + libmExp(-x)) }
        let e = libmExp(x)
        return e / (1 + e)
    }
    @inlinable public static func softplus(_ x: Float) -> Float {
        Swift.max(x, 0) + libmLog1p(libmExp(-Swift.abs(x)))
    }
    /// `max(0, x)`; at `x = 0` the value is 0.
    @inlinable public static func relu(_ x: Float) -> Float { x > 0 ? x : 0 }
    @inlinable public static func pow(_ x: Float, _ y: Float) -> Float { libmPow(x, y) }
}
