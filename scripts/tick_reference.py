#!/usr/bin/env python3
"""Write Tests/PlotNNCoreTests/Resources/tick-reference.json from matplotlib itself.

For each (lo, hi, nbins) case this calls

    matplotlib.ticker.MaxNLocator(nbins=n, steps=[1, 2, 2.5, 5, 10]).tick_values(lo, hi)

(the steps AutoLocator uses; rcParams['axes.autolimit_mode'] = 'data', matplotlib's
default) and keeps the ticks that lie within [lo, hi].

Tolerance rule (the same as TickLocator.ticks(from:to:) on the Swift side): a tick t is
kept when lo - 1e-10 * (hi - lo) <= t <= hi + 1e-10 * (hi - lo). This is the test
matplotlib's Axis applies before drawing a tick (transforms._interval_contains_close,
rtol = 1e-10), so an end of the range that is a tick is kept despite float noise.

The ticks are written as matplotlib computes them (float noise included, e.g.
0.30000000000000004); doubles are printed by repr(), so they round-trip exactly.

Each case with lo < hi also records what matplotlib's ScalarFormatter makes of those
ticks on an axis whose view interval is [lo, hi] (`ScalarFormatter(useMathText=True)`,
rcParams defaults: useoffset True, offset_threshold 4, limits (-5, 6), unicode minus):
"offset" (the value subtracted), "order" (the power of ten divided out), "decimals" (of
its one '%1.Nf' format), "labels" (the tick labels, mathtext markup stripped) and
"offsetText" (get_offset(), the text drawn at the end of the axis, as mathtext).

Usage: python3 scripts/tick_reference.py [--check]   (installs matplotlib with pip if missing)
  --check  regenerate in memory and fail if the file on disk differs (for example a case
           missing or edited by hand); the named ranges of fixed_cases() are then all there.
"""

import argparse
import json
import os
import random
import subprocess
import sys

try:
    import matplotlib
except ImportError:
    subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "matplotlib"])
    import matplotlib

import re
import warnings

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import matplotlib.ticker as mticker
import numpy as np

STEPS = [1, 2, 2.5, 5, 10]
RTOL = 1e-10

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "PlotNNCoreTests", "Resources", "tick-reference.json")


def inside(lo, hi, ticks):
    """The ticks matplotlib's Axis would draw for the view interval [lo, hi]."""
    slop = (hi - lo) * RTOL
    return [float(t) for t in ticks if lo - slop <= t <= hi + slop]


def fixed_cases():
    named = [
        (-10, 10), (0, 1), (-1, 1), (-0.8, 15.7), (-8.7, 16), (0, 6), (-5, 5),
        (-3.2, 3.2), (1e-6, 3e-6), (0, 1e6), (-1000, 1000), (0.1, 0.35), (-1.05, 1.05),
        # tiny spans, also far from zero (matplotlib then works relative to an offset)
        (0, 1e-9), (-2.5e-12, 7.5e-12), (1.0, 1.0 + 1e-9), (1e6, 1e6 + 0.001),
        (123.4567, 123.4568), (0.999, 1.001),
        # huge spans
        (0, 1e20), (-3e15, 4e15), (1e300, 5e300), (-1e100, 1e100),
        # negative-only ranges
        (-1, -0.2), (-50, -3), (-7.3, -7.1), (-1e6, -2e5), (-0.004, -0.001),
        # activation-function-like ranges
        (-6, 6), (-0.1, 1.1), (-1.1, 1.1), (-3, 3), (0, 0.25), (-0.05, 1.05),
        # ends that are ticks, and ranges just beside them
        (0, 10), (0, 100), (-0.3, 0.3), (0.2, 0.8), (0, 0.7), (1, 2),
        # a degenerate range (matplotlib widens it internally)
        (5, 5),
        # ranges that need an offset or a common power of ten (ScalarFormatter)
        (1e6, 1e6 + 1), (0, 1e-6), (-5e-7, 5e-7), (-5e-14, 1.05e-12), (1e5, 1e5 + 3),
        (-1e6 - 2, -1e6), (0.5, 0.5 + 2e-7), (0, 5e5), (0, 2e6), (99999.5, 100000.5),
        (-3e-5, -1e-5), (1e-5, 3e-5), (-2.5e8, 7.5e8),
    ]
    cases = [(lo, hi, 9) for lo, hi in named]
    # the first thirteen ranges again, each with another bin count
    other_nbins = [5, 7, 3, 6, 4, 8, 2, 1, 10, 6, 4, 3, 7]
    for (lo, hi), n in zip(named, other_nbins):
        cases.append((lo, hi, n))
    return cases


def scalar_formatter(ax, lo, hi, ticks):
    """What ScalarFormatter(useMathText=True) makes of `ticks` on the view interval [lo, hi]."""
    ax.set_xlim(lo, hi)
    fmt = mticker.ScalarFormatter(useMathText=True)
    ax.xaxis.set_major_formatter(fmt)
    labels = fmt.format_ticks(ticks)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # format and orderOfMagnitude: deprecated in 3.11
        decimals = int(re.search(r"%1\.(\d+)f", fmt.format).group(1))
        order = int(fmt.orderOfMagnitude)
    strip = lambda t: re.fullmatch(r"\$\\mathdefault\{(.*)\}\$", t).group(1)
    return {
        "offset": float(fmt.offset),
        "order": order,
        "decimals": decimals,
        "labels": [strip(t) for t in labels],
        "offsetText": fmt.get_offset(),
    }


def random_cases(count, seed=20240611):
    rng = random.Random(seed)
    cases = []
    for _ in range(count):
        scale = 10.0 ** rng.randint(-4, 6)
        lo = round(rng.uniform(-10, 10) * scale, 6 + max(0, -int(np.log10(scale))))
        hi = lo + rng.uniform(0.05, 20) * scale
        cases.append((lo, hi, rng.randint(1, 10)))
    return cases


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the file on disk differs")
    args = ap.parse_args()
    matplotlib.rcParams["axes.autolimit_mode"] = "data"
    out = []
    _, ax = plt.subplots()
    for lo, hi, n in fixed_cases() + random_cases(30):
        lo, hi = float(lo), float(hi)
        ticks = mticker.MaxNLocator(nbins=n, steps=STEPS).tick_values(lo, hi)
        case = {"lo": lo, "hi": hi, "nbins": n, "ticks": inside(lo, hi, ticks)}
        if lo < hi:
            case["scalar"] = scalar_formatter(ax, lo, hi, case["ticks"])
        out.append(case)
    doc = {
        "generator": (
            f"scripts/tick_reference.py: matplotlib {matplotlib.__version__}, numpy "
            f"{np.__version__}, MaxNLocator(nbins, steps={STEPS}).tick_values(lo, hi), "
            f"ticks kept when lo - {RTOL}*(hi-lo) <= t <= hi + {RTOL}*(hi-lo); "
            f"scalar: ScalarFormatter(useMathText=True) on the view interval [lo, hi]"
        ),
        "cases": out,
    }
    # json.dumps prints floats with repr(), which round-trips exactly.
    text = json.dumps(doc, indent=1) + "\n"
    if args.check:
        with open(OUT) as f:
            if f.read() != text:
                sys.exit(f"{os.path.relpath(OUT, ROOT)} is out of date; rerun {sys.argv[0]}")
        print(f"{os.path.relpath(OUT, ROOT)} is up to date ({len(out)} cases)")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        f.write(text)
    print(f"wrote {len(out)} cases to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
