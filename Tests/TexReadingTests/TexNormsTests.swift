import ClaimLanguage
import Testing

@testable import TexReading

/// Norms, absolute values, square roots, sines and cosines: read where the reading is
/// unambiguous, and checked as claims.
@Suite struct TexNormsTests {
    static let matter = "where W: n x m, x: m, y: n, c: scalar, t: scalar"

    @Test(arguments: [
        (#"\|x\|"#, "norm(x)"), (#"\Vert x \Vert"#, "norm(x)"),
        (#"\lVert y - W x \rVert_2"#, "norm(y - W * x)"), (#"\|W\|_F"#, "norm(W)"),
        (#"\frac{1}{2} \|y - W x\|_2^2"#, "1 / 2 * norm(y - W * x)^2"),
        (#"|c|"#, "abs(c)"), (#"\lvert c t \rvert"#, "abs(c * t)"),
        (#"\sqrt{c}"#, "sqrt(c)"), (#"\sqrt{x^T x}"#, "sqrt(x' * x)"),
        (#"\cos \theta"#, "cos(θ)"), (#"\sin(c)"#, "sin(c)"),
    ])
    func reads(_ latex: String, _ claim: String) throws {
        #expect(try readTex(latex, Self.matter + ", θ: scalar") == claim)
    }

    @Test func normIdentitiesAreChecked() {
        let note = """
            $$\\|x\\|_2^2 = x^T x$$
            $$\\sqrt{x^T x} = \\|x\\|$$
            $$|c| = c$$
            """
        let report = checkNote(note, frontMatter: Self.matter)
        let verdicts = report.results.map(\.verdict.name)
        #expect(verdicts.count == 3)
        #expect(verdicts[0] != "refuted" && verdicts[0] != "not parsed")
        #expect(verdicts[1] != "refuted" && verdicts[1] != "not parsed")
        #expect(verdicts[2] == "refuted")
    }
}
