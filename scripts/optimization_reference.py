#!/usr/bin/env python3
"""Reference values for the least-squares problem and gradient descent of section 3.6.3.

The textbook data set is generated here from its closed form (the one documented on
LeastSquaresProblem.textbook in Sources/PlotNNCore/Optimization), with n = 24, spread s and
true weights (a, b):

    theta_i = 2 pi (i + 1/2) / n
    x1_i = sqrt(2) cos theta_i,  x2_i = sqrt(2)/s sin(theta_i + 0.05)
    y_i  = a x1_i + b x2_i + 0.5 sin(2.3 i + 0.5)

"textbook" and "normalized" are the surface figure's set (3.6.4: s = 10, weights (3, 40));
"figure" is the descent figure's (3.6.3: s = 3, weights (3, 9)) with its default runs.

and everything else is computed from it with mpmath at 50 digits, by other means than the
Swift code uses: the Hessian H = (1/n) X^T X and moment g = (1/n) X^T y as matrix
products, the minimiser by mpmath's LU solve (not Cramer's rule), the eigenvalues and
eigenvectors by mpmath's symmetric eigensolver (not the closed form), the minimum loss as
the residual sum of squares at that minimiser. The loss is also written as a quadratic form
L(w) = 1/2 w^T H w - g^T w + c, c = (1/2n) sum y_i^2, so a test can evaluate it without the
code's direct sum.

The normalised problem standardises the features (population sigma) and centres y.

Gradient-descent paths w_{k+1} = w_k - eta (H w_k - g) are iterated in mpmath for the descent
figure's defaults (DescentOptions): both runs at the same fraction 0.8 of their own stability
limit 2/lambda_max, the unnormalised from (-1, 0), the normalised from (sigma1 * -1, sigma2 * 0),
each at most 100 steps and stopped at the first k with |grad L(w_k)| <= 1e-3 |grad L(w_0)|
(the rule documented on GradientDescent). For each panel also: the bounding box of the
sublevel set {L <= L(start)}, from the eigen-decomposition (half-extent along axis j is
sqrt(2c sum_i v_ij^2 / lambda_i), c = L(start) - L*: the ellipse's support function, where the
Swift code uses the adjugate of H), and the 8 contour levels L* + c (k/8)^2, k = 1..8.

The figure's colours are computed from matplotlib's viridis table and the themes' colours
(Sources/PlotNNCore/Style/Style.swift): the contour ramp is the run of table entries from the
dark end (light theme) or the bright end (dark theme) whose WCAG 2.1 contrast with the
background is at least 3; the path colour is the palette colour with that contrast whose CIE76
distance in L*a*b* (D65) to the nearest of 32 ramp samples is largest; the 8 level colours are
the ramp at lo + (hi - lo) k/7, interpolated between table entries as Viridis.color(at:) documents.

Every number is rounded once to the nearest double and written to
Tests/PlotNNCoreTests/Resources/optimization-reference.json.

Usage: python3 scripts/optimization_reference.py [--check]   (installs mpmath if missing)
"""

import reference_file  # noqa: E402  (scripts/: --check and dependencies)
import json
import os
import subprocess
import sys

try:
    import mpmath
except ImportError:
    subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "mpmath==1.3.0"])
    import mpmath

from mpmath import mp

mp.dps = 50
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(REPO, "Tests", "PlotNNCoreTests", "Resources", "optimization-reference.json")
N = 24


def textbook(n=N, spread=10, weights=(3, 40)):
    rows = []
    for i in range(n):
        theta = 2 * mp.pi * (i + mp.mpf(1) / 2) / n
        x1 = mp.sqrt(2) * mp.cos(theta)
        x2 = mp.sqrt(2) / spread * mp.sin(theta + mp.mpf("0.05"))
        y = weights[0] * x1 + weights[1] * x2 + mp.mpf("0.5") * mp.sin(mp.mpf("2.3") * i + mp.mpf("0.5"))
        rows.append((x1, x2, y))
    return rows


def normalized(rows):
    n = len(rows)
    m1 = mp.fsum(r[0] for r in rows) / n
    m2 = mp.fsum(r[1] for r in rows) / n
    my = mp.fsum(r[2] for r in rows) / n
    s1 = mp.sqrt(mp.fsum((r[0] - m1) ** 2 for r in rows) / n)
    s2 = mp.sqrt(mp.fsum((r[1] - m2) ** 2 for r in rows) / n)
    return [((r[0] - m1) / s1, (r[1] - m2) / s2, r[2] - my) for r in rows], (s1, s2), my


def analyse(rows):
    n = len(rows)
    X = mp.matrix([[r[0], r[1]] for r in rows])
    y = mp.matrix([r[2] for r in rows])
    H = (X.T * X) / n
    g = (X.T * y) / n
    c = mp.fsum(r[2] ** 2 for r in rows) / (2 * n)
    w = mp.lu_solve(H, g)
    residual = X * w - y
    loss_min = mp.fsum(v ** 2 for v in residual) / (2 * n)
    evals, evecs = mp.eigsy(H)
    order = sorted(range(2), key=lambda k: -evals[k])
    lam = [evals[k] for k in order]
    vec = [[evecs[0, k], evecs[1, k]] for k in order]
    return dict(H=H, g=g, c=c, w=w, loss_min=loss_min, lam=lam, vec=vec)


def descend(a, eta, start, steps, tolerance=None):
    w = mp.matrix(start)
    grad = lambda v: a["H"] * v - a["g"]
    g0 = mp.norm(grad(w))
    points = [w.copy()]
    converged = None
    for k in range(1, steps + 1):
        w = w - eta * grad(w)
        points.append(w.copy())
        if tolerance is not None and mp.norm(grad(w)) <= tolerance * g0:
            converged = k
            break
    return points, converged


def d(v):
    return float(v)  # mpf -> nearest double (mpmath rounds to nearest)


def dump(a):
    return {
        "hessian": {"a": d(a["H"][0, 0]), "b": d(a["H"][0, 1]), "c": d(a["H"][1, 1])},
        "moment": [d(a["g"][0]), d(a["g"][1])],
        "loss_constant": d(a["c"]),
        "minimizer": [d(a["w"][0]), d(a["w"][1])],
        "minimum_loss": d(a["loss_min"]),
        "eigenvalues": [d(a["lam"][0]), d(a["lam"][1])],
        "eigenvectors": [[d(x) for x in v] for v in a["vec"]],
        "condition_number": d(a["lam"][0] / a["lam"][1]),
        "stability_limit": d(2 / a["lam"][0]),
    }


def loss(rows, w):
    n = len(rows)
    return mp.fsum((w[0] * r[0] + w[1] * r[1] - r[2]) ** 2 for r in rows) / (2 * n)


def sublevel(rows, a, start, levels):
    """Bounding box of {L <= L(start)} and the contour levels through it."""
    c = loss(rows, start) - a["loss_min"]
    half = [mp.sqrt(2 * c * mp.fsum(a["vec"][i][j] ** 2 / a["lam"][i] for i in range(2))) for j in range(2)]
    box = [[d(a["w"][j] - half[j]), d(a["w"][j] + half[j])] for j in range(2)]
    return box, d(loss(rows, start)), [d(a["loss_min"] + c * (mp.mpf(k) / levels) ** 2) for k in range(1, levels + 1)]


FIG_SPREAD, FIG_WEIGHTS, FIG_START, FIG_RATE, FIG_STEPS, FIG_LEVELS = 3, (3, 9), (-1, 0), mp.mpf("0.8"), 100, 8
BACKGROUND = {"light": 0xFFFFFF, "dark": 0x16181D}
PALETTE = {
    "light": [0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x000000],
    "dark": [0x56B4E9, 0xE69F00, 0x009E73, 0xCC79A7, 0xF0E442, 0xD55E00, 0xFFFFFF],
}


def srgb(hexval):
    return [((hexval >> s) & 0xFF) / 255 for s in (16, 8, 0)]


def linear(v):
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def luminance(rgb):
    r, g, b = [linear(v) for v in rgb]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(rgb, bg):
    a, b = luminance(rgb), luminance(bg)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def lab(rgb):
    r, g, b = [linear(v) for v in rgb]
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    f = lambda t: t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116
    return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))


def colours():
    cm = reference_file.require("matplotlib")
    from matplotlib import _cm_listed  # the table behind matplotlib's viridis

    table = _cm_listed._viridis_data
    out = {}
    for theme, bg in BACKGROUND.items():
        bg = srgb(bg)
        light = luminance(bg) > 0.5
        order = range(256) if light else range(255, -1, -1)
        run = 0
        for k in order:
            if contrast(table[k], bg) < 3:
                break
            run += 1
        ends = (0, (run - 1) / 255) if light else ((256 - run) / 255, 1)
        lo, hi = ends

        def at(t):  # linear interpolation between entries, as Viridis.color(at:)
            p = t * 255
            i = min(int(p), 254)
            f = p - i
            return [table[i][c] + f * (table[i + 1][c] - table[i][c]) for c in range(3)]

        ramp = [lab(at(lo + (hi - lo) * k / 31)) for k in range(32)]
        best = None
        for hexval in PALETTE[theme]:
            rgb = srgb(hexval)
            if contrast(rgb, bg) < 3:
                continue
            c = lab(rgb)
            nearest = min(sum((c[j] - q[j]) ** 2 for j in range(3)) ** 0.5 for q in ramp)
            if best is None or nearest > best[0]:
                best = (nearest, hexval)
        levels = [at(lo + (hi - lo) * k / (FIG_LEVELS - 1)) for k in range(FIG_LEVELS)]
        out[theme] = {"ramp": [lo, hi], "path_color": "#%06X" % best[1], "level_colors": levels}
    return out


def figure():
    rows = textbook(spread=FIG_SPREAD, weights=FIG_WEIGHTS)
    a = analyse(rows)
    nrows, (s1, s2), my = normalized(rows)
    b = analyse(nrows)
    out = {
        "spread": FIG_SPREAD, "weights": list(FIG_WEIGHTS), "start": list(FIG_START),
        "rate_fraction": d(FIG_RATE), "steps": FIG_STEPS, "levels": FIG_LEVELS,
        "samples": [[d(v) for v in r] for r in rows],
        "problem": dump(a),
        "normalized": dict(dump(b), deviations=[d(s1), d(s2)], target_mean=d(my)),
    }
    for key, r, an, start in (("unnormalized", rows, a, list(FIG_START)),
                              ("normalized", nrows, b, [s1 * FIG_START[0], s2 * FIG_START[1]])):
        eta = FIG_RATE * 2 / an["lam"][0]
        path, conv = descend(an, eta, start, FIG_STEPS, tolerance=mp.mpf("1e-3"))
        assert conv is not None
        box, level, levels = sublevel(r, an, start, FIG_LEVELS)
        out[key + "_path"] = {"rate": d(eta), "converged_step": conv,
                              "points": [[d(p[0]), d(p[1])] for p in path]}
        out[key + "_sublevel"] = {"box": box, "level": level, "contour_levels": levels}
    out["colors"] = colours()
    return out


def build():
    rows = textbook()
    a = analyse(rows)
    nrows, (s1, s2), my = normalized(rows)
    b = analyse(nrows)
    return {
        "generator": "scripts/optimization_reference.py (mpmath %s, %d digits)" % (mpmath.__version__, mp.dps),
        "samples": [[d(v) for v in r] for r in rows],
        "textbook": dump(a),
        "normalized": dict(dump(b), deviations=[d(s1), d(s2)], target_mean=d(my)),
        "figure": figure(),
    }


def main():
    reference_file.main(__doc__, OUTPUT, lambda: json.dumps(build(), indent=1) + "\n")


if __name__ == "__main__":
    main()
