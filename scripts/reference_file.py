"""What every reference script shares: installing its Python dependency, and writing its
table or (with --check) failing when the committed table differs from a fresh computation.

Usage from a script:  reference_file.main(__doc__, OUTPUT, lambda: text)
"""

import argparse
import importlib
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def require(module, package=None):
    """The module `module`, installed from PyPI as `package` (default: the same name) if missing."""
    try:
        return importlib.import_module(module)
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", package or module])
        return importlib.import_module(module)


def main(doc, output, render):
    """Parses --check; writes render() to `output`, or with --check fails if it differs."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the file on disk differs")
    args = ap.parse_args()
    text = render()
    name = os.path.relpath(output, REPO)
    if args.check:
        with open(output) as fh:
            if fh.read() != text:
                sys.exit("%s is out of date; rerun %s" % (name, sys.argv[0]))
        print("%s is up to date" % name)
        return
    os.makedirs(os.path.dirname(output), exist_ok=True)
    with open(output, "w") as fh:
        fh.write(text)
    print("wrote %s" % name)
