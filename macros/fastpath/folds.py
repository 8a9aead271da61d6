"""Folds that hold only HTML written as HTML: no `markdown` attribute for Python-Markdown to parse.

A fold (`playbook.render.markdown.folded`) is a `<details markdown>` whose content Python-Markdown reads as
Markdown (`md_in_html`): it parses the whole element with its Python HTML parser, then each block inside.
On a generated page, once the fast path has written its tables and plain blocks as marked HTML, most folds hold
nothing but marked blocks; such a fold becomes marked HTML itself, its opening and closing tags kept aside with
its blocks, and comes back as the HTML Markdown would have made of it (`tests/test_fastpath.py` compares both
ways). A fold with anything else inside (a Markdown list of links, an admonition) stays Markdown.
"""

from __future__ import annotations

import re

from playbook.render.markdown import RAW_CLOSE, RAW_OPEN, raw_block

FOLD_START = '<details class="fold"'
FOLD_HEAD = re.compile(
    r'<details class="fold"((?: id="[a-z0-9_-]+")?(?: open)?) markdown>\n'
    r'(<summary(?: id="[a-z0-9_-]+")?>[^<>*_`\[\]\\!\n]*</summary>)\n\n'
)
"""A fold's first two lines, with a summary of plain text (no inline Markdown syntax; entities allowed)."""
FOLD_END = "</details>"
SPACE = " \t\n"


def _marked_blocks(markdown: str, position: int) -> tuple[list[str], int]:
    """The marked blocks from ``position`` on, with only white space between them, and where they end."""
    blocks: list[str] = []
    while markdown.startswith(RAW_OPEN, position):
        end = markdown.find(RAW_CLOSE, position + len(RAW_OPEN))
        if end == -1 or RAW_OPEN in markdown[position + len(RAW_OPEN) : end]:
            return [], position
        end += len(RAW_CLOSE)
        blocks.append(markdown[position:end])
        position = end
        while position < len(markdown) and markdown[position] in SPACE:
            position += 1
    return blocks, position


def _fold_as_html(markdown: str, start: int) -> tuple[str, int] | None:
    """The fold at ``start`` as marked HTML and where it ends, or None when it holds more than marked blocks."""
    if start and markdown[start - 1] != "\n":
        return None
    head = FOLD_HEAD.match(markdown, start)
    if head is None:
        return None
    blocks, position = _marked_blocks(markdown, head.end())
    end = position + len(FOLD_END)
    if not blocks or not markdown.startswith(FOLD_END, position) or markdown[end : end + 1] not in ("", "\n"):
        return None
    attributes, summary = head.groups()
    attributes = attributes.replace(" open", ' open="open"')  # as Python-Markdown writes a bare attribute
    opening = raw_block(f'<details class="fold"{attributes}>\n{summary}')
    return "\n".join([opening, *blocks, raw_block(FOLD_END)]), end


def folds_as_html(markdown: str) -> str:
    """``markdown`` with every fold of marked blocks written as marked HTML."""
    found = markdown.find(FOLD_START)
    if found == -1:
        return markdown
    parts: list[str] = []
    position = 0
    while found != -1:
        fold = _fold_as_html(markdown, found)
        if fold is None:
            found = markdown.find(FOLD_START, found + 1)
            continue
        html, end = fold
        parts += [markdown[position:found], html]
        position = end
        found = markdown.find(FOLD_START, position)
    parts.append(markdown[position:])
    return "".join(parts)
