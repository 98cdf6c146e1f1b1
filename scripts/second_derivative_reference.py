#!/usr/bin/env python3
"""Independent high-precision reference for plotnn's second and higher derivatives.

Two tables, written once to Tests/PlotNNCoreTests/Resources/second-derivative-reference.json:

* "catalog": f''(x) of every catalog function, at its defaults and at one non-default
  binding per parameterized function (the bindings of scripts/reference_values.py), at
  about 40 points: a grid over [-6, 6], the points 1e-8 and 1e-3 either side of every
  breakpoint, the breakpoints themselves, and large |x| (20, 50, 100, 300).
  f'' is mpmath's numerical derivative (mp.diff, a central difference with a step of
  2^-(P+20) at P bits of working precision raised by the bits the difference cancels) of
  the *analytic f'* of scripts/reference_values.py -- the previous session's mpmath
  definitions of the catalog, which never saw plotnn's f'' formulas. Every value is
  computed twice, at 60 and 90 digits, and the two must round to the same double.
  At a breakpoint f'' is the one-sided derivative on the side f' itself takes there
  (PyTorch's convention as the catalog states it: the side whose limit of f' equals
  f'(breakpoint)); where f' is continuous and both sides agree that rule cannot choose, so
  the side is named in KINK_SIDE below (the branch of the catalog's formula). Softsign's
  f'' jumps from 2 to -2 at 0, where PyTorch's sign(0) = 0 gives the mean, 0.
* "expressions": f^(n)(x) for n = 2, 3, 4 of a dozen expressions, by mp.diff(f, x, n) of
  the expression written in mpmath, at the same two precisions.

Each number is rounded once, correctly, to the nearest double (JSON numbers; "inf",
"-inf" strings where it overflows). Usage: python3 scripts/second_derivative_reference.py
"""

import json
import os
import subprocess
import sys

try:
    import mpmath  # noqa: F401
except ImportError:  # installs its only dependency itself
    subprocess.check_call([sys.executable, "-m", "pip", "install", "--user", "--quiet", "mpmath==1.3.0"])

import mpmath  # noqa: E402
from mpmath import mp  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference_values as rv  # noqa: E402  (the catalog's independent mpmath definitions)

REPO = os.path.dirname(HERE)
OUTPUT = os.path.join(REPO, "Tests", "PlotNNCoreTests", "Resources", "second-derivative-reference.json")
INF = float("inf")

GRID = [-6.0, -5.0, -4.0, -3.5, -2.5, -2.0, -1.5, -1.0, -0.75, -0.5, -0.25, -0.1, 0.0,
        0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 2.5, 3.5, 4.0, 5.0, 6.0]
LARGE = [s * m for m in (20.0, 50.0, 100.0, 300.0) for s in (-1.0, 1.0)]

# id -> {breakpoint: side} where f' is continuous and the side cannot be read off f'.
# ELU and CELU at alpha = 1 have a continuous f' at 0; their f' takes the x <= 0 branch.
KINK_SIDE = {"sparse-plus": {-1.0: -1, 1.0: +1}, "elu": {0.0: -1}, "celu": {0.0: -1}}


def to_double(v):
    v = mp.mpf(v)
    if mp.isinf(v):
        return INF if v > 0 else -INF
    return float(v) + 0.0  # mpf -> float rounds to nearest; no -0.0


def json_number(v):
    return ("inf" if v > 0 else "-inf") if v in (INF, -INF) else v


def diff(fn, x, n, side=0):
    """fn^(n)(x) by mp.diff, precision raised by the bits the difference cancels."""
    m = abs(int(mp.mag(x))) if x != 0 else 0
    f0 = abs(fn(x))
    with mp.workprec(mp.prec + 2 * m + 40):
        rough = mp.diff(fn, x, n, h=mp.ldexp(1, -40 - m), direction=side)
    lost = 0
    if f0 != 0 and rough != 0:
        lost = max(0, int(mp.mag(f0)) - int(mp.mag(rough)))
    with mp.workprec(mp.prec + 2 * m + lost + (n + 1) * (mp.prec + 20)):
        h = mp.ldexp(1, -(mp.prec // (n + 2)))
        return mp.diff(fn, x, n, h=h, direction=side)


def catalog_second(entry, xf, params, bps):
    def at(dps):
        with mp.workdps(dps):
            p = {k: mp.mpf(v) for k, v in params.items()}
            x = mp.mpf(xf)
            d = lambda t: mp.mpf(entry["d"](t, p))  # noqa: E731
            if xf in bps:
                side = KINK_SIDE.get(entry["id"], {}).get(xf)
                if side is None:
                    eps = mp.mpf(2) ** -60
                    here, left, right = d(x), d(x - eps), d(x + eps)
                    near = lambda a, b: abs(a - b) <= mp.mpf(2) ** -40 * (1 + abs(b))  # noqa: E731
                    if near(left, here) and not near(right, here):
                        side = -1
                    elif near(right, here) and not near(left, here):
                        side = +1
                    else:
                        raise ValueError("%s: cannot choose a side at %r" % (entry["id"], xf))
                return diff(d, x, 1, side)
            return diff(d, x, 1)
    a, b = to_double(at(60)), to_double(at(90))
    assert a == b or abs(a - b) <= 2e-16 * abs(b), (entry["id"], xf, a, b)
    return b


def catalog_cases():
    cases = []
    for entry in rv.CATALOG:
        bindings = [{}] + rv.EXTRA_PARAMETER_SETS.get(entry["id"], [])[:1]
        for overrides in bindings:
            params = rv.full_params(entry, overrides)
            with mp.workdps(60):
                bps = sorted({float(b) for b in entry["bps"]({k: mp.mpf(v) for k, v in params.items()})})
            xs = set(GRID + LARGE)
            for b in bps:
                xs.update([b, b - 1e-8, b + 1e-8, b - 1e-3, b + 1e-3])
            points = []
            for xf in sorted(xs):
                if entry["id"] == "softsign" and xf == 0.0:
                    points.append([0.0, 0.0])  # PyTorch's sign(0) = 0: the mean of 2 and -2
                    continue
                points.append([xf, json_number(catalog_second(entry, xf, params, bps))])
            cases.append({"id": entry["id"], "parameters": overrides, "points": points})
    return cases


# Expression (plotnn's syntax), the same in mpmath, and where it is evaluated.
STANDARD = [-2.5, -1.3, -0.4, 0.0, 0.3, 1.1, 2.0, 3.7]
POSITIVE = [0.2, 0.5, 1.0, 1.7, 2.5, 4.0]
EXPRESSIONS = [
    ("sin(x)*exp(-x^2/4)", lambda x: mp.sin(x) * mp.exp(-x ** 2 / 4), STANDARD),
    ("x^3 - 2*x", lambda x: x ** 3 - 2 * x, STANDARD),
    ("exp(x)/(1 + x^2)", lambda x: mp.exp(x) / (1 + x ** 2), STANDARD),
    ("log(1 + x^2)", lambda x: mp.log(1 + x ** 2), STANDARD),
    ("sqrt(x^2 + 1)", lambda x: mp.sqrt(x ** 2 + 1), STANDARD),
    ("tanh(2*x) + atan(x)", lambda x: mp.tanh(2 * x) + mp.atan(x), STANDARD),
    ("x*erf(x/sqrt(2))", lambda x: x * mp.erf(x / mp.sqrt(2)), STANDARD),
    ("cosh(x)*sin(3*x) - sinh(x)", lambda x: mp.cosh(x) * mp.sin(3 * x) - mp.sinh(x), STANDARD),
    ("asinh(x)*log1p(x^2)", lambda x: mp.asinh(x) * mp.log1p(x ** 2), STANDARD),
    ("expm1(x)*cos(x/2) + erfc(x)", lambda x: mp.expm1(x) * mp.cos(x / 2) + mp.erfc(x), STANDARD),
    ("tan(x/2)/(2 + sin(x))", lambda x: mp.tan(x / 2) / (2 + mp.sin(x)), STANDARD),
    ("x^2.5 + 2^x", lambda x: x ** mp.mpf(2.5) + mp.mpf(2) ** x, POSITIVE),
    ("x^x", lambda x: x ** x, POSITIVE),
    ("1/x^3 + log(x)", lambda x: 1 / x ** 3 + mp.log(x), POSITIVE),
]


def expression_cases():
    cases = []
    for text, fn, xs in EXPRESSIONS:
        points = []
        for xf in xs:
            row = [xf]
            for n in (2, 3, 4):
                vals = []
                for dps in (60, 90):
                    with mp.workdps(dps):
                        vals.append(to_double(diff(fn, mp.mpf(xf), n)))
                a, b = vals
                # 1e-100 absolute: where the true value is exactly 0 (d^3/dx^3 x erf(x/sqrt 2) at
                # x = 2) both precisions give noise far below any double's resolution.
                assert a == b or abs(a - b) <= 2e-16 * abs(b) + 1e-100, (text, xf, n, a, b)
                row.append(json_number(b))
            points.append(row)
        cases.append({"expression": text, "points": points})
    return cases


def main():
    document = {
        "generator": "scripts/second_derivative_reference.py (mpmath %s, mp.diff at 60 and 90 digits)"
        % mpmath.__version__,
        "catalog": catalog_cases(),
        "expressions": expression_cases(),
    }
    with open(OUTPUT, "w") as out:
        json.dump(document, out, indent=1)
        out.write("\n")
    print("wrote", OUTPUT, len(document["catalog"]), "catalog cases,", len(document["expressions"]), "expressions")


if __name__ == "__main__":
    main()
