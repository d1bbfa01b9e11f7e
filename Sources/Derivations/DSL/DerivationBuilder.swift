/// Builds a derivation body from summaries, notation remarks, symbols,
/// definitions, assumptions and steps, in the order they are written.
@resultBuilder
public enum DerivationBuilder {
    public static func buildExpression(_ step: Step) -> [DerivationPart] { [.step(step)] }
    public static func buildExpression(_ part: DerivationPart) -> [DerivationPart] { [part] }
    public static func buildExpression(_ parts: [DerivationPart]) -> [DerivationPart] { parts }
    public static func buildBlock(_ parts: [DerivationPart]...) -> [DerivationPart] {
        parts.flatMap { $0 }
    }
    public static func buildArray(_ parts: [[DerivationPart]]) -> [DerivationPart] {
        parts.flatMap { $0 }
    }
    public static func buildOptional(_ parts: [DerivationPart]?) -> [DerivationPart] { parts ?? [] }
    public static func buildEither(first parts: [DerivationPart]) -> [DerivationPart] { parts }
    public static func buildEither(second parts: [DerivationPart]) -> [DerivationPart] { parts }
}
