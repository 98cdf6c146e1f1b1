#!/usr/bin/env python3
"""Reference values for the least-squares problem and gradient descent of section 3.6.3.

The textbook data set is generated here from its closed form (the one documented on
LeastSquaresProblem.textbook in Sources/PlotNNCore/Optimization), with n = 24:

    theta_i = 2 pi (i + 1/2) / n
    x1_i = sqrt(2) cos theta_i,  x2_i = sqrt(2)/10 sin(theta_i + 0.05)
    y_i  = 3 x1_i + 40 x2_i + 0.5 sin(2.3 i + 0.5)

and everything else is computed from it with mpmath at 50 digits, by other means than the
Swift code uses: the Hessian H = (1/n) X^T X and moment g = (1/n) X^T y as matrix
products, the minimiser by mpmath's LU solve (not Cramer's rule), the eigenvalues and
eigenvectors by mpmath's symmetric eigensolver (not the closed form), the minimum loss as
the residual sum of squares at that minimiser. The loss is also written as a quadratic form
L(w) = 1/2 w^T H w - g^T w + c, c = (1/2n) sum y_i^2, so a test can evaluate it without the
code's direct sum.

The normalised problem standardises the features (population sigma) and centres y.

Gradient-descent paths w_{k+1} = w_k - eta (H w_k - g) are iterated in mpmath for the figure's
defaults: the unnormalised run with eta = 0.95 * 2/lambda_max from (-7, 0) for 25 steps, and
the normalised run with eta = 0.3 * 2/lambda_max from (sigma1 * -7, sigma2 * 0), stopped at the
first k with |grad L(w_k)| <= 1e-3 |grad L(w_0)| (the rule documented on GradientDescent).

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


def textbook(n=N):
    rows = []
    for i in range(n):
        theta = 2 * mp.pi * (i + mp.mpf(1) / 2) / n
        x1 = mp.sqrt(2) * mp.cos(theta)
        x2 = mp.sqrt(2) / 10 * mp.sin(theta + mp.mpf("0.05"))
        y = 3 * x1 + 40 * x2 + mp.mpf("0.5") * mp.sin(mp.mpf("2.3") * i + mp.mpf("0.5"))
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


def build():
    rows = textbook()
    a = analyse(rows)
    nrows, (s1, s2), my = normalized(rows)
    b = analyse(nrows)
    eta_u = mp.mpf("0.95") * 2 / a["lam"][0]
    path_u, _ = descend(a, eta_u, [-7, 0], 25)
    eta_n = mp.mpf("0.3") * 2 / b["lam"][0]
    path_n, conv_n = descend(b, eta_n, [s1 * -7, s2 * 0], 25, tolerance=mp.mpf("1e-3"))
    assert conv_n is not None
    return {
        "generator": "scripts/optimization_reference.py (mpmath %s, %d digits)" % (mpmath.__version__, mp.dps),
        "samples": [[d(v) for v in r] for r in rows],
        "textbook": dump(a),
        "normalized": dict(dump(b), deviations=[d(s1), d(s2)], target_mean=d(my)),
        "unnormalized_path": {"rate": d(eta_u), "start": [-7.0, 0.0], "steps": 25,
                              "points": [[d(p[0]), d(p[1])] for p in path_u]},
        "normalized_path": {"rate": d(eta_n), "converged_step": conv_n,
                            "points": [[d(p[0]), d(p[1])] for p in path_n]},
    }


def main():
    reference_file.main(__doc__, OUTPUT, lambda: json.dumps(build(), indent=1) + "\n")


if __name__ == "__main__":
    main()
