#!/usr/bin/env python3
"""Writes examples/data/training-loss.csv: the training and validation loss of a tiny,
deterministic training run, for the `training-loss` figure of examples/figures.yaml.

What is trained: a logistic regression (weights and a bias, no regularization) on a
synthetic two-class problem: 60 features of which 4 carry the label, 120 training and
400 validation samples drawn from the same seeded distribution (numpy's PCG64, seed
20261201). Full-batch gradient descent, learning rate 0.5, 150 epochs; the loss is the
mean binary cross-entropy, written after each epoch (epoch 0 is the untrained model,
every weight 0, loss ln 2). With so many features for so few samples the model
overfits: the training loss keeps falling while the validation loss turns up, the
shape a training-curve figure is drawn to show.

Run: python3 scripts/training_loss_example.py   (numpy only; same bytes every run)
"""

import pathlib

import numpy as np

SEED = 20261201
FEATURES, INFORMATIVE = 60, 4
TRAIN, VALIDATION = 120, 400
EPOCHS, RATE = 150, 0.5


def samples(rng, n, w_true):
    x = rng.standard_normal((n, FEATURES))
    p = 1 / (1 + np.exp(-(x @ w_true)))
    y = (rng.random(n) < p).astype(float)
    return x, y


def loss(w, b, x, y):
    z = x @ w + b
    # log(1 + e^z) - y z, computed stably.
    return float(np.mean(np.logaddexp(0, z) - y * z))


def main():
    rng = np.random.default_rng(SEED)
    w_true = np.zeros(FEATURES)
    w_true[:INFORMATIVE] = [2.0, -1.5, 1.0, 0.5]
    xt, yt = samples(rng, TRAIN, w_true)
    xv, yv = samples(rng, VALIDATION, w_true)
    w, b = np.zeros(FEATURES), 0.0
    rows = ["epoch,train,validation"]
    for epoch in range(EPOCHS + 1):
        rows.append(f"{epoch},{loss(w, b, xt, yt):.6g},{loss(w, b, xv, yv):.6g}")
        p = 1 / (1 + np.exp(-(xt @ w + b)))
        w -= RATE * xt.T @ (p - yt) / TRAIN
        b -= RATE * float(np.mean(p - yt))
    out = pathlib.Path(__file__).resolve().parent.parent / "examples" / "data" / "training-loss.csv"
    out.write_text("\n".join(rows) + "\n")
    print(f"wrote {out} ({EPOCHS + 1} rows)")


if __name__ == "__main__":
    main()
