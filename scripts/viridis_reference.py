#!/usr/bin/env python3
"""Write Tests/PlotNNCoreTests/Resources/viridis-reference.json from matplotlib's cm.viridis.

Two tables, both from matplotlib's public colormap object `matplotlib.colormaps["viridis"]`
(what `cm.viridis(t)` returns), never from plotnn's own table:

* "entries": t = i/255 for i = 0…255 and cm.viridis(t). At these t matplotlib's lookup
  ⌊t·256⌋ (255 at t = 1) is entry i itself, so this is the colour plotnn must give there.
* "between": t strictly between entries, with
    - "interpolated": plotnn's documented convention (Sources/PlotNNCore/Surface/Viridis.swift):
      p = t·255, i = ⌊p⌋, f = p − i, colour = (1 − f)·cm.viridis(i/255) + f·cm.viridis((i+1)/255),
      computed here from matplotlib's colours at the two neighbouring entries;
    - "matplotlib": cm.viridis(t) itself (no interpolation: entry ⌊t·256⌋), for the
      documented bound on how far the two conventions differ.
  The t are fixed fractions of a step, seeded random t, and the contour ramp of the descent
  figure's 10 levels: level k at lo + (hi − lo)·k/9 with the documented stops [0, 0.85] (light
  background) and [0.3, 1] (dark).

Colours are sRGB components in [0, 1] (alpha dropped; it is 1), printed by repr() so they
round-trip exactly.

Usage: python3 scripts/viridis_reference.py [--check]   (installs matplotlib with pip if missing)
  --check  regenerate in memory and fail if the file on disk differs.
"""

import reference_file  # noqa: E402  (scripts/: --check and dependencies)
import json
import math
import os
import random
import subprocess
import sys

try:
    import matplotlib
except ImportError:
    subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "matplotlib"])
    import matplotlib

import numpy as np  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(REPO, "Tests", "PlotNNCoreTests", "Resources", "viridis-reference.json")

CMAP = matplotlib.colormaps["viridis"]


def rgb(t):
    """cm.viridis(t) for one float t, as three Python floats."""
    r, g, b, a = CMAP(float(t))
    assert a == 1.0
    return [float(r), float(g), float(b)]


def between_ts():
    ts = []
    for i in (0, 10, 63, 127, 128, 200, 254):
        for f in (0.25, 0.5, 0.75):
            ts.append((i + f) / 255)
    ts += [0.001, 0.999]
    for lo, hi in ((0.0, 0.85), (0.3, 1.0)):  # the contour ramp, 10 levels
        ts += [lo + (hi - lo) * k / 9 for k in range(10)]
    rng = random.Random(20240612)
    ts += [rng.random() for _ in range(40)]
    # only t strictly between two entries, each once
    return sorted({t for t in ts if 0 < t < 1 and t * 255 != math.floor(t * 255)})


def build():
    entries = [[i / 255] + rgb(i / 255) for i in range(256)]
    assert len(entries) == 256 and entries[0][1:] == rgb(0.0) and entries[-1][1:] == rgb(1.0)
    between = []
    for t in between_ts():
        p = t * 255
        i = math.floor(p)
        f = p - i
        lo, hi = rgb(i / 255), rgb((i + 1) / 255)
        interpolated = [(1 - f) * a + f * b for a, b in zip(lo, hi)]
        between.append({"t": t, "interpolated": interpolated, "matplotlib": rgb(t)})
    return {
        "generator": "scripts/viridis_reference.py: matplotlib %s, numpy %s, "
                     "matplotlib.colormaps['viridis'](t); 'interpolated' = linear in sRGB between "
                     "cm.viridis(i/255) and cm.viridis((i+1)/255)" % (matplotlib.__version__, np.__version__),
        "entries": entries,
        "between": between,
    }


def main():
    reference_file.main(__doc__, OUTPUT, lambda: json.dumps(build(), indent=1) + "\n")


if __name__ == "__main__":
    main()
