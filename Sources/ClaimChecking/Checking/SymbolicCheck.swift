import MatrixNumerics
import SymbolicAlgebra
import ClaimLanguage
/// The exact check at one shape assignment: both sides over fully symbolic
/// entries (`A[i,j]` a variable for every entry; symmetric matrices share
/// `A[i,j] = A[j,i]`), derivative operators by exact differentiation, and
/// an exact comparison of every entry.
package struct SymbolicCheck {
    package let claim: ResolvedClaim
    package let options: CheckOptions
    /// Evaluation stops after this monotonic time (the checker's time budget).
    package var deadline = Double.infinity

    package init(claim: ResolvedClaim, options: CheckOptions, deadline: Double = .infinity) {
        self.claim = claim
        self.options = options
        self.deadline = deadline
    }

    /// The variable standing for entry `(i, j)` (zero-based) of a symbol:
    /// `A[i+1,j+1]` for a matrix, `x[i+1]` for a column vector, `c` for a scalar.
    package static func variable(_ name: String, _ i: Int, _ j: Int, _ shape: Shape) -> Variable {
        if shape.rows == 1 && shape.cols == 1 { return Variable(name) }
        if shape.cols == 1 { return Variable(name, i + 1) }
        return Variable(name, i + 1, j + 1)
    }

    package func values(at assignment: [String: Int]) throws -> [String: Matrix<Symbolic>] {
        var values: [String: Matrix<Symbolic>] = [:]
        // A definition used as a derivative's variable stays its definition;
        // only inside `jac(…, z)` is `z` freed (see `Symbolic.jacobian`).
        for name in claim.symbols {
            guard let shape = claim.shape(of: name, at: assignment) else {
                throw EvaluationFailure.invalidShape("'\(name)' has a non-positive dimension")
            }
            let symmetric = claim.symmetricSymbols.contains(name)
            values[name] = try Matrix<Symbolic>(rows: shape.rows, cols: shape.cols) { i, j in
                let (a, b) = symmetric ? (Swift.min(i, j), Swift.max(i, j)) : (i, j)
                return Symbolic(SymbolicCheck.variable(name, a, b, shape))
            }
        }
        return values
    }

    /// The outcome under a ``SymbolicBudget`` (the product size guard and
    /// the deadline): a refused product makes the shape "budget exceeded".
    package func outcome(at assignment: [String: Int]) -> SymbolicOutcome {
        let budget = SymbolicBudget(
            maximumProductTerms: options.symbolicProductTerms, deadline: deadline)
        let result = SymbolicBudget.$current.withValue(budget) { unguardedOutcome(at: assignment) }
        if let why = budget.exceeded { return .budgetExceeded(why) }
        return result
    }

    func unguardedOutcome(at assignment: [String: Int]) -> SymbolicOutcome {
        do {
            let symbolValues = try values(at: assignment)
            let evaluator = ClaimEvaluator<Symbolic>(
                claim: claim, assignment: assignment, values: symbolValues,
                complexityBudget: options.symbolicTermBudget)
            // Entries of a symbol under `log` are positive where the claim is defined.
            let positiveEntries = ClaimDomain.logarithmSymbols(of: claim.claim).sorted()
                .flatMap { symbolValues[$0]?.entries ?? [] }
            let nonNegativeEntries = ClaimDomain.squareRootSymbols(of: claim.claim).sorted()
                .flatMap { symbolValues[$0]?.entries ?? [] }
            evaluator.deadline = deadline
            let (lhs, rhs) = try evaluator.evaluateSides()
            guard lhs.shape == rhs.shape || lhs.count == 1 || rhs.count == 1 else {
                return .notApplicable(
                    "the sides have shapes \(lhs.shape) and \(rhs.shape) at this assignment")
            }
            let count = Swift.max(lhs.count, rhs.count)
            for k in 0..<count {
                let l = lhs.count == 1 ? lhs.entries[0] : lhs.entries[k]
                let r = rhs.count == 1 ? rhs.entries[0] : rhs.entries[k]
                if l.isUndefined || r.isUndefined {
                    return .notApplicable("a side is undefined at this shape")
                }
                if MonotonicClock.seconds() > deadline {
                    return .budgetExceeded("time budget exceeded while comparing")
                }
                // σ and tanh through the exponential (identities true everywhere)
                // close differences such as e^u/(1 + e^u) − σ(u); an exact case
                // split on the sign of each step's argument closes kink identities
                // (where both sides are defined: every log argument positive).
                if l != r {
                    let difference = l - r
                    if !difference.rewritingInExponentials().isExactlyZero
                        && !difference.reducingTrigonometry().isExactlyZero
                        && !difference.mergingSquareRoots().isExactlyZero
                        && !KinkCaseSplit(deadline: deadline).vanishes(
                            difference,
                            wherePositive: KinkCaseSplit.logArguments(of: [l, r]) + positiveEntries,
                            whereNonNegative: nonNegativeEntries)
                    {
                        return .differs
                    }
                }
            }
            return .equal
        } catch let failure as EvaluationFailure {
            switch failure {
            case .budgetExceeded(let s): return .budgetExceeded(s)
            case .undefined(let s), .invalidShape(let s): return .notApplicable(s)
            case .internalError(let s): return .failed(s)
            }
        } catch {
            return .failed("\(error)")
        }
    }
}
