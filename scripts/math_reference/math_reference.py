#!/usr/bin/env python3
"""Write the TeX math layout references: LuaLaTeX's boxes for a table of formulas.

Sets every formula of the book's chapter 3 (../shared/reference/chapter3.txt, each $...$
and $$...$$ once) and a list of constructs (fractions, scripts, radicals, big operators,
delimiters, accents, environments, alphabets, Greek) with LuaLaTeX and unicode-math at
10 pt, once in Latin Modern Math and once in DejaVu Math TeX Gyre, in text style ($...$)
and display style ($\\displaystyle ...$), and records for each the width, height and depth
of the whole formula and its sub-boxes (numerator, denominator, sup, sub, degree, radical,
accent, limits, delimiters ...), rules and glyphs, as LuaTeX's math engine built them
(boxes.lua walks the node list). It also compiles the TeX of every catalog function
(`plotnn list --json`'s `tex`) and of some bindings written by hand, and records that each
compiled. Writes:

  Tests/PlotNNCoreTests/Resources/math-reference.json        chapter + constructs
  Tests/PlotNNCoreTests/Resources/catalog-tex-reference.json  catalog TeX: compiled, boxes
  Tests/PlotNNCoreTests/Resources/math-text-font-reference.json  the same formulas in plotnn's
      convention (unicode-math's default): \\text, \\mathrm, \\mathit, \\mathbf, \\mathtt and
      operator names in the text font paired with the math font; whole boxes
  docs/math-reference/dejavu/<id>.png                         each formula once, 150 dpi
  docs/math-reference/dejavu/catalog-<id>.png                 each catalog function, text style

Decision recorded in the table: the book writes \\text{Batch_Size}, which LaTeX refuses
(`_` is a subscript outside math too). plotnn treats `_` inside \\text{} as a literal
underscore; the document given to LaTeX writes \\text{Batch\\_Size}, which is the same text.

Usage: python3 scripts/math_reference/math_reference.py [--check] [--plotnn PATH] [--chapter PATH]
  Installs texlive-luatex, texlive-latex-recommended (unicode-math, fontspec, amsmath),
  fonts-lmodern, fonts-dejavu-extra and poppler-utils with apt-get when missing.
  --check  regenerate in memory and fail if the committed JSON differs (PNGs are not checked).
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
RESOURCES = os.path.join(REPO, "Tests", "PlotNNCoreTests", "Resources")
MATH_OUTPUT = os.path.join(RESOURCES, "math-reference.json")
CATALOG_OUTPUT = os.path.join(RESOURCES, "catalog-tex-reference.json")
TEXT_FONT_OUTPUT = os.path.join(RESOURCES, "math-text-font-reference.json")
GALLERY = os.path.join(REPO, "docs", "math-reference")
SP = 65536.0
# The gallery shows one font (the one plotnn pairs with its default text font, DejaVu Sans)
# at 150 dpi, which keeps it to a few hundred KB.
GALLERY_FONT = "dejavu"
GALLERY_DPI = "150"

# (key, family name, directory, file, Debian package)
FONTS = [
    ("latin-modern", "Latin Modern Math", "/usr/share/texmf/fonts/opentype/public/lm-math/", "latinmodern-math.otf",
     "fonts-lmodern"),
    ("dejavu", "DejaVu Math TeX Gyre", "/usr/share/fonts/truetype/dejavu/", "DejaVuMathTeXGyre.ttf",
     "fonts-dejavu-extra"),
]
# The text fonts plotnn pairs with each math font (its default style's DejaVu Sans with TeX
# Gyre DejaVu Math, the paper style's Latin Modern Roman with Latin Modern Math), by file: one
# design size each, as plotnn sets script-size text from the 10 pt design scaled.
LM_TEXT = "/usr/share/texmf/fonts/opentype/public/lm/"
DEJAVU_TEXT = "/usr/share/fonts/truetype/dejavu/"
TEXT_FONTS = {
    "latin-modern": (LM_TEXT, "lmroman10-regular.otf", "lmroman10-bold.otf", "lmroman10-italic.otf",
                     "lmmono10-regular.otf"),
    "dejavu": (DEJAVU_TEXT, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSansMono.ttf"),
}
TEX_PACKAGES = ["texlive-luatex", "texlive-latex-recommended", "texlive-base", "texlive-binaries"]

# (id, TeX, gallery style: "t" text or "d" display). The constructs the issue lists.
CONSTRUCTS = [
    ("frac", r"\frac{a}{b}", "d"),
    ("frac-numbers", r"\frac{1}{2} + \frac{3}{4}", "d"),
    ("frac-nested", r"\frac{1}{1 + \frac{1}{x}}", "d"),
    ("frac-partial", r"\frac{\partial f}{\partial x}", "d"),
    ("dfrac", r"\dfrac{a}{b}", "t"),
    ("tfrac", r"\tfrac{a}{b}", "d"),
    ("binom", r"\binom{n}{k}", "d"),
    ("sup", r"x^2", "t"),
    ("sub", r"x_i", "t"),
    ("subsup", r"x_i^2", "t"),
    ("sup-nested", r"x^{2^{x}}", "t"),
    ("sup-exp", r"e^{-x^2}", "t"),
    ("subsup-long", r"a_{i,j}^{(l)}", "t"),
    ("sup-after-paren", r"(x + y)^2", "t"),
    ("sub-letter-f", r"f_i(x)", "t"),
    ("prime", r"f'(x)", "t"),
    ("prime-double", r"f''(x)", "t"),
    ("prime-sub", r"y'_1 + y^{\prime}", "t"),
    ("sqrt", r"\sqrt{x}", "t"),
    ("sqrt-sum", r"\sqrt{x^2 + y^2}", "t"),
    ("sqrt-cube", r"\sqrt[3]{x}", "t"),
    ("sqrt-n", r"\sqrt[n]{1 + x}", "t"),
    ("sqrt-frac", r"\sqrt{\frac{a}{b}}", "d"),
    ("sum", r"\sum_{i=1}^{n} x_i", "d"),
    ("prod", r"\prod_{k=1}^{K} p_k", "d"),
    ("int", r"\int_0^1 f(x) \, dx", "d"),
    ("sum-limits", r"\sum\limits_{i=1}^{n} x_i", "t"),
    ("sum-nolimits", r"\sum\nolimits_{i=1}^{n} x_i", "d"),
    ("lim", r"\lim_{x \to 0} \frac{\sin x}{x} = 1", "d"),
    ("max-sub", r"\max_{i} a_i", "d"),
    ("argmax", r"\arg\max_{\theta} L(\theta)", "d"),
    ("left-right-frac", r"\left(\frac{a}{b}\right)", "d"),
    ("left-right-bracket", r"\left[\frac{1}{2}\right]", "d"),
    ("left-middle-right", r"\left\{ x \middle| x > 0 \right\}", "d"),
    ("left-abs", r"\left| \frac{x}{2} \right|", "d"),
    ("left-angle", r"\left\langle u, v \right\rangle", "t"),
    ("left-dot", r"\left. \frac{df}{dx} \right|_{x=0}", "d"),
    ("big-sizes", r"\big( \Big( \bigg( \Bigg( x \Bigg) \bigg) \Big) \big)", "t"),
    ("big-bars", r"\big| \Big\| \bigg\{ \Bigg[ x \Bigg] \bigg\} \Big\| \big|", "t"),
    ("hat", r"\hat{x} + \hat{X}", "t"),
    ("bar", r"\bar{x}", "t"),
    ("tilde", r"\tilde{x}", "t"),
    ("vec", r"\vec{v}", "t"),
    ("dot", r"\dot{x} + \ddot{x}", "t"),
    ("widehat", r"\widehat{xyz}", "t"),
    ("overline", r"\overline{x + y}", "t"),
    ("underline", r"\underline{x}", "t"),
    ("overset", r"\overset{\text{def}}{=}", "t"),
    ("underset", r"\underset{x}{\arg\max}", "t"),
    ("substack", r"\sum_{\substack{i=1 \\ j \ne i}} a_{ij}", "d"),
    ("cases", r"f(x) = \begin{cases} x, & x > 0 \\ 0, & x \le 0 \end{cases}", "t"),
    ("matrix", r"\begin{matrix} a & b \\ c & d \end{matrix}", "t"),
    ("pmatrix", r"\begin{pmatrix} a & b \\ c & d \end{pmatrix}", "t"),
    ("bmatrix", r"\begin{bmatrix} 1 & 0 & 0 \\ 0 & 1 & 0 \end{bmatrix}", "t"),
    ("vmatrix", r"\begin{vmatrix} a & b \\ c & d \end{vmatrix}", "t"),
    ("aligned", r"\begin{aligned} f(x) &= (x + 1)^2 \\ &= x^2 + 2x + 1 \end{aligned}", "d"),
    ("array-lcr", r"\begin{array}{lcr|} a & bb & ccc \\ 10 & 20 & 30 \end{array}", "t"),
    ("array-rule", r"\left(\begin{array}{c|c} 1 & 2 \\ 3 & 4 \end{array}\right)", "t"),
    ("operatorname", r"\operatorname{softmax}(z)_j", "t"),
    ("named-functions", r"\sin x + \log x + \exp(x) + \tanh x + \ln x + \min(a, b)", "t"),
    ("mathbb", r"x \in \mathbb{R}^n, \ \mathbb{E}[X]", "t"),
    ("mathcal", r"\mathcal{L}(\theta) + \mathcal{N}(\mu, \sigma^2)", "t"),
    ("alphabets", r"\mathbf{x} \boldsymbol{\theta} \mathrm{d}x \mathit{ab} \mathsf{T} \mathtt{x} \mathfrak{g}", "t"),
    ("text", r"x_{\text{max}} = 1 \text{ if } x > 0", "t"),
    ("greek-lower",
     r"\alpha \beta \gamma \delta \epsilon \varepsilon \zeta \eta \theta \vartheta \iota \kappa \lambda \mu \nu \xi"
     r" \pi \rho \sigma \tau \upsilon \phi \varphi \chi \psi \omega", "t"),
    ("greek-upper", r"\Gamma \Delta \Theta \Lambda \Xi \Pi \Sigma \Upsilon \Phi \Psi \Omega", "t"),
    ("spacing", r"a\,b\:c\;d\!e \quad f \qquad g", "t"),
    ("relations", r"a \le b \ge c \ne d \approx e \sim f \propto g \in A \notin B \subset C \to \infty", "t"),
    ("binary-ops", r"a + b - c \cdot d \times e \pm f \div g", "t"),
    ("symbols", r"\partial \nabla \forall \exists \infty \ldots \cdots", "t"),
    ("inter-atom", r"-x + f(-y) = a \cdot (-b), \; \sin(-x)", "t"),
    ("dots-end", r"a_1 = a_2 = \dots", "t"),
    ("dots-binary", r"x_1 + \dots + x_n, \ (1, \dots)", "t"),
    ("overbrace", r"\overbrace{a + b + c}^{n}", "d"),
    ("underbrace", r"\underbrace{x_1 + \cdots + x_n}_{n}", "d"),
    ("xrightarrow", r"A \xrightarrow{f} B \xrightarrow[\text{below}]{\text{a longer label}} C", "t"),
    ("xleftarrow", r"A \xleftarrow{g} B", "t"),
    ("not", r"a \not= b, \ x \not\in A", "t"),
    ("over-choose", r"{a \over b + c} + {n \choose k}", "d"),
    ("hspace", r"a\hspace{1em}b\kern2pt c\mkern9mu d", "t"),
]

# Bindings whose TeX is written here by hand: what a title should show for them. The Swift
# test binds each spec and expects exactly this TeX from the catalog.
BINDINGS = [
    ("leaky-relu", r"f(x) = \begin{cases} x, & x > 0 \\ 0.01x, & x \le 0 \end{cases}"),
    ("leaky-relu(alpha=0.5)", r"f(x) = \begin{cases} x, & x > 0 \\ 0.5x, & x \le 0 \end{cases}"),
    ("leaky-relu(alpha=-1)", r"f(x) = \begin{cases} x, & x > 0 \\ -x, & x \le 0 \end{cases}"),
    ("prelu", r"f(x) = \begin{cases} x, & x > 0 \\ 0.25x, & x \le 0 \end{cases}"),
    ("rrelu(lower=0.1, upper=0.3)", r"f(x) = \begin{cases} x, & x \ge 0 \\ 0.2x, & x < 0 \end{cases}"),
    ("elu", r"f(x) = \begin{cases} x, & x > 0 \\ e^{x} - 1, & x \le 0 \end{cases}"),
    ("elu(alpha=2)", r"f(x) = \begin{cases} x, & x > 0 \\ 2(e^{x} - 1), & x \le 0 \end{cases}"),
    ("celu(alpha=2)", r"f(x) = \max(0, x) + \min(0, 2(e^{x/2} - 1))"),
    ("selu", r"f(x) = \lambda \begin{cases} x, & x > 0 \\ \alpha (e^{x} - 1), & x \le 0 \end{cases}"
             r", \quad \lambda \approx 1.0507, \ \alpha \approx 1.6733"),
    ("softplus", r"f(x) = \ln(1 + e^{x})"),
    ("softplus(beta=2)", r"f(x) = \frac{1}{2} \ln(1 + e^{2x})"),
    ("squareplus", r"f(x) = \frac{x + \sqrt{x^{2} + 4}}{2}"),
    ("hard-tanh", r"f(x) = \begin{cases} -1, & x \le -1 \\ x, & -1 < x < 1 \\ 1, & x \ge 1 \end{cases}"),
    ("hard-tanh(min_val=-2, max_val=0.5)",
     r"f(x) = \begin{cases} -2, & x \le -2 \\ x, & -2 < x < 0.5 \\ 0.5, & x \ge 0.5 \end{cases}"),
    ("hard-shrink", r"f(x) = \begin{cases} x, & |x| > 0.5 \\ 0, & |x| \le 0.5 \end{cases}"),
    ("soft-shrink",
     r"f(x) = \begin{cases} x - 0.5, & x > 0.5 \\ x + 0.5, & x < -0.5 \\ 0, & |x| \le 0.5 \end{cases}"),
    ("threshold", r"f(x) = \begin{cases} x, & x > 1 \\ 0, & x \le 1 \end{cases}"),
    ("threshold(threshold=0.5, value=-2)", r"f(x) = \begin{cases} x, & x > 0.5 \\ -2, & x \le 0.5 \end{cases}"),
    ("relu", r"f(x) = \begin{cases} x, & x > 0 \\ 0, & x \le 0 \end{cases}"),
    ("sigmoid", r"f(x) = \frac{1}{1+e^{-x}}"),
]
SOFTMAX_TEX = r"\sigma(z)_j = \frac{e^{z_j}}{\sum_{k=1}^{K} e^{z_k}}"

DECISIONS = [
    r"\text{Batch_Size}: the book writes '_' inside \text{}, which LaTeX refuses. plotnn treats '_' inside"
    r" \text{} as a literal underscore; the reference document writes \text{Batch\_Size} (field 'latex')."
    r" Every other formula is given to LaTeX as the book writes it.",
    r"Text style is $...$ in an \hbox; display style is $\displaystyle ...$ in an \hbox: the box that a $$...$$"
    r" display holds, without the display's skips.",
    r"unicode-math with mathrm=sym, mathit=sym, mathbf=sym, mathsf=sym, mathtt=sym: \mathrm (so \operatorname,"
    r" \sin), \mathit, \mathbf, \mathsf, \mathtt take their letters from the math font's Unicode alphabets;"
    r" \text{} is set in the math font too (\setmainfont is the same file), so every glyph comes from one font.",
]


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def ensure_tools():
    """Installs what the references need with apt-get, when missing."""
    need = []
    if shutil.which("lualatex") is None or not run(["kpsewhich", "unicode-math.sty"]).strip():
        need += ["texlive-luatex", "texlive-latex-recommended"]
    for _, _, folder, name, package in FONTS:
        if not os.path.exists(folder + name):
            need.append(package)
    if shutil.which("pdftoppm") is None:
        need.append("poppler-utils")
    if need:
        subprocess.check_call(["apt-get", "update", "-qq"])
        subprocess.check_call(["apt-get", "install", "-y", "--no-install-recommends"] + need,
                              env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))


def debian_version(package):
    return run(["dpkg-query", "-W", "-f", "${Version}", package]).strip()


def latex_source(tex):
    """The book's TeX as LaTeX accepts it: `_` inside \\text{...} escaped."""
    def escape(m):
        return m.group(1) + re.sub(r"(?<!\\)_", r"\\_", m.group(2)) + "}"
    return re.sub(r"(\\text\{)([^{}]*)\}", escape, tex)


def chapter_formulas(path):
    """Every $...$ and $$...$$ of the chapter, once each in order of first appearance, with
    the lines where it occurs and the delimiter of its first occurrence."""
    found = {}
    order = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            for m in re.finditer(r"\$\$(.+?)\$\$|\$(.+?)\$", line):
                tex = (m.group(1) or m.group(2)).strip()
                style = "display" if m.group(1) is not None else "text"
                if tex not in found:
                    found[tex] = {"tex": tex, "book_style": style, "lines": []}
                    order.append(tex)
                if number not in found[tex]["lines"]:
                    found[tex]["lines"].append(number)
    return [dict(found[t], id="ch3-%02d" % (i + 1)) for i, t in enumerate(order)]


def catalog_formulas(plotnn):
    listing = json.loads(run([plotnn, "list", "--json"]))
    return [{"id": e["id"], "tex": e["tex"]} for e in listing]


def write_document(folder, items, text_fonts=None):
    """formulas.tex: one \\MathRefFormula per item (id, latex, gallery style); textfonts.tex
    (fontspec's text fonts) when `text_fonts` is a TEXT_FONTS entry."""
    for name in ("measure.tex", "boxes.lua"):
        shutil.copy(os.path.join(HERE, name), folder)
    path = os.path.join(folder, "textfonts.tex")
    if text_fonts:
        directory, regular, bold, italic, mono = text_fonts
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\\setmainfont{%s}[Path=%s, BoldFont=%s, ItalicFont=%s]\n" % (regular, directory, bold, italic))
            fh.write("\\setmonofont{%s}[Path=%s]\n" % (mono, LM_TEXT if mono.startswith("lm") else directory))
    elif os.path.exists(path):
        os.remove(path)
    with open(os.path.join(folder, "formulas.tex"), "w", encoding="utf-8") as fh:
        for key, latex, gallery in items:
            fh.write("\\MathRefFormula{%s}{%s}{%s}\n" % (key, gallery, latex))


def typeset(folder, font, items, text_fonts=None):
    """Runs LuaLaTeX on `items` in `font`; returns (records by (id, style), versions, errors)."""
    key, _, directory, name, _ = font
    write_document(folder, items, text_fonts)
    job = "measure-" + key
    proc = subprocess.run(
        ["lualatex", "-interaction=nonstopmode", "-halt-on-error" if len(items) == 1 else "-interaction=nonstopmode",
         "-jobname=" + job, "\\def\\MathRefPath{%s}\\def\\MathRefFile{%s}\\input{measure.tex}" % (directory, name)],
        cwd=folder, capture_output=True, text=True, env=dict(os.environ, max_print_line="100000"))
    with open(os.path.join(folder, job + ".log"), encoding="utf-8", errors="replace") as fh:
        log = fh.read()
    errors = [ln for ln in log.splitlines() if ln.startswith("! ")]
    if proc.returncode != 0 and not errors:
        errors = ["lualatex exited %d" % proc.returncode]
    records, versions = {}, None
    path = os.path.join(folder, job + "-boxes.jsonl")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                if "versions" in r:
                    versions = r["versions"]
                else:
                    records[(r["id"], r["style"])] = r
    return records, versions, errors, os.path.join(folder, job + ".pdf")


def pt(v):
    return round(v / SP, 5)


def geometry(r):
    """A record of boxes.lua with its lengths in points."""
    def convert(d):
        return {k: (pt(v) if k in ("x", "y", "width", "height", "depth", "size") else v) for k, v in d.items()}
    return {
        "width": pt(r["width"]), "height": pt(r["height"]), "depth": pt(r["depth"]),
        "boxes": [convert(b) for b in r["boxes"]],
        "rules": [convert(b) for b in r["rules"]],
        "glyphs": [convert(g) for g in r["glyphs"]],
    }


def measure_all(items, tmp):
    """Typesets `items` in every font; a run with errors is repeated per item to name the
    items that fail. Returns ({font: records}, {font: failing ids}, versions, {font: pdf})."""
    results, failures, pdfs, versions = {}, {}, {}, None
    for font in FONTS:
        folder = os.path.join(tmp, font[0])
        os.makedirs(folder, exist_ok=True)
        records, versions, errors, pdf = typeset(folder, font, items)
        failing = set()
        if len(errors) > 10:
            sys.exit("LuaLaTeX in %s: %d errors, the first: %s" % (font[1], len(errors), errors[0]))
        if errors:
            for item in items:
                one = os.path.join(tmp, font[0] + "-one")
                shutil.rmtree(one, ignore_errors=True)
                os.makedirs(one)
                _, _, e, _ = typeset(one, font, [(item[0], item[1], "n")])
                if e:
                    failing.add(item[0])
                    sys.stderr.write("%s fails in %s: %s\n" % (item[0], font[1], e[0]))
        results[font[0]] = records
        failures[font[0]] = failing
        pdfs[font[0]] = pdf
    return results, failures, versions, pdfs


def gallery(pdf, names, folder):
    """Each page of `pdf` as folder/<name>.png, gray."""
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    work = tempfile.mkdtemp()
    subprocess.check_call(["pdftoppm", "-r", GALLERY_DPI, "-gray", "-png", pdf, os.path.join(work, "p")])
    pages = sorted(os.listdir(work), key=lambda n: int(re.search(r"(\d+)\.png$", n).group(1)))
    assert len(pages) == len(names), (len(pages), len(names))
    for page, name in zip(pages, names):
        shutil.move(os.path.join(work, page), os.path.join(folder, name + ".png"))
    shutil.rmtree(work)


def compact(value, depth=0):
    """JSON with one line per formula style and per box, rule and glyph (readable diffs)."""
    pad = " " * (depth + 1)
    if isinstance(value, dict) and depth < 6 and any(isinstance(v, (dict, list)) for v in value.values()):
        inner = ",\n".join(pad + json.dumps(k) + ": " + compact(v, depth + 1) for k, v in value.items())
        return "{\n" + inner + "\n" + " " * depth + "}"
    if isinstance(value, list) and value and isinstance(value[0], (dict, list)):
        inner = ",\n".join(pad + compact(v, depth + 1) for v in value)
        return "[\n" + inner + "\n" + " " * depth + "]"
    return json.dumps(value, ensure_ascii=False)


def header(versions, font_names):
    fonts = []
    for key, family, directory, name, package in FONTS:
        with open(directory + name, "rb") as fh:
            digest = hashlib.sha256(fh.read()).hexdigest()
        fonts.append({"key": key, "family": family, "postscript_name": font_names[key], "file": directory + name,
                      "sha256": digest,
                      "debian_package": "%s %s" % (package, debian_version(package))})
    return {
        "units": "pt",
        "font_size_pt": 10,
        "coordinates": "x runs right from the formula's left edge, y runs up from its baseline; a box's or"
                       " glyph's y is the height of its baseline, a rule's y that of its base line (it spans"
                       " y - depth to y + height). Boxes are the hlists/vlists LuaTeX's math engine marks"
                       " (numerator, denominator, sup, sub, degree, radical, accent, fraction, limits,"
                       " vdelimiter ...); glyph 'char' is the code point LuaTeX set (a size variant or"
                       " assembly part has a private-use code), 'index' the glyph index in the font.",
        "tex": dict(versions, debian_packages={p: debian_version(p) for p in TEX_PACKAGES}),
        "fonts": fonts,
    }


def build(args):
    ensure_tools()
    chapter = chapter_formulas(args.chapter)
    catalog = catalog_formulas(args.plotnn)
    formulas = [dict(f, source="chapter3.txt") for f in chapter]
    formulas += [{"id": i, "tex": t, "gallery_style": "display" if g == "d" else "text", "source": "construct"}
                 for i, t, g in CONSTRUCTS]
    for f in formulas:
        f["latex"] = latex_source(f["tex"])
        if "gallery_style" not in f:
            f["gallery_style"] = f["book_style"]
    items = [(f["id"], f["latex"], f["gallery_style"][0]) for f in formulas]
    items += [("catalog/" + c["id"], c["tex"], "t") for c in catalog]
    items += [("binding/" + s, t, "n") for s, t in BINDINGS]
    items += [("softmax", SOFTMAX_TEX, "n")]
    font_names = {}
    tmp = tempfile.mkdtemp(prefix="math-reference-")
    try:
        results, failures, versions, pdfs = measure_all(items, tmp)
        for font in FONTS:
            seen = sorted({name for r in results[font[0]].values() for name in r["fonts"]})
            if len(seen) != 1:
                sys.exit("%s: glyphs from more than one font: %s" % (font[1], seen))
            font_names[font[0]] = seen[0]
        bad = sorted(set().union(*failures.values()) & {f["id"] for f in formulas})
        if bad:
            sys.exit("formulas that LuaLaTeX refuses: %s" % ", ".join(bad))
        text_results = {}
        for font in FONTS:
            folder = os.path.join(tmp, font[0] + "-text-fonts")
            os.makedirs(folder)
            records, _, errors, _ = typeset(folder, font, [(f["id"], f["latex"], "n") for f in formulas],
                                            TEXT_FONTS[font[0]])
            if errors:
                sys.exit("LuaLaTeX with text fonts in %s: %s" % (font[1], errors[0]))
            text_results[font[0]] = records
        if not args.check:
            names = [f["id"] for f in formulas] + ["catalog-" + c["id"] for c in catalog]
            gallery(pdfs[GALLERY_FONT], names, os.path.join(GALLERY, GALLERY_FONT))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    head = header(versions, font_names)
    table = dict(generator="scripts/math_reference/math_reference.py", **head, decisions=DECISIONS, formulas=[])
    for f in formulas:
        entry = {k: f[k] for k in ("id", "source", "lines", "book_style", "gallery_style", "tex") if k in f}
        if f["latex"] != f["tex"]:
            entry["latex"] = f["latex"]
        entry["layout"] = {font[0]: {s: geometry(results[font[0]][(f["id"], s)]) for s in ("text", "display")}
                           for font in FONTS}
        table["formulas"].append(entry)

    def compiled(key, tex):
        entry = {"tex": tex, "compiled": all(key not in failures[font[0]] for font in FONTS)}
        if entry["compiled"]:
            entry["display"] = {}
            for font in FONTS:
                r = results[font[0]][(key, "display")]
                entry["display"][font[0]] = {"width": pt(r["width"]), "height": pt(r["height"]),
                                             "depth": pt(r["depth"])}
        return entry

    catalog_table = dict(
        generator="scripts/math_reference/math_reference.py",
        purpose="Each catalog function's TeX (plotnn list --json) and each hand-written binding's TeX,"
                " compiled by LuaLaTeX in both fonts; 'compiled' is true when neither run reported an error"
                " or a missing glyph. 'display' is the whole box in display style.",
        **head,
        functions=[dict(id=c["id"], **compiled("catalog/" + c["id"], c["tex"])) for c in catalog],
        bindings=[dict(spec=s, **compiled("binding/" + s, t)) for s, t in BINDINGS],
        softmax=compiled("softmax", SOFTMAX_TEX),
    )
    def whole(r):
        return {"width": pt(r["width"]), "height": pt(r["height"]), "depth": pt(r["depth"])}

    text_font_table = dict(
        generator="scripts/math_reference/math_reference.py",
        purpose="The chapter's formulas and the constructs set with unicode-math's default convention, which"
                " is plotnn's: \\text, \\mathrm, \\mathit, \\mathbf, \\mathtt and operator names (\\sin,"
                " \\operatorname) in the text font paired with the math font, \\mathsf, \\mathbb, \\mathcal"
                " and \\boldsymbol from the math font. Whole boxes only (width, height, depth), 10 pt.",
        units="pt", font_size_pt=10, tex=head["tex"],
        fonts=[dict(key=font[0], math=font[1], text=dict(zip(("folder", "regular", "bold", "italic", "mono"),
                                                            TEXT_FONTS[font[0]])))
               for font in FONTS],
        formulas=[dict(id=f["id"], tex=f["tex"],
                       layout={font[0]: {s: whole(text_results[font[0]][(f["id"], s)]) for s in ("text", "display")}
                               for font in FONTS})
                  for f in formulas],
    )
    return compact(table) + "\n", compact(catalog_table) + "\n", compact(text_font_table) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the JSON on disk differs")
    ap.add_argument("--plotnn", default=os.path.join(REPO, ".build", "debug", "plotnn"), help="plotnn binary")
    ap.add_argument("--chapter", default=os.path.join(os.path.dirname(REPO), "shared", "reference", "chapter3.txt"))
    args = ap.parse_args()
    texts = build(args)
    for path, text in zip((MATH_OUTPUT, CATALOG_OUTPUT, TEXT_FONT_OUTPUT), texts):
        name = os.path.relpath(path, REPO)
        if args.check:
            with open(path, encoding="utf-8") as fh:
                if fh.read() != text:
                    sys.exit("%s is out of date; rerun %s" % (name, sys.argv[0]))
            print("%s is up to date" % name)
        else:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text)
            print("wrote %s" % name)


if __name__ == "__main__":
    main()
