/// An atomic index of index notation: a distinct label with its range.
///
/// Labels are integers handed out by ``IndexTranslator``; which indices of
/// a term are free and which are summed is recorded by the term
/// (``IndexMonomial/bound``) and by the tensor (``IndexedTensor/rows``,
/// ``IndexedTensor/cols``).
package struct TensorIndex: Hashable, Sendable {
    /// The label, unique within one translation.
    package let id: Int
    /// The range.
    package let dimension: IndexDimension
}

extension Array where Element == TensorIndex {
    /// The ranges, in order: two composite indices can be identified
    /// position by position exactly when these agree.
    package var dimensions: [IndexDimension] { map(\.dimension) }
}
