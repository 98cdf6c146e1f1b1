#!/usr/bin/env python3
"""`make bench`: plotnn against matplotlib and gnuplot, whole processes, medians, one table.

  bench.py PLOTNN [--manifest examples/figures.yaml] [--runs 5] [--batch 1000] [--quick]

Every case runs in a fresh process; the cases alternate (round 1 of every case, then round
2, ...), so a burst of load on a shared machine hits them all alike. Each row gives the
median wall time, the median CPU time (user + system, from wait4: less distorted by other
processes than wall time) and the peak memory (largest RSS over the runs). Cases:
  - start-up: `plotnn --version`, `--help`, `list`, `sample relu`;
  - one figure, `plotnn relu --out relu.{png,svg,pdf}`, against matplotlib
    (benchmarks/matplotlib_figures.py --one) and gnuplot (pngcairo, its own svg terminal,
    pdfcairo; gnuplot-nox is installed with apt-get when missing);
  - the chapter-3 set (`plotnn figures --only` the 14 figures matplotlib_figures.py also
    draws) and the whole manifest, per file, against matplotlib's (matplotlib_figures.py);
  - a batch of --batch line figures (a generated manifest, PNG) against matplotlib drawing
    the same figures in a loop in one process (matplotlib_figures.py --batch);
  - the phases of one figure (`plotnn relu --out relu.png --timings`);
  - new work stays cheap: a TeX title against a plain one, six panels against six figures
    of one batch, a 60-frame descent GIF, a 784-300-100-10 network (CPU against targets);
  - the largest PNG a figure may be (7680x4320, 33.2 megapixels: the size limit is 32 × 2^20
    pixels), its peak memory a pixel;
  - issue 16's targets, each measured above, in one table with whether this run met it.
Compare the ratios of one run, quote medians. --quick: fewer runs (a smoke test).
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
MPL = os.path.join(HERE, "matplotlib_figures.py")
# The batch cycles through these (function, from, to); matplotlib_figures.py --batch draws the same.
BATCH_FUNCTIONS = ["sigmoid", "tanh", "relu", "softplus", "gelu"]
# The six charts of the panels-against-figures case.
SIX_CHARTS = ["sigmoid", "tanh", "relu", "softplus", "gelu", "elu"]
# The largest PNG case: the biggest 16:9 size under the 32 × 2^20-pixel limit (README, Limits).
LARGEST_PNG = (7680, 4320)
# The chapter-3 figures matplotlib_figures.py also draws (PNG and SVG each): the per-file
# comparison runs `plotnn figures --only` on exactly these.
CHAPTER_SET = (
    [f"3.4.2-{n}" for n in ("sigmoid", "tanh", "relu", "leaky-relu-alpha-0.5", "softplus")]
    + [f"3.4.3-{n}-derivative" for n in ("sigmoid", "tanh", "relu", "leaky-relu", "softplus")]
    + ["3.4.8-relu", "3.4.9-softmax", "3.6.3-descent", "3.6.4-surface"]
)


class Case:
    """One command, its runs and their measures."""

    def __init__(self, label, cmd, runs, files=1, check=None):
        self.label, self.cmd, self.runs, self.files, self.check = label, cmd, runs, files, check
        self.wall, self.cpu, self.rss, self.err, self.failed = [], [], [], [], None

    def once(self):
        if self.failed or len(self.wall) >= self.runs:
            return
        wall, cpu, rss, code, out, err = run_rusage(self.cmd)
        if code != 0:
            self.failed = (err.strip().splitlines() or ["exit %d" % code])[-1]
            return
        self.wall.append(wall)
        self.cpu.append(cpu)
        self.rss.append(rss)
        self.err.append(err)
        if self.check:
            self.check(self, out, err)

    @property
    def ok(self):
        return not self.failed and self.wall

    def ms(self, what="wall"):
        return statistics.median(getattr(self, what)) * 1000


def run_rusage(cmd):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.stdout.read(), proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    return (wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status),
            out.decode(errors="replace"), err.decode(errors="replace"))


def ensure_gnuplot():
    if shutil.which("gnuplot"):
        return True
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for cmd in (sudo + ["apt-get", "update", "-qq"], sudo + ["apt-get", "install", "-y", "-qq", "gnuplot-nox"]):
        if subprocess.call(cmd, env=env, stdout=subprocess.DEVNULL) != 0:
            return False
    return shutil.which("gnuplot") is not None


def gnuplot_script(terminal, out):
    """The ReLU figure of `plotnn relu` in gnuplot: title, axis labels, grid, legend, 1001 samples."""
    return (f"set terminal {terminal}\nset output '{out}'\nset title 'ReLU'\nset xlabel 'x'\nset ylabel 'y'\n"
            "set grid\nset samples 1001\nset key top left\nplot [-5:5] (x > 0 ? x : 0) title 'relu(x)' lw 2\n")


def batch_manifest(path, count):
    lines = ["title: bench batch", "defaults:", "  formats: [png]", "figures:"]
    for i in range(count):
        f = BATCH_FUNCTIONS[i % len(BATCH_FUNCTIONS)]
        lines += [f"  - name: line-{i:04d}", f"    functions: {f}", f"    from: {-5 - i % 7}", f"    to: {5 + i % 7}"]
    with open(path, "w", encoding="utf-8") as file:
        file.write("\n".join(lines) + "\n")


def count_files(folder):
    return len([f for f in os.listdir(folder) if not f.endswith((".md", ".html")) and not f.startswith(".")])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("plotnn")
    ap.add_argument("--manifest", default="examples/figures.yaml")
    ap.add_argument("--runs", type=int, default=5, help="runs of the batch cases (one-figure cases: 4×)")
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    if args.quick:
        args.runs, args.batch = 2, 100
    p = args.plotnn
    tmp = tempfile.mkdtemp(prefix="plotnn-bench-")
    many = args.runs * 4
    py = sys.executable
    have_mpl = subprocess.call([py, "-c", "import matplotlib"], stderr=subprocess.DEVNULL) == 0
    if not have_mpl:
        have_mpl = subprocess.call([py, "-m", "pip", "install", "--quiet", "--user", "matplotlib"]) == 0
    have_gnuplot = ensure_gnuplot()

    with open(args.manifest, encoding="utf-8") as f:
        names = set(re.findall(r"name: (\S+)", f.read()))
    chapter = ",".join(n for n in CHAPTER_SET if n in names)
    batch_yaml = os.path.join(tmp, "batch.yaml")
    batch_manifest(batch_yaml, args.batch)

    phases = {}

    def keep_phases(case, out, err):
        for name, ms in re.findall(r"(\w+) ([\d.]+) ms", err):
            phases.setdefault(name, []).append(float(ms))

    cases = {
        "version": Case("`plotnn --version`", [p, "--version"], many),
        "help": Case("`plotnn --help`", [p, "--help"], many),
        "list": Case("`plotnn list`", [p, "list"], many),
        "sample": Case("`plotnn sample relu`", [p, "sample", "relu"], many),
    }
    for ext in ("png", "svg", "pdf"):
        cases["plotnn-" + ext] = Case(f"`plotnn relu --out relu.{ext}`", [p, "relu", "--out", f"{tmp}/relu.{ext}"], many)
        if have_mpl:
            cases["mpl-" + ext] = Case(f"matplotlib, the same figure as {ext.upper()}",
                                       [py, MPL, "--one", f"{tmp}/mpl-relu.{ext}"], max(3, args.runs))
    if have_gnuplot:
        for key, term, ext in (("png", "pngcairo size 640,480", "png"), ("svg", "svg size 640,480", "svg"),
                               ("pdf", "pdfcairo size 6.4in,4.8in", "pdf")):
            script = os.path.join(tmp, f"relu-{key}.gp")
            with open(script, "w") as file:
                file.write(gnuplot_script(term, f"{tmp}/gnuplot-relu.{ext}"))
            cases["gnuplot-" + key] = Case(f"gnuplot `{term.split()[0]}`, the same figure", ["gnuplot", script], many)
    cases["phases"] = Case("`plotnn relu --out relu.png --timings`",
                           [p, "relu", "--out", f"{tmp}/relu-t.png", "--timings"], many, check=keep_phases)
    cases["chapter"] = Case("`plotnn figures --only` the chapter-3 set matplotlib also draws",
                            [p, "figures", args.manifest, "--out-dir", f"{tmp}/chapter", "--only", chapter, "--force"],
                            args.runs * 2)
    cases["manifest"] = Case("`plotnn figures`, the whole manifest",
                             [p, "figures", args.manifest, "--out-dir", f"{tmp}/all", "--force"], args.runs)
    cases["batch"] = Case(f"`plotnn figures`, {args.batch} line figures (PNG)",
                          [p, "figures", batch_yaml, "--out-dir", f"{tmp}/batch", "--force"], max(2, args.runs // 2))
    # New work stays cheap (issue 16): a TeX title against a plain one, a six-chart panels
    # figure against the same six charts as figures of one batch, a 60-frame GIF of the
    # descent figure, a 784-300-100-10 network diagram.
    six = SIX_CHARTS
    six_yaml = os.path.join(tmp, "six.yaml")
    with open(six_yaml, "w", encoding="utf-8") as file:
        file.write("title: six charts\ndefaults:\n  formats: [png]\nfigures:\n"
                   + "".join(f"  - name: {f}\n    functions: {f}\n" for f in six))
    cases["title-plain"] = Case("`plotnn relu --title 'ReLU(x) = max(0, x)'`",
                                [p, "relu", "--title", "ReLU(x) = max(0, x)", "--out", f"{tmp}/title-plain.png"], many)
    cases["title-math"] = Case("`plotnn relu --title '$\\mathrm{ReLU}(x) = \\max(0, x)$'`",
                               [p, "relu", "--title", "$\\mathrm{ReLU}(x) = \\max(0, x)$",
                                "--out", f"{tmp}/title-math.png"], many)
    cases["six-figures"] = Case(f"`plotnn figures`, {len(six)} line figures (PNG, one batch)",
                                [p, "figures", six_yaml, "--out-dir", f"{tmp}/six", "--force"], many)
    cases["six-panels"] = Case(f"`plotnn panels` of the same {len(six)} charts (one PNG)",
                               [p, "panels", *six, "--out", f"{tmp}/six-panels.png"], many)
    cases["descent-gif"] = Case("`plotnn descent --frames 60 --out d.gif`",
                                [p, "descent", "--frames", "60", "--out", f"{tmp}/descent.gif"], args.runs * 2)
    cases["network"] = Case("`plotnn network 784,300,100,10 --out n.png`",
                            [p, "network", "784,300,100,10", "--out", f"{tmp}/network.png"], many)
    w, h = LARGEST_PNG
    cases["largest-png"] = Case(f"`plotnn relu --size {w}x{h} --out big.png` ({w * h / 1e6:.1f} megapixels)",
                                [p, "relu", "--size", f"{w}x{h}", "--out", f"{tmp}/big.png"], args.runs)
    if have_mpl:
        cases["mpl-chapter"] = Case("matplotlib, the chapter-3 figures", [py, MPL, f"{tmp}/mpl"], max(2, args.runs // 2))
        cases["mpl-batch"] = Case(f"matplotlib, {args.batch} line figures in one process",
                                  [py, MPL, "--batch", str(args.batch), f"{tmp}/mpl-batch"], 1)

    rounds = max(c.runs for c in cases.values())
    for r in range(rounds):
        print(f"\rround {r + 1}/{rounds}", end="", file=sys.stderr, flush=True)
        for case in cases.values():
            case.once()
    print(file=sys.stderr)

    files = {"chapter": f"{tmp}/chapter", "manifest": f"{tmp}/all", "batch": f"{tmp}/batch", "mpl-chapter": f"{tmp}/mpl",
             "mpl-batch": f"{tmp}/mpl-batch"}
    for key, folder in files.items():
        if key in cases and os.path.isdir(folder):
            cases[key].files = count_files(folder)

    def ratio(slow, fast, what="wall"):
        a, b = cases.get(slow), cases.get(fast)
        if not (a and b and a.ok and b.ok):
            return ""
        return f"{(a.ms(what) / a.files) / (b.ms(what) / b.files):.1f}×"

    print(f"# plotnn bench ({os.cpu_count()} cores, load {os.getloadavg()[0]:.1f} at the end)\n")
    print("| measure | runs | wall (median) | CPU (median) | per file (wall) | peak memory | plotnn is faster (wall, CPU) |")
    print("|---|---|---|---|---|---|---|")
    compare = {"mpl-png": "plotnn-png", "mpl-svg": "plotnn-svg", "mpl-pdf": "plotnn-pdf", "gnuplot-png": "plotnn-png",
               "gnuplot-svg": "plotnn-svg", "gnuplot-pdf": "plotnn-pdf", "mpl-chapter": "chapter", "mpl-batch": "batch"}
    for key, case in cases.items():
        if not case.ok:
            print(f"| {case.label} | 0 | failed: {case.failed} | | | | |")
            continue
        per = f"{case.ms() / case.files:.2f} ms ({case.files} files)" if case.files > 1 else ""
        vs = f"{ratio(key, compare[key])}, {ratio(key, compare[key], 'cpu')}" if key in compare else ""
        print(f"| {case.label} | {len(case.wall)} | {case.ms():.1f} ms | {case.ms('cpu'):.1f} ms | {per} | "
              f"{max(case.rss):.1f} MiB | {vs} |")
    if cases.get("mpl-chapter") and cases["mpl-chapter"].ok and cases["manifest"].ok:
        print(f"| per file: matplotlib's chapter-3 set ÷ plotnn's whole manifest | | | | | | "
              f"{ratio('mpl-chapter', 'manifest')}, {ratio('mpl-chapter', 'manifest', 'cpu')} |")
    cheap = []
    if cases["title-plain"].ok and cases["title-math"].ok:
        extra = cases["title-math"].ms("cpu") - cases["title-plain"].ms("cpu")
        cheap.append(("a title in TeX math adds (CPU)", f"{extra:.1f} ms", "under 2 ms", extra < 2))
    if cases["six-figures"].ok and cases["six-panels"].ok:
        a, b = cases["six-panels"].ms("cpu"), cases["six-figures"].ms("cpu")
        cheap.append((f"{len(six)} panels ÷ {len(six)} figures (CPU)", f"{a / b:.2f}", "at most 1", a <= b))
    for key, target in (("descent-gif", 300), ("network", 50)):
        if cases[key].ok:
            cheap.append((cases[key].label + " (CPU)", f"{cases[key].ms('cpu'):.1f} ms", f"under {target} ms",
                          cases[key].ms("cpu") < target))
    if cheap:
        print("\n| new work stays cheap | measured | target | met |\n|---|---|---|---|")
        for label, value, target, met in cheap:
            print(f"| {label} | {value} | {target} | {'yes' if met else 'no'} |")
    targets = issue16_targets(cases, ratio, args.batch)
    if targets:
        print("\n| issue 16's targets | measured | target | met |\n|---|---|---|---|")
        for label, value, target, met in targets:
            print(f"| {label} | {value} | {target} | {'yes' if met else 'no'} |")
    if cases["largest-png"].ok and cases["plotnn-png"].ok:
        # What a pixel costs beyond the fixed memory of any figure (fonts, code): the peak
        # of the largest PNG less a 640x480 one's, over the pixels it adds.
        w, h = LARGEST_PNG
        extra = (max(cases["largest-png"].rss) - max(cases["plotnn-png"].rss)) * 2**20 / (w * h - 640 * 480)
        print(f"\nThe largest PNG's peak beyond a 640x480 figure's: {extra:.2f} bytes a pixel "
              f"(the figure's fixed memory is {max(cases['plotnn-png'].rss):.1f} MiB).")
    if phases:
        print("\n| phases of `plotnn relu --out relu.png --timings` | median |\n|---|---|")
        for name, values in phases.items():
            print(f"| {name} | {statistics.median(values):.2f} ms |")
    per_figure = {}
    for err in cases["manifest"].err:
        for m in re.finditer(r"\]\s+([\d.]+) ms\s+(\S+)", err):
            per_figure.setdefault(m.group(2), []).append(float(m.group(1)))
    if per_figure:
        print("\n| slowest figures of the manifest | median render (ms) |\n|---|---|")
        for name in sorted(per_figure, key=lambda n: -statistics.median(per_figure[n]))[:10]:
            print(f"| {name} | {statistics.median(per_figure[name]):.1f} |")
    shutil.rmtree(tmp, ignore_errors=True)


def issue16_targets(cases, ratio, batch):
    """(label, measured, target, met) for each of issue 16's targets this run measured."""
    rows = []

    def times(slow, fast, least, label):
        value = ratio(slow, fast)
        if value:
            rows.append((label, value, f"at least {least}×", float(value.rstrip("×")) >= least))

    times("mpl-png", "plotnn-png", 35, "one PNG: matplotlib's time ÷ plotnn's (wall)")
    times("gnuplot-png", "plotnn-png", 1.8, "one PNG: gnuplot pngcairo's time ÷ plotnn's (wall)")
    times("gnuplot-svg", "plotnn-svg", 1.0, "one SVG: gnuplot svg's time ÷ plotnn's (wall; faster: over 1)")
    for key in ("help", "list", "sample"):
        if cases[key].ok:
            rows.append((cases[key].label + " (wall)", f"{cases[key].ms():.1f} ms", "under 5 ms", cases[key].ms() < 5))
    times("mpl-chapter", "chapter", 30, "chapter-3 set per file: matplotlib ÷ plotnn (wall)")
    times("mpl-batch", "batch", 30, f"{batch} figures: matplotlib's loop ÷ plotnn (wall)")
    if cases["batch"].ok:
        peak = max(cases["batch"].rss)
        rows.append((f"{batch} figures: peak memory", f"{peak:.1f} MiB", "under 60 MiB", peak < 60))
    if cases["largest-png"].ok:
        w, h = LARGEST_PNG
        per = max(cases["largest-png"].rss) * 2**20 / (w * h)
        rows.append((f"largest PNG ({w * h / 1e6:.1f} megapixels; 64 is over the size limit): peak memory a pixel",
                     f"{per:.3f} bytes", "under 5 bytes", per < 5))
    return rows


if __name__ == "__main__":
    main()
