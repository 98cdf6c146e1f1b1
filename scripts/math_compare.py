#!/usr/bin/env python3
"""Renders formulas with plotnn (`plotnn math`) and with LuaLaTeX (unicode-math, the same
math font) and puts each pair side by side, plotnn left, LaTeX right, for looking at.

usage: scripts/math_compare.py PLOTNN OUT_DIR [--font "DejaVu Math TeX Gyre"] [formulas.txt]
Each line of formulas.txt is one formula (display style). Needs lualatex, pdftoppm, Pillow.

Both at 10 pt: unicode-math declares the math sizes from the font's ScriptPercentScaleDown
and ScriptScriptPercentScaleDown only for the size current at \setmathfont (10 pt); at any
other \fontsize LaTeX falls back to its 0.7 and 0.5 ratios, which is not the font's design.
"""
import os, re, subprocess, sys, tempfile
from PIL import Image, ImageChops

DPI = 300
SIZE = 10
TEXT = {"Latin Modern Math": "Latin Modern Roman", "TeX Gyre Termes Math": "TeX Gyre Termes"}

def crop(img):
    bg = Image.new(img.mode, img.size, (255, 255, 255))
    box = ImageChops.difference(img, bg).getbbox()
    return img.crop(box) if box else img

def for_latex(formula):
    """LaTeX refuses `_` in text mode (the book writes \\text{Batch_Size}); plotnn keeps it as
    text, so the LaTeX side gets it escaped."""
    return re.sub(r"\\text\{([^}]*)\}", lambda m: "\\text{" + m.group(1).replace("_", "\\_") + "}", formula)

def latex(formulas, font, text, work):
    # LuaLaTeX's font names: fonts-texgyre calls DejaVu's math "TeX Gyre DejaVu Math".
    body = "\n".join("\\newpage\\[%s\\]" % for_latex(f) for f in formulas)
    tex = (
        "\\documentclass{article}\\usepackage{amsmath}\\usepackage{xcolor}\\usepackage{unicode-math}\n"
        "\\setmainfont{%s}\\setmathfont{%s}\\pagestyle{empty}\\begin{document}\\fontsize{%d}{%d}\\selectfont\n%s\n\\end{document}\n"
        % (text, font, SIZE, int(SIZE * 1.2), body))
    with open(os.path.join(work, "f.tex"), "w") as f:
        f.write(tex)
    subprocess.run(["lualatex", "-interaction=nonstopmode", "f.tex"], cwd=work, check=False,
                   stdout=subprocess.DEVNULL)
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "f.pdf", "page"], cwd=work, check=True)
    pages = sorted(p for p in os.listdir(work) if p.startswith("page"))
    return [crop(Image.open(os.path.join(work, p)).convert("RGB")) for p in pages]

def main():
    plotnn, out = sys.argv[1], sys.argv[2]
    font = "DejaVu Math TeX Gyre"
    args = sys.argv[3:]
    if args[:1] == ["--font"]:
        font, args = args[1], args[2:]
    source = args[0] if args else os.path.join(os.path.dirname(__file__), "math_formulas.txt")
    formulas = [l.rstrip("\n") for l in open(source) if l.strip() and not l.startswith("#")]
    os.makedirs(out, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        texfont = {"DejaVu Math TeX Gyre": "TeX Gyre DejaVu Math"}.get(font, font)
        theirs = latex(formulas, texfont, TEXT.get(font, "DejaVu Sans"), work)
        for k, formula in enumerate(formulas):
            path = os.path.join(work, "p%d.png" % k)
            subprocess.run([plotnn, "math", formula, "--out", path, "--font-size", str(SIZE), "--dpi", str(DPI),
                            "--padding", "0", "--background", "#ffffff", "--math-font", font,
                            "--font", TEXT.get(font, "DejaVu Sans")], check=True)
            ours = crop(Image.open(path).convert("RGB"))
            other = theirs[k] if k < len(theirs) else Image.new("RGB", (10, 10), (255, 0, 0))
            w = ours.width + other.width + 40
            h = max(ours.height, other.height) + 20
            pair = Image.new("RGB", (w, h), (255, 255, 255))
            pair.paste(ours, (10, 10))
            pair.paste(other, (ours.width + 30, 10))
            pair.save(os.path.join(out, "pair-%02d.png" % k))
        with open(os.path.join(out, "README.md"), "w") as index:
            index.write("# plotnn (left) beside LuaLaTeX (right), %s, 10 pt at %d dpi\n\n" % (font, DPI))
            index.write("Made by `scripts/math_compare.py`; the formulas are `scripts/math_formulas.txt`.\n\n")
            for k, formula in enumerate(formulas):
                index.write("`%s`\n\n![](pair-%02d.png)\n\n" % (formula, k))

main()
