"""Marked tables as the HTML Python-Markdown's `tables` extension makes of them, or left to it.

Renderers write every data table as a Markdown pipe table between `<!--table-->` and `<!--/table-->`
(`playbook.render.markdown.table_block`), in a `<div … markdown>` when it has classes or an id. Company pages
hold a dozen tables with hundreds of cells, nearly all plain text: here each becomes the HTML the `tables`
extension writes, plain cells as they are and cells with inline Markdown marked (`macros.fastpath.inline`) to
be converted with the page. A table written in any other way than `table_block` writes it (a row of another
width, an alignment row of another kind, a cell the fast path does not understand) is left to Markdown whole.
Tested against Python-Markdown 3.11 (macros/engine/tested.py).
"""

from __future__ import annotations

import re

from macros.fastpath.inline import shown
from playbook.render.markdown import RAW_CLOSE, RAW_OPEN, TABLE_CLOSE, TABLE_OPEN

BOX = re.compile(r'<div((?: class="[^"<>&]*")?(?: id="[^"<>&]*")?) markdown>')
"""The `<div>` around a table with classes or an id, as `table_block` writes it."""
ALIGNMENT = {":---": "left", "---:": "right"}


def _cells(line: str) -> list[str] | None:
    """The cells of one row as `table` writes it (`| a | b |`, pipes in cells escaped), or None."""
    if not (line.startswith("| ") and line.endswith(" |")):
        return None
    return line[2:-2].split(" | ")


def _html_cell(tag: str, align: str, text: str) -> str | None:
    content = shown(text)
    return None if content is None else f'<{tag} style="text-align: {align};">{content}</{tag}>'


def html_table(lines: list[str]) -> str | None:
    """The pipe table in ``lines`` (header, alignments, rows) as Python-Markdown's HTML, or None when any part
    of it is not as `table` writes it."""
    if len(lines) < 2:
        return None
    header, alignments, *rows = (_cells(line) for line in lines)
    if header is None or alignments is None or any(row is None for row in rows):
        return None
    aligns = [ALIGNMENT.get(mark) for mark in alignments]
    if len(aligns) != len(header) or None in aligns:
        return None
    head = [_html_cell("th", str(align), text) for align, text in zip(aligns, header, strict=True)]
    body: list[list[str | None]] = []
    for row in rows:
        if row is None or len(row) != len(header):
            return None
        body.append([_html_cell("td", str(align), text) for align, text in zip(aligns, row, strict=True)])
    if not body:  # Python-Markdown writes one empty row, without alignment
        body = [["<td></td>"] * len(header)]
    if None in head or any(None in row for row in body):
        return None
    html = ["<table>", "<thead>", "<tr>", *head, "</tr>", "</thead>", "<tbody>"]
    for cells in body:
        html += ["<tr>", *cells, "</tr>"]
    return "\n".join([*(str(part) for part in html), "</tbody>", "</table>"])


def _table_html(block: str) -> str | None:
    """A marked table's lines (without indentation) as HTML, in its `<div>` when it has one; None if unusual."""
    lines = block.split("\n")
    box = BOX.fullmatch(lines[0])
    if box is None:
        return html_table(lines)
    if len(lines) < 5 or lines[1] or lines[-2] or lines[-1] != "</div>" or not box.group(1):
        return None
    table = html_table(lines[2:-2])
    return None if table is None else f"<div{box.group(1)}>\n{table}\n</div>"


def _marked_tables(markdown: str) -> list[tuple[int, int, str, str]]:
    """Each marked table: where its opening line starts, where its closing marker ends, its indentation and
    the lines between the markers (found by string search: see `macros.fastpath.marks`)."""
    tables: list[tuple[int, int, str, str]] = []
    found = markdown.find(TABLE_OPEN)
    while found != -1:
        line_start = markdown.rfind("\n", 0, found) + 1
        indent = markdown[line_start:found]
        body_start = found + len(TABLE_OPEN) + 1
        close = markdown.find(f"\n{indent}{TABLE_CLOSE}", body_start - 1)
        end = close + 1 + len(indent) + len(TABLE_CLOSE)
        usable = not indent.strip(" \t") and markdown[body_start - 1 : body_start] == "\n"
        if close == -1 or not usable or markdown[end : end + 1] not in ("", "\n"):
            found = markdown.find(TABLE_OPEN, found + 1)
            continue
        tables.append((line_start, end, indent, markdown[body_start:close]))
        found = markdown.find(TABLE_OPEN, end)
    return tables


def expand_tables(markdown: str, *, fast: bool) -> str:
    """``markdown`` with each marked table as a kept HTML block (``fast``, where understood) or as its Markdown."""
    if TABLE_OPEN not in markdown:
        return markdown

    def expand(indent: str, body: str) -> str:
        lines = [line.removeprefix(indent) for line in body.split("\n")]
        if fast and all(line.startswith(indent) or not line for line in body.split("\n")):
            html = _table_html("\n".join(lines))
            if html is not None:
                return f"{indent}{RAW_OPEN}{html}{RAW_CLOSE}"
        return body  # Markdown's own table, at its indentation

    parts: list[str] = []
    position = 0
    for start, end, indent, body in _marked_tables(markdown):
        parts += [markdown[position:start], expand(indent, body)]
        position = end
    parts.append(markdown[position:])
    return "".join(parts)
