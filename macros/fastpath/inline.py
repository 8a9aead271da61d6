"""Which inline text the fast path understands: text written out as it is, or Markdown it can convert as a cell.

Tested against Python-Markdown 3.11 (macros/engine/tested.py).
"""

from __future__ import annotations

import re

from playbook.render.markdown import INLINE_CLOSE, INLINE_OPEN

__all__ = ["INLINE_CLOSE", "INLINE_OPEN", "as_html", "reads_as_html", "shown", "understood"]

INLINE_SYNTAX = re.compile(r"[\\`*_\[\]!<>&{}~^=|]|:[+\-\w]+:")
"""A character that may start inline Markdown or HTML (emphasis, link, code, entity, tag, emoji, attribute
list): text without one reads the same as text and as Markdown, and needs no escaping in HTML."""

INLINE_HTML = re.compile(r"""&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);|</?[a-z][a-z0-9]*(\s+[a-z-]+="[^"<>]*")*\s*/?>""")
"""An entity or a tag with quoted attributes: Python-Markdown writes both out as they are."""

NOT_UNDERSTOOD = re.compile(r"(?:^|\s)\{|[<\n\\|]")
"""In inline Markdown (once its entities and tags are set apart): an attribute list of the block or cell
(`text { .note }`), which would land on the cell it is converted in; a raw-HTML opener (`<?`, `<!`, a `<` alone),
on which Python-Markdown itself is inconsistent; a line break; a backslash or a pipe (checked once the escaped pipes `\\|`
are set apart)."""


def reads_as_html(text: str) -> bool:
    """True when Python-Markdown would write ``text`` out unchanged: text, entities and tags, no Markdown."""
    return not INLINE_SYNTAX.search(INLINE_HTML.sub("", text))


CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)")
"""A code span closed within the text: a backtick left over could close one in the next cell of a row."""


def understood(text: str) -> bool:
    """True when ``text`` converts the same as a cell of a one-column table as where it stands."""
    bare = INLINE_HTML.sub("", text).replace("\\|", "")
    return not NOT_UNDERSTOOD.search(bare) and "`" not in CODE_SPAN.sub("", bare)


def shown(text: str) -> str | None:
    """``text`` as HTML, marked as inline Markdown when it holds some; None when the fast path does not
    understand it (the block it stands in is then left to Markdown)."""
    if reads_as_html(text):
        return text
    if not understood(text):
        return None
    return f"{INLINE_OPEN}{text}{INLINE_CLOSE}"


WHOLE_EMPHASIS = re.compile(r"(\*{1,2})([^*\s](?:[^*]*[^*\s])?)\1")
"""Text in emphasis or bold as a whole (`*vacant*`, `**Tip**`), with nothing but text inside."""


def as_html(text: str) -> str | None:
    """Inline Markdown as the HTML Python-Markdown writes for it when that is certain (text as it is; text that
    is emphasis or bold as a whole), else None: it is converted with the page."""
    if reads_as_html(text):
        return text
    emphasis = WHOLE_EMPHASIS.fullmatch(text)
    if emphasis is None or not reads_as_html(emphasis.group(2)):
        return None
    tag = "em" if len(emphasis.group(1)) == 1 else "strong"
    return f"<{tag}>{emphasis.group(2)}</{tag}>"
