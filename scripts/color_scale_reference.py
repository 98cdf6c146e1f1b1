#!/usr/bin/env python3
"""Write Tests/PlotNNCoreTests/Resources/color-scale-reference.json from matplotlib's PowerNorm.

The surface figure of section 3.6.4 colours heights by the square root of their place in the
z range (Sources/PlotNNCore/Surface/ColorScale.swift): t = ((v - lo) / (hi - lo))^(1/2), which
is matplotlib's `matplotlib.colors.PowerNorm(gamma=0.5, vmin=lo, vmax=hi)`. This script
evaluates that public object (never plotnn's code) for a few values over a few ranges:

* "t": PowerNorm(0.5, vmin, vmax)(v), clipped to [0, 1] (values beyond the range are clamped,
  as plotnn clamps them);
* "linear": Normalize(vmin, vmax)(v), clipped: the old mapping, to show how much the low end
  is stretched;
* "rgb": the viridis colour at t in plotnn's documented convention (Viridis.swift): linear in
  sRGB between matplotlib's colours cm.viridis(i/255) and cm.viridis((i+1)/255), p = t*255,
  i = floor(p) (254 at t = 1).

Ranges: [0, 100] (a plane whose quad means are 12.5, 37.5, 62.5, 87.5 in the tests), and
[0.25, 196] with losses like those of the 3.6.4 bowl.

Usage: python3 scripts/color_scale_reference.py [--check]   (installs matplotlib if missing)
  --check  regenerate in memory and fail if the file on disk differs.
"""

import reference_file  # noqa: E402  (scripts/: --check and dependencies)
import json
import math
import os

matplotlib = reference_file.require("matplotlib")
import matplotlib.colors  # noqa: E402
import numpy as np  # noqa: E402

OUTPUT = os.path.join(reference_file.REPO, "Tests", "PlotNNCoreTests", "Resources", "color-scale-reference.json")
CMAP = matplotlib.colormaps["viridis"]

RANGES = [
    (0.0, 100.0, [0.0, 1.0, 4.0, 12.5, 25.0, 37.5, 50.0, 62.5, 87.5, 100.0, 150.0, -3.0]),
    (0.25, 196.0, [0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 25.0, 50.0, 100.0, 150.0, 196.0]),
]


def rgb(t):
    r, g, b, a = CMAP(float(t))
    return [float(r), float(g), float(b)]


def interpolated(t):
    p = t * 255
    i = min(math.floor(p), 254)
    f = p - i
    lo, hi = rgb(i / 255), rgb((i + 1) / 255)
    return [(1 - f) * a + f * b for a, b in zip(lo, hi)]


def build():
    ranges = []
    for vmin, vmax, values in RANGES:
        power = matplotlib.colors.PowerNorm(gamma=0.5, vmin=vmin, vmax=vmax, clip=True)
        linear = matplotlib.colors.Normalize(vmin=vmin, vmax=vmax, clip=True)
        samples = []
        for v in values:
            t = float(np.clip(power(v), 0, 1))
            samples.append({"value": v, "t": t, "linear": float(linear(v)), "rgb": interpolated(t)})
        ranges.append({"vmin": vmin, "vmax": vmax, "samples": samples})
    return {
        "generator": "scripts/color_scale_reference.py: matplotlib %s, numpy %s, "
                     "matplotlib.colors.PowerNorm(gamma=0.5, vmin, vmax, clip=True); rgb = linear in sRGB "
                     "between cm.viridis(i/255) and cm.viridis((i+1)/255)" % (matplotlib.__version__, np.__version__),
        "ranges": ranges,
    }


def main():
    reference_file.main(__doc__, OUTPUT, lambda: json.dumps(build(), indent=1) + "\n")


if __name__ == "__main__":
    main()
