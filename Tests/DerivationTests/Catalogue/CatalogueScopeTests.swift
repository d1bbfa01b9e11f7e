import ClaimLanguage
import Testing
@testable import Derivations

@Test func catalogueStepsProvedByIndexNotationAreAllShapes() {
    let checker = CatalogueChecker()
    let proved = checker.check("tr(A*B) == tr(B*A) where A: m x n, B: n x m", in: ClaimContext())
    #expect(proved.verdict == .proved)
    #expect(proved.scope == "all shapes")
    let beyond = checker.check("det(A*A) == det(A)^2 where A: n x n", in: ClaimContext())
    #expect(beyond.verdict == .proved)
    #expect(beyond.scope == "shapes up to 3")
}
