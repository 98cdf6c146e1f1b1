#!/usr/bin/env python3
"""Reference values for the network figure's tests (Tests/PlotNNCoreTests/NetworkTests.swift),
computed once, independently of plotnn:

- softmax of the chapter's logits with mpmath at 50 digits, written to 3 decimals (the
  precision the network figure shows computed values at);
- the units dropout removes: SplitMix64 (Steele, Lea, Flood 2014) in Python integers masked
  to 64 bits, driving a partial Fisher-Yates shuffle (j = i + next() % (n - i)), the first
  k = round(rate * n) places (Swift's rounded(): halves away from zero);
- random edge weights: the pair into layer i uses the stream seeded with seed + i - 1; the
  weight from unit s to unit t is the stream's number k = t * columns + s (computed here by
  drawing k + 1 numbers one by one, not by the jump plotnn uses), 2 * (z >> 11) / 2**53 - 1.

Run: python3 scripts/network_reference.py  (prints the JSON the tests hold).
"""
import json
import math
from mpmath import mp, mpf, exp

mp.dps = 50
MASK = (1 << 64) - 1


def softmax(z):
    e = [exp(mpf(v)) for v in z]
    s = sum(e)
    return [x / s for x in e]


def splitmix64(state):
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


def round_half_away(x):
    return int(math.floor(x + 0.5)) if x >= 0 else -int(math.floor(-x + 0.5))


def dropped(rate, seed, n):
    k = min(n, round_half_away(rate * n))
    units = list(range(n))
    gen = splitmix64(seed)
    for i in range(k):
        j = i + next(gen) % (n - i)
        units[i], units[j] = units[j], units[i]
    return sorted(units[:k])


def weights(seed, layer, rows, columns):
    gen = splitmix64((seed + layer - 1) & MASK)
    numbers = [next(gen) for _ in range(rows * columns)]
    return [[repr(2 * ((numbers[t * columns + s] >> 11) / 2**53) - 1) for s in range(columns)] for t in range(rows)]


cases = {
    "softmax": {
        "[3,1,-3]": [format(float(p), ".3f") for p in softmax([3, 1, -3])],
        "[1,2,3]": [format(float(p), ".3f") for p in softmax([1, 2, 3])],
    },
    "dropout": [
        {"rate": r, "seed": s, "n": n, "dropped": dropped(r, s, n)}
        for (r, s, n) in [(0.5, 1, 6), (0.5, 2, 6), (0.2, 3, 5), (0.5, 0, 4), (0.3, 42, 10), (0.5, 7, 784)]
    ],
    "weights": [
        {"seed": sd, "layer": l, "rows": r, "columns": c, "matrix": weights(sd, l, r, c)}
        for (sd, l, r, c) in [(7, 1, 3, 4), (7, 2, 2, 3), (0, 1, 2, 2), (2**64 - 1, 3, 2, 5)]
    ],
}
print(json.dumps(cases, indent=1))
