import ClaimLanguage

/// The ```` ```matcheck ```` block of a note: what its prose leaves out.
///
/// ```
/// where W: n x m, a: m, b: n, y: n
/// let z = W*a + b
/// layout: numerator
/// ```
///
/// `where` takes the claim language's declarations and assumptions (one or
/// more lines), `let` one definition per line, `layout:` `numerator` (the
/// default) or `denominator`, `gradients:` `shaped` (the default: `∇_X f`
/// shaped like `X`) or `vec` (`∇_X f = ∂f/∂vec X`, a column). Lines
/// starting with `#` are comments.
public struct FrontMatter: Sendable {
    /// Declarations, in order.
    public var declarations: [Declaration] = []
    /// Assumptions (`f'' = 0`, `X symmetric`).
    public var assumptions: [Assumption] = []
    /// Definitions, in order.
    public var definitions: [Definition] = []
    /// The layout.
    public var layout: DerivativeLayout = .numerator
    /// `gradients: vec`: the gradient of a scalar by a matrix is `∂f/∂vec X` (a column).
    public var vecGradients = false
    /// Lines that could not be read: (file line, message).
    public var errors: [(line: Int, message: String)] = []

    /// Empty front matter.
    public init() {}

    /// Reads the blocks, in order.
    public init(_ blocks: [FrontMatterBlock]) {
        for block in blocks { read(block) }
    }

    mutating func read(_ block: FrontMatterBlock) {
        for (k, raw) in block.text.split(
            omittingEmptySubsequences: false, whereSeparator: \.isNewline
        ).enumerated() {
            let line = block.firstLine + k
            let text = String(raw).trimmingLeadingSpaces()
            if text.isEmpty || text.hasPrefix("#") { continue }
            do {
                if text.hasPrefix("where ") {
                    let claim = try Claim(parsing: "0 == 0 " + text)
                    declarations += claim.declarations
                    assumptions += claim.assumptions
                } else if text.hasPrefix("let ") {
                    var body = text
                    if !body.hasSuffix(";") { body += ";" }
                    let claim = try Claim(parsing: body + " 0 == 0")
                    definitions += claim.definitions
                } else if text.hasPrefix("layout:") {
                    let value = text.dropFirst("layout:".count).filter { !$0.isWhitespace }
                    guard let layout = DerivativeLayout(rawValue: String(value)) else {
                        errors.append(
                            (line, "layout must be 'numerator' or 'denominator', found '\(value)'"))
                        continue
                    }
                    self.layout = layout
                } else if text.hasPrefix("gradients:") {
                    let value = text.dropFirst("gradients:".count).filter { !$0.isWhitespace }
                    guard value == "vec" || value == "shaped" else {
                        errors.append(
                            (line, "gradients must be 'shaped' or 'vec', found '\(value)'"))
                        continue
                    }
                    vecGradients = value == "vec"
                } else {
                    errors.append(
                        (
                            line,
                            """
                                a front-matter line starts with 'where', 'let', 'layout:', \
                                'gradients:' or '#'
                                """
                        ))
                }
            } catch let error as ClaimError {
                errors.append((line, error.summary))
            } catch {
                errors.append((line, "\(error)"))
            }
        }
    }
}
