/// An assumption in a `where` clause or a context.
public enum Assumption: Hashable, Sendable {
    /// `f'' = 0`: the declared function's derivative of this order (and all
    /// higher ones) vanishes, as for piecewise-linear activations away from
    /// their kinks.
    case derivativeVanishes(function: String, order: Int)
    /// `X symmetric`: the declared square matrix `X` equals its transpose.
    case symmetric(String)
}
