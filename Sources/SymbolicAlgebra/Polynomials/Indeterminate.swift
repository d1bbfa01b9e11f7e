import Synchronization

/// A indeterminate of the polynomial ring: a variable or a function atom.
package enum Indeterminate: Hashable, Sendable {
    case variable(Variable)
    case atom(Atom)
}

/// Interns indeterminates to small integer identifiers, so that monomials are
/// compact sorted arrays of integers.
///
/// Identifiers are process-wide and assigned on first use; they fix the
/// canonical term order within a process (printing sorts by name instead).
/// Bit 31 of an identifier marks a square-root atom and bit 30 a step atom,
/// so products can apply `sqrt(u)² = u` and `step(u)² = step(u)` without a
/// table lookup.
/// Thread-safe: all state sits behind a `Mutex`.
package final class IndeterminateTable: Sendable {
    package struct State {
        var indeterminates: [Indeterminate] = []
        var identifiers: [Indeterminate: UInt32] = [:]
    }

    package static let shared = IndeterminateTable()

    private let state = Mutex(State())

    /// The identifier of `indeterminate`, assigning one on first use.
    package func identifier(of indeterminate: Indeterminate) -> UInt32 {
        state.withLock { state in
            if let id = state.identifiers[indeterminate] { return id }
            var id =
                UInt32(truncatingIfNeeded: state.indeterminates.count) & ~IndeterminateTable.flags
            if case .atom(let atom) = indeterminate {
                if atom.function == .sqrt { id |= IndeterminateTable.squareRootFlag }
                if atom.function == .step { id |= IndeterminateTable.stepFlag }
            }
            state.indeterminates.append(indeterminate)
            state.identifiers[indeterminate] = id
            return id
        }
    }

    /// The indeterminate with identifier `id` (which must have been assigned).
    package func indeterminate(_ id: UInt32) -> Indeterminate {
        state.withLock { $0.indeterminates[Int(id & ~IndeterminateTable.flags)] }
    }

    /// Marks square-root atoms in identifiers.
    package static let squareRootFlag: UInt32 = 1 << 31
    /// Marks step atoms in identifiers (products apply `step(u)ᵉ = step(u)`).
    package static let stepFlag: UInt32 = 1 << 30
    /// Both marks.
    static let flags = squareRootFlag | stepFlag
}
