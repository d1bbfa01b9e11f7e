import MatrixNumerics
import Synchronization

/// Limits for long symbolic operations, set for a task with
/// `SymbolicBudget.$current.withValue(budget) { … }`.
///
/// Polynomial products check it before they start: a product of `m`- and
/// `n`-term factors needs up to `m·n` terms of memory, so one above
/// ``maximumProductTerms``, or any product after the ``deadline``, is
/// refused (the product is then undefined, as on exponent overflow) and the
/// budget records why in ``exceeded``; a long product also looks at the
/// clock every 32 partial products and while merging them. The caller reads ``exceeded`` and
/// reports "budget exceeded" for that shape: never a crash, never far past the deadline.
public final class SymbolicBudget: Sendable {
    /// The largest `m·n` for a product of an `m`-term and an `n`-term polynomial.
    public let maximumProductTerms: Int
    /// A ``MonotonicClock`` time after which products are refused.
    public let deadline: Double
    private let reason = Mutex<String?>(nil)

    /// The budget in effect for the current task, if any.
    @TaskLocal public static var current: SymbolicBudget?

    public init(maximumProductTerms: Int, deadline: Double) {
        self.maximumProductTerms = maximumProductTerms
        self.deadline = deadline
    }

    /// Why the budget was exceeded, or `nil` while it holds.
    public var exceeded: String? { reason.withLock { $0 } }

    /// Whether a product of `m`- and `n`-term factors may go ahead.
    func allowsProduct(_ m: Int, _ n: Int) -> Bool {
        let (size, overflow) = m.multipliedReportingOverflow(by: n)
        if overflow || size > maximumProductTerms {
            trip(
                """
                    a polynomial product of \(m) × \(n) terms exceeds the size guard \
                    (\(maximumProductTerms))
                    """
            )
            return false
        }
        if size > 64 && MonotonicClock.seconds() > deadline {
            trip("time budget exceeded inside a polynomial product")
            return false
        }
        return true
    }

    /// Whether the deadline has passed (recording it as the reason).
    func isPastDeadline() -> Bool {
        guard MonotonicClock.seconds() > deadline else { return false }
        trip("time budget exceeded inside a polynomial product")
        return true
    }

    private func trip(_ why: String) {
        reason.withLock { if $0 == nil { $0 = why } }
    }
}
