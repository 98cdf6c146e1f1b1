#!/usr/bin/env python3
"""Write Tests/PlotNNCoreTests/Resources/symlog-tick-reference.json from matplotlib's symlog.

For each linthresh t in (2, 1, 0.1), each (lo, hi) below and numticks n in (15, 9, 5, 3):

    transform = matplotlib.scale.SymmetricalLogTransform(base=10, linthresh=t, linscale=1)
    raw = matplotlib.ticker.SymmetricalLogLocator(transform).set_params(numticks=n); tick_values(lo, hi)

and `ticks`, the raw ticks matplotlib's Axis draws: those whose transformed value lies within
the transformed [lo, hi] (transforms._interval_contains_close, rtol 1e-10). A range inside
the linear band (matplotlib's "simple" mode, ticks lo, 0, hi) is marked "linear": true.
Also the transform itself at a set of points (`forward`), for AxisScale.forward; the
default linthresh of SymmetricalLogScale is recorded. Values are written by repr(), so they
round-trip exactly; the matplotlib version is recorded.

Usage: .build/mplvenv/bin/python scripts/symlog_tick_reference.py [--check]
       (any python3 works: matplotlib is installed if missing)
"""

import inspect
import json
import os

import reference_file

OUTPUT = os.path.join(reference_file.REPO, "Tests", "PlotNNCoreTests", "Resources", "symlog-tick-reference.json")

RANGES = [
    (-1000.0, 1000.0), (-5.0, 5.0), (0.0, 1e6), (-1e6, 0.0), (-3.0, 250.0), (-1e-3, 1e-3), (-1.5, 1.5),
    (1.0, 1e4), (-1e12, 1e12), (-7.4, 7.4), (-110.0, 30.0), (2.5, 9000.0), (-1e4, -3.0), (-0.5, 40.0),
    (-8.8e8, 8.8e8),
]
POINTS = [-1e9, -123.4, -10.0, -2.0, -1.999, -1.0, -0.3, 0.0, 0.05, 0.1, 0.5, 1.0, 2.0, 2.5, 10.0, 99.0, 1e6]


def render():
    mpl = reference_file.require("matplotlib")
    import numpy as np
    from matplotlib import scale, ticker

    default = inspect.signature(scale.SymmetricalLogScale.__init__).parameters["linthresh"].default
    cases = []
    transforms = []
    for t in (2.0, 1.0, 0.1):
        tr = scale.SymmetricalLogTransform(10, t, 1)
        transforms.append({"linthresh": t, "x": POINTS,
                           "y": [float(v) for v in tr.transform(np.array(POINTS))]})
        for lo, hi in RANGES:
            for n in (15, 9, 5, 3):
                loc = ticker.SymmetricalLogLocator(tr)
                loc.set_params(numticks=n)
                raw = [float(v) for v in loc.tick_values(lo, hi)]
                linear = -t <= lo < hi <= t
                a, b = tr.transform(np.array([lo, hi]))
                tol = 1e-10 * (b - a)
                ticks = [v for v in raw if a - tol <= float(tr.transform(np.array([v]))[0]) <= b + tol]
                cases.append({"linthresh": t, "lo": lo, "hi": hi, "numticks": n, "linear": linear,
                              "raw": raw, "ticks": ticks})
    return json.dumps({"matplotlib": mpl.__version__, "default_linthresh": default,
                       "transforms": transforms, "cases": cases}, indent=1) + "\n"


if __name__ == "__main__":
    reference_file.main(__doc__, OUTPUT, render)
