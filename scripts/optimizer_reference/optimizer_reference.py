#!/usr/bin/env python3
"""Reference trajectories of every optimizer plotnn runs (Sources/PlotNNCore/Optimizers).

For each optimizer spec below, the first 50 steps from a fixed start on two losses,
    quadratic   L = x^2/2 + 5 y^2            grad (x, 10 y)
    rosenbrock  L = (1 - x)^2 + 100 (y - x^2)^2
                grad (-2 (1 - x) - 400 x (y - x^2), 200 (y - x^2)),
each coordinate of each iterate written with repr() (the shortest text that reads back
to the same double), to Tests/PlotNNCoreTests/Resources/optimizer-reference.json.

Where the values come from. Each optimizer is transcribed here in plain Python floats
(IEEE doubles, math.sqrt, C pow) from its framework's source, in that source's order of
operations:
  torch.optim (PyTorch 2.x `_single_tensor_*` functions): sgd, momentum, nesterov,
    adagrad, adadelta, rmsprop, centered-rmsprop, adam, adamax, nadam, adamw;
  TensorFlow's tensorflow/core/kernels/training_ops.cc (the CPU functors): the tf
    conventions of adagrad (ResourceApplyAdagradV2), rmsprop (ApplyRMSProp), centred
    rmsprop (ApplyCenteredRMSProp) and adam (ApplyAdam), and ftrl (ApplyFtrl),
    adagrad-da (ApplyAdagradDA), proximal-sgd (ApplyProximalGradientDescent) and
    proximal-adagrad (ApplyProximalAdagrad), which PyTorch and optax lack.
The transcriptions are then checked against libraries that implement the same rules,
run independently in float64, and the script fails when they disagree by more than
1e-10 relative over the 50 steps (the libraries order some operations differently, so
bit equality is not expected; a wrong formula is off by far more):
  optax (JAX, x64): sgd, momentum, nesterov, adadelta, rmsprop and centred rmsprop in
    both conventions (optax's eps_in_sqrt), adam, adamax, adamw, and adagrad with eps = 0
    (optax puts Adagrad's eps under the root);
  TensorFlow's raw training ops (tf.raw_ops.Apply*), when tensorflow-cpu installs: every
    tf-convention and TensorFlow-only optimizer.
torch itself is not installed (its PyPI wheel brings gigabytes of CUDA libraries); NAdam's
momentum schedule exists in no other library installed here, so it rests on the
transcription of torch/optim/nadam.py alone.

Usage: python3 scripts/optimizer_reference/optimizer_reference.py [--check]
(installs jax[cpu], optax and, if it can, tensorflow-cpu into .build/optref-venv)
"""

import json
import math
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
VENV = os.path.join(REPO, ".build", "optref-venv")
OUTPUT = os.path.join(REPO, "Tests", "PlotNNCoreTests", "Resources", "optimizer-reference.json")
STEPS = 50


def in_venv():
    """Re-runs this script inside its own venv with its dependencies installed."""
    python = os.path.join(VENV, "bin", "python")
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    if not os.path.exists(python):
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
        subprocess.check_call([python, "-m", "pip", "install", "--quiet", "jax[cpu]", "optax", "numpy"])
        # TensorFlow is large; its checks are skipped when it does not install.
        subprocess.call([python, "-m", "pip", "install", "--quiet", "tensorflow-cpu"])
    os.execv(python, [python] + sys.argv)


# ---------------------------------------------------------------- losses


def quadratic(x, y):
    return 0.5 * x * x + 5 * y * y


def quadratic_grad(x, y):
    return (x, 10 * y)


def rosenbrock(x, y):
    return (1 - x) ** 2 + 100 * (y - x * x) ** 2


def rosenbrock_grad(x, y):
    return (-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x))


LOSSES = {
    "quadratic": (quadratic, quadratic_grad, (-4.0, 1.0)),
    "rosenbrock": (rosenbrock, rosenbrock_grad, (-1.5, 2.0)),
}

# ---------------------------------------------------------------- transcriptions
# Each rule: init(x, p) -> state (a dict), step(x, g, state, t, p) -> new x; p holds every
# hyper-parameter by PyTorch name, defaults filled in. Element-wise, run per coordinate.


def sign(v):
    return 1.0 if v > 0 else -1.0 if v < 0 else 0.0


def sgd_step(x, g, s, t, p):
    # torch/optim/sgd.py _single_tensor_sgd
    if p["weight_decay"] != 0:
        g = g + p["weight_decay"] * x
    mom = p.get("momentum", 0.0)
    if mom != 0:
        if t == 1:
            s["buf"] = g
        else:
            s["buf"] = s["buf"] * mom + (1 - p.get("dampening", 0.0)) * g
        g = g + mom * s["buf"] if p.get("nesterov") else s["buf"]
    return x + -p["lr"] * g


def adagrad_step(x, g, s, t, p):
    # torch/optim/adagrad.py _single_tensor_adagrad; TF ResourceApplyAdagradV2 is the same
    # update (accum += g*g; var -= lr*g/(sqrt(accum)+eps)) with other defaults.
    if p["weight_decay"] != 0:
        g = g + p["weight_decay"] * x
    clr = p["lr"] / (1 + (t - 1) * p["lr_decay"])
    s["sum"] += g * g
    std = math.sqrt(s["sum"]) + p["eps"]
    return x + -clr * (g / std)


def adadelta_step(x, g, s, t, p):
    # torch/optim/adadelta.py _single_tensor_adadelta
    if p["weight_decay"] != 0:
        g = g + p["weight_decay"] * x
    rho, eps = p["rho"], p["eps"]
    s["v"] = s["v"] * rho + (1 - rho) * (g * g)
    std = math.sqrt(s["v"] + eps)
    delta = math.sqrt(s["u"] + eps) / std * g
    s["u"] = s["u"] * rho + (1 - rho) * (delta * delta)
    return x + -p["lr"] * delta


def rmsprop_step(x, g, s, t, p):
    if p["weight_decay"] != 0:
        g = g + p["weight_decay"] * x
    alpha, eps, lr, mom = p["alpha"], p["eps"], p["lr"], p["momentum"]
    if p["convention"] == "torch":
        # torch/optim/rmsprop.py _single_tensor_rmsprop (lerp with weight < 0.5 is a + w (b - a))
        s["v"] = s["v"] * alpha + (1 - alpha) * (g * g)
        if p["centered"]:
            s["m"] = s["m"] + (1 - alpha) * (g - s["m"])
            avg = math.sqrt(s["v"] - s["m"] * s["m"])
        else:
            avg = math.sqrt(s["v"])
        avg = avg + eps
        if mom > 0:
            s["buf"] = s["buf"] * mom + g / avg
            return x + -lr * s["buf"]
        return x + -lr * (g / avg)
    # training_ops.cc ApplyRMSProp / ApplyCenteredRMSProp
    s["v"] = s["v"] + (g * g - s["v"]) * (1 - alpha)
    denominator = s["v"] + eps
    if p["centered"]:
        s["m"] = s["m"] + (g - s["m"]) * (1 - alpha)
        denominator = s["v"] - s["m"] * s["m"] + eps
    s["buf"] = s["buf"] * mom + lr * g / math.sqrt(denominator)
    return x - s["buf"]


def adam_step(x, g, s, t, p):
    if p["weight_decay"] != 0:
        g = g + p["weight_decay"] * x
    b1, b2, lr, eps = p["beta1"], p["beta2"], p["lr"], p["eps"]
    if p["convention"] == "torch":
        # torch/optim/adam.py _single_tensor_adam
        s["m"] = s["m"] + (1 - b1) * (g - s["m"])
        s["v"] = s["v"] * b2 + (1 - b2) * (g * g)
        step_size = lr / (1 - b1**t)
        denom = math.sqrt(s["v"]) / math.sqrt(1 - b2**t) + eps
        return x + -step_size * (s["m"] / denom)
    # training_ops.cc ApplyAdam (epsilon-hat)
    s["m"] = s["m"] + (g - s["m"]) * (1 - b1)
    s["v"] = s["v"] + (g * g - s["v"]) * (1 - b2)
    rate = lr * math.sqrt(1 - b2**t) / (1 - b1**t)
    return x - rate * s["m"] / (math.sqrt(s["v"]) + eps)


def adamw_step(x, g, s, t, p):
    # torch/optim/adamw.py: param.mul_(1 - lr * weight_decay), then Adam
    x = x * (1 - p["lr"] * p["weight_decay"])
    return adam_step(x, g, s, t, dict(p, weight_decay=0.0, convention="torch"))


def adamax_step(x, g, s, t, p):
    # torch/optim/adamax.py _single_tensor_adamax
    if p["weight_decay"] != 0:
        g = g + p["weight_decay"] * x
    b1, b2 = p["beta1"], p["beta2"]
    s["m"] = s["m"] + (1 - b1) * (g - s["m"])
    s["u"] = max(s["u"] * b2, abs(g) + p["eps"])
    clr = p["lr"] / (1 - b1**t)
    return x + -clr * (s["m"] / s["u"])


def nadam_step(x, g, s, t, p):
    # torch/optim/nadam.py _single_tensor_nadam
    if p["weight_decay"] != 0:
        g = g + p["weight_decay"] * x
    b1, b2, lr, eps, psi = p["beta1"], p["beta2"], p["lr"], p["eps"], p["momentum_decay"]
    bias_correction2 = 1 - b2**t
    mu = b1 * (1.0 - 0.5 * (0.96 ** (t * psi)))
    mu_next = b1 * (1.0 - 0.5 * (0.96 ** ((t + 1) * psi)))
    s["prod"] *= mu
    s["m"] = s["m"] + (1 - b1) * (g - s["m"])
    s["v"] = s["v"] * b2 + (1 - b2) * (g * g)
    denom = math.sqrt(s["v"] / bias_correction2) + eps
    prod_next = s["prod"] * mu_next
    x = x + (-lr * (1.0 - mu) / (1.0 - s["prod"])) * (g / denom)
    return x + (-lr * mu_next / (1.0 - prod_next)) * (s["m"] / denom)


def ftrl_step(x, g, s, t, p):
    # training_ops.cc ApplyFtrl, l2 adjusted by Keras' beta: l2 + beta / (2 lr)
    lr, power = p["lr"], p["lr_power"]
    l1 = p["l1"]
    l2 = p["l2"] + p["beta"] / (2 * lr)
    f = (lambda v: math.sqrt(v)) if power == -0.5 else (lambda v: v ** (-power))
    new_accum = s["n"] + g * g
    s["z"] += g - (f(new_accum) - f(s["n"])) / lr * x
    numerator = l1 * sign(s["z"]) - s["z"]
    denominator = f(new_accum) / lr + 2 * l2
    s["n"] = new_accum
    return numerator / denominator if abs(s["z"]) > l1 else 0.0


def adagrad_da_step(x, g, s, t, p):
    # training_ops.cc ApplyAdagradDA with global_step = t
    lr, l1, l2 = p["lr"], p["l1"], p["l2"]
    s["G"] += g
    s["S"] += g * g
    denominator = l2 * t * lr + math.sqrt(s["S"])
    if l1 > 0:
        return lr * (-sign(s["G"]) * max(abs(s["G"]) - l1 * t, 0.0)) / denominator
    return s["G"] * lr * -1 / denominator


def prox(v, rate, l1, l2):
    if l1 > 0:
        return sign(v) * max(abs(v) - rate * l1, 0.0) / (1 + rate * l2)
    return v / (1 + rate * l2)


def proximal_sgd_step(x, g, s, t, p):
    # training_ops.cc ApplyProximalGradientDescent
    return prox(x - p["lr"] * g, p["lr"], p["l1"], p["l2"])


def proximal_adagrad_step(x, g, s, t, p):
    # training_ops.cc ApplyProximalAdagrad
    s["sum"] += g * g
    rate = p["lr"] * (1 / math.sqrt(s["sum"]))
    return prox(x - g * rate, rate, p["l1"], p["l2"])


WD = {"weight_decay": 0.0}
# id -> (step, defaults (torch), tf defaults that differ, initial state)
RULES = {
    "sgd": (sgd_step, dict(lr=1e-3, **WD), {}, lambda p: {}),
    "momentum": (sgd_step, dict(lr=1e-3, momentum=0.9, dampening=0.0, **WD), {}, lambda p: {}),
    "nesterov": (sgd_step, dict(lr=1e-3, momentum=0.9, nesterov=True, **WD), {}, lambda p: {}),
    "adagrad": (
        adagrad_step,
        dict(lr=1e-2, lr_decay=0.0, initial_accumulator_value=0.0, eps=1e-10, **WD),
        dict(initial_accumulator_value=0.1, eps=1e-7),
        lambda p: {"sum": p["initial_accumulator_value"]},
    ),
    "adadelta": (adadelta_step, dict(lr=1.0, rho=0.9, eps=1e-6, **WD), {}, lambda p: {"v": 0.0, "u": 0.0}),
    "rmsprop": (
        rmsprop_step,
        dict(lr=1e-2, alpha=0.99, eps=1e-8, momentum=0.0, centered=False, **WD),
        {},
        lambda p: {"v": 0.0, "m": 0.0, "buf": 0.0},
    ),
    "centered-rmsprop": (
        rmsprop_step,
        dict(lr=1e-2, alpha=0.99, eps=1e-8, momentum=0.0, centered=True, **WD),
        {},
        lambda p: {"v": 0.0, "m": 0.0, "buf": 0.0},
    ),
    "adam": (
        adam_step,
        dict(lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, **WD),
        dict(eps=1e-7),
        lambda p: {"m": 0.0, "v": 0.0},
    ),
    "adamax": (adamax_step, dict(lr=2e-3, beta1=0.9, beta2=0.999, eps=1e-8, **WD), {}, lambda p: {"m": 0.0, "u": 0.0}),
    "nadam": (
        nadam_step,
        dict(lr=2e-3, beta1=0.9, beta2=0.999, eps=1e-8, momentum_decay=4e-3, **WD),
        {},
        lambda p: {"m": 0.0, "v": 0.0, "prod": 1.0},
    ),
    "adamw": (adamw_step, dict(lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=1e-2), {}, lambda p: {"m": 0.0, "v": 0.0}),
    "ftrl": (
        ftrl_step,
        dict(lr=1e-3, lr_power=-0.5, initial_accumulator_value=0.1, l1=0.0, l2=0.0, beta=0.0),
        {},
        lambda p: {"n": p["initial_accumulator_value"], "z": 0.0},
    ),
    "adagrad-da": (
        adagrad_da_step,
        dict(lr=1e-3, initial_accumulator_value=0.1, l1=0.0, l2=0.0),
        {},
        lambda p: {"G": 0.0, "S": p["initial_accumulator_value"]},
    ),
    "proximal-sgd": (proximal_sgd_step, dict(lr=1e-3, l1=0.0, l2=0.0), {}, lambda p: {}),
    "proximal-adagrad": (
        proximal_adagrad_step,
        dict(lr=1e-2, initial_accumulator_value=0.1, l1=0.0, l2=0.0),
        {},
        lambda p: {"sum": p["initial_accumulator_value"]},
    ),
}

# (optimizer id, arguments as the spec writes them, convention or None), per loss.
QUADRATIC = [
    ("sgd", dict(lr=0.1), None),
    ("sgd", dict(lr=0.05, weight_decay=0.1), None),
    ("momentum", dict(lr=0.02), None),
    ("momentum", dict(lr=0.02, momentum=0.5, dampening=0.1, weight_decay=0.01), None),
    ("nesterov", dict(lr=0.02), None),
    ("adagrad", dict(lr=0.5), None),
    ("adagrad", dict(lr=0.5, lr_decay=0.01, weight_decay=0.01), None),
    ("adagrad", dict(lr=0.5), "tf"),
    ("adadelta", dict(), None),
    ("adadelta", dict(lr=10, rho=0.95, eps=1e-7), None),
    ("rmsprop", dict(lr=0.05), None),
    ("rmsprop", dict(lr=0.05, momentum=0.5), None),
    ("rmsprop", dict(lr=0.05), "tf"),
    ("rmsprop", dict(lr=0.05, alpha=0.9, eps=1e-7, momentum=0.5), "tf"),
    ("centered-rmsprop", dict(lr=0.05), None),
    ("centered-rmsprop", dict(lr=0.05), "tf"),
    ("adam", dict(lr=0.2), None),
    ("adam", dict(lr=0.2, weight_decay=0.01), None),
    ("adam", dict(lr=0.2), "tf"),
    ("adamax", dict(lr=0.2), None),
    ("nadam", dict(lr=0.2), None),
    ("adamw", dict(lr=0.2), None),
    ("ftrl", dict(lr=0.5), None),
    ("ftrl", dict(lr=0.5, l1=0.01, l2=0.01, beta=0.1), None),
    ("ftrl", dict(lr=0.5, lr_power=-0.7), None),
    ("adagrad-da", dict(lr=1), None),
    ("adagrad-da", dict(lr=1, l1=0.001, l2=0.01), None),
    ("proximal-sgd", dict(lr=0.05, l1=0.01, l2=0.01), None),
    ("proximal-sgd", dict(lr=0.05, l2=0.1), None),
    ("proximal-adagrad", dict(lr=0.5, l1=0.01, l2=0.01), None),
]
ROSENBROCK = [
    ("sgd", dict(lr=2e-4), None),
    ("momentum", dict(lr=1e-4), None),
    ("nesterov", dict(lr=1e-4), None),
    ("adagrad", dict(lr=0.1), None),
    ("adagrad", dict(lr=0.1), "tf"),
    ("adadelta", dict(), None),
    ("rmsprop", dict(lr=0.005), None),
    ("rmsprop", dict(lr=0.005), "tf"),
    ("centered-rmsprop", dict(lr=0.005), None),
    ("centered-rmsprop", dict(lr=0.005, momentum=0.5), "tf"),
    ("adam", dict(lr=0.02), None),
    ("adam", dict(lr=0.02), "tf"),
    ("adamax", dict(lr=0.02), None),
    ("nadam", dict(lr=0.02), None),
    ("adamw", dict(lr=0.02, weight_decay=0.1), None),
    ("ftrl", dict(lr=0.05), None),
    ("adagrad-da", dict(lr=0.5), None),
    ("proximal-sgd", dict(lr=2e-4, l1=0.1), None),
    ("proximal-adagrad", dict(lr=0.1), None),
]


def hyper(name, args, convention):
    step, defaults, tf_defaults, init = RULES[name]
    p = dict(defaults)
    if convention == "tf":
        p.update(tf_defaults)
    p.update({k: float(v) for k, v in args.items()})
    p["convention"] = convention or "torch"
    return step, p, init


def run(name, args, convention, loss):
    """The transcription's 51 points (start and 50 iterates)."""
    step, p, init = hyper(name, args, convention)
    f, grad, start = LOSSES[loss]
    x, y = start
    sx, sy = init(p), init(p)
    points = [(x, y)]
    for t in range(1, STEPS + 1):
        gx, gy = grad(x, y)
        x, y = step(x, gx, sx, t, p), step(y, gy, sy, t, p)
        points.append((x, y))
    return points


def spec(name, args, convention):
    parts = ["%s=%r" % (k, float(v)) for k, v in args.items()]
    if convention:
        parts.append("convention=" + convention)
    return "%s(%s)" % (name, ", ".join(parts)) if parts else name


# ---------------------------------------------------------------- library checks


def relative_gap(a, b):
    scale = max(max(abs(v) for pt in a for v in pt), 1e-300)
    return max(abs(u - v) for pa, pb in zip(a, b) for u, v in zip(pa, pb)) / scale


def optax_run(name, args, convention, loss):
    """The same run through optax, or None where optax's rule is not the same."""
    import jax
    import jax.numpy as jnp
    import optax

    jax.config.update("jax_enable_x64", True)
    _, p, _ = hyper(name, args, convention)
    tf = p["convention"] == "tf"
    lr = p["lr"]
    wd = p.get("weight_decay", 0.0)
    if name in ("sgd", "momentum", "nesterov"):
        if p.get("dampening", 0.0) != 0:
            return None
        tx = optax.sgd(lr, momentum=p.get("momentum") or None, nesterov=bool(p.get("nesterov")))
    elif name == "adadelta":
        tx = optax.adadelta(lr, rho=p["rho"], eps=p["eps"])
    elif name in ("rmsprop", "centered-rmsprop"):
        tx = optax.rmsprop(
            lr, decay=p["alpha"], eps=p["eps"], centered=p["centered"], momentum=p["momentum"] or None, eps_in_sqrt=tf
        )
    elif name == "adam" and not tf:
        tx = optax.adam(lr, b1=p["beta1"], b2=p["beta2"], eps=p["eps"])
    elif name == "adamax":
        tx = optax.adamax(lr, b1=p["beta1"], b2=p["beta2"], eps=p["eps"])
    elif name == "adamw":
        tx = optax.adamw(lr, b1=p["beta1"], b2=p["beta2"], eps=p["eps"], weight_decay=p["weight_decay"])
        wd = 0.0
    elif name == "adagrad" and p["lr_decay"] == 0:
        # optax adds eps under the root: compare the eps = 0 rule, which both define alike.
        tx = optax.adagrad(lr, initial_accumulator_value=p["initial_accumulator_value"], eps=0.0)
        args = dict(args, eps=0.0)
    else:
        return None
    if wd != 0:
        tx = optax.chain(optax.add_decayed_weights(wd), tx)
    f, grad, start = LOSSES[loss]
    params = jnp.array(start, dtype=jnp.float64)
    state = tx.init(params)
    points = [tuple(float(v) for v in params)]
    for _ in range(STEPS):
        g = jnp.array(grad(float(params[0]), float(params[1])), dtype=jnp.float64)
        updates, state = tx.update(g, state, params)
        params = optax.apply_updates(params, updates)
        points.append(tuple(float(v) for v in params))
    return points, args


def tf_run(name, args, convention, loss):
    """The same run through TensorFlow's raw training ops, or None."""
    try:
        import tensorflow as tf

        tf.raw_ops  # noqa: B018  (a half-installed package imports as an empty namespace)
    except (ImportError, AttributeError):
        return None
    _, p, _ = hyper(name, args, convention)
    if p["convention"] != "tf" and name not in ("ftrl", "adagrad-da", "proximal-sgd", "proximal-adagrad"):
        return None
    f, grad, start = LOSSES[loss]
    d = tf.float64
    var = tf.Variable(start, dtype=d)
    c = lambda v: tf.constant(v, dtype=d)
    slots = [tf.Variable([0.0, 0.0], dtype=d) for _ in range(3)]
    if name == "adagrad":
        slots[0].assign([p["initial_accumulator_value"]] * 2)
    if name in ("ftrl", "proximal-adagrad"):
        slots[0].assign([p["initial_accumulator_value"]] * 2)
    if name == "adagrad-da":
        slots[1].assign([p["initial_accumulator_value"]] * 2)
    if name in ("ftrl", "adagrad-da", "proximal-sgd", "proximal-adagrad") or p.get("weight_decay", 0.0) == 0:
        pass
    else:
        return None
    points = [tuple(start)]
    for t in range(1, STEPS + 1):
        g = c(grad(*[float(v) for v in var.numpy()]))
        h = var.handle
        if name == "adagrad":
            if p["lr_decay"] != 0:
                return None
            tf.raw_ops.ResourceApplyAdagradV2(var=h, accum=slots[0].handle, lr=c(p["lr"]), epsilon=c(p["eps"]), grad=g)
        elif name in ("rmsprop", "centered-rmsprop"):
            common = dict(lr=c(p["lr"]), rho=c(p["alpha"]), momentum=c(p["momentum"]), epsilon=c(p["eps"]), grad=g)
            if p["centered"]:
                tf.raw_ops.ResourceApplyCenteredRMSProp(
                    var=h, mg=slots[1].handle, ms=slots[0].handle, mom=slots[2].handle, **common
                )
            else:
                tf.raw_ops.ResourceApplyRMSProp(var=h, ms=slots[0].handle, mom=slots[2].handle, **common)
        elif name == "adam":
            tf.raw_ops.ResourceApplyAdam(
                var=h, m=slots[0].handle, v=slots[1].handle,
                beta1_power=c(p["beta1"] ** t), beta2_power=c(p["beta2"] ** t),
                lr=c(p["lr"]), beta1=c(p["beta1"]), beta2=c(p["beta2"]), epsilon=c(p["eps"]), grad=g,
            )
        elif name == "ftrl":
            tf.raw_ops.ResourceApplyFtrl(
                var=h, accum=slots[0].handle, linear=slots[1].handle, grad=g, lr=c(p["lr"]),
                l1=c(p["l1"]), l2=c(p["l2"] + p["beta"] / (2 * p["lr"])), lr_power=c(p["lr_power"]),
            )
        elif name == "adagrad-da":
            tf.raw_ops.ResourceApplyAdagradDA(
                var=h, gradient_accumulator=slots[0].handle, gradient_squared_accumulator=slots[1].handle,
                grad=g, lr=c(p["lr"]), l1=c(p["l1"]), l2=c(p["l2"]), global_step=tf.constant(t, dtype=tf.int64),
            )
        elif name == "proximal-sgd":
            tf.raw_ops.ResourceApplyProximalGradientDescent(var=h, alpha=c(p["lr"]), l1=c(p["l1"]), l2=c(p["l2"]), delta=g)
        elif name == "proximal-adagrad":
            tf.raw_ops.ResourceApplyProximalAdagrad(
                var=h, accum=slots[0].handle, lr=c(p["lr"]), l1=c(p["l1"]), l2=c(p["l2"]), grad=g
            )
        else:
            return None
        points.append(tuple(float(v) for v in var.numpy()))
    return points


def render():
    cases = []
    checked = {"optax": 0, "tensorflow": 0}
    for loss, table in (("quadratic", QUADRATIC), ("rosenbrock", ROSENBROCK)):
        f = LOSSES[loss][0]
        for name, args, convention in table:
            points = run(name, args, convention, loss)
            label = "%s on %s" % (spec(name, args, convention), loss)
            library = optax_run(name, args, convention, loss)
            if library is not None:
                lib_points, lib_args = library
                mine = run(name, lib_args, convention, loss)
                gap = relative_gap(mine, lib_points)
                if not gap <= 1e-10:
                    sys.exit("%s: optax differs by %.3g relative" % (label, gap))
                checked["optax"] += 1
                print("%-60s optax gap %.2g" % (label, gap))
            lib_points = tf_run(name, args, convention, loss)
            if lib_points is not None:
                gap = relative_gap(points, lib_points)
                if not gap <= 1e-10:
                    sys.exit("%s: TensorFlow differs by %.3g relative" % (label, gap))
                checked["tensorflow"] += 1
                print("%-60s tensorflow gap %.2g" % (label, gap))
            cases.append(
                {
                    "spec": spec(name, args, convention),
                    "loss": loss,
                    "start": list(LOSSES[loss][2]),
                    "x": [pt[0] for pt in points],
                    "y": [pt[1] for pt in points],
                    "final_loss": f(*points[-1]),
                }
            )
    print("checked against optax: %d runs, TensorFlow raw ops: %d runs" % (checked["optax"], checked["tensorflow"]))
    table = {"steps": STEPS, "source": "scripts/optimizer_reference/optimizer_reference.py", "cases": cases}
    return json.dumps(table, indent=1) + "\n"


def main():
    in_venv()
    text = render()
    if "--check" in sys.argv:
        with open(OUTPUT) as fh:
            if fh.read() != text:
                sys.exit("%s is out of date; rerun %s" % (OUTPUT, sys.argv[0]))
        print("up to date")
        return
    with open(OUTPUT, "w") as fh:
        fh.write(text)
    print("wrote", os.path.relpath(OUTPUT, REPO))


if __name__ == "__main__":
    main()
