#!/usr/bin/env python3
"""Reference values of the catalog far on the negative side, where naive formulas fail.

For x -> -inf the obvious double formulas lose every digit (1 - sigma(-x), x + sqrt(x^2 + b),
1 + tanh u) or overflow (x^2 beyond 1.3e154), so CatalogAccuracyTests checks these points
with tolerances of a few ulp. The values come from the mpmath definitions of
scripts/reference_values.py (imported, not copied): each point is evaluated there with
extra working precision, checked for stable rounding at 30 more digits, and rounded once
to the nearest double.

Written to Tests/PlotNNCoreTests/Resources/catalog-tail-reference.json in the schema of
activation-reference.json ({"generator", "cases": [{"id", "parameters", "points":
[[x, f(x), f'(x)], ...]}]}), so the tests decode both with one type.

Usage: python3 scripts/catalog_tail_reference.py [--check]   (installs mpmath if missing)
"""

import reference_file  # noqa: E402  (scripts/: --check and dependencies)
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_values as ref  # noqa: E402  (installs mpmath itself)

OUTPUT = os.path.join(ref.REPO, "Tests", "PlotNNCoreTests", "Resources", "catalog-tail-reference.json")

TAIL = [-20.0, -35.0, -100.0, -300.0, -700.0, -750.0, -1000.0]
# (id, x values): the negative tail of each function whose naive formula cancels there,
# GELU where x*Phi(x) is still above the underflow threshold, and squareplus where x^2
# overflows a double.
CASES = [
    ("log-sigmoid", TAIL),
    ("sigmoid", TAIL),
    ("silu", TAIL),
    ("softplus", TAIL),
    ("mish", TAIL),
    ("tanh", TAIL),
    ("squareplus", TAIL + [-1e100, -1e200, -1e300]),
    ("gelu", [-20.0, -30.0, -37.0]),
]


def build():
    cases = []
    for cid, xs in CASES:
        entry = ref.CATALOG_BY_ID[cid]
        params = ref.full_params(entry, {})
        bps = ref.breakpoints(entry, params)
        points = [ref.reference_point(entry, x, params, bps) for x in xs]
        cases.append({"id": cid, "parameters": {}, "points": points, "extreme_points": []})
    return {
        "generator": "scripts/catalog_tail_reference.py (mpmath %s, %d digits, definitions of "
                     "scripts/reference_values.py)" % (ref.mpmath.__version__, ref.DPS),
        "cases": cases,
    }


def main():
    # The extreme points of squareplus are beyond the numerical-derivative check; they are
    # allowed there exactly as in reference_values.py.
    ref.EXTREME.extend([-1e100, -1e200, -1e300])
    reference_file.main(__doc__, OUTPUT, lambda: ref.render(build()))


if __name__ == "__main__":
    main()
