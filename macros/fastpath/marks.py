"""Marked spans found with plain string search.

A regular expression with a lazy `(.*?)` between two markers tries every character of a 60 KB page in turn:
on a company page about a millisecond per pattern (`benchmarks/findings.md`). The markers are fixed strings and
never nest, so `str.find` finds each span at once.
"""

from __future__ import annotations

from collections.abc import Callable


def replace_marked(text: str, opening: str, closing: str, replace: Callable[[str], str]) -> str:
    """``text`` with every span `opening … closing` replaced by ``replace`` of what stands between the markers;
    an opening without its closing stays as it is."""
    found = text.find(opening)
    if found == -1:
        return text
    parts: list[str] = []
    position = 0
    while found != -1:
        end = text.find(closing, found + len(opening))
        if end == -1:
            break
        parts += [text[position:found], replace(text[found + len(opening) : end])]
        position = end + len(closing)
        found = text.find(opening, position)
    parts.append(text[position:])
    return "".join(parts)
