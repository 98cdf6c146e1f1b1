#!/usr/bin/env python3
"""Write Tests/PlotNNCoreTests/Resources/log-label-reference.json from matplotlib's log axis labels.

For each view (lo, hi) below, a real matplotlib axis (matplotlib 3.11: `ax.set_yscale('log')`,
`ax.set_ylim(lo, hi)`, `fig.canvas.draw()`) and the ticks it labels: every major and minor
tick within [lo, hi] (tolerance 1e-10 of the log range, as transforms._interval_contains_close)
whose label text is not empty, with that text. The default formatters are LogFormatterSciNotation
for both (the minor one with labelOnlyBase=False); LogFormatter.set_locs picks which minor
ticks are labelled: none when more than one decade tick is in view (minor_thresholds[0] = 1),
2, 3, 4, 6 × 10^k when the view is more than 0.4 decades long, all of 2 … 9 × 10^k otherwise.

An end at a decade is moved up by 1e-12 of itself before it is given to matplotlib. Its
count of decade ticks in view, floor(log hi) − floor(nextafter(log lo, −inf)) with
log x = math.log(x, 10), otherwise depends on how log(10^k)/log(10) rounds: the view
[0.1, 1] counts one (log 0.1 comes out −0.9999999999999998) and labels its minor ticks,
[1, 10] counts two (log 1 is 0) and does not. With the nudge every decade view is counted
alike: a decade at the low end of the view is not counted, one at the high end is, as
matplotlib does for [10⁻ᵏ, 10¹⁻ᵏ] with k = 1 … 4. The nudge moves no tick in or out of view.
Values are written by repr(), so they round-trip exactly; the matplotlib version is recorded.

Usage: python3 scripts/log_label_reference.py [--check]   (installs matplotlib if missing)
"""

import json
import math
import os

import reference_file

OUTPUT = os.path.join(reference_file.REPO, "Tests", "PlotNNCoreTests", "Resources", "log-label-reference.json")

# Views with two or more decade ticks (plotnn's decade axes; fewer fall back to linear ticks).
RANGES = [
    (0.1, 1.0), (1.0, 10.0), (10.0, 100.0), (100.0, 1000.0), (1e-3, 1e-2), (1e-4, 1e-3), (1e5, 1e6),
    (0.1, 5.0), (1.0, 50.0), (0.01, 0.5), (0.1, 10.0), (0.05, 2.0), (1e-5, 5e-4), (2e-3, 0.1),
    (0.01, 1.0), (1e-3, 1e2), (0.1, 9.9), (0.5, 100.0), (1e-8, 1e-7), (3e-3, 1e-1),
]


def at_decade(v):
    return abs(math.log10(v) - round(math.log10(v))) < 1e-12


def render():
    mpl = reference_file.require("matplotlib")
    mpl.use("Agg")
    import matplotlib.pyplot as plt

    cases = []
    for lo, hi in RANGES:
        view = tuple(v * (1 + 1e-12) if at_decade(v) else v for v in (lo, hi))
        fig, ax = plt.subplots()
        ax.set_yscale("log")
        ax.set_ylim(*view)
        fig.canvas.draw()
        a, b = math.log10(lo), math.log10(hi)
        tol = 1e-10 * (b - a)
        labels = []
        for ticks in (ax.yaxis.get_major_ticks(), ax.yaxis.get_minor_ticks()):
            for t in ticks:
                v = float(t.get_loc())
                text = t.label1.get_text()
                if text and a - tol <= math.log10(v) <= b + tol:
                    labels.append({"value": v, "text": text})
        plt.close(fig)
        labels.sort(key=lambda x: x["value"])
        cases.append({"lo": lo, "hi": hi, "labels": labels})
    return json.dumps({"matplotlib": mpl.__version__, "cases": cases}, indent=1) + "\n"


if __name__ == "__main__":
    reference_file.main(__doc__, OUTPUT, render)
