# Sphinx configuration of the example chapter: `make docs` builds it into output/docs/sphinx
# (HTML: SVG figures; `sphinx-build -b latex` gives PDF figures).
project = "plotnn in docs: 3.4 activation functions"
extensions = ["plotnn_sphinx"]  # pip install ./integrations/sphinx
numfig = True  # :numref: to figures
language = "zh_CN"
html_theme = "alabaster"
# plotnn_command = "plotnn"  # default: $PLOTNN, else plotnn on PATH
latex_engine = "xelatex"
