import ClaimLanguage

/// Facts about a claim's domain that its normal form may lose.
///
/// A claim is checked only where both sides are defined, and a side is
/// defined at a point only when every sub-expression is (an undefined entry
/// makes the whole point undefined, see ``ClaimEvaluator/checked(_:_:)``).
/// So when a side takes `log(s)` of a symbol `s`, every entry of `s` is
/// positive wherever the claim is defined, even after `exp(log(s)) = s`
/// has removed the logarithm from the normal form: `exp(log(x)) ==
/// relu(x)` holds on its domain.
package enum ClaimDomain {
    /// The symbols `s` that a side applies `log` to directly, `log(s)`,
    /// outside derivative operators (whose points are evaluated with
    /// derivatives, not taken as facts here).
    package static func logarithmSymbols(of claim: Claim) -> Set<String> {
        symbols(of: claim, under: .log)
    }

    /// The symbols `s` that a side applies `sqrt` to directly, `sqrt(s)`,
    /// outside derivative operators: every entry is `≥ 0` wherever the
    /// claim is defined (`sqrt(x).^2 == relu(x)`).
    package static func squareRootSymbols(of claim: Claim) -> Set<String> {
        symbols(of: claim, under: .sqrt)
    }

    static func symbols(of claim: Claim, under function: BuiltinFunction) -> Set<String> {
        var names = Set<String>()
        var stack = [claim.lhs, claim.rhs]
        while let e = stack.popLast() {
            switch e {
            case .call(function, let arguments, _):
                if arguments.count == 1, case .symbol(let name, _) = arguments[0] {
                    names.insert(name)
                }
            case .derivative:
                continue
            default:
                break
            }
            stack.append(contentsOf: e.children)
        }
        return names
    }
}
