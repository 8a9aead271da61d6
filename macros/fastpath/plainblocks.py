"""The plain blocks of a generated page written as the HTML Python-Markdown would make of them.

A company page is mostly short paragraphs, tight lists, one-line admonitions and headings with a given id,
written by the renderers. Python-Markdown parses each of them block by block and runs every inline pattern
over every text: together several milliseconds a page. Here such a block is written as the HTML it would
become and kept aside (`macros.fastpath.rawhtml`); inline Markdown inside it (a link, emphasis) stays
Markdown and is converted with the page. Only what reads the same either way is written: anything else
(a block inside an HTML element, a list next to a list, a definition's term, text with Markdown syntax in a
heading, inline text the fast path does not understand) is left to Markdown. `tests/test_fastpath.py`
compares both ways. Tested against Python-Markdown 3.11 (macros/engine/tested.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from macros.fastpath.inline import INLINE_SYNTAX, reads_as_html, shown
from playbook.render.markdown import RAW_CLOSE, RAW_OPEN

TOP_LEVEL = re.compile(r"\n\n(?=\S)")
"""Between two blocks of a page's top level (an admonition's body is indented, so it stays with its title)."""
BLOCK_START = re.compile(r"[#!>|=~`:\[\s]|<(?!(?:strong|em|code|span|a|sup|br)[\s>/])|[-*+]\s|\d+[.)]|[-*_ ]+$")
"""How a line starts that could be more than a paragraph: heading, admonition, HTML, quote, table, list,
rule, fence, definition, reference or footnote, indented code."""
HEADING = re.compile(r"(#{2,6}) ([^\n{}]+?) \{ ((?:[#.][a-z0-9][a-z0-9_-]* )+)\}")
"""A heading below the page title, with its id (and classes) given: `## Budget { #budget }`."""


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
    if len(ids) != 1 or INLINE_SYNTAX.search(text) or '"' in text or ">" in text or "#" in text:
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


def _marked(text: str) -> str | None:
    """Text as HTML, or marked as inline Markdown when it holds some; None when not understood."""
    return shown(text)


def _list_html(block: str) -> str | None:
    """A tight list of one-line items, bulleted or numbered from 1, as Python-Markdown writes it."""
    lines = block.split("\n")
    numbered = lines[0].startswith("1. ")
    items = []
    for line in lines:
        item = re.fullmatch(r"\d+\. (.*)" if numbered else r"- (.*)", line)
        if item is None or not item.group(1).strip() or BLOCK_START.match(item.group(1)):
            return None
        content = _marked(item.group(1).strip())
        if content is None:
            return None
        items.append(f"<li>{content}</li>")
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
        content = _marked(body)
        if not reads_as_html(title) or BLOCK_START.match(body) or content is None:
            return None
        return f'<div class="admonition {kind}">\n<p class="admonition-title">{title}</p>\n<p>{content}</p>\n</div>'
    if block.startswith(("- ", "1. ")):
        return _list_html(block)
    if block.startswith("##"):
        return None if headings is None else _heading_html(block, headings)
    lines = block.split("\n")
    if BLOCK_START.match(lines[0]) or len(lines) > 2:
        return None
    content = _marked(lines[0])
    if content is None:
        return None
    if len(lines) == 2:
        css = CLASS_LINE.fullmatch(lines[1])
        return None if css is None else f'<p class="{css.group(1)}">{content}</p>'
    return f"<p>{content}</p>"


def is_one_marked_block(block: str) -> bool:
    """True for a block that is one marked HTML block, as renderers and tables write them."""
    return block.startswith(RAW_OPEN) and block.endswith(RAW_CLOSE) and block.count(RAW_OPEN) == 1


def plain_blocks(markdown: str, headings: HeadingStyle | None = None) -> str:
    """``markdown`` with its plain blocks marked as raw blocks: paragraphs of a line, tight lists, one-line
    admonitions, and with ``headings`` the headings below the title.

    For generated pages only, whose Markdown the renderers write: no fences, no HTML blocks spanning blank
    lines, no abbreviations; a block followed by a definition (`: ...`) stays Markdown, as it is a term.
    """
    blocks = TOP_LEVEL.split(markdown)
    shown = []
    depth = 0  # open HTML elements: what stands inside one is left to Markdown (md_in_html or raw HTML)
    for index, block in enumerate(blocks):
        if is_one_marked_block(block):  # kept whole, its elements closed within it
            shown.append(block)
            continue
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
