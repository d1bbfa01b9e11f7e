/// The Kronecker delta `δ[a,b]`: 1 when the two indices are equal, else 0.
package struct KroneckerDelta: Hashable, Sendable {
    package var first: TensorIndex
    package var second: TensorIndex

    /// The same delta with its indices in a fixed order (it is symmetric).
    package var ordered: KroneckerDelta {
        first.id <= second.id ? self : KroneckerDelta(first: second, second: first)
    }
}
