import ClaimLanguage

/// What the LaTeX parser needs to know about the note while it reads an
/// expression: the declared functions, the layout, the names that denote
/// matrices or vectors (so `W_{jk}` reads as an entry, not a name), and a
/// way to tell whether an expression is a scalar (to choose between
/// `grad` and `jac` for `∂f/∂X`).
public struct TexEnvironment {
    /// Names declared `f: function` (elementwise functions with derivatives `f'`).
    public var functions: Set<String>
    /// The derivative layout.
    public var layout: DerivativeLayout
    /// Whether the gradient of a scalar by a matrix is the vector `∂f/∂vec X`
    /// (`gradients: vec` in the front matter) instead of a matrix shaped like `X`.
    public var vecGradients = false
    /// Names declared or defined as matrices, vectors or scalars.
    public var knownNames: Set<String>
    /// Whether an expression is `1×1`; `nil` when its shape is unknown.
    public var isScalar: (Expression) -> Bool?
    /// The shape of an expression (a declared or defined name, `W x`), when
    /// each dimension is a single dimension variable or a number.
    public var shape: (Expression) -> (rows: Dimension, cols: Dimension)?
    /// The indices the equation uses, filled while it is parsed.
    public var indices: IndexRegistry
    /// The shapes written as subscripts (`A_{n \times o}`), filled while it is parsed.
    public var shapeSubscripts = ShapeSubscripts()

    /// Creates an environment.
    public init(
        functions: Set<String> = [], layout: DerivativeLayout = .numerator,
        knownNames: Set<String> = [], isScalar: @escaping (Expression) -> Bool? = { _ in nil },
        shape: @escaping (Expression) -> (rows: Dimension, cols: Dimension)? = { _ in nil },
        indices: IndexRegistry = IndexRegistry()
    ) {
        self.functions = functions
        self.layout = layout
        self.knownNames = knownNames
        self.isScalar = isScalar
        self.shape = shape
        self.indices = indices
    }
}
