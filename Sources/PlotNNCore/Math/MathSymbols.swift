/// The command names ``MathParser`` knows, with the character each sets (as unicode-math
/// maps them) and its atom class. Decision: the set of amsmath/amssymb commonly used in ML
/// texts, not every symbol of unicode-math; an unknown name is an error with the closest
/// known ones, never drawn as its source.
enum MathSymbols {
  typealias K = MathAtom.Kind

  /// Greek letters: lowercase italic as TeX sets them (mapped by ``MathAlphabet``),
  /// uppercase upright.
  static let greek: [String: String] = [
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε", "zeta": "ζ",
    "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
    "xi": "ξ", "pi": "π", "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ",
    "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
    "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ",
    "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
  ]

  /// Symbols by command name: character and class. `\partial` is the italic 𝜕, as
  /// unicode-math's default (TeX) math style sets it.
  static let symbols: [String: (String, K)] = {
    var s: [String: (String, K)] = [:]
    let groups: [(K, [(String, String)])] = [
      (
        .ord,
        [
          ("infty", "∞"), ("partial", "𝜕"), ("nabla", "∇"), ("forall", "∀"), ("exists", "∃"), ("nexists", "∄"),
          ("emptyset", "∅"), ("varnothing", "∅"), ("ell", "ℓ"), ("hbar", "ℏ"), ("Re", "ℜ"), ("Im", "ℑ"),
          ("aleph", "ℵ"), ("prime", "′"), ("angle", "∠"), ("top", "⊤"), ("bot", "⊥"), ("neg", "¬"),
          ("lnot", "¬"), ("dagger", "†"), ("ddagger", "‡"), ("vdots", "⋮"), ("%", "%"), ("&", "&"), ("#", "#"),
          ("_", "_"), ("$", "$"),
          ("backslash", "\\"), ("vert", "|"), ("Vert", "‖"), ("|", "‖"), ("checkmark", "✓"), ("square", "□"),
          ("triangle", "△"), ("wp", "℘"), ("imath", "ı"), ("jmath", "ȷ"), ("degree", "°"),
        ]
      ),
      (
        .op,
        [
          ("sum", "∑"), ("prod", "∏"), ("coprod", "∐"), ("int", "∫"), ("iint", "∬"), ("iiint", "∭"),
          ("oint", "∮"), ("bigcup", "⋃"), ("bigcap", "⋂"), ("bigoplus", "⨁"), ("bigotimes", "⨂"),
          ("bigodot", "⨀"), ("bigvee", "⋁"), ("bigwedge", "⋀"), ("biguplus", "⨄"), ("bigsqcup", "⨆"),
        ]
      ),
      (
        .bin,
        [
          ("pm", "±"), ("mp", "∓"), ("times", "×"), ("div", "÷"), ("cdot", "⋅"), ("ast", "∗"), ("star", "⋆"),
          ("circ", "∘"), ("bullet", "∙"), ("oplus", "⊕"), ("ominus", "⊖"), ("otimes", "⊗"), ("odot", "⊙"),
          ("oslash", "⊘"), ("cup", "∪"), ("cap", "∩"), ("wedge", "∧"), ("land", "∧"), ("vee", "∨"),
          ("lor", "∨"), ("setminus", "∖"), ("sqcup", "⊔"), ("sqcap", "⊓"), ("uplus", "⊎"), ("diamond", "⋄"),
          ("amalg", "⨿"), ("wr", "≀"),
        ]
      ),
      (
        .rel,
        [
          ("leq", "≤"), ("le", "≤"), ("geq", "≥"), ("ge", "≥"), ("neq", "≠"), ("ne", "≠"), ("approx", "≈"),
          ("equiv", "≡"), ("sim", "∼"), ("simeq", "≃"), ("cong", "≅"), ("propto", "∝"), ("ll", "≪"),
          ("gg", "≫"), ("in", "∈"), ("notin", "∉"), ("ni", "∋"), ("subset", "⊂"), ("supset", "⊃"),
          ("subseteq", "⊆"), ("supseteq", "⊇"), ("to", "→"), ("rightarrow", "→"), ("leftarrow", "←"),
          ("gets", "←"), ("leftrightarrow", "↔"), ("Rightarrow", "⇒"), ("Leftarrow", "⇐"),
          ("Leftrightarrow", "⇔"), ("iff", "⟺"), ("implies", "⟹"), ("impliedby", "⟸"), ("mapsto", "↦"),
          ("longrightarrow", "⟶"), ("longleftarrow", "⟵"), ("longmapsto", "⟼"), ("Longrightarrow", "⟹"),
          ("uparrow", "↑"), ("downarrow", "↓"), ("perp", "⟂"), ("parallel", "∥"), ("mid", "∣"),
          ("models", "⊨"), ("vdash", "⊢"), ("dashv", "⊣"), ("coloneqq", "≔"), ("triangleq", "≜"),
          ("doteq", "≐"), ("prec", "≺"), ("succ", "≻"), ("preceq", "⪯"), ("succeq", "⪰"), ("lesssim", "≲"),
          ("gtrsim", "≳"), ("leqslant", "⩽"), ("geqslant", "⩾"), ("asymp", "≍"), ("nsim", "≁"),
          ("hookrightarrow", "↪"), ("rightleftharpoons", "⇌"),
        ]
      ),
      (.punct, [("colon", ":"), ("ldotp", "."), ("cdotp", "·")]),
      // LaTeX's \ldots and \cdots are \mathinner{…}: thin spaces beside commas.
      (.inner, [("ldots", "…"), ("dots", "…"), ("cdots", "⋯"), ("ddots", "⋱")]),
      (
        .open,
        [
          ("{", "{"), ("lbrace", "{"), ("langle", "⟨"), ("lvert", "|"), ("lVert", "‖"), ("lfloor", "⌊"),
          ("lceil", "⌈"), ("lbrack", "["),
        ]
      ),
      (
        .close,
        [
          ("}", "}"), ("rbrace", "}"), ("rangle", "⟩"), ("rvert", "|"), ("rVert", "‖"), ("rfloor", "⌋"),
          ("rceil", "⌉"), ("rbrack", "]"),
        ]
      ),
    ]
    for (kind, pairs) in groups { for (name, char) in pairs { s[name] = (char, kind) } }
    return s
  }()

  /// The class of a character typed as itself (TeX's \mathcode): `+` bin, `=` rel, …;
  /// `-` and `*` are set as − U+2212 and ∗ U+2217.
  static func typed(_ c: Character) -> (String, K) {
    switch c {
    case "+": return ("+", .bin)
    case "-", "−": return ("−", .bin)
    case "*": return ("∗", .bin)
    case "=", "<", ">", ":": return (String(c), .rel)
    case "(", "[": return (String(c), .open)
    case ")", "]", "!", "?": return (String(c), .close)
    case ",", ";": return (String(c), .punct)
    default:
      // A symbol typed as itself (≤, →, ±) takes its command's class; ASCII characters
      // not listed above are ords ("." is a decimal point, not \ldotp).
      guard !c.isASCII, let known = symbols.values.first(where: { $0.0 == String(c) && $0.1 != .ord }) else {
        return (String(c), .ord)
      }
      return known
    }
  }

  /// Named functions set upright with thin spaces (`\sin`), and whether their scripts are
  /// limits in display style (`\lim`, `\max`).
  static let functions: [String: Bool] = {
    var f: [String: Bool] = [:]
    for name in [
      "arccos", "arcsin", "arctan", "arg", "cos", "cosh", "cot", "coth", "csc", "deg", "dim", "exp", "hom", "ker",
      "lg", "ln", "log", "sec", "sin", "sinh", "tan", "tanh", "softmax", "sgn", "tr", "diag", "erf",
    ] { f[name] = false }
    for name in ["det", "gcd", "inf", "lim", "liminf", "limsup", "max", "min", "Pr", "sup", "argmax", "argmin"] {
      f[name] = true
    }
    return f
  }()

  /// Big operators whose scripts go beside them even in display style, as plain TeX
  /// defines them (`\int` is `\intop\nolimits`).
  static let integrals: Set<String> = ["int", "iint", "iiint", "oint"]

  /// How a function's name is printed: `\liminf` → "lim inf", `\argmax` → "arg max".
  static func functionText(_ name: String) -> String {
    switch name {
    case "liminf": return "lim inf"
    case "limsup": return "lim sup"
    case "argmax": return "arg max"
    case "argmin": return "arg min"
    default: return name
    }
  }

  /// Accents: character and whether it stretches over its base.
  static let accents: [String: (String, Bool)] = [
    "hat": ("\u{302}", false), "widehat": ("\u{302}", true), "bar": ("\u{304}", false), "tilde": ("\u{303}", false),
    "widetilde": ("\u{303}", true), "vec": ("\u{20D7}", false), "dot": ("\u{307}", false),
    "ddot": ("\u{308}", false), "acute": ("\u{301}", false), "grave": ("\u{300}", false),
    "breve": ("\u{306}", false), "check": ("\u{30C}", false), "overrightarrow": ("\u{20D7}", true),
  ]

  /// Spacing commands in mu.
  static let spaces: [String: Double] = [
    ",": 3, "thinspace": 3, ":": 4, ">": 4, "medspace": 4, ";": 5, "thickspace": 5, "!": -3, "negthinspace": -3,
    "quad": 18, "qquad": 36, "enspace": 9,
  ]

  /// `\big` … `\Bigg` as amsmath sizes them: a \vcenter 1, 1.5, 2 and 2.5 × \big@size
  /// between `\left` and `\right.`, so the delimiter is at least max(0.901 s, s − 0.5 em)
  /// tall; \big@size is 1.195 em as LuaLaTeX with unicode-math reports it at 10 pt. The
  /// `l`/`r`/`m` forms give the class.
  static let bigSizes: [String: Double] = {
    var sizes: [String: Double] = [:]
    for (name, factor) in [("big", 1.0), ("Big", 1.5), ("bigg", 2.0), ("Bigg", 2.5)] {
      let s = factor * 1.195
      sizes[name] = max(0.901 * s, s - 0.5)
    }
    return sizes
  }()

  /// Delimiters after `\left`, `\right`, `\big`: typed or named.
  static func delimiter(named name: String) -> String? {
    switch name {
    case "{", "lbrace": return "{"
    case "}", "rbrace": return "}"
    case "|", "Vert", "lVert", "rVert": return "‖"
    case "vert", "lvert", "rvert", "mid": return "|"
    case "langle": return "⟨"
    case "rangle": return "⟩"
    case "lfloor": return "⌊"
    case "rfloor": return "⌋"
    case "lceil": return "⌈"
    case "rceil": return "⌉"
    case "backslash": return "\\"
    case "uparrow": return "↑"
    case "downarrow": return "↓"
    default: return nil
    }
  }

  /// Font-style commands and the alphabet each maps letters to.
  static let alphabets: [String: MathAlphabet] = [
    "mathrm": .upright, "mathit": .italic, "mathbf": .bold, "boldsymbol": .boldItalic, "bm": .boldItalic,
    "mathsf": .sansSerif, "mathtt": .monospace, "mathcal": .script, "mathscr": .script, "mathbb": .doubleStruck,
    "mathfrak": .fraktur, "mathnormal": .italic,
  ]

  /// The alphabets unicode-math sets in the document's text font (\mathrm, \mathbf,
  /// \mathit, \mathtt), with the face; the others (\mathbb, \mathcal, \mathfrak, \mathsf,
  /// \boldsymbol) are the math font's alphabets.
  static let textFaces: [String: MathTextFace] = [
    "mathrm": .roman, "mathbf": .bold, "mathit": .italic, "mathtt": .monospace,
  ]

  /// Commands taking arguments or opening structure, for "did you mean".
  static let structural = [
    "frac", "dfrac", "tfrac", "cfrac", "binom", "dbinom", "tbinom", "sqrt", "left", "right", "middle", "overline",
    "underline", "overset", "underset", "stackrel", "text", "textrm", "mbox", "operatorname", "begin", "end",
    "limits", "nolimits", "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle", "substack",
    "bigl", "bigr", "bigm", "Bigl", "Bigr", "Bigm", "biggl", "biggr", "biggm", "Biggl", "Biggr", "Biggm",
    "overbrace", "underbrace", "xrightarrow", "xleftarrow", "xleftrightarrow", "xRightarrow", "xLeftarrow",
    "xmapsto", "not", "hspace", "kern", "mkern", "hskip", "mskip", "over", "atop", "choose", "color", "textcolor",
    "dotsb", "dotsc", "dotsm", "dotso",
  ]

  /// xcolor's base colours (xcolor.sty, `\definecolor` of the `rgb` model), by name.
  static let colors: [String: Color] = [
    "black": Color(red: 0, green: 0, blue: 0), "white": Color(red: 1, green: 1, blue: 1),
    "red": Color(red: 1, green: 0, blue: 0), "green": Color(red: 0, green: 1, blue: 0),
    "blue": Color(red: 0, green: 0, blue: 1), "cyan": Color(red: 0, green: 1, blue: 1),
    "magenta": Color(red: 1, green: 0, blue: 1), "yellow": Color(red: 1, green: 1, blue: 0),
    "gray": Color(red: 0.5, green: 0.5, blue: 0.5), "darkgray": Color(red: 0.25, green: 0.25, blue: 0.25),
    "lightgray": Color(red: 0.75, green: 0.75, blue: 0.75), "brown": Color(red: 0.75, green: 0.5, blue: 0.25),
    "lime": Color(red: 0.75, green: 1, blue: 0), "olive": Color(red: 0.5, green: 0.5, blue: 0),
    "orange": Color(red: 1, green: 0.5, blue: 0), "pink": Color(red: 1, green: 0.75, blue: 0.75),
    "purple": Color(red: 0.75, green: 0, blue: 0.25), "teal": Color(red: 0, green: 0.5, blue: 0.5),
    "violet": Color(red: 0.5, green: 0, blue: 0.5),
  ]

  /// Every command name, for suggestions.
  static let allNames: [String] = {
    var names = Set(greek.keys).union(symbols.keys).union(functions.keys).union(accents.keys)
    names.formUnion(spaces.keys)
    names.formUnion(bigSizes.keys)
    names.formUnion(alphabets.keys)
    names.formUnion(structural)
    return names.filter { $0.first?.isLetter == true }.sorted()
  }()
}
