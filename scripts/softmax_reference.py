#!/usr/bin/env python3
"""Write Tests/PlotNNCoreTests/Resources/softmax-reference.json: softmax by mpmath.

softmax(z)_i = exp(z_i) / sum_j exp(z_j), evaluated with mpmath at 60 significant digits
(exp(±2000) is no problem there) for the logit vectors SoftmaxTests uses, then rounded once
to the nearest double. The evaluation is repeated at 90 digits and the rounded doubles must
be identical. Each logit is a Python float, converted exactly.

Usage: python3 scripts/softmax_reference.py [--check]   (installs mpmath if missing)
  --check  regenerate in memory and fail if the file on disk differs.
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

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(REPO, "Tests", "PlotNNCoreTests", "Resources", "softmax-reference.json")

LOGITS = [
    [3.0, 1.0, -3.0],                    # the chapter's example
    [1000.0, -1000.0, 0.0, 999.0],       # exp overflows a double
    [-2.5, 0.1, 7.0, 7.0, -40.0],        # ties and a far tail
    [1000.0, 999.0],
    [-1000.0, -1001.0, -1002.5],         # exp underflows a double
    [0.0],
    [1e-300, -1e-300, 0.0],
    [30.0, 0.5, -0.25, 12.0, -7.75, 29.0],
]


def softmax(z, dps):
    with mp.workdps(dps):
        e = [mp.exp(mp.mpf(x)) for x in z]
        s = mp.fsum(e)
        return [float(v / s) for v in e]  # mpf -> nearest double


def build():
    cases = []
    for z in LOGITS:
        p = softmax(z, 60)
        assert p == softmax(z, 90), z
        cases.append({"logits": z, "probabilities": p})
    return {"generator": "scripts/softmax_reference.py (mpmath %s, 60 digits)" % mpmath.__version__, "cases": cases}


def main():
    reference_file.main(__doc__, OUTPUT, lambda: json.dumps(build(), indent=1) + "\n")


if __name__ == "__main__":
    main()
