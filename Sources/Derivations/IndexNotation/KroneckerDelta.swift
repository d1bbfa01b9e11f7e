/// The Kronecker delta `δ[a,b]`: 1 when the two indices are equal, else 0.
struct KroneckerDelta: Hashable, Sendable {
    var first: TensorIndex
    var second: TensorIndex

    /// The same delta with its indices in a fixed order (it is symmetric).
    var ordered: KroneckerDelta {
        first.id <= second.id ? self : KroneckerDelta(first: second, second: first)
    }
}
