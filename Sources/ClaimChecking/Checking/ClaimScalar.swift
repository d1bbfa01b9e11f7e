import MatrixNumerics
import ClaimLanguage
/// A scalar in which a claim can be evaluated: exact symbolic scalars (for
/// proofs), `Double` and ``BoundedDouble`` (for numeric checks), and dual
/// numbers over them (for forward-mode derivatives).
///
/// Besides the elementary functions a claim needs exact number literals,
/// the step function, declared functions `f` with their derivatives
/// `f^(k)`, a way to tell an undefined value, and a Jacobian.
public protocol ClaimScalar: ElementaryFunctions {
    /// The exact literal `p/q` (rounded for floating-point scalars).
    static func exactNumber(_ value: ExactNumber) -> Self
    /// The Heaviside step: `1` for `x > 0`, else `0` (the derivative of `relu`).
    static func step(_ x: Self) -> Self
    /// The `order`-th derivative of the declared elementwise function at `x`.
    static func userFunction(_ function: UserFunction, order: Int, _ x: Self) -> Self
    /// Whether the value is undefined (NaN or infinite, a division by an
    /// exact zero): the point is then resampled.
    var isUndefined: Bool { get }
    /// A size measure for budgets (number of terms of a symbolic
    /// expression); `0` for fixed-size scalars.
    var complexity: Int { get }
    /// Whether arithmetic is exact (symbolic): determinants and inverses of
    /// small matrices then use cofactors, which keep entries polynomial.
    static var isExact: Bool { get }
    /// The Jacobian `∂vec F/∂(vec X)ᵀ` (numerator layout, |F|×|X|) of
    /// `function` with respect to the symbol `variable`, at the point the
    /// evaluator holds: exact differentiation for symbolic scalars, forward
    /// mode (``Dual``) for real scalars.
    static func jacobian(
        of function: Expression, withRespectTo variable: String,
        in evaluator: ClaimEvaluator<Self>
    ) throws -> Matrix<Self>
}

extension ClaimScalar {
    public var complexity: Int { 0 }
    public static var isExact: Bool { false }
}

/// A declared elementwise function `f` of a claim, with the order from
/// which its derivatives vanish (`f'' = 0` gives `2`), if assumed.
public struct UserFunction: Hashable, Sendable {
    /// The declared name.
    public let name: String
    /// `k` when `f^(k) = 0` is assumed (then every higher derivative vanishes too).
    public let vanishingOrder: Int?
    /// The function's position among the claim's declared functions (sorted
    /// by name): distinct functions get distinct stand-ins.
    public let index: Int
    /// Which stand-in family is used (see
    /// ``ElementaryFunctions/standInFunction(_:order:_:literal:)``).
    public let standIn: Int

    /// The stand-in family for the current task: the numeric and certified
    /// checks cycle it from point to point (`UserFunction.$currentStandIn.withValue(k) { … }`).
    @TaskLocal public static var currentStandIn = 0

    /// The number of stand-in families.
    public static let standInFamilies = 3

    public init(
        name: String, vanishingOrder: Int? = nil, index: Int = 0,
        standIn: Int = UserFunction.currentStandIn
    ) {
        self.name = name
        self.vanishingOrder = vanishingOrder
        self.index = index
        self.standIn = standIn
    }

    /// Three parameters in `[0.5, 1.5)`, `[0.5, 1.5)`, `[-1, 1)` from a
    /// low-discrepancy (Kronecker) sequence on the function's index and the
    /// stand-in family: deterministic, distinct for distinct functions, and
    /// not derived from the name (names whose hashes collide would share them).
    package var parameters: (a: Double, b: Double, c: Double) {
        let k = Double(
            1 + index * UserFunction.standInFamilies + standIn % UserFunction.standInFamilies)
        func fraction(_ x: Double) -> Double { x - x.rounded(.down) }
        return (
            0.5 + fraction(k * 0.618_033_988_749_894_8),
            0.5 + fraction(k * 0.754_877_666_246_692_7),
            2 * fraction(k * 0.569_840_290_998_053_3) - 1
        )
    }
}

extension ElementaryFunctions {
    /// The smooth function that stands for a declared function in numeric
    /// checks, with exact derivatives of every order. Three families, so a
    /// claim true of one function only (`f(x)·f(y) = f(x)·f(y)`
    /// holds for every sine) is seen through another:
    ///
    /// - family 0: `f(x) = sin(b·x + c) + a·x`, so
    ///   `f⁽ᵏ⁾(x) = bᵏ sin(b·x + c + kπ/2) + [k = 1]·a`;
    /// - family 1: `f(x) = a·e^(b·x/2) + c·x⁵/5!`;
    /// - family 2: the polynomial `f(x) = Σ_{j≤7} p_j xʲ/j!` with
    ///   `p = (c, a, −b, a·b, −c, b, −a, c)`;
    /// - `f⁽ᵐ⁾ = 0` assumed: the polynomial `f(x) = Σ_{j<m} c_j xʲ` with
    ///   coefficients from the parameters, differentiated exactly (for
    ///   `f'' = 0`, the affine `f(x) = a·x + c`).
    ///
    /// The parameters depend on the function's index and the family
    /// (``UserFunction/parameters``), so both sides of a claim see the same
    /// function and its derivatives agree with finite differences.
    public static func standInFunction(
        _ function: UserFunction, order: Int, _ x: Self,
        literal: (Double) -> Self
    ) -> Self {
        let (a, b, c) = function.parameters
        if let m = function.vanishingOrder {
            guard order < m else { return .zero }
            // Coefficients of x^j: c_j = (a, b, c, a/2, b/3, …) cycling, decreasing.
            let base = [c, a, b / 2, a / 3, b / 5]
            var result = Self.zero
            var power = Self.one
            for j in order..<m {
                let coefficient = base[j % base.count] / Double(1 + j / base.count)
                // d^order/dx^order x^j = j!/(j-order)! x^(j-order)
                var falling = 1.0
                for t in 0..<order { falling *= Double(j - t) }
                result = result + literal(coefficient * falling) * power
                power = power * x
            }
            return result
        }
        switch function.standIn % UserFunction.standInFamilies {
        case 1:
            // a·(b/2)^k·e^(bx/2) + c·x^(5−k)/(5−k)!
            var scale = a
            for _ in 0..<order { scale *= b / 2 }
            var value = literal(scale) * exp(literal(b / 2) * x)
            if order <= 5 {
                value = value + literal(c) * taylorMonomial(x, 5 - order, literal: literal)
            }
            return value
        case 2:
            let p = [c, a, -b, a * b, -c, b, -a, c]
            var value = Self.zero
            for j in order..<p.count {
                value = value + literal(p[j]) * taylorMonomial(x, j - order, literal: literal)
            }
            return value
        default:
            break
        }
        let phase = Self.literalSum(literal(b) * x, literal(c))
        var value: Self
        switch order % 4 {
        case 0: value = sin(phase)
        case 1: value = cos(phase)
        case 2: value = -sin(phase)
        default: value = -cos(phase)
        }
        var scale = 1.0
        for _ in 0..<order { scale *= b }
        value = literal(scale) * value
        if order == 0 { value = value + literal(a) * x }
        if order == 1 { value = value + literal(a) }
        return value
    }

    package static func literalSum(_ x: Self, _ y: Self) -> Self { x + y }

    /// `xʲ/j!`.
    static func taylorMonomial(_ x: Self, _ j: Int, literal: (Double) -> Self) -> Self {
        var value = Self.one
        var factorial = 1.0
        for t in 0..<j {
            value = value * x
            factorial *= Double(t + 1)
        }
        return j == 0 ? value : value * literal(1 / factorial)
    }
}
