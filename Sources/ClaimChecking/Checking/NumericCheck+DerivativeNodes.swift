import MatrixNumerics
import ClaimLanguage
import SymbolicAlgebra

extension NumericCheck {
    /// Every derivative operator (nested ones too) with its variable.
    package var allDerivativeNodes: [(DerivativeOperator, String)] {
        var nodes: [(DerivativeOperator, String)] = []
        var stack = claim.claim.definitions.map(\.expression) + [claim.claim.lhs, claim.claim.rhs]
        while let e = stack.popLast() {
            if case .derivative(let op, _, let v, _, _) = e { nodes.append((op, v)) }
            stack.append(contentsOf: e.children)
        }
        return nodes
    }
}
