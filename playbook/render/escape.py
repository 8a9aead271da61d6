"""Company text is shown exactly as written: never read as HTML, Markdown or a template."""

from __future__ import annotations

import string

_ENCODED = set(string.punctuation)


def plain(text: str) -> str:
    """``text`` with every ASCII punctuation character as a numeric entity and line breaks as spaces.

    The result renders as the original characters in HTML, Markdown tables, headings and attribute
    values, and cannot open a tag, a link, emphasis, a table cell or a template expression.
    """
    flat = " ".join(text.split())
    return "".join(f"&#{ord(char)};" if char in _ENCODED else char for char in flat)


def plain_in(text: str, language: str, page_language: str) -> str:
    """``plain(text)``, marked with its own language when the company writes in another than the page's.

    A Dutch company's use case on an English page reads ``<span lang="nl">…</span>``: screen readers
    pronounce it as Dutch, and the site's language check knows it is meant to be there.
    """
    shown = plain(text)
    return shown if language == page_language else f'<span lang="{language}">{shown}</span>'
