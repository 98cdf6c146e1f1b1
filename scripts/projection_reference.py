#!/usr/bin/env python3
"""Reference orthographic projections from matplotlib's mplot3d, for ProjectionTests.

For each view (azim, elev) and data box this builds a real matplotlib 3-D Axes with
ax.set_proj_type('ortho'), ax.view_init(elev, azim), the limits and ax.set_box_aspect,
and asks matplotlib for

* its view axes ax._view_u (right), ax._view_v (up), ax._view_w (towards the viewer),
  set by Axes3D.get_proj() through proj3d._view_axes (cross products of the eye direction
  and the vertical, not the closed forms the Swift code uses);
* the projection of data points by the full matrix M = ax.get_proj() with
  proj3d.proj_transform. For the orthographic projection matplotlib returns
  xs = (u.b)/dist, ys = (v.b)/dist, zs = 1 - (w.b)/dist with b the point in matplotlib's
  centred box (side lengths ax._box_aspect). matplotlib scales the requested aspect by a
  factor k (set_box_aspect's zoom normalisation); dividing by it gives the box coordinates
  of plotnn, whose box sides are the requested aspect itself:
  screen = (xs * dist / k, ys * dist / k), depth = (1 - zs) * dist / k.
  The script checks that these agree with u.b, v.b, w.b from the view axes.

Last, SurfaceChartTests' box (the bowl's sampled range, see SURFACE_BOX) at the surface
figure's default view, with one extra point on the surface.

Written to Tests/PlotNNCoreTests/Resources/projection-reference.json:
{"generator", "views": [{"azimuth", "elevation", "u", "v", "w",
  "x_range", "y_range", "z_range", "box_aspect", "points": [[x, y, z, sx, sy, depth], ...]}]}

Usage: python3 scripts/projection_reference.py [--check]   (installs matplotlib if missing)
"""

import reference_file  # noqa: E402  (scripts/: --check and dependencies)
import itertools
import json
import os
import subprocess
import sys

try:
    import matplotlib
except ImportError:
    subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "matplotlib"])
    import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from mpl_toolkits.mplot3d import proj3d  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(REPO, "Tests", "PlotNNCoreTests", "Resources", "projection-reference.json")

# (azim, elev): matplotlib's default, the ones the tests name, and a few asymmetric ones.
VIEWS = [(-60, 30), (0, 0), (-45, 45), (-90, 20), (30, 10), (-110, 45), (-150, 70), (120, -25), (-90, 89)]
BOXES = [
    # the unit cube with a cubic box
    dict(x_range=[0.0, 1.0], y_range=[0.0, 1.0], z_range=[0.0, 1.0], box_aspect=[1.0, 1.0, 1.0]),
    # the surface figure's box: w1 in [-10, 10], w2 in [-100, 100], a loss range; aspect (4, 4, 3)
    dict(x_range=[-10.0, 10.0], y_range=[-100.0, 100.0], z_range=[0.0, 420.0], box_aspect=[4.0, 4.0, 3.0]),
]


def bowl(w1, w2):
    """SurfaceChartTests' stand-in loss (the same expression, evaluated in the same order)."""
    a = w1 - 3
    b = (w2 - 40) / 10
    return a * a + b * b + 0.3 * a * b


# SurfaceChartTests' box at SurfaceChart's default view (azim -110, elev 45) only: the bowl sampled on a 20 x 20 grid
# over [-10, 10] x [-100, 100] (nodes 1 and 10 apart, so (3, 40) with height 0 is one) spans
# 0 ... bowl(-10, -100) (convex: its largest node value is at a corner). Extra point: the
# corner (3, 90) of the tests' L-shaped path, lifted onto the surface.
SURFACE_VIEW = (-110, 45)
SURFACE_BOX = dict(x_range=[-10.0, 10.0], y_range=[-100.0, 100.0], z_range=[0.0, bowl(-10.0, -100.0)],
                   box_aspect=[4.0, 4.0, 3.0])
SURFACE_EXTRA = [(3.0, 90.0, bowl(3.0, 90.0))]


def box_points(box):
    corners = list(itertools.product(box["x_range"], box["y_range"], box["z_range"]))
    mid = [(r[0] + r[1]) / 2 for r in (box["x_range"], box["y_range"], box["z_range"])]
    inner = [
        (box["x_range"][0] + 0.3 * (box["x_range"][1] - box["x_range"][0]),
         box["y_range"][0] + 0.85 * (box["y_range"][1] - box["y_range"][0]),
         box["z_range"][0] + 0.1 * (box["z_range"][1] - box["z_range"][0])),
    ]
    return [tuple(map(float, p)) for p in corners + [tuple(mid)] + inner]


def view(azim, elev, box, extra=()):
    fig = plt.figure()
    ax = fig.add_subplot(projection="3d")
    ax.set_proj_type("ortho")
    ax.view_init(elev=elev, azim=azim, roll=0)
    ax.set_xlim(*box["x_range"])
    ax.set_ylim(*box["y_range"])
    ax.set_zlim(*box["z_range"])
    ax.set_box_aspect(box["box_aspect"])
    M = ax.get_proj()
    u, v, w = (np.asarray(a, dtype=float) for a in (ax._view_u, ax._view_v, ax._view_w))
    k = float(ax._box_aspect[0] / box["box_aspect"][0])
    assert np.allclose(ax._box_aspect, k * np.asarray(box["box_aspect"]), rtol=1e-14, atol=0)
    dist = float(ax._dist)
    points = []
    for (x, y, z) in box_points(box) + list(extra):
        xs, ys, zs = proj3d.proj_transform(np.array([x]), np.array([y]), np.array([z]), M)
        sx, sy, depth = xs[0] * dist / k, ys[0] * dist / k, (1 - zs[0]) * dist / k
        # cross-check against the view axes: b is the point in plotnn's centred box
        b = np.array([(c - (r[0] + r[1]) / 2) / (r[1] - r[0]) * a for c, r, a in
                      zip((x, y, z), (box["x_range"], box["y_range"], box["z_range"]), box["box_aspect"])])
        assert np.allclose([sx, sy, depth], [u @ b, v @ b, w @ b], rtol=0, atol=1e-12), (azim, elev, x, y, z)
        points.append([x, y, z, float(sx), float(sy), float(depth)])
    plt.close(fig)
    return dict(azimuth=float(azim), elevation=float(elev), u=u.tolist(), v=v.tolist(), w=w.tolist(),
                points=points, **box)


def build():
    return {
        "generator": "scripts/projection_reference.py: matplotlib %s, numpy %s, Axes3D ortho, "
                     "get_proj() + proj3d.proj_transform and ax._view_u/_view_v/_view_w"
                     % (matplotlib.__version__, np.__version__),
        "views": [view(a, e, box) for box in BOXES for (a, e) in VIEWS]
                 + [view(*SURFACE_VIEW, SURFACE_BOX, SURFACE_EXTRA)],
    }


def main():
    reference_file.main(__doc__, OUTPUT, lambda: json.dumps(build(), indent=1) + "\n")


if __name__ == "__main__":
    main()
