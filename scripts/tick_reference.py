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
    ]
    cases = [(lo, hi, 9) for lo, hi in named]
    # the first thirteen ranges again, each with another bin count
    other_nbins = [5, 7, 3, 6, 4, 8, 2, 1, 10, 6, 4, 3, 7]
    for (lo, hi), n in zip(named, other_nbins):
        cases.append((lo, hi, n))
    return cases


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
    for lo, hi, n in fixed_cases() + random_cases(30):
        lo, hi = float(lo), float(hi)
        ticks = mticker.MaxNLocator(nbins=n, steps=STEPS).tick_values(lo, hi)
        out.append({"lo": lo, "hi": hi, "nbins": n, "ticks": inside(lo, hi, ticks)})
    doc = {
        "generator": (
            f"scripts/tick_reference.py: matplotlib {matplotlib.__version__}, numpy "
            f"{np.__version__}, MaxNLocator(nbins, steps={STEPS}).tick_values(lo, hi), "
            f"ticks kept when lo - {RTOL}*(hi-lo) <= t <= hi + {RTOL}*(hi-lo)"
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
