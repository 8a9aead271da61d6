"""Small Markdown and HTML helpers shared by the renderers."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

NUMBER = re.compile(r"[-+]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?")
"""A cell that reads as a number: its column is right-aligned."""


def escape_html(text: str) -> str:
    """Escape text that must show as written (company-provided text, attribute values)."""
    return html.escape(text, quote=True)


def cell(text: str) -> str:
    """A Markdown table cell: pipes escaped, line breaks kept as <br>."""
    return text.strip().replace("|", "\\|").replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")


def _alignment(column: Sequence[str]) -> str:
    filled = [value for value in column if value]
    return "---:" if filled and all(NUMBER.fullmatch(value) for value in filled) else ":---"


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown pipe table, with every cell escaped; columns of numbers right-aligned, the rest left."""
    cells = [[cell(value) for value in row] for row in rows]
    alignments = [_alignment([row[index] for row in cells]) for index in range(len(header))]
    lines = [[cell(title) for title in header], alignments, *cells]
    return "".join(f"| {' | '.join(line)} |\n" for line in lines)


RAW_OPEN, RAW_CLOSE = "<!--raw-->", "<!--/raw-->"
"""Around an HTML block that holds no Markdown: the site engine keeps it out of the Markdown conversion
(`macros/rawhtml.py`)."""

INLINE_OPEN, INLINE_CLOSE = "<!--md-->", "<!--/md-->"
"""Around inline Markdown inside a raw block (a table cell with a link or emphasis): the site engine converts
it as a table cell of the page, so that its links are resolved and checked like any other."""

INLINE_SYNTAX = re.compile(r"[\\`*_\[\]!<>&{}~^=|]|:[+\-\w]+:")
"""A character that may start inline Markdown or HTML (emphasis, link, code, entity, tag, emoji, attribute
list): a cell without one reads the same as text and as Markdown, and needs no escaping in HTML."""


def raw_block(html_text: str) -> str:
    """An HTML block that holds no heading, marked so that Markdown need not parse it."""
    return f"{RAW_OPEN}{html_text}{RAW_CLOSE}"


INLINE_HTML = re.compile(r"""&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);|</?[a-z][a-z0-9]*(\s+[a-z-]+="[^"<>&]*")*\s*/?>""")
"""An entity or a tag with quoted attributes: Python-Markdown writes both out as they are."""


def reads_as_html(text: str) -> bool:
    """True when Python-Markdown would write ``text`` out unchanged: text, entities and tags, no Markdown."""
    return not INLINE_SYNTAX.search(INLINE_HTML.sub("", text))


def _html_cell(tag: str, align: str | None, text: str, label: str = "") -> str:
    shown = text if reads_as_html(text) else f"{INLINE_OPEN}{text}{INLINE_CLOSE}"
    style = f' style="text-align: {align};"' if align else ""
    labelled = f' data-label="{label}"' if label else ""
    return f"<{tag}{style}{labelled}>{shown}</{tag}>"


def html_table(header: Sequence[str], rows: Sequence[Sequence[str]], *, labelled: bool = False) -> str:
    """``table(header, rows)`` as the HTML that Python-Markdown's tables extension makes of it.

    Plain cells are written as they are; cells with inline Markdown are marked for the site engine, which
    converts them with the page (`macros/rawhtml.py`). Company pages hold a dozen tables with hundreds of
    cells, nearly all plain: written here, they cost no Markdown parsing. ``labelled`` gives every cell its
    column's header as ``data-label``, for print as stacked rows.
    """
    width = len(header)
    cells = [[cell(value) for value in row[:width]] + [""] * (width - len(row)) for row in rows]
    aligns = ["right" if _alignment([row[i] for row in cells]) == "---:" else "left" for i in range(width)]
    labels = [_label(title) if labelled else "" for title in header]
    body = [
        [_html_cell("td", align, value, label) for align, value, label in zip(aligns, row, labels, strict=True)]
        for row in cells
    ]
    if not body:  # Python-Markdown writes one empty row, without alignment
        body = [["<td></td>"] * width]
    head = [_html_cell("th", align, cell(title)) for align, title in zip(aligns, header, strict=True)]
    lines = ["<table>", "<thead>", "<tr>", *head, "</tr>", "</thead>", "<tbody>"]
    for row in body:
        lines += ["<tr>", *row, "</tr>"]
    return "\n".join([*lines, "</tbody>", "</table>"])


def _label(title: str) -> str:
    """A header as plain text for an attribute: its tags dropped, the rest escaped."""
    return escape_html(re.sub(r"<[^>]*>", "", title).strip())


PRINT_STACKED = "print-stacked"
"""The class of a table that prints as stacked rows, each cell under its column's header (print.css)."""
STACKED_FROM = 6
"""Decision tables with this many columns or more print as stacked rows: wider ones would lose columns on A4."""


def table_block(header: Sequence[str], rows: Sequence[Sequence[str]], *, classes: str = "", anchor: str = "") -> str:
    """A table as a raw block, in a `<div>` with ``classes`` and the id ``anchor`` when either is given."""
    table_html = html_table(header, rows, labelled=PRINT_STACKED in classes.split())
    if not (classes or anchor):
        return raw_block(table_html)
    attributes = (f' class="{classes}"' if classes else "") + (f' id="{anchor}"' if anchor else "")
    return raw_block(f"<div{attributes}>\n{table_html}\n</div>")


def decision_table(anchor: str, header: Sequence[str], rows: Sequence[Sequence[str]], *, classes: str = "") -> str:
    """A table in a `decision-table` box with the id ``anchor`` (and more ``classes``); one of six columns or
    more, or one marked ``print-stacked``, prints as stacked rows."""
    stacked = f" {PRINT_STACKED}" if len(header) >= STACKED_FROM and PRINT_STACKED not in classes else ""
    return table_block(header, rows, classes=f"decision-table {classes}{stacked}".strip(), anchor=anchor)


def strong(text: str) -> str:
    """``text`` in bold, as Python-Markdown writes `**text**`: HTML, so that a line of it needs no parsing."""
    return f"<strong>{text}</strong>"


def paragraphs(*blocks: str) -> str:
    """Join non-empty blocks with blank lines."""
    return "\n\n".join(block.strip("\n") for block in blocks if block and block.strip()) + "\n"


def indent(text: str, spaces: int = 4) -> str:
    """Indent every non-empty line, for content inside admonitions and lists."""
    pad = " " * spaces
    return "\n".join(pad + line if line.strip() else "" for line in text.splitlines())
