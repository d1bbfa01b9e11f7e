#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt
#endif

// File-scope wrappers over the C math library for the ``RealFunctions``
// requirements (see `LibM.swift` for why they exist).

@usableFromInline func libmExpMinusOne(_ x: Double) -> Double { expm1(x) }
@usableFromInline func libmAtan2(_ y: Double, _ x: Double) -> Double { atan2(y, x) }
@usableFromInline func libmExpMinusOne(_ x: Float) -> Float { expm1f(x) }
@usableFromInline func libmAtan2(_ y: Float, _ x: Float) -> Float { atan2f(y, x) }
