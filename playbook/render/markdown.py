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
"""Around an HTML block that holds no Markdown: the site engine's fast path keeps it out of the Markdown
conversion (`macros/fastpath/`); anywhere else the two comments are harmless."""
INLINE_OPEN, INLINE_CLOSE = "<!--md-->", "<!--/md-->"
"""Around inline Markdown inside a raw block (a description with a link or emphasis in an HTML list): the
plugin converts it as a cell of one table at the end of the page, so that its links are resolved and checked like
any other (macros/fastpath/rawhtml.py), with the fast path on or off."""

TABLE_OPEN, TABLE_CLOSE = "<!--table-->", "<!--/table-->"
"""On the lines around a table written by `table_block`: the site engine's fast path writes it as the HTML
Markdown would make of it, or leaves it to Markdown (`macros/fastpath/tables.py`)."""


def raw_block(html_text: str) -> str:
    """An HTML block that holds no heading, marked so that Markdown need not parse it."""
    return f"{RAW_OPEN}{html_text}{RAW_CLOSE}"


def table_block(header: Sequence[str], rows: Sequence[Sequence[str]], *, classes: str = "", anchor: str = "") -> str:
    """A marked pipe table, in a `<div>` with ``classes`` and the id ``anchor`` when either is given; rows
    shorter than the header are filled with empty cells, longer ones cut."""
    width = len(header)
    body = table(header, [[*row[:width], *[""] * (width - len(row))] for row in rows]).rstrip("\n")
    if classes or anchor:
        attributes = (f' class="{classes}"' if classes else "") + (f' id="{anchor}"' if anchor else "")
        body = f"<div{attributes} markdown>\n\n{body}\n\n</div>"
    return f"{TABLE_OPEN}\n{body}\n{TABLE_CLOSE}"


PRINT_STACKED = "print-stacked"
"""The class of a table that prints as stacked rows, each cell under its column's header (print.css; print.js
gives each cell its header as ``data-label``)."""
STACKED_FROM = 6
"""Decision tables with this many columns or more print as stacked rows: wider ones would lose columns on A4."""


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


def folded(summary: str, *blocks: str, anchor: str = "", unfolded: bool = False, summary_anchor: str = "") -> str:
    """``blocks`` (Markdown, raw blocks or HTML) folded under ``summary`` (HTML) in a `<details>` whose content
    is read as Markdown (md_in_html): closed on screen, open in print and when a link points into it
    (`docs/javascripts/folds.js`). HTML with inline Markdown marked in it is kept as a raw block."""
    attributes = (f' id="{anchor}"' if anchor else "") + (" open" if unfolded else "")
    inner = [raw_block(block) if INLINE_OPEN in block and not block.startswith(RAW_OPEN) else block for block in blocks]
    summary_id = f' id="{summary_anchor}"' if summary_anchor else ""
    opening = f'<details class="fold"{attributes} markdown>\n<summary{summary_id}>{summary}</summary>'
    return paragraphs(opening, *inner, "</details>")
