"""Glue between mkdocs-macros and the playbook package: one macro per block."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from mkdocs.exceptions import PluginError

from playbook import DataErrors
from playbook.content import Content
from playbook.render import blocks, cards, cases, change, competence, evidence, obligations, pages, practice, roadmap
from playbook.render.context import RenderContext
from playbook.render.coverage import required_blocks
from playbook.sitedata import load_site_data

Renderer = Callable[[RenderContext], str]


class SiteAdapter:
    """Loads the content once per build and exposes each renderer as a macro."""

    _instances: ClassVar[dict[int, SiteAdapter]] = {}

    def __init__(self, env: Any) -> None:
        self.env = env
        self.project_dir = Path(env.project_dir)
        self.rendered: set[str] = set()
        self.content = self._load()
        self._instances[id(env)] = self

    @classmethod
    def current(cls, env: Any) -> SiteAdapter:
        """The adapter created for ``env`` in define_env."""
        return cls._instances[id(env)]

    def _load(self) -> Content:
        try:
            data = load_site_data(self.project_dir)
        except DataErrors as exc:
            print(exc.report(), file=sys.stderr)
            raise PluginError(f"{len(exc.errors)} data error(s); nothing was built.") from None
        return data.content

    @property
    def language(self) -> Any:
        return self.env.conf["theme"]["language"]

    def context(self) -> RenderContext:
        """The render context for the page being rendered."""
        page = self.env.page.file.src_uri if self.env.page else "index.md"
        return RenderContext(self.content, self.language, page)

    def _block(self, key: str, renderer: Renderer) -> Callable[[], str]:
        def macro() -> str:
            self.rendered.add(key)
            return renderer(self.context())

        macro.__name__ = key
        macro.__doc__ = renderer.__doc__
        return macro

    def register(self) -> None:
        """Register every macro with mkdocs-macros."""
        simple: dict[str, Renderer] = {
            "model_cards": change.model_cards,
            "selection_table": change.selection_table,
            "competence_areas": competence.competence_areas,
            "build_buy_matrix": competence.build_buy_matrix,
            "sourcing_split": competence.sourcing_split,
            "hybrid_roles": competence.hybrid_roles,
            "integration_patterns": practice.integration_patterns,
            "budget_guidance": practice.budget_guidance,
            "kpi_catalogue": practice.kpi_catalogue,
            "mistakes": practice.mistakes,
            "faq": practice.faq,
            "case_cards": cases.case_cards,
            "success_patterns": cases.success_patterns,
            "roadmap": roadmap.roadmap,
            "owner_roles": roadmap.owner_roles,
            "roadmap_success_factors": roadmap.success_factors,
            "evidence_register": evidence.register,
            "home_routes": pages.home_routes,
            "figures_note": pages.figures_note,
            "evidence_notice": pages.evidence_notice,
            "changelog": pages.changelog,
            "use_case_kinds": obligations.use_case_kinds,
            "ai_literacy": obligations.ai_literacy,
            "method_cards": cards.method_cards,
        }
        for name, renderer in simple.items():
            self.env.macro(self._block(name, renderer), name)
        self.env.macro(self.section, "section")
        self.env.macro(self.page_intro, "page_intro")
        self.env.macro(self.model_details, "model_details")
        self.env.macro(self.benchmark_results, "benchmark_results")

    def section(self, chapter_id: str, section_id: str) -> str:
        """A section of a chapter, by ids."""
        self.rendered.add(f"section:{chapter_id}/{section_id}")
        return blocks.section(self.context(), self.content.section(chapter_id, section_id))

    def page_intro(self, page_id: str) -> str:
        """A page's heading and lead paragraph."""
        self.rendered.add(f"page:{page_id}")
        if page_id in self.content.chapters:
            self.rendered.add(f"summary:{page_id}")
        return pages.page_intro(self.context(), page_id)

    def model_details(self, model_id: str) -> str:
        """A change model in full."""
        self.rendered.add(f"model:{model_id}")
        return change.model_details(self.context(), model_id)

    def benchmark_results(self) -> str:
        """The latest `make bench` report, as committed in benchmarks/results.md."""
        report = self.project_dir / "benchmarks" / "results.md"
        body = report.read_text(encoding="utf-8") if report.is_file() else "Run `make bench` to measure."
        return "\n".join(line.replace("# ", "## ", 1) if line.startswith("# ") else line for line in body.splitlines())

    def check_coverage(self) -> None:
        """Fail the build when some content block was rendered on no page."""
        missing = sorted(required_blocks(self.content) - self.rendered)
        if missing:
            raise PluginError("Content placed on no page: " + ", ".join(missing))
