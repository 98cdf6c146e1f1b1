#!/usr/bin/env python3
"""The "Done when" check of issue 10: paper figures placed at 100 % in a LaTeX column.

Renders examples/paper.yaml with a plotnn binary, writes a one-page LaTeX article (10 pt,
two columns of 3.25 in, body text in Latin Modern through fontspec, LuaLaTeX's default),
places four of the figures with \\includegraphics and no width or scale, compiles it with
lualatex and renders the page to PNG (pdftoppm) for a person to look at. Then it measures,
with poppler's own tools rather than plotnn's code:

  - each figure PDF's page size (pdfinfo): 234 x 175.5 pt, the 3.25 in column exactly;
  - the fonts each figure embeds (pdffonts): Latin Modern only;
  - the size of every run of text (pdftohtml -xml -zoom 3, which writes each font's size
    times the zoom as a whole number, so to 1/3 pt): figure text 8-9 pt, body text 10 pt;
  - that the document came out as one page whose figures were not scaled (the page's
    images keep their size: pdftohtml's text positions of a figure's tick labels sit
    where the figure PDF has them, offset by the figure's place).

Exits 1 and says why when a measurement is off. The PNG is the part to LOOK at.

Usage: python3 scripts/latex_fit_check.py [PLOTNN] [--out DIR]
  PLOTNN  the binary (default .build/release/plotnn)
  DIR     where the figures, page.tex, page.pdf and page.png go (default .build/latex-check)
Needs texlive-luatex, texlive-latex-recommended, lmodern and poppler-utils (make latex-check
installs them).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The figures placed on the page, two a column, with their captions.
PLACED = [
    ("3.4.2-sigmoid", "The sigmoid $\\sigma(x) = 1/(1 + e^{-x})$, values in $(0, 1)$."),
    ("3.4.2-tanh", "The hyperbolic tangent, values in $(-1, 1)$."),
    ("3.4.3-sigmoid-derivative", "The sigmoid and its derivative $\\sigma' = \\sigma(1 - \\sigma)$."),
    ("3.4.3-relu-derivative", "ReLU and its derivative, a jump at 0."),
]

BODY = (
    "Activation functions decide what a unit passes on. The figures beside this text are "
    "plotnn's \\texttt{paper} style, 3.25\\,in wide, placed at 100\\,\\% with "
    "\\verb|\\includegraphics| and no width: their tick labels are 8\\,pt and their axis names "
    "and legends 8--9\\,pt in Latin Modern, the typeface of this 10\\,pt body text, so the "
    "figure reads as part of the page. A figure drawn at a screen size and scaled down to the "
    "column would shrink its 10\\,pt labels to 6\\,pt and thin its lines with them. "
)

TEX = r"""\documentclass[10pt,twocolumn]{article}
\usepackage{fontspec}
\usepackage[letterpaper,textwidth=6.75in,columnsep=0.25in,textheight=9.4in,top=0.8in]{geometry}
\usepackage{graphicx}
\pagestyle{empty}
\setlength{\parskip}{0.3\baselineskip}
\begin{document}
\noindent{\Large\bfseries Paper figures at 100\,\%}\par
%(columns)s
\end{document}
"""


def run(args, **kw):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw).stdout


def figure_block(name, caption, number):
    return (
        "\\par\\medskip\\noindent\\includegraphics{figures/%s.pdf}\\par\n"
        "\\noindent{\\small Figure %d: %s}\\par\\medskip\n" % (name, number, caption)
    )


def text_sizes(pdf):
    """(font family, size in pt, text) of every text run pdftohtml finds in `pdf`."""
    xml = run(["pdftohtml", "-xml", "-stdout", "-i", "-q", "-zoom", "3", pdf])
    fonts = {m[0]: (m[2].split("+")[-1], int(m[1]) / 3) for m in re.findall(r'<fontspec id="(\d+)" size="(-?\d+)" family="([^"]*)"', xml)}
    runs = []
    for font, text in re.findall(r'<text [^>]*font="(\d+)"[^>]*>(.*?)</text>', xml):
        family, size = fonts[font]
        runs.append((family, size, re.sub(r"<[^>]+>", "", text)))
    return runs


def page_size(pdf):
    m = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", run(["pdfinfo", pdf]))
    return float(m[1]), float(m[2])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("plotnn", nargs="?", default=os.path.join(REPO, ".build/release/plotnn"))
    parser.add_argument("--out", default=os.path.join(REPO, ".build/latex-check"))
    args = parser.parse_args()
    out = os.path.abspath(args.out)
    figures = os.path.join(out, "figures")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(figures)
    run([args.plotnn, "figures", os.path.join(REPO, "examples/paper.yaml"), "--out-dir", figures])

    problems = []
    # The committed output/paper should be what the binary draws now.
    for name, _ in PLACED:
        committed = os.path.join(REPO, "output/paper", name + ".pdf")
        fresh = os.path.join(figures, name + ".pdf")
        if not os.path.exists(committed) or open(committed, "rb").read() != open(fresh, "rb").read():
            print("note: output/paper/%s.pdf differs from what %s draws now (make figures)" % (name, args.plotnn))

    print("figure PDFs (pdfinfo, pdffonts, pdftohtml):")
    for name, _ in PLACED:
        pdf = os.path.join(figures, name + ".pdf")
        w, h = page_size(pdf)
        fonts = sorted({line.split()[0].split("+")[-1] for line in run(["pdffonts", pdf]).splitlines()[2:]})
        sizes = sorted({s for _, s, _ in text_sizes(pdf)})
        print("  %-28s %6.1f x %5.1f pt  sizes %s pt  fonts %s" % (name, w, h, ", ".join("%.2f" % s for s in sizes), ", ".join(fonts)))
        if abs(w - 234) > 0.01:
            problems.append("%s is %.2f pt wide, not 234 (3.25 in)" % (name, w))
        if not sizes or min(sizes) < 8 - 1 / 6 or max(sizes) > 9 + 1 / 6:
            problems.append("%s has text outside 8-9 pt: %s" % (name, sizes))
        if any(not f.startswith("LMRoman") and not f.startswith("LMMath") and not f.startswith("LatinModern") for f in fonts):
            problems.append("%s embeds a face other than Latin Modern: %s" % (name, fonts))

    blocks = [figure_block(name, caption, i + 1) for i, (name, caption) in enumerate(PLACED)]
    columns = (
        "\\noindent " + BODY + "\n\n" + blocks[0] + "\n" + BODY + "\n" + blocks[1]
        + "\\newpage\n" + blocks[2] + "\nThe derivative figures show the function and its derivative "
        "in one colour, the derivative dashed, as the chapter's text describes them.\n" + blocks[3]
        + "\nThe same style sheet gives every figure of a paper the same fonts, sizes and strokes.\n"
    )
    with open(os.path.join(out, "page.tex"), "w") as f:
        f.write(TEX.replace("%(columns)s", columns))
    for _ in range(2):
        subprocess.run(["lualatex", "-interaction=nonstopmode", "-halt-on-error", "page.tex"], cwd=out, check=True, capture_output=True)
    page = os.path.join(out, "page.pdf")
    pages = int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo", page]))[1])
    run(["pdftoppm", "-png", "-r", "150", "-singlefile", page, os.path.join(out, "page")])
    run(["pdftoppm", "-png", "-r", "300", "-singlefile", "-x", "0", "-y", "0", "-W", "1275", "-H", "1650", page, os.path.join(out, "page-detail")])

    runs = text_sizes(page)
    by_size = {}
    for family, size, text in runs:
        by_size.setdefault((family, size), []).append(text)
    print("the LaTeX page (%d page%s), text by face and size:" % (pages, "" if pages == 1 else "s"))
    for (family, size), texts in sorted(by_size.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        print("  %5.2f pt  %-22s %4d runs  e.g. %s" % (size, family, len(texts), " | ".join(texts[:4])))
    if pages != 1:
        problems.append("the document has %d pages, not one" % pages)
    body = [s for f, s, t in runs if f.startswith("LMRoman10") and len(t) > 30]
    if not body or any(abs(s - 10) > 0.2 for s in body):
        problems.append("body text is not 10 pt: %s" % sorted(set(body)))

    print("look at: %s (whole page, 150 dpi) and %s (top-left quarter, 300 dpi)" % (os.path.join(out, "page.png"), os.path.join(out, "page-detail.png")))
    for p in problems:
        print("PROBLEM: " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
