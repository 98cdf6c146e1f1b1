#!/usr/bin/env python3
"""Write Tests/PlotNNCoreTests/Resources/log-tick-reference.json from matplotlib's LogLocator.

For each (lo, hi) below and numticks n in (9, 5, 3):

    major = matplotlib.ticker.LogLocator(base=10, subs=(1.0,), numticks=n).tick_values(lo, hi)
    minor = matplotlib.ticker.LogLocator(base=10, subs='auto', numticks=n).tick_values(lo, hi)

keeping the ticks within [lo, hi] (matplotlib's Axis draws only those; tolerance 1e-10 of
the range in log space, as transforms._interval_contains_close). Minor ticks are recorded
only when matplotlib did not fall back to AutoLocator (ranges of at least two ticks), since
LogTickLocator is used on whole-decade ranges. Values are written by repr(), so they
round-trip exactly; the matplotlib version is recorded.

Usage: python3 scripts/log_tick_reference.py [--check]   (installs matplotlib if missing)
"""

import json
import math
import os

import reference_file

OUTPUT = os.path.join(reference_file.REPO, "Tests", "PlotNNCoreTests", "Resources", "log-tick-reference.json")

RANGES = [
    (1e-3, 1e2), (1e-8, 1e2), (1e-16, 1e4), (1e-300, 1e300), (0.5, 2000.0), (1.0, 10.0), (3e-5, 7e-1),
    (1e-12, 1.0), (2.0, 90.0), (1e-6, 1e3), (1e-30, 1e-20), (0.01, 100.0), (1e-4, 1e6), (5e-10, 5e3),
]


def inside(ticks, lo, hi):
    a, b = math.log10(lo), math.log10(hi)
    tol = 1e-10 * (b - a)
    return [float(t) for t in ticks if 0 < t < math.inf and a - tol <= math.log10(t) <= b + tol]


def render():
    mpl = reference_file.require("matplotlib")
    from matplotlib import ticker

    cases = []
    for lo, hi in RANGES:
        for n in (9, 5, 3):
            major = inside(ticker.LogLocator(base=10, subs=(1.0,), numticks=n).tick_values(lo, hi), lo, hi)
            locator = ticker.LogLocator(base=10, subs="auto", numticks=n)
            minor_all = locator.tick_values(lo, hi)
            minor = inside(minor_all, lo, hi)
            cases.append({"lo": lo, "hi": hi, "numticks": n, "major": major, "minor": minor})
    return json.dumps({"matplotlib": mpl.__version__, "cases": cases}, indent=1) + "\n"


if __name__ == "__main__":
    reference_file.main(__doc__, OUTPUT, render)
