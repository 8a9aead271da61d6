"""HTML blocks pass by the Markdown conversion: kept aside, then put back.

Renderers mark such blocks (`playbook.render.markdown.raw_block`: the roadmap's checklists, the risk list,
the KPI charts, every table). Python-Markdown would parse each of them with its Python HTML parser
(`md_in_html`, and MkDocs's own pass for anchor ids), and each table cell with every inline pattern: on a
company page, most of its conversion time. Here the block becomes one short comment before the conversion and
comes back after it; its `id`s join the page's anchors, so that links to them are still checked.

Inline Markdown inside a block (a table cell with a link or emphasis, marked by the renderer) is not kept
aside: it becomes a cell of one table added at the end of the page, is converted with the page, so that
MkDocs resolves and checks its links like any other, and goes back into its block. The blocks hold no
heading, so the table of contents is the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown.extensions.toc import nest_toc_tokens
from mkdocs.structure.toc import TableOfContents, get_toc

from playbook.render.markdown import INLINE_CLOSE, INLINE_OPEN, INLINE_SYNTAX, RAW_CLOSE, RAW_OPEN, reads_as_html

RAW = re.compile(re.escape(RAW_OPEN) + "(.*?)" + re.escape(RAW_CLOSE), flags=re.DOTALL)
KEPT = re.compile(r"<!--raw:(\d+)(?:-(\d+))?-->")
"""One kept block, or a run of them (first-last) that stood next to each other."""
RUN = re.compile(r"<!--raw:(\d+)-->(?:\s*<!--raw:\d+-->)+")
IDS = re.compile(r"""\bid="([^"]+)\"""")
INLINE = re.compile(re.escape(INLINE_OPEN) + "(.*?)" + re.escape(INLINE_CLOSE), flags=re.DOTALL)
SLOT = re.compile(r"<!--inline:(\d+)-->")
SLOTS_OPEN, SLOTS_CLOSE = "<!--inline-cells-->", "<!--/inline-cells-->"
SLOTS = re.compile(r"\n?" + re.escape(SLOTS_OPEN) + "(.*?)" + re.escape(SLOTS_CLOSE), flags=re.DOTALL)
CELL = re.compile(r"<td>(.*?)</td>", flags=re.DOTALL)


TOP_LEVEL = re.compile(r"\n\n(?=\S)")
"""Between two blocks of a page's top level (an admonition's body is indented, so it stays with its title)."""
BLOCK_START = re.compile(r"[#!>|=~`:\[\s]|<(?!(?:strong|em|code|span|a|sup|br)[\s>/])|[-*+]\s|\d+[.)]|[-*_ ]+$")
"""How a line starts that could be more than a paragraph: heading, admonition, HTML, quote, table, list,
rule, fence, definition, reference or footnote, indented code."""
HEADING = re.compile(r"(#{2,6}) ([^\n{}]+?) \{ ((?:[#.][a-z0-9][a-z0-9_-]* )+)\}")
"""A heading below the page title, with its id (and classes) given: `## Budget { #budget }`."""
RAW_HEADING = re.compile(r'<h([2-6])(?: class="[^"]*")? id="([^"]+)">(.*?)<a class="headerlink"')
MARKDOWN_HEADING = re.compile(r'<h[1-6][^>]*?\sid="([^"]+)"|<!--raw:(\d+)(?:-(\d+))?-->')


@dataclass(frozen=True)
class HeadingStyle:
    """How the site's `toc` extension writes a heading's permalink."""

    symbol: str
    """The permalink's text (`&para;`)."""
    title: str
    """Its title (`Link to this section`, per language)."""


def heading_style(toc_config: dict[str, object]) -> HeadingStyle | None:
    """The permalinks of the `toc` configuration when they are the simple kind this module writes, else None."""
    permalink = toc_config.get("permalink")
    if not permalink or set(toc_config) - {"permalink", "permalink_title"}:
        return None
    symbol = "&para;" if permalink is True else str(permalink)
    return HeadingStyle(symbol, str(toc_config.get("permalink_title", "Permanent link")))


def _heading_html(block: str, style: HeadingStyle) -> str | None:
    """A plain heading with a given id, as Python-Markdown's `toc` and `attr_list` write it."""
    heading = HEADING.fullmatch(block)
    if heading is None:
        return None
    marks, text, attributes = heading.groups()
    ids = [part[1:] for part in attributes.split() if part.startswith("#")]
    classes = [part[1:] for part in attributes.split() if part.startswith(".")]
    if len(ids) != 1 or INLINE_SYNTAX.search(text) or '"' in text or ">" in text:
        return None
    level, anchor = len(marks), ids[0]
    css = f' class="{" ".join(classes)}"' if classes else ""
    link = f'<a class="headerlink" href="#{anchor}" title="{style.title}">{style.symbol}</a>'
    return f'<h{level}{css} id="{anchor}">{text.strip()}{link}</h{level}>'


OPENING = re.compile(r"<(?:div|details|section|figure|table|ul|ol|dl|blockquote)\b")
CLOSING = re.compile(r"</(?:div|details|section|figure|table|ul|ol|dl|blockquote)>")
LIST_START = re.compile(r"[-*+] |\d+[.)] ")
"""The first line of a list item."""
CLASS_LINE = re.compile(r"\{ \.([a-z][a-z-]*) \}")
"""The attribute list under a paragraph that gives it one class (`{ .lead }`)."""
ADMONITION = re.compile(r'!!! ([a-z]+) "([^"\n]+)"\n\n {4}([^\n]+)')
"""An admonition with a title and a body of one line (`playbook.render.blocks.example` and the like)."""
ABBREVIATION = re.compile(r"^\*\[", flags=re.MULTILINE)
"""An abbreviation's definition, which would change text anywhere on the page."""


def _marked(text: str) -> str:
    """Text as HTML, or marked as inline Markdown when it holds some."""
    return text if reads_as_html(text) else f"{INLINE_OPEN}{text}{INLINE_CLOSE}"


def _list_html(block: str) -> str | None:
    """A tight list of one-line items, bulleted or numbered from 1, as Python-Markdown writes it."""
    lines = block.split("\n")
    numbered = lines[0].startswith("1. ")
    items = []
    for line in lines:
        item = re.fullmatch(r"\d+\. (.*)" if numbered else r"- (.*)", line)
        if item is None or not item.group(1).strip() or BLOCK_START.match(item.group(1)):
            return None
        items.append(f"<li>{_marked(item.group(1).strip())}</li>")
    tag = "ol" if numbered else "ul"
    return "\n".join([f"<{tag}>", *items, f"</{tag}>"])


def _as_html(block: str, headings: HeadingStyle | None) -> str | None:
    """A paragraph of one line (or one with a class), a tight list or an admonition of one line, as
    Python-Markdown writes it; None for anything else."""
    if "|" in block or "\\" in block or block != block.strip():
        return None
    admonition = ADMONITION.fullmatch(block)
    if admonition:
        kind, title, body = admonition.groups()
        if not reads_as_html(title) or BLOCK_START.match(body):
            return None
        return (
            f'<div class="admonition {kind}">\n<p class="admonition-title">{title}</p>\n<p>{_marked(body)}</p>\n</div>'
        )
    if block.startswith(("- ", "1. ")):
        return _list_html(block)
    if block.startswith("##"):
        return None if headings is None else _heading_html(block, headings)
    lines = block.split("\n")
    if BLOCK_START.match(block) or len(lines) > 2:
        return None
    if len(lines) == 2:
        css = CLASS_LINE.fullmatch(lines[1])
        return None if css is None else f'<p class="{css.group(1)}">{_marked(lines[0])}</p>'
    return f"<p>{_marked(block)}</p>"


def plain_blocks(markdown: str, headings: HeadingStyle | None = None) -> str:
    """``markdown`` with its one-line paragraphs and simple admonitions marked as raw blocks.

    For generated pages only, whose Markdown the renderers write: no fences, no HTML blocks spanning blank
    lines, no abbreviations; a block followed by a definition (`: ...`) stays Markdown, as it is a term.
    """
    blocks = TOP_LEVEL.split(markdown)
    shown = []
    depth = 0  # open HTML elements: what stands inside one is left to Markdown (md_in_html or raw HTML)
    for index, block in enumerate(blocks):
        outside = depth == 0
        depth += len(OPENING.findall(block)) - len(CLOSING.findall(block))
        if not outside or depth:
            shown.append(block)
            continue
        following = blocks[index + 1] if index + 1 < len(blocks) else ""
        previous = blocks[index - 1] if index else ""
        html_block = None
        if following.startswith(":"):  # a definition list's term
            pass
        elif LIST_START.match(block) and (LIST_START.match(previous) or LIST_START.match(following)):
            pass  # lists apart by a blank line are one loose list to Markdown
        else:
            html_block = _as_html(block.strip("\n"), headings)
        shown.append(block if html_block is None else f"{RAW_OPEN}{html_block}{RAW_CLOSE}")
    return "\n\n".join(shown)


def _run(match: re.Match[str]) -> str:
    last = match.group(0).rsplit(":", 1)[1].removesuffix("-->")
    return f"<!--raw:{match.group(1)}-{last}-->"


def set_aside(markdown: str, *, generated: bool = False, headings: HeadingStyle | None = None) -> tuple[str, list[str]]:
    """``markdown`` with each marked block replaced by `<!--raw:N-->` and the blocks' inline Markdown in a
    table at its end; the blocks in order. ``generated``: a generated page, whose plain blocks go too, and
    with ``headings`` its headings below the title (`table_of_contents` puts them in the page's contents)."""
    if generated and not ABBREVIATION.search(markdown):
        markdown = plain_blocks(markdown, headings)
    kept: list[str] = []
    inline: list[str] = []

    def slot(match: re.Match[str]) -> str:
        inline.append(match.group(1))
        return f"<!--inline:{len(inline) - 1}-->"

    def keep(match: re.Match[str]) -> str:
        kept.append(INLINE.sub(slot, match.group(1)))
        return f"<!--raw:{len(kept) - 1}-->"

    # A run of blocks becomes one placeholder: Markdown handles each placeholder as a block of its own.
    aside = RUN.sub(_run, RAW.sub(keep, markdown))
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
