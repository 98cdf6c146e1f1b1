"""Sphinx extension: the ``.. plotnn::`` directive.

The directive's body is what a ```plotnn Markdown block holds (a plotnn command line or a
YAML figure entry). It is handed to ``plotnn markdown --json``, the one engine behind
Markdown pages and mdBook, so parsing, validation, alt text and the content-named cache are
the same everywhere. Images go to ``<doctreedir>/../plotnn`` as ``plotnn-<hash>.<format>``
and reach Sphinx as ``plotnn-<hash>.*``: each builder picks its best candidate (HTML: SVG,
LaTeX: PDF), as matplotlib's plot directive does.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import tempfile

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

__version__ = "0.1.0"


def _formats(argument: str) -> list[str]:
    formats = [f.strip().lower() for f in argument.replace(",", " ").split()]
    if not formats:
        raise ValueError("give one or more formats, e.g. svg, pdf")
    return formats


class PlotnnDirective(SphinxDirective):
    has_content = True
    required_arguments = 0
    optional_arguments = 0
    option_spec = {
        "caption": directives.unchanged,
        "alt": directives.unchanged,
        "name": directives.unchanged,
        "formats": _formats,
    }

    def run(self) -> list[nodes.Node]:
        body = "\n".join(self.content)
        formats = self.options.get("formats", ["svg", "pdf"])
        folder = os.path.normpath(os.path.join(self.env.app.doctreedir, os.pardir, "plotnn"))
        try:
            record = self._draw(body, formats, folder)
        except (OSError, RuntimeError) as error:
            return [self._failure(str(error), body)]
        if "error" in record:
            return [self._failure(record["error"], body)]
        files = record["files"]
        stem = os.path.splitext(next(iter(files.values())))[0]
        docdir = os.path.dirname(self.env.doc2path(self.env.docname))
        uri = os.path.relpath(stem, docdir) + ".*"
        alt = self.options.get("alt") or self.options.get("caption") or record.get("alt", "")
        image = nodes.image(uri=uri, alt=alt)
        caption = self.options.get("caption")
        if caption is None and "name" not in self.options:
            self.add_name(image)
            return [image]
        figure = nodes.figure("", image)
        if caption is not None:
            parsed, messages = self.state.inline_text(caption, self.lineno)
            figure += nodes.caption(caption, "", *parsed)
            figure += messages
        self.add_name(figure)
        self.set_source_info(figure)
        return [figure]

    def _draw(self, body: str, formats: list[str], folder: str) -> dict:
        """One block through `plotnn markdown --json`; returns its record."""
        command = self.config.plotnn_command or os.environ.get("PLOTNN", "plotnn")
        fence = "`" * max(3, _longest_backticks(body) + 1)
        with tempfile.TemporaryDirectory(prefix="plotnn-sphinx-") as scratch:
            page = os.path.join(scratch, "block.md")
            with open(page, "w", encoding="utf-8") as out:
                out.write(f"{fence}plotnn {{formats={','.join(formats)}}}\n{body}\n{fence}\n")
            result = subprocess.run(
                shlex.split(command)
                + ["markdown", page, "-o", os.path.join(scratch, "out.md"), "--out-dir", folder, "--no-clean", "--json"],
                capture_output=True, text=True, check=False,
            )
        try:
            records = json.loads(result.stdout or "[]")
        except json.JSONDecodeError:
            records = []
        if not records:
            raise RuntimeError(result.stderr.strip() or f"{command} markdown exited {result.returncode}")
        record = records[0]
        if "error" in record:
            # `…/block.md:2: message`: the line is the body's, the directive's place is Sphinx's.
            record["error"] = record["error"].split(": ", 1)[-1]
        return record

    def _failure(self, message: str, body: str) -> nodes.Node:
        logger_node = self.state.document.reporter.warning(
            f"plotnn: {message}", nodes.literal_block(body, body), line=self.lineno
        )
        return logger_node


def _longest_backticks(text: str) -> int:
    longest = run = 0
    for character in text:
        run = run + 1 if character == "`" else 0
        longest = max(longest, run)
    return longest


def setup(app):
    app.add_config_value("plotnn_command", "", "env")
    app.add_directive("plotnn", PlotnnDirective)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}
