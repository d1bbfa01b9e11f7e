/// The scope of a proof: for every shape, or for the shapes checked exactly.
public enum ProofScope: Hashable, Sendable, CustomStringConvertible {
    /// Proved for every value of every dimension variable (an index-notation
    /// proof, or a claim without dimension variables checked exactly).
    case allShapes
    /// Proved exactly at every assignment with dimensions up to `maximum`
    /// and confirmed numerically at the larger assignments listed.
    /// Integer symbols were checked exactly at `1 - maximum…maximum` (see ``IntegerSymbolScope``).
    case shapesUpTo(Int, numerically: [[String: Int]], integers: IntegerSymbolScope = .init())

    /// The integer symbols of a claim checked shape by shape, and why its
    /// proof is not for all values.
    public struct IntegerSymbolScope: Hashable, Sendable {
        /// Integer symbols that took the values `1 - maximum…maximum` exactly.
        public var signed: [String] = []
        /// Why the index-notation prover could not cover every value: a
        /// power with a symbolic exponent (`X^k`) has no finite index form.
        public var symbolicExponent: String?

        public init(signed: [String] = [], symbolicExponent: String? = nil) {
            self.signed = signed
            self.symbolicExponent = symbolicExponent
        }
    }

    /// `all-shapes` or `shapes-up-to-N`, the value of `"scope"` in `matcheck check --json`.
    public var description: String {
        switch self {
        case .allShapes: return "all-shapes"
        case .shapesUpTo(let n, _, _): return "shapes-up-to-\(n)"
        }
    }

    /// A phrase for human output.
    public var phrase: String {
        switch self {
        case .allShapes: return "all shapes"
        case .shapesUpTo(let n, let larger, let integers):
            let values = integers.signed.map { " and \($0) = \(1 - n)…\(n)" }.joined()
            let exact =
                integers.symbolicExponent.map { "exact; not for all values: \($0)" } ?? "exact"
            if larger.isEmpty {
                return
                    "shapes with dimensions up to \(n)\(values) (\(exact)) only: no larger shape "
                    + "was evaluated"
            }
            return "shapes with dimensions up to \(n)\(values) (\(exact)); numerically at "
                + larger.map { ShapeAssignment.describe($0) }.joined(separator: "; ")
        }
    }
}

extension CheckReport {
    /// The scope of a `proved` verdict (`nil` for any other verdict): all
    /// shapes when `indexProof` proves the claim for all shapes or the claim
    /// has no dimension variables; otherwise the largest `d` such that every
    /// assignment in `{1…d}ᵏ` was checked exactly, with the larger
    /// assignments evaluated numerically (at least one point defined).
    public func scope(indexProof: IndexProof?) -> ProofScope? {
        guard case .proved = verdict else { return nil }
        if indexProof?.provedForAllShapes == true || polynomialProof != nil { return .allShapes }
        let checked = symbolic.filter {
            if case .equal = $0.outcome { return true } else { return false }
        }
        if checked.allSatisfy({ $0.assignment.isEmpty }) && !checked.isEmpty { return .allShapes }
        let variables = Array(checked.first?.assignment.keys ?? [:].keys)
        let cube = VerdictPolicy.exactCube(
            symbolic, variables: variables, signed: signedVariables)
        let larger = numeric.filter {
            $0.points > 0
                && $0.assignment.contains { name, value in
                    value > cube || (signedVariables.contains(name) && value < 1 - cube)
                }
        }
        .map(\.assignment) + certifiedLargerShapes
        let exponent = indexProof?.reason.hasPrefix(IndexTranslator.symbolicExponentReason)
        return .shapesUpTo(
            cube, numerically: larger,
            integers: ProofScope.IntegerSymbolScope(
                signed: signedVariables.intersection(variables).sorted(),
                symbolicExponent: exponent == true && indexProof?.provedForAllShapes == false
                    ? IndexTranslator.symbolicExponentReason : nil))
    }
}
