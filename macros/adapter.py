"""Glue between mkdocs-macros and the playbook package: every registered block becomes a macro."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from playbook.render import pages
from playbook.render.citations import placements
from playbook.render.context import RenderContext
from playbook.render.registry import BLOCKS, Block, call_key
from playbook.site.data import SiteData

REPORT_LANGUAGE = "en"
"""The language `make bench` writes its report in."""


class MacroAdapter:
    """Exposes each block of the registry as a macro, and records which calls the pages made."""

    def __init__(self, env: Any, data: SiteData, made: set[str]) -> None:
        self.env = env
        self.project_dir = Path(env.project_dir)
        self.content = data.content
        self.made = made
        docs = Path(env.conf["docs_dir"])
        self.placements = placements(
            {path.relative_to(docs).as_posix(): path.read_text(encoding="utf-8") for path in docs.glob("*.md")}
        )

    def context(self) -> RenderContext:
        """The render context for the page being rendered."""
        page = self.env.page.file.src_uri if self.env.page else "index.md"
        return RenderContext(self.content, self.env.conf["theme"]["language"], page, self.placements)

    def _macro(self, name: str, block: Block) -> Callable[..., str]:
        def macro(*arguments: str) -> str:
            self.made.add(call_key(name, arguments))
            return block.render(self.context(), *arguments)

        macro.__name__ = name
        macro.__doc__ = block.render.__doc__
        return macro

    def register(self) -> None:
        """Register every block, and the build report, with mkdocs-macros; the evidence legend for the theme."""
        legend = pages.evidence_legend(RenderContext(self.content, self.env.conf["theme"]["language"]))
        self.env.conf["extra"].update(legend)
        for name, block in BLOCKS.items():
            self.env.macro(self._macro(name, block), name)
        self.env.macro(self.benchmark_results, "benchmark_results")

    def benchmark_results(self) -> str:
        """The latest `make bench` report, as committed in benchmarks/results.md; written in English, and marked so."""
        report = self.project_dir / "benchmarks" / "results.md"
        body = report.read_text(encoding="utf-8") if report.is_file() else "Run `make bench` to measure."
        text = "\n".join(line.replace("# ", "## ", 1) if line.startswith("# ") else line for line in body.splitlines())
        if self.env.conf["theme"]["language"] == REPORT_LANGUAGE:
            return text
        return f'<div lang="{REPORT_LANGUAGE}" markdown>\n\n{text}\n\n</div>'
