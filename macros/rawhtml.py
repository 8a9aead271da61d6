"""HTML blocks that hold no Markdown pass by the Markdown conversion: kept aside, then put back.

Renderers mark such blocks (`playbook.render.markdown.raw_block`: the roadmap's checklists, the risk list,
the KPI charts). Python-Markdown would parse each of them twice with its Python HTML parser (`md_in_html`,
and MkDocs's own pass for anchor ids): on a company page with a year of KPIs, about half the page. Here the
block becomes one short comment before the conversion and comes back after it, unchanged; its `id`s join the
page's anchors, so that links to them are still checked. Such HTML was never link-checked by MkDocs (raw HTML
is not), and it holds no heading, so the table of contents is the same.
"""

from __future__ import annotations

import re

from playbook.render.markdown import RAW_CLOSE, RAW_OPEN

RAW = re.compile(re.escape(RAW_OPEN) + "(.*?)" + re.escape(RAW_CLOSE), flags=re.DOTALL)
KEPT = re.compile(r"<!--raw:(\d+)-->")
IDS = re.compile(r"""\bid="([^"]+)\"""")


def set_aside(markdown: str) -> tuple[str, list[str]]:
    """``markdown`` with each marked block replaced by `<!--raw:N-->`, and the blocks in order."""
    kept: list[str] = []

    def keep(match: re.Match[str]) -> str:
        kept.append(match.group(1))
        return f"<!--raw:{len(kept) - 1}-->"

    return RAW.sub(keep, markdown), kept


def put_back(html: str, kept: list[str]) -> str:
    """The converted page with every block back in its place."""
    return KEPT.sub(lambda match: kept[int(match.group(1))], html) if kept else html


def anchor_ids(kept: list[str]) -> set[str]:
    """The `id`s of the blocks: anchors other pages may link to."""
    return {found for block in kept for found in IDS.findall(block)}
