#!/usr/bin/env python3
"""Independent high-precision reference table for the plotnn activation catalog.

Every function of the catalog (the definitions in Sources/PlotNNCore/Catalog, with
PyTorch's conventions) is evaluated with mpmath at 50 significant digits or more,
together with its derivative, at a fixed set of double-precision inputs.  The
result is rounded once, correctly, to the nearest double and written to
Tests/PlotNNCoreTests/Resources/activation-reference.json, which the Swift
tests compare against.

How the numbers are made trustworthy:

* Inputs are doubles: every x (and every parameter) is first a Python float and
  is converted exactly to mpmath, so the table holds the true value of the
  function at the double the Swift code receives.
* Each evaluation runs with extra working precision that grows with |log2 x|
  (4 bits per bit of magnitude, +40 guard bits), which covers the cancellation
  in x - tanh x near 0 and in x + sqrt(x^2 + b) for x -> -inf.  The whole
  evaluation is repeated with 30 more digits and the two rounded doubles must
  be identical.
* Derivatives come from the analytic formula, and away from breakpoints each
  one is cross-checked against mpmath's numerical differentiation (mp.diff,
  central difference with a step far below the distance to any breakpoint);
  they must agree to 1e-30 relative.  At a breakpoint the derivative is the
  spec's (PyTorch's) convention and no numerical check applies.  At a few
  extreme points f' is so small next to f (sigmoid'(1e300) ~ e^-1e300 beside
  sigmoid(1e300) ~ 1) that differencing cannot resolve it; those are counted
  and skipped, while every point of the main grid is checked.
* Two formulas use exact algebraic rewrites where the literal form cannot be
  evaluated far out: gelu-tanh uses 0.5(1 + tanh u) = sigmoid(2u) and
  sech^2 u = 4 sigmoid(2u) sigmoid(-2u) (checked against the literal form at
  400 digits), and erfc beyond |z| = 1e100 uses its asymptotic series (mpmath
  1.3.0's erfc overflows there; checked against mp.erfc below that).
* Values that overflow a double are written as the JSON strings "inf"/"-inf";
  values below half the smallest subnormal round to 0.0.  Every zero is
  written as 0.0 (never -0.0).

Usage: python3 scripts/reference_values.py [--output PATH] [--check]
  --check  regenerate in memory and fail if the file on disk differs.

Output schema:
{
  "generator": "scripts/reference_values.py (mpmath 1.3.0, 50 digits)",
  "cases": [
    {"id": "leaky-relu",
     "parameters": {"negative_slope": 0.5},    # non-default parameters only,
                                               # canonical names; {} = defaults
     "points": [[x, f(x), f'(x)], ...],        # grid + breakpoints +/- 1e-9
     "extreme_points": [[x, f(x), f'(x)], ...] # +/-1e10, +/-1e100, +/-1e300
    }, ...
  ]
}
"""

import argparse
import json
import os
import subprocess
import sys

try:
    import mpmath
except ImportError:  # the script installs its only dependency itself
    subprocess.check_call(
        [sys.executable, "-m", "pip", "install", "--quiet", "mpmath==1.3.0"])
    import mpmath

from mpmath import mp

DPS = 50            # base precision in significant decimal digits
VERIFY_EXTRA_DPS = 30   # the re-evaluation used for the stability check
DIFF_REL_TOL = mp.mpf("1e-30")
# Skip the mp.diff check where f(x+h) - f(x-h) would cancel more bits than this
# (only happens at the extreme points, e.g. sigmoid'(1e300) ~ e^-1e300 next to
# sigmoid(1e300) ~ 1); every point of the main grid is always checked.
MAX_LOST_BITS = 6000
STATS = {"checked": 0, "unchecked": 0}

mp.dps = DPS

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUTPUT = os.path.join(
    REPO, "Tests", "PlotNNCoreTests", "Resources", "activation-reference.json")

INF = float("inf")

# ---------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------

_GRID_MAGNITUDES = [
    1e-300, 1e-12, 1e-8, 1e-3, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 4, 5,
    6, 7.5, 10, 15, 20, 25, 30, 40, 50, 100, 500, 700, 1000,
]
GRID = [0.0] + [float(m) for m in _GRID_MAGNITUDES] + [-float(m) for m in _GRID_MAGNITUDES]
EXTREME = [s * m for m in (1e10, 1e100, 1e300) for s in (1.0, -1.0)]
NEIGHBOUR = 1e-9   # breakpoint +/- 1e-9, computed in double arithmetic


def X(v):
    """The exact mpmath value of the double nearest to v."""
    return mp.mpf(float(v))


# ---------------------------------------------------------------------------
# Helpers (all evaluate at the current mpmath precision)
# ---------------------------------------------------------------------------

def sig(z):
    """Logistic sigmoid 1/(1+e^-z); no cancellation for any z."""
    return 1 / (1 + mp.exp(-z))


def _erfc_asymptotic(z):
    """erfc(z) for large z (used beyond 1e100) from the asymptotic series
    e^(-z^2)/(z sqrt(pi)) * sum (-1)^k (2k-1)!! / (2z^2)^k; the remainder is
    below the first omitted term, and for z >= 1e6 the terms fall by a factor <= (2k-1)/(2z^2)."""
    w = 1 / (2 * z * z)
    total, term, k = mp.mpf(0), mp.mpf(1), 0
    eps = mp.ldexp(1, -mp.prec - 10)
    while abs(term) > eps:
        total += term
        k += 1
        term *= -(2 * k - 1) * w
    return mp.exp(-z * z) / (z * mp.sqrt(mp.pi)) * total


def erfc(z):
    """mp.erfc, except beyond |z| = 1e100, where mpmath 1.3.0's series check
    overflows a Python float, so the asymptotic series is used."""
    if z > 1e100:
        return _erfc_asymptotic(z)
    if z < -1e100:
        return 2 - _erfc_asymptotic(-z)
    return mp.erfc(z)


def step(cond):
    return mp.mpf(1) if cond else mp.mpf(0)


# ---------------------------------------------------------------------------
# The catalog: id, parameters (canonical name, default as a double),
# f(x, p), f'(x, p), breakpoints(p).  p maps canonical names to exact mpf
# values of the double parameters.  Formulas follow the catalog's doc comments.
# ---------------------------------------------------------------------------

def _selu_scale():
    return mp.mpf("1.0507009873554804934193349852946")


def _selu_alpha():
    return mp.mpf("1.6732632423543772848170429916717")


def _gelu_tanh_parts(x):
    k = mp.sqrt(2 / mp.pi)
    c = mp.mpf("0.044715")
    u = k * (x + c * x ** 3)
    # 0.5 (1 + tanh u) == sig(2u) and sech^2 u == 4 sig(2u) sig(-2u) exactly;
    # these forms avoid the cancellation in 1 + tanh u for x -> -inf.
    return k, c, u


def gelu_tanh_f(x, p):
    k, c, u = _gelu_tanh_parts(x)
    return x * sig(2 * u)


def gelu_tanh_d(x, p):
    k, c, u = _gelu_tanh_parts(x)
    s_pos, s_neg = sig(2 * u), sig(-2 * u)
    return s_pos + 2 * x * s_pos * s_neg * k * (1 + 3 * c * x ** 2)


def mish_f(x, p):
    return x * mp.tanh(mp.log1p(mp.exp(x)))


def mish_d(x, p):
    sp = mp.log1p(mp.exp(x))
    return mp.tanh(sp) + x * mp.sech(sp) ** 2 * sig(x)


def softplus_f(x, p):
    bx = p["beta"] * x
    return x if bx > p["threshold"] else mp.log1p(mp.exp(bx)) / p["beta"]


def softplus_d(x, p):
    bx = p["beta"] * x
    return mp.mpf(1) if bx > p["threshold"] else sig(bx)


def hard_swish_f(x, p):
    if x <= -3:
        return mp.mpf(0)
    if x >= 3:
        return x
    return x * (x + 3) / 6


def hard_swish_d(x, p):
    # PyTorch's hardswish_backward: x < -3 -> 0, x <= 3 -> x/3 + 1/2, else 1
    if x < -3:
        return mp.mpf(0)
    if x <= 3:
        return x / 3 + mp.mpf(1) / 2
    return mp.mpf(1)


def squareplus_f(x, p):
    return (x + mp.sqrt(x * x + p["b"])) / 2


def squareplus_d(x, p):
    return (1 + x / mp.sqrt(x * x + p["b"])) / 2


def soft_shrink_f(x, p):
    lam = p["lambd"]
    if x > lam:
        return x - lam
    if x < -lam:
        return x + lam
    return mp.mpf(0)


def rrelu_slope(p):
    return (p["lower"] + p["upper"]) / 2


CATALOG = [
    dict(id="identity", params=[],
         f=lambda x, p: x,
         d=lambda x, p: mp.mpf(1),
         bps=lambda p: []),
    dict(id="sigmoid", params=[],
         f=lambda x, p: sig(x),
         d=lambda x, p: sig(x) * sig(-x),
         bps=lambda p: []),
    dict(id="tanh", params=[],
         f=lambda x, p: mp.tanh(x),
         d=lambda x, p: mp.sech(x) ** 2,
         bps=lambda p: []),
    dict(id="relu", params=[],
         f=lambda x, p: x if x > 0 else mp.mpf(0),
         d=lambda x, p: step(x > 0),
         bps=lambda p: [0.0]),
    dict(id="relu6", params=[],
         f=lambda x, p: min(max(mp.mpf(0), x), mp.mpf(6)),
         d=lambda x, p: step(0 < x < 6),
         bps=lambda p: [0.0, 6.0]),
    dict(id="leaky-relu", params=[("negative_slope", 0.01)],
         f=lambda x, p: x if x > 0 else p["negative_slope"] * x,
         d=lambda x, p: mp.mpf(1) if x > 0 else p["negative_slope"],
         bps=lambda p: [0.0]),
    dict(id="prelu", params=[("weight", 0.25)],
         f=lambda x, p: x if x > 0 else p["weight"] * x,
         d=lambda x, p: mp.mpf(1) if x > 0 else p["weight"],
         bps=lambda p: [0.0]),
    dict(id="rrelu", params=[("lower", 1 / 8), ("upper", 1 / 3)],
         f=lambda x, p: x if x >= 0 else rrelu_slope(p) * x,
         d=lambda x, p: mp.mpf(1) if x > 0 else rrelu_slope(p),
         bps=lambda p: [0.0]),
    dict(id="elu", params=[("alpha", 1.0)],
         f=lambda x, p: x if x > 0 else p["alpha"] * mp.expm1(x),
         d=lambda x, p: mp.mpf(1) if x > 0 else p["alpha"] * mp.exp(x),
         bps=lambda p: [0.0]),
    dict(id="celu", params=[("alpha", 1.0)],
         f=lambda x, p: max(mp.mpf(0), x)
         + min(mp.mpf(0), p["alpha"] * mp.expm1(x / p["alpha"])),
         d=lambda x, p: mp.mpf(1) if x > 0 else mp.exp(x / p["alpha"]),
         bps=lambda p: [0.0]),
    dict(id="selu", params=[],
         f=lambda x, p: _selu_scale() * (x if x > 0 else _selu_alpha() * mp.expm1(x)),
         d=lambda x, p: _selu_scale() if x > 0 else _selu_scale() * _selu_alpha() * mp.exp(x),
         bps=lambda p: [0.0]),
    dict(id="gelu", params=[],
         f=lambda x, p: x / 2 * erfc(-x / mp.sqrt(2)),
         d=lambda x, p: erfc(-x / mp.sqrt(2)) / 2
         + x * mp.exp(-x * x / 2) / mp.sqrt(2 * mp.pi),
         bps=lambda p: []),
    dict(id="gelu-tanh", params=[], f=gelu_tanh_f, d=gelu_tanh_d,
         bps=lambda p: []),
    dict(id="silu", params=[],
         f=lambda x, p: x * sig(x),
         d=lambda x, p: sig(x) * (1 + x * sig(-x)),
         bps=lambda p: []),
    dict(id="mish", params=[], f=mish_f, d=mish_d, bps=lambda p: []),
    dict(id="softplus", params=[("beta", 1.0), ("threshold", 20.0)],
         f=softplus_f, d=softplus_d,
         bps=lambda p: [p["threshold"] / p["beta"]]),
    dict(id="softsign", params=[],
         f=lambda x, p: x / (1 + abs(x)),
         d=lambda x, p: 1 / (1 + abs(x)) ** 2,
         bps=lambda p: []),
    dict(id="log-sigmoid", params=[],
         f=lambda x, p: -mp.log1p(mp.exp(-x)),
         d=lambda x, p: sig(-x),
         bps=lambda p: []),
    dict(id="hard-sigmoid", params=[],
         f=lambda x, p: mp.mpf(0) if x <= -3 else mp.mpf(1) if x >= 3
         else x / 6 + mp.mpf(1) / 2,
         d=lambda x, p: mp.mpf(1) / 6 if -3 < x < 3 else mp.mpf(0),
         bps=lambda p: [-3.0, 3.0]),
    dict(id="hard-sigmoid-keras", params=[],
         # 0.2 is the exact decimal 1/5 (the true real-number definition)
         f=lambda x, p: min(max(x / 5 + mp.mpf(1) / 2, mp.mpf(0)), mp.mpf(1)),
         d=lambda x, p: mp.mpf(1) / 5 if -2.5 < x < 2.5 else mp.mpf(0),
         bps=lambda p: [-2.5, 2.5]),
    dict(id="hard-swish", params=[], f=hard_swish_f, d=hard_swish_d,
         bps=lambda p: [-3.0, 3.0]),
    dict(id="hard-tanh", params=[("min_val", -1.0), ("max_val", 1.0)],
         f=lambda x, p: min(max(x, p["min_val"]), p["max_val"]),
         d=lambda x, p: step(p["min_val"] < x < p["max_val"]),
         bps=lambda p: [p["min_val"], p["max_val"]]),
    dict(id="hard-shrink", params=[("lambd", 0.5)],
         f=lambda x, p: x if abs(x) > p["lambd"] else mp.mpf(0),
         d=lambda x, p: step(abs(x) > p["lambd"]),
         bps=lambda p: [-p["lambd"], p["lambd"]]),
    dict(id="soft-shrink", params=[("lambd", 0.5)],
         f=soft_shrink_f,
         d=lambda x, p: step(abs(x) > p["lambd"]),
         bps=lambda p: [-p["lambd"], p["lambd"]]),
    dict(id="tanh-shrink", params=[],
         f=lambda x, p: x - mp.tanh(x),
         d=lambda x, p: mp.tanh(x) ** 2,
         bps=lambda p: []),
    dict(id="threshold", params=[("threshold", 1.0), ("value", 0.0)],
         f=lambda x, p: x if x > p["threshold"] else p["value"],
         d=lambda x, p: step(x > p["threshold"]),
         bps=lambda p: [p["threshold"]]),
    dict(id="squareplus", params=[("b", 4.0)], f=squareplus_f, d=squareplus_d,
         bps=lambda p: []),
    dict(id="sparse-plus", params=[],
         f=lambda x, p: mp.mpf(0) if x <= -1 else x if x >= 1 else (x + 1) ** 2 / 4,
         d=lambda x, p: mp.mpf(0) if x <= -1 else mp.mpf(1) if x >= 1 else (x + 1) / 2,
         bps=lambda p: [-1.0, 1.0]),
    dict(id="sparse-sigmoid", params=[],
         f=lambda x, p: mp.mpf(0) if x <= -1 else mp.mpf(1) if x >= 1 else (x + 1) / 2,
         d=lambda x, p: mp.mpf(1) / 2 if -1 < x < 1 else mp.mpf(0),
         bps=lambda p: [-1.0, 1.0]),
    dict(id="exponential", params=[],
         f=lambda x, p: mp.exp(x),
         d=lambda x, p: mp.exp(x),
         bps=lambda p: []),
]

# Non-default parameter sets (only the non-default parameters are listed).
EXTRA_PARAMETER_SETS = {
    "leaky-relu": [{"negative_slope": 0.5}],
    "prelu": [{"weight": 0.1}],
    "rrelu": [{"lower": 0.1, "upper": 0.3}],
    "elu": [{"alpha": 0.5}],
    "celu": [{"alpha": 2.0}],
    "softplus": [{"beta": 2.0, "threshold": 20.0}, {"beta": 1.0, "threshold": 5.0}],
    "hard-tanh": [{"min_val": -2.0, "max_val": 0.5}],
    "hard-shrink": [{"lambd": 1.0}],
    "soft-shrink": [{"lambd": 1.0}],
    "threshold": [{"threshold": 0.5, "value": -1.0}],
    "squareplus": [{"b": 1.0}],
}

# ---------------------------------------------------------------------------
# Evaluation machinery
# ---------------------------------------------------------------------------


def extra_bits(x):
    """Guard bits for evaluating at x: 40 plus 4 bits per bit of |log2 |x||.

    This covers every cancellation and error amplification in the catalog:
    x - tanh x loses ~2 log2(1/|x|) bits near 0, x + sqrt(x^2 + b) loses
    ~2 log2|x| bits for x -> -inf, and e^(-2u) in gelu-tanh with u ~ x^3
    amplifies the rounding error of u by |u| ~ 2^(3 log2|x|)."""
    if x == 0:
        return 40
    return 40 + 4 * abs(int(mp.mag(x)))


def evaluate(fn, x, params):
    """fn(x, params) with working precision raised relative to the current one."""
    with mp.workprec(mp.prec + extra_bits(x)):
        p = {k: mp.mpf(v) for k, v in params.items()}
        r = fn(x, p)
        r = mp.mpf(r)
        if not mp.isfinite(r) and not mp.isinf(r):
            raise ArithmeticError("NaN from %r at %r" % (fn, x))
        return r


def to_double(v):
    """Round an mpf to the nearest double (ties to even), exactly once."""
    v = mp.mpf(v)
    if mp.isnan(v):
        raise ArithmeticError("NaN")
    if mp.isinf(v):
        return INF if v > 0 else -INF
    if v == 0:
        return 0.0
    sign, man, exp, bc = v._mpf_
    mag = exp + bc                  # 2^(mag-1) <= |v| < 2^mag
    if mag > 1025:
        r = INF
    elif mag < -1080:               # below half the smallest subnormal
        r = 0.0
    else:
        try:
            # int / int true division is correctly rounded in CPython,
            # including the subnormal range.
            r = float(man << exp) if exp >= 0 else man / (1 << -exp)
        except OverflowError:
            r = INF
    if r == 0.0:
        return 0.0
    return -r if sign else r


def full_params(entry, overrides):
    p = {name: float(default) for name, default in entry["params"]}
    for name, value in overrides.items():
        if name not in p:
            raise KeyError("%s has no parameter %s" % (entry["id"], name))
        p[name] = float(value)
    return p


def breakpoints(entry, params):
    p = {k: mp.mpf(v) for k, v in params.items()}
    with mp.workprec(mp.prec + 64):
        return sorted({to_double(mp.mpf(b)) for b in entry["bps"](p)})


def numeric_derivative(entry, x, params, f, d):
    """mp.diff with a central step far below the distance to any breakpoint.

    The working precision is raised by the binary magnitude of x (so x +/- h
    is exact) and by mag(f) - mag(f'), the bits lost when f(x+h) - f(x-h)
    cancels (e.g. sigmoid near 1 for large x).
    """
    m = abs(int(mp.mag(x))) if x != 0 else 0
    lost = 0
    if f != 0 and d != 0:
        xmag = min(0, int(mp.mag(x))) if x != 0 else 0
        lost = max(0, int(mp.mag(f)) - int(mp.mag(d)) - xmag)
    if lost > MAX_LOST_BITS:
        return None     # f' is negligible next to f: not resolvable by differencing
    with mp.workprec(mp.prec + 2 * m + lost + 20):
        P = mp.prec
        scale = min(mp.mpf(1), abs(x)) if x != 0 else mp.mpf(1)
        h = mp.ldexp(scale, -(P + 20))
        return mp.diff(lambda t: evaluate(entry["f"], t, params), x, h=h)


def agrees(numeric, analytic):
    if analytic == 0:
        return numeric == 0 or abs(numeric) < mp.mpf("1e-45")
    return abs(numeric - analytic) <= DIFF_REL_TOL * abs(analytic)


def reference_point(entry, xf, params, bps):
    x = X(xf)
    f = evaluate(entry["f"], x, params)
    d = evaluate(entry["d"], x, params)
    fd, dd = to_double(f), to_double(d)

    # Stability: the same numbers with 30 more digits round to the same doubles.
    with mp.workdps(DPS + VERIFY_EXTRA_DPS):
        f2 = to_double(evaluate(entry["f"], x, params))
        d2 = to_double(evaluate(entry["d"], x, params))
    if (f2, d2) != (fd, dd):
        raise AssertionError("%s %r at x=%r: unstable rounding (%r,%r) vs (%r,%r)"
                             % (entry["id"], params, xf, fd, dd, f2, d2))

    # Analytic derivative vs numerical differentiation, away from breakpoints.
    if xf not in bps:
        num = numeric_derivative(entry, x, params, f, d)
        if num is None:
            if xf not in EXTREME:
                raise AssertionError("%s %r at x=%r: derivative not checkable"
                                     % (entry["id"], params, xf))
            STATS["unchecked"] += 1
        elif not agrees(num, d):
            raise AssertionError(
                "%s %r at x=%r: analytic f'=%s but mp.diff gives %s"
                % (entry["id"], params, xf, mp.nstr(d, 20), mp.nstr(num, 20)))
        else:
            STATS["checked"] += 1
    return [xf, fd, dd]


def case_points(entry, params):
    bps = breakpoints(entry, params)
    xs = set(GRID)
    for b in bps:
        xs.update((b, b - NEIGHBOUR, b + NEIGHBOUR))
    xs = sorted(0.0 if v == 0 else v for v in xs)
    points = [reference_point(entry, xf, params, bps) for xf in xs]
    extreme = [reference_point(entry, xf, params, bps) for xf in sorted(EXTREME)]
    return points, extreme


def build():
    cases = []
    for entry in CATALOG:
        for overrides in [{}] + EXTRA_PARAMETER_SETS.get(entry["id"], []):
            params = full_params(entry, overrides)
            defaults = full_params(entry, {})
            listed = {name: params[name] for name, _ in entry["params"]
                      if params[name] != defaults[name]}
            points, extreme = case_points(entry, params)
            cases.append({"id": entry["id"], "parameters": listed,
                          "points": points, "extreme_points": extreme})
    return {
        "generator": "scripts/reference_values.py (mpmath %s, %d digits)"
                     % (mpmath.__version__, DPS),
        "cases": cases,
    }


# ---------------------------------------------------------------------------
# Independent identity checks of the formulas that use rewritten forms
# ---------------------------------------------------------------------------

def identity_checks():
    p0 = {}
    with mp.workdps(400):
        for xf in GRID:
            x = X(xf)
            if abs(xf) <= 10:
                # gelu-tanh: sigmoid form == 0.5 x (1 + tanh u), and its
                # derivative == 0.5 (1 + tanh u) + 0.5 x sech^2(u) u'
                k, c, u = _gelu_tanh_parts(x)
                direct = x / 2 * (1 + mp.tanh(u))
                ddirect = (1 + mp.tanh(u)) / 2 + x / 2 * mp.sech(u) ** 2 * k * (1 + 3 * c * x * x)
                assert to_double(direct) == to_double(gelu_tanh_f(x, p0)), xf
                assert to_double(ddirect) == to_double(gelu_tanh_d(x, p0)), xf
                # tanh: sech^2 == 1 - tanh^2
                assert to_double(1 - mp.tanh(x) ** 2) == to_double(mp.sech(x) ** 2), xf
    # erfc: asymptotic series against mpmath where both work
    for zf in (1e6, 3.5e7, 1e10, 7.07e99, 1e100):
        z = X(zf)
        assert mp.almosteq(_erfc_asymptotic(z), mp.erfc(z), rel_eps=mp.mpf("1e-45")), zf
    for b in (4.0, 1.0):
        for xf in GRID + EXTREME:
            if xf < 0:
                x, bb = X(xf), mp.mpf(b)
                with mp.workprec(mp.prec + extra_bits(x)):
                    r = mp.sqrt(x * x + bb)
                    stable = bb / (2 * (r - x))
                    dstable = bb / (2 * r * (r - x))
                got = evaluate(squareplus_f, x, {"b": b})
                dgot = evaluate(squareplus_d, x, {"b": b})
                assert to_double(stable) == to_double(got) and got > 0, (b, xf)
                assert to_double(dstable) == to_double(dgot) and dgot > 0, (b, xf)
    # tanh-shrink near 0: series x^3/3 - 2x^5/15 + 17x^7/315
    for xf in (1e-300, 1e-12, 1e-8, 1e-3, -1e-3, -1e-8, -1e-12, -1e-300):
        x = X(xf)
        with mp.workprec(mp.prec + extra_bits(x)):
            series = x ** 3 / 3 - 2 * x ** 5 / 15 + 17 * x ** 7 / 315 - 62 * x ** 9 / 2835
        got = evaluate(CATALOG_BY_ID["tanh-shrink"]["f"], x, {})
        assert to_double(series) == to_double(got), xf


CATALOG_BY_ID = {e["id"]: e for e in CATALOG}


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

def fmt_number(v):
    if v == INF:
        return '"inf"'
    if v == -INF:
        return '"-inf"'
    if v != v:
        raise ArithmeticError("NaN in output")
    return repr(float(v))


def fmt_point(pt):
    return "[" + ", ".join(fmt_number(v) for v in pt) + "]"


def fmt_params(params):
    return "{" + ", ".join("%s: %s" % (json.dumps(k), fmt_number(v))
                           for k, v in params.items()) + "}"


def render(table):
    out = ["{", '  "generator": %s,' % json.dumps(table["generator"]), '  "cases": [']
    for i, case in enumerate(table["cases"]):
        out.append("    {")
        out.append('      "id": %s,' % json.dumps(case["id"]))
        out.append('      "parameters": %s,' % fmt_params(case["parameters"]))
        for key in ("points", "extreme_points"):
            out.append('      "%s": [' % key)
            rows = case[key]
            for j, pt in enumerate(rows):
                out.append("        " + fmt_point(pt) + ("," if j + 1 < len(rows) else ""))
            out.append("      ]" + ("," if key == "points" else ""))
        out.append("    }" + ("," if i + 1 < len(table["cases"]) else ""))
    out.append("  ]")
    out.append("}")
    return "\n".join(out) + "\n"


def self_check(text, table):
    data = json.loads(text)
    ids = {c["id"] for c in data["cases"]}
    assert ids == set(CATALOG_BY_ID) and len(ids) == 30, sorted(ids)

    def decode(v):
        return {"inf": INF, "-inf": -INF}.get(v, v) if isinstance(v, str) else v
    for parsed, built in zip(data["cases"], table["cases"]):
        for key in ("points", "extreme_points"):
            for a, b in zip(parsed[key], built[key]):
                assert [decode(v) for v in a] == b, (parsed["id"], a, b)

    def lookup(cid, params, x):
        for c in data["cases"]:
            if c["id"] == cid and c["parameters"] == params:
                for pt in c["points"]:
                    if pt[0] == x:
                        return pt
        raise KeyError((cid, params, x))
    # Spot checks against values known independently.
    assert lookup("sigmoid", {}, 0.0)[2] == 0.25
    assert lookup("gelu", {}, 1.0)[1] == 0.8413447460685429
    assert lookup("softplus", {}, 0.0)[1] == 0.6931471805599453
    assert lookup("selu", {}, -1.0)[1] == -1.1113307378125628
    assert lookup("hard-swish", {}, -3.0)[2] == -0.5
    assert lookup("hard-swish", {}, 3.0)[2] == 1.5
    assert lookup("leaky-relu", {"negative_slope": 0.5}, -10.0)[1:] == [-5.0, 0.5]
    assert lookup("relu", {}, 0.0)[2] == 0.0
    assert lookup("elu", {"alpha": 0.5}, 0.0)[2] == 0.5
    assert lookup("celu", {}, 0.0)[2] == 1.0
    assert lookup("rrelu", {}, 0.0)[2] == (0.125 + 1 / 3) / 2
    assert lookup("exponential", {}, 1000.0)[1:] == ["inf", "inf"]
    assert lookup("tanh", {}, 1000.0)[2] == 0.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--output", default=DEFAULT_OUTPUT)
    ap.add_argument("--check", action="store_true",
                    help="fail if the file on disk differs from a fresh run")
    args = ap.parse_args()

    identity_checks()
    table = build()
    text = render(table)
    self_check(text, table)
    n_points = sum(len(c["points"]) + len(c["extreme_points"]) for c in table["cases"])
    if args.check:
        with open(args.output) as fh:
            if fh.read() != text:
                sys.exit("%s is out of date; rerun %s" % (args.output, sys.argv[0]))
        print("%s is up to date (%d cases, %d points)" % (args.output, len(table["cases"]), n_points))
        return
    with open(args.output, "w") as fh:
        fh.write(text)
    print("wrote %s: %d cases, %d points; f' checked against mp.diff at %d points,"
          " %d extreme points not differentiable numerically"
          % (args.output, len(table["cases"]), n_points, STATS["checked"], STATS["unchecked"]))


if __name__ == "__main__":
    main()
