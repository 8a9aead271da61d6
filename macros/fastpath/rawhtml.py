"""HTML blocks pass by the Markdown conversion: kept aside, then put back.

Renderers mark such blocks (`playbook.render.markdown.raw_block`: the roadmap's checklists, the risk list,
the KPI charts), and the fast path marks the tables and plain blocks it writes as HTML. Python-Markdown would parse each of them with its Python HTML parser
(`md_in_html`, and MkDocs's own pass for anchor ids), and each table cell with every inline pattern: on a
company page, most of its conversion time. Here the block becomes one short comment before the conversion and
comes back after it; its `id`s join the page's anchors, so that links to them are still checked. The
headings among the plain blocks (`macros.fastpath.plainblocks`) join the page's table of contents
(`table_of_contents`).

Inline Markdown inside a block (a table cell with a link or emphasis, marked by the renderer) is not kept
aside: it becomes a cell of one table added at the end of the page, is converted with the page, so that
MkDocs resolves and checks its links like any other, and goes back into its block. Marked text that is plain,
or emphasis or bold as a whole, is written at once (`macros.fastpath.inline.as_html`).
"""

from __future__ import annotations

import re

from markdown.extensions.toc import nest_toc_tokens
from mkdocs.structure.toc import TableOfContents, get_toc

from macros.fastpath.inline import INLINE_CLOSE, INLINE_OPEN, as_html
from macros.fastpath.marks import replace_marked
from playbook.render.markdown import RAW_CLOSE, RAW_OPEN

KEPT = re.compile(r"<!--raw:(\d+)(?:-(\d+))?-->")
"""One kept block, or a run of them (first-last) that stood next to each other."""
RUN = re.compile(r"<!--raw:(\d+)-->(?:\s*<!--raw:\d+-->)*\s*<!--raw:(\d+)-->")
"""Placeholders with only white space between them: the first and the last number."""
IDS = re.compile(r""" id="([^"]+)\"""")
"""An `id` attribute (with the space before it: a pattern that starts with text is searched for at once)."""
SLOT = re.compile(r"<!--inline:(\d+)-->")
SLOTS_OPEN, SLOTS_CLOSE = "<!--inline-cells-->", "<!--/inline-cells-->"
SLOTS = re.compile(r"\n?" + re.escape(SLOTS_OPEN) + "(.*?)" + re.escape(SLOTS_CLOSE), flags=re.DOTALL)
CELL = re.compile(r"<td(?:\s[^>]*)?>(.*?)</td>", flags=re.DOTALL)
RAW_HEADING = re.compile(r'<h([2-6])(?: class="[^"]*")? id="([^"]+)">(.*?)<a class="headerlink"')
"""A heading written by `macros.fastpath.plainblocks`."""
MARKDOWN_HEADING = re.compile(r'<h[1-6][^>]*?\sid="([^"]+)"|<!--raw:(\d+)(?:-(\d+))?-->')
"""In a converted page: a heading Markdown made (by id), or a placeholder of kept blocks."""


def keep_aside(markdown: str) -> tuple[str, list[str]]:
    """``markdown`` with each marked block replaced by `<!--raw:N-->` and the blocks' inline Markdown in a
    table at its end; the blocks in order."""
    kept: list[str] = []
    inline: list[str] = []

    def slot(text: str) -> str:
        html = as_html(text)
        if html is not None:
            return html
        inline.append(text)
        return f"<!--inline:{len(inline) - 1}-->"

    def keep(block: str) -> str:
        kept.append(replace_marked(block, INLINE_OPEN, INLINE_CLOSE, slot))
        return f"<!--raw:{len(kept) - 1}-->"

    # A run of blocks becomes one placeholder: Markdown handles each placeholder as a block of its own.
    aside = RUN.sub(r"<!--raw:\1-\2-->", replace_marked(markdown, RAW_OPEN, RAW_CLOSE, keep))
    if inline:
        rows = "".join(f"| {text} |\n" for text in inline)
        aside = f"{aside.rstrip()}\n\n{SLOTS_OPEN}\n\n| inline |\n| --- |\n{rows}\n{SLOTS_CLOSE}\n"
    return aside, kept


def put_back(html: str, kept: list[str]) -> str:
    """The converted page with every block back in its place, its inline Markdown converted."""
    if not kept:
        return html
    converted: list[str] = []
    found = SLOTS.search(html)
    if found:
        converted = CELL.findall(found.group(1))
        html = html[: found.start()] + html[found.end() :]
    slots = sum(len(SLOT.findall(block)) for block in kept)
    if len(converted) != slots:  # the fast path keeps only inline text that converts to one cell each
        raise ValueError(f"expected {slots} converted inline cells, found {len(converted)}: a fast-path defect")

    def place(match: re.Match[str]) -> str:
        first, last = int(match.group(1)), int(match.group(2) or match.group(1))
        blocks = "\n".join(kept[first : last + 1])
        return SLOT.sub(lambda cell: converted[int(cell.group(1))], blocks)

    return KEPT.sub(place, html)


def anchor_ids(kept: list[str]) -> set[str]:
    """The `id`s of the blocks: anchors other pages may link to."""
    return {found for block in kept for found in IDS.findall(block)}


def table_of_contents(html: str, kept: list[str], toc: TableOfContents) -> TableOfContents:
    """``toc`` (of the headings Markdown converted) with the headings kept aside, in the page's order.

    ``html`` is the converted page before `put_back`: its Markdown headings by id, the kept ones by placeholder.
    """
    kept_headings = {index: RAW_HEADING.match(block) for index, block in enumerate(kept)}
    if not any(kept_headings.values()):
        return toc
    converted: dict[str, dict[str, object]] = {}
    pending = list(toc)
    while pending:
        item = pending.pop(0)
        converted[item.id] = {"level": item.level, "id": item.id, "name": item.title}
        pending[:0] = item.children
    flat: list[dict[str, object]] = []
    for found in MARKDOWN_HEADING.finditer(html):
        anchor, first, last = found.groups()
        if anchor is not None and anchor in converted:
            flat.append(converted.pop(anchor))
        elif first is not None:
            for index in range(int(first), int(last or first) + 1):
                if (heading := kept_headings.get(index)) is not None:
                    level, anchor, name = heading.groups()
                    flat.append({"level": int(level), "id": anchor, "name": name})
    flat += converted.values()  # none expected: every converted heading has its id in the page
    for token in flat:
        token.setdefault("children", [])
        token["data-toc-label"] = ""
    return get_toc(nest_toc_tokens(flat))
