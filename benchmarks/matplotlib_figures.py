#!/usr/bin/env python3
"""The chapter-3 figures drawn with matplotlib, for `make bench` to time against plotnn.

Draws the same set as examples/figures.yaml's chapter entries (3.4.2 five activations,
3.4.3 five function+derivative figures, 3.4.8 ReLU, 3.4.9 softmax, 3.6.3 contours with
descent paths, 3.6.4 a 3-D loss surface), each as PNG and SVG at 640x480 px, in one
process, as a matplotlib user would script it. Usage: matplotlib_figures.py OUT_DIR
Prints the number of files written. `matplotlib_figures.py --one FILE.png` draws only a
ReLU figure (PNG, SVG or PDF by the file's extension), the counterpart of
`plotnn relu --out relu.png`. `matplotlib_figures.py --batch N OUT_DIR` draws N line
figures as PNG in a loop, the counterpart of bench.py's generated N-figure manifest (the
same functions and ranges).
"""
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


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softplus(x):
    return np.logaddexp(0, x)


def gelu(x):
    # The tanh approximation is close enough for a timing counterpart.
    return 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x**3)))


ACTIVATIONS = {
    "sigmoid": (sigmoid, lambda x: sigmoid(x) * (1 - sigmoid(x))),
    "tanh": (np.tanh, lambda x: 1 - np.tanh(x) ** 2),
    "relu": (lambda x: np.maximum(0, x), lambda x: (x > 0).astype(float)),
    "leaky-relu-alpha-0.5": (lambda x: np.where(x > 0, x, 0.5 * x), lambda x: np.where(x > 0, 1.0, 0.5)),
    "softplus": (softplus, sigmoid),
}


def save(fig, out, name, files):
    for ext in ("png", "svg"):
        fig.savefig(os.path.join(out, f"{name}.{ext}"), dpi=100)
        files.append(name + "." + ext)
    plt.close(fig)


def line_figure(out, name, f, df=None, lo=-10, hi=10, files=None):
    x = np.linspace(lo, hi, 2001)
    fig, ax = plt.subplots(figsize=(6.4, 4.8))
    ax.plot(x, f(x), label="f")
    if df is not None:
        ax.plot(x, df(x), "--", label="f'")
        ax.legend()
    ax.spines["left"].set_position("zero")
    ax.spines["bottom"].set_position("zero")
    ax.spines["right"].set_visible(False)
    ax.spines["top"].set_visible(False)
    ax.grid(True, alpha=0.3)
    ax.set_title(name)
    save(fig, out, name, files)


def softmax_figure(out, files):
    z = np.array([3.0, 1.0, -3.0])
    e = np.exp(z - z.max())
    p = e / e.sum()
    fig, axes = plt.subplots(1, 3, figsize=(7.2, 4.0))
    for ax, values, title in zip(axes, (z, np.exp(z), p), ("z", "e^z", "softmax(z)")):
        ax.barh(range(3), values, color=["C0", "C1", "C2"])
        for i, v in enumerate(values):
            ax.text(v, i, f" {v:.3g}", va="center")
        ax.set_title(title)
        ax.invert_yaxis()
    save(fig, out, "3.4.9-softmax", files)


def loss_problem(scale):
    i = np.arange(24)
    x1 = np.cos(1.7 * i) * 2
    x2 = np.sin(2.3 * i) * 2 / scale
    y = 3 * x1 + 40 * x2 + 0.3 * np.sin(5.1 * i)
    return x1, x2, y


def loss(w1, w2, x1, x2, y):
    r = w1[..., None] * x1 + w2[..., None] * x2 - y
    return 0.5 * np.mean(r * r, axis=-1)


def descent(x1, x2, y, start, lr, steps):
    w = np.array(start, float)
    path = [w.copy()]
    for _ in range(steps):
        r = w[0] * x1 + w[1] * x2 - y
        g = np.array([np.mean(r * x1), np.mean(r * x2)])
        w = w - lr * g
        path.append(w.copy())
    return np.array(path)


def contour_figure(out, files):
    fig, axes = plt.subplots(1, 2, figsize=(9.6, 4.8))
    for ax, scale in zip(axes, (10.0, 1.0)):
        x1, x2, y = loss_problem(scale)
        w1, w2 = np.meshgrid(np.linspace(-10, 10, 160), np.linspace(-100, 100, 160) if scale > 1 else np.linspace(-10, 50, 160))
        ax.contour(w1, w2, loss(w1, w2, x1, x2, y), levels=12, cmap="viridis")
        path = descent(x1, x2, y, (-8, -80 if scale > 1 else 0), 0.2, 30)
        ax.quiver(path[:-1, 0], path[:-1, 1], np.diff(path[:, 0]), np.diff(path[:, 1]), angles="xy", scale_units="xy", scale=1)
        ax.set_xlabel("θ1")
        ax.set_ylabel("θ2")
    save(fig, out, "3.6.3-descent", files)


def surface_figure(out, files):
    x1, x2, y = loss_problem(10.0)
    w1, w2 = np.meshgrid(np.linspace(-10, 10, 40), np.linspace(-100, 100, 40))
    fig = plt.figure(figsize=(8, 6))
    ax = fig.add_subplot(projection="3d")
    surf = ax.plot_surface(w1, w2, loss(w1, w2, x1, x2, y), cmap="viridis")
    fig.colorbar(surf, shrink=0.6)
    path = descent(x1, x2, y, (-8, -80), 0.2, 30)
    ax.plot(path[:, 0], path[:, 1], loss(path[:, 0], path[:, 1], x1, x2, y), "r-")
    ax.set_xlabel("w1")
    ax.set_ylabel("w2")
    save(fig, out, "3.6.4-surface", files)


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        # One ReLU figure as PNG, the counterpart of `plotnn relu --out relu.png`.
        x = np.linspace(-5, 5, 1001)
        fig, ax = plt.subplots(figsize=(6.4, 4.8))
        ax.plot(x, np.maximum(0, x))
        ax.set_title("ReLU")
        fig.savefig(sys.argv[2], dpi=100)
        return
    if len(sys.argv) > 3 and sys.argv[1] == "--batch":
        # bench.py's batch manifest: line-i plots BATCH[i % 5] over [-5 - i % 7, 5 + i % 7].
        count, out = int(sys.argv[2]), sys.argv[3]
        os.makedirs(out, exist_ok=True)
        batch = [ACTIVATIONS["sigmoid"][0], ACTIVATIONS["tanh"][0], ACTIVATIONS["relu"][0], softplus, gelu]
        for i in range(count):
            x = np.linspace(-5 - i % 7, 5 + i % 7, 1001)
            fig, ax = plt.subplots(figsize=(6.4, 4.8))
            ax.plot(x, batch[i % 5](x))
            ax.grid(True, alpha=0.3)
            fig.savefig(os.path.join(out, f"line-{i:04d}.png"), dpi=100)
            plt.close(fig)
        print(count)
        return
    out = sys.argv[1] if len(sys.argv) > 1 else "mpl-out"
    os.makedirs(out, exist_ok=True)
    files = []
    for name, (f, _) in ACTIVATIONS.items():
        line_figure(out, "3.4.2-" + name, f, files=files)
    for name, (f, df) in ACTIVATIONS.items():
        line_figure(out, "3.4.3-" + name + "-derivative", f, df, files=files)
    line_figure(out, "3.4.8-relu", ACTIVATIONS["relu"][0], files=files)
    softmax_figure(out, files)
    contour_figure(out, files)
    surface_figure(out, files)
    print(len(files))


if __name__ == "__main__":
    main()
