"""Material's templates the theme overrides by copying (tested versions: macros/engine/tested.py).

Theme blocks in `overrides/` extend Material's blocks where it has one. `partials/alternate.html`, the language
selector, is no block but a whole partial, so `overrides/partials/alternate.html` is a copy, changed to link
the same page in each language. :data:`COPIED` records the partial each copy was made from (its Material
version and digest); :func:`check_copies` tells when the installed Material's partial is another one.
:func:`mark_toc_groups` relies on the HTML of Material's contents partial (`partials/toc-item.html`).
"""

from __future__ import annotations

import hashlib
from html import escape
from pathlib import Path

import material  # type: ignore[import-untyped]
from mkdocs.structure.pages import Page

MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"

COPIED = {"partials/alternate.html": ("9.8.1", "572b1d4dae611aa5fd65107edec95e44331b6141abf86834ea4dc6c1ddd7241b")}
"""Overridden partial -> the Material version it was copied from and the SHA-256 of Material's file then."""


def check_copies(templates: Path = MATERIAL_TEMPLATES) -> list[str]:
    """The copied partials whose original in the installed Material changed since they were copied."""
    found = []
    for name, (copied_from, digest) in COPIED.items():
        original = templates / name
        current = hashlib.sha256(original.read_bytes()).hexdigest() if original.is_file() else "(missing)"
        if current != digest:
            found.append(
                f"Material's {name} is not the one overrides/{name} was copied from (Material {copied_from}): "
                "compare the two and copy the changes over, then record the new digest in macros/theme/templates.py"
            )
    return found


TOC_GROUP = '<nav class="md-nav" aria-label="'
"""How Material's contents partial opens the group under an entry, labelled with the entry's title."""


def mark_toc_groups(page: Page, language: str, html: str) -> str:
    """The contents groups of a page written in another language (front matter `toc_lang`) carry their entry's
    title as their label: mark them as written in that language (`languages.mark_toc_language` marks the entries)."""
    other = page.meta.get("toc_lang")
    if not other or other == language:
        return html
    return html.replace(TOC_GROUP, f'<nav class="md-nav" lang="{escape(str(other))}" aria-label="')
