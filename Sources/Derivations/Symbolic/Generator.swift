import Synchronization

/// A generator of the polynomial ring: a variable or a function atom.
enum Generator: Hashable, Sendable {
    case variable(Variable)
    case atom(Atom)
}

/// Interns generators to small integer identifiers, so that monomials are
/// compact sorted arrays of integers.
///
/// Identifiers are process-wide and assigned on first use; they fix the
/// canonical term order within a process (printing sorts by name instead).
/// Bit 31 of an identifier marks a square-root atom, so products can apply
/// `sqrt(u)² = u` without a table lookup.
/// Thread-safe: all state sits behind a `Mutex`.
final class GeneratorTable: Sendable {
    struct State {
        var generators: [Generator] = []
        var identifiers: [Generator: UInt32] = [:]
    }

    static let shared = GeneratorTable()

    private let state = Mutex(State())

    /// The identifier of `generator`, assigning one on first use.
    func identifier(of generator: Generator) -> UInt32 {
        state.withLock { state in
            if let id = state.identifiers[generator] { return id }
            var id = UInt32(truncatingIfNeeded: state.generators.count) & ~GeneratorTable.squareRootFlag
            if case .atom(let atom) = generator, atom.function == .sqrt { id |= GeneratorTable.squareRootFlag }
            state.generators.append(generator)
            state.identifiers[generator] = id
            return id
        }
    }

    /// The generator with identifier `id` (which must have been assigned).
    func generator(_ id: UInt32) -> Generator {
        state.withLock { $0.generators[Int(id & ~GeneratorTable.squareRootFlag)] }
    }

    /// Marks square-root atoms in identifiers.
    static let squareRootFlag: UInt32 = 1 << 31
}
