/// A field with the elementary functions used by the notes' networks.
///
/// Every function is a static requirement so that generic code reads like
/// mathematics: `S.sigmoid(z)`. Conformers that carry derivatives (dual,
/// hyper-dual, complex-step) implement each by the chain rule.
///
/// - `sigmoid(x) = 1/(1 + e^(-x))`, with `σ' = σ(1 − σ)`
/// - `softplus(x) = log(1 + e^x)`, with `softplus' = σ`
/// - `relu(x) = max(0, x)`; at the kink `x = 0` conformers document the
///   subgradient they choose.
public protocol ElementaryFunctions: Field {
    static func exp(_ x: Self) -> Self
    static func log(_ x: Self) -> Self
    static func sqrt(_ x: Self) -> Self
    static func sin(_ x: Self) -> Self
    static func cos(_ x: Self) -> Self
    static func tanh(_ x: Self) -> Self
    static func sigmoid(_ x: Self) -> Self
    static func softplus(_ x: Self) -> Self
    static func relu(_ x: Self) -> Self
    /// `x^y` for a real exponent, defined as `exp(y · log x)` for `x > 0`.
    static func pow(_ x: Self, _ y: Self) -> Self
}

/// A real scalar whose leading (value) part can be read as a `Double`:
/// `Double` and `Float` themselves, and the value part of dual, hyper-dual
/// and complex-step numbers.
public protocol RealValued {
    /// The real value, with every derivative or imaginary part dropped.
    var realValue: Double { get }
}
