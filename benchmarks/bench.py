#!/usr/bin/env python3
"""`make bench`: wall time and peak memory of plotnn against matplotlib, as medians.

  bench.py PLOTNN [--manifest examples/figures.yaml] [--runs 5]

Measures, each in fresh processes (wall clock, and peak RSS from wait4):
  - `plotnn figures MANIFEST` over --runs runs: median wall, peak memory, files written,
    and each figure's median render time (from plotnn's progress lines);
  - the same restricted with --only to the chapter-3 figures (names 3.x), the set
    matplotlib_figures.py draws, for the per-file comparison;
  - `plotnn relu --out relu.png` over 30 runs: median wall;
  - benchmarks/matplotlib_figures.py (the chapter-3 figures in matplotlib; matplotlib is
    pip-installed when missing) over 3 runs: median wall and files, and the per-file ratio.
Timings on a shared machine are noisy: compare the ratios of one run, quote medians.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time


def run_with_rusage(cmd):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, proc.returncode, out.decode(), err.decode()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("plotnn")
    ap.add_argument("--manifest", default="examples/figures.yaml")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="plotnn-bench-")
    walls, rss, per_figure, files = [], [], {}, 0
    for _ in range(args.runs):
        wall, mib, code, _, err = run_with_rusage([args.plotnn, "figures", args.manifest, "--out-dir", tmp + "/plotnn"])
        if code != 0:
            sys.exit("plotnn figures failed:\n" + err)
        walls.append(wall)
        rss.append(mib)
        for m in re.finditer(r"\]\s+([\d.]+) ms\s+(\S+)", err):
            per_figure.setdefault(m.group(2), []).append(float(m.group(1)))
        files = len([f for f in os.listdir(tmp + "/plotnn") if not f.endswith(".md")])

    # The chapter-3 set alone (figures named 3.x), the same set matplotlib_figures.py draws.
    with open(args.manifest, encoding="utf-8") as f:
        chapter = ",".join(re.findall(r"name: (3\.\S+)", f.read()))
    chapter_walls, chapter_files = [], 0
    for _ in range(args.runs * 2):
        wall, _, code, _, err = run_with_rusage(
            [args.plotnn, "figures", args.manifest, "--out-dir", tmp + "/chapter", "--only", chapter])
        if code != 0:
            sys.exit("plotnn figures --only failed:\n" + err)
        chapter_walls.append(wall)
        chapter_files = len([f for f in os.listdir(tmp + "/chapter") if not f.endswith(".md")])

    one = []
    for _ in range(30):
        wall, _, code, _, err = run_with_rusage([args.plotnn, "relu", "--out", tmp + "/relu.png"])
        if code != 0:
            sys.exit("plotnn relu failed:\n" + err)
        one.append(wall)

    # Where one figure's time goes: process start alone, then plot --timings' phases.
    startup = [run_with_rusage([args.plotnn, "--version"])[0] for _ in range(30)]
    phases = {}
    for _ in range(15):
        _, _, code, _, err = run_with_rusage([args.plotnn, "relu", "--out", tmp + "/relu.png", "--timings"])
        for name, ms in re.findall(r"(\w+) ([\d.]+) ms", err):
            phases.setdefault(name, []).append(float(ms))

    mpl_walls, mpl_files, mpl_one = [], 0, []
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "matplotlib_figures.py")
    for _ in range(5):
        wall, _, code, _, _ = run_with_rusage([sys.executable, script, "--one", tmp + "/mpl-relu.png"])
        if code == 0:
            mpl_one.append(wall)
    for _ in range(3):
        wall, _, code, out, err = run_with_rusage([sys.executable, script, tmp + "/mpl"])
        if code != 0:
            print("matplotlib comparison skipped: " + err.strip().splitlines()[-1] if err.strip() else "failed")
            break
        mpl_walls.append(wall)
        mpl_files = int(out.strip() or 0)

    median = statistics.median
    print(f"# plotnn bench ({os.cpu_count()} cores)\n")
    print("| measure | median | note |")
    print("|---|---|---|")
    print(f"| `plotnn figures`, whole manifest ({files} files) | {median(walls) * 1000:.0f} ms | {args.runs} runs, {median(walls) / files * 1000:.2f} ms per file |")
    print(f"| `plotnn figures --only` the chapter-3 set ({chapter_files} files) | {median(chapter_walls) * 1000:.0f} ms | {len(chapter_walls)} runs, {median(chapter_walls) / chapter_files * 1000:.2f} ms per file |")
    print(f"| peak memory of `plotnn figures` | {max(rss):.1f} MiB | max over runs |")
    print(f"| `plotnn relu --out relu.png` | {median(one) * 1000:.1f} ms | 30 runs |")
    if mpl_one:
        print(f"| the same ReLU figure in matplotlib | {median(mpl_one) * 1000:.0f} ms | 5 runs, {median(mpl_one) / median(one):.0f}× slower |")
    if mpl_walls and mpl_files:
        per_mpl = median(mpl_walls) / mpl_files
        per_us = median(chapter_walls) / chapter_files
        print(f"| matplotlib, chapter-3 set ({mpl_files} files) | {median(mpl_walls) * 1000:.0f} ms | {per_mpl * 1000:.1f} ms per file |")
        print(f"| speed-up per file written, chapter-3 set | {per_mpl / per_us:.1f}× | matplotlib ÷ plotnn, same figures |")
    print("\n| where one `plotnn relu --out relu.png` spends its time | median |\n|---|---|")
    print(f"| process start and exit (`plotnn --version`) | {median(startup) * 1000:.1f} ms |")
    for name, values in phases.items():
        print(f"| {name} | {median(values):.2f} ms |")
    print("\n| figure | median render (ms) |\n|---|---|")
    for name in sorted(per_figure, key=lambda n: -median(per_figure[n])):
        print(f"| {name} | {median(per_figure[name]):.1f} |")


if __name__ == "__main__":
    main()
