import ClaimLanguage

/// The vocabulary of LaTeX math the reader knows: Greek letters, function
/// names, transpose marks, and the macros it skips or refuses by name.
enum TexNames {
    /// `\alpha` → `α`, …; `\varepsilon` → `ε`, `\ell` → `l`.
    static let greek: [String: Character] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "θ", "iota": "ι", "kappa": "κ",
        "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "varrho": "ρ",
        "sigma": "σ", "tau": "τ", "upsilon": "υ", "phi": "φ", "varphi": "φ", "chi": "χ",
        "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ",
        "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
        "ell": "l",
    ]

    /// Function words written upright (`\operatorname{tr}`, `\mathrm{vec}`,
    /// `\text{diag}`) or as macros (`\det`, `\log`).
    static let functions: [String: BuiltinFunction] = [
        "tr": .tr, "Tr": .tr, "trace": .tr, "vec": .vec, "diag": .diag, "det": .det,
        "log": .log, "ln": .log, "exp": .exp, "tanh": .tanh, "sigmoid": .sigmoid,
        "softplus": .softplus, "relu": .relu, "ReLU": .relu, "inv": .inv, "sum": .sum,
        "sin": .sin, "cos": .cos,
    ]

    /// Macros that only change the font of a letter (`\mathbf{x}` is `x`).
    static let fontMacros: Set<String> = [
        "mathbf", "boldsymbol", "bm", "mathit", "mathnormal", "pmb", "bf", "underline", "boxed",
        "displaystyle",
    ]
    /// Macros whose argument is an upright word (a function name, or prose).
    static let wordMacros: Set<String> = [
        "mathrm", "text", "textrm", "operatorname", "mathsf", "textit", "textbf", "mbox",
    ]
    /// Accents kept as a suffix of the name (`\hat{x}` is `x_hat`).
    static let accents: Set<String> = [
        "hat", "bar", "tilde", "widehat", "widetilde", "overline", "dot", "ddot", "check", "breve",
    ]
    /// Delimiter sizes that are skipped (`\big(` is `(`).
    static let sizes: Set<String> = [
        "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl",
        "Biggr", "middle",
    ]
    /// Transpose marks in a superscript.
    static let transposeCommands: Set<String> = [
        "top", "intercal", "mathsf", "mathrm", "text", "rm", "sf", "T",
    ]
    /// Relations that end a side without being an `=` link.
    static let relations: Set<String> = [
        "approx", "leq", "le", "geq", "ge", "neq", "ne", "sim", "simeq", "propto", "to",
        "rightarrow",
        "Rightarrow", "implies", "Leftarrow", "iff", "Leftrightarrow", "mapsto", "longrightarrow",
        "cong",
        "equiv", "coloneqq", "triangleq", "doteq", "in", "subset", "subseteq", "ll", "gg",
        "xrightarrow",
        "xleftarrow", "leftarrow", "longleftarrow", "uparrow", "downarrow",
    ]
    /// Leading words of a display that are not part of the mathematics.
    static let connectives: Set<String> = [
        "therefore", "because", "Rightarrow", "implies", "Longrightarrow", "quad", "qquad", "hence",
        "displaystyle", "textstyle", "left", "Leftrightarrow", "iff",
    ]
}
