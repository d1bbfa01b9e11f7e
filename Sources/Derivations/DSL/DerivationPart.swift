/// A piece of a derivation, as written inside its result-builder body.
public enum DerivationPart: Sendable {
    case summary(String)
    case notation(String)
    case reference(String)
    case context(Context)
    case step(Step)
}
