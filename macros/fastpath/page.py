"""One page through the fast path: what it writes as HTML, what it leaves to Markdown, and putting it back.

With the plugin option ``fast_path: false`` every page is converted by Markdown alone: marked tables become
their Markdown, kept blocks their HTML, as they would be without this module. With it on (the default), marked
tables and HTML blocks, and on generated pages the plain blocks and headings, are kept out of the conversion
and put back after it; anything the fast path does not fully understand stays Markdown. A page that defines
abbreviations (`*[`) keeps its tables and plain blocks in Markdown, since an abbreviation changes text anywhere.
"""

from __future__ import annotations

import re

from macros.fastpath.folds import folds_as_html
from macros.fastpath.plainblocks import HeadingStyle, plain_blocks
from macros.fastpath.rawhtml import anchor_ids, keep_aside, put_back, table_of_contents
from macros.fastpath.tables import expand_tables
from playbook.render.markdown import INLINE_OPEN, RAW_CLOSE, RAW_OPEN

__all__ = ["anchor_ids", "put_back", "set_aside", "table_of_contents"]


def defines_abbreviations(markdown: str) -> bool:
    """True when a line starts with `*[`: an abbreviation's definition, which would change text anywhere on the
    page (a plain search: a multi-line regular expression takes a quarter of a millisecond on a company page)."""
    return markdown.startswith("*[") or "\n*[" in markdown


TAG_OR_COMMENT = re.compile(
    r"""<!--.*?-->|</?[a-zA-Z][a-zA-Z0-9-]*(?:\s+[a-zA-Z:-]+(?:="[^"<>]*")?)*\s*/?>""", re.DOTALL
)
"""A comment, or a tag whose attributes are quoted or bare (`markdown`)."""
STRAY_OPENER = re.compile("<")
"""Left over once comments and tags are set apart: raw HTML Python-Markdown might read up to a placeholder."""


def set_aside(
    markdown: str, *, fast: bool = True, generated: bool = False, headings: HeadingStyle | None = None
) -> tuple[str, list[str]]:
    """``markdown`` to convert, and the blocks kept aside (`put_back` brings them back after the conversion).

    ``generated``: a page made from data, whose plain blocks go too, and with ``headings`` its headings below
    the title (`table_of_contents` adds them to the page's contents). Without ``fast``: Markdown only.
    """
    if not fast:
        plain = expand_tables(markdown, fast=False)
        if INLINE_OPEN in plain:  # inline Markdown inside a raw block is converted by the plugin, either way
            return keep_aside(plain)
        return plain.replace(RAW_OPEN, "").replace(RAW_CLOSE, ""), []
    abbreviated = defines_abbreviations(markdown)
    fast_markdown = expand_tables(markdown, fast=not abbreviated)
    if generated and not abbreviated:
        fast_markdown = folds_as_html(plain_blocks(fast_markdown, headings))
    aside, kept = keep_aside(fast_markdown)
    if kept and STRAY_OPENER.search(TAG_OR_COMMENT.sub("", aside)):  # could swallow a placeholder: Markdown only
        return set_aside(markdown, fast=False)
    return aside, kept
