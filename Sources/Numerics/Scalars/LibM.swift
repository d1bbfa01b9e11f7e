#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt
#endif

// File-scope wrappers over the C math library, so that the static
// requirements of `ElementaryFunctions` (`Double.exp`, …) can call them
// without recursion. Internal; `@usableFromInline` keeps callers specialisable.

@usableFromInline func libmExp(_ x: Double) -> Double { exp(x) }
@usableFromInline func libmLog(_ x: Double) -> Double { log(x) }
@usableFromInline func libmLog1p(_ x: Double) -> Double { log1p(x) }
@usableFromInline func libmSin(_ x: Double) -> Double { sin(x) }
@usableFromInline func libmCos(_ x: Double) -> Double { cos(x) }
@usableFromInline func libmTanh(_ x: Double) -> Double { tanh(x) }
@usableFromInline func libmPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
@usableFromInline func libmExp(_ x: Float) -> Float { expf(x) }
@usableFromInline func libmLog(_ x: Float) -> Float { logf(x) }
@usableFromInline func libmLog1p(_ x: Float) -> Float { log1pf(x) }
@usableFromInline func libmSin(_ x: Float) -> Float { sinf(x) }
@usableFromInline func libmCos(_ x: Float) -> Float { cosf(x) }
@usableFromInline func libmTanh(_ x: Float) -> Float { tanhf(x) }
@usableFromInline func libmPow(_ x: Float, _ y: Float) -> Float { powf(x, y) }
