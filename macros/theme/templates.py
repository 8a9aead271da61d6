"""Material's templates the theme overrides by copying (tested versions: macros/engine/tested.py).

Theme blocks in `overrides/` extend Material's blocks where it has one. `partials/alternate.html`, the language
selector, is no block but a whole partial, so `overrides/partials/alternate.html` is a copy, changed to link
the same page in each language. :data:`COPIED` records the partial each copy was made from (its Material
version and digest); :func:`check_copies` tells when the installed Material's partial is another one.
:data:`COPIED_BLOCKS` does the same for a block `overrides/main.html` writes anew instead of extending
(Material's `scripts`, its script deferred), :func:`check_blocks` tells when it changed.
:func:`mark_toc_groups` relies on the HTML of Material's contents partial (`partials/toc-item.html`).
"""

from __future__ import annotations

import hashlib
import re
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


COPIED_BLOCKS = {
    ("base.html", "scripts"): ("9.8.1", "66cc07f62fe03dd2b41d9d1f94be4f466246e551c41240f6a10f438cc53c3e90")
}
"""(Material's template, block) -> the Material version `overrides/main.html` rewrote the block from (its script
loaded with `defer`) and the SHA-256 of the block's text then."""


def block_text(template: str, block: str) -> str | None:
    """The text of ``block`` in ``template``, from `{% block name %}` to its `{% endblock %}`, or None."""
    found = re.search(r"\{% block " + re.escape(block) + r" %\}.*?\{% endblock %\}", template, flags=re.DOTALL)
    return None if found is None else found.group(0)


def check_blocks(templates: Path = MATERIAL_TEMPLATES) -> list[str]:
    """The rewritten blocks whose original in the installed Material changed since they were rewritten."""
    found = []
    for (name, block), (copied_from, digest) in COPIED_BLOCKS.items():
        original = templates / name
        text = block_text(original.read_text(encoding="utf-8"), block) if original.is_file() else None
        current = hashlib.sha256(text.encode()).hexdigest() if text is not None else "(missing)"
        if current != digest:
            found.append(
                f"Material's block '{block}' in {name} is not the one overrides/main.html rewrote (Material "
                f"{copied_from}): compare the two, then record the new digest in macros/theme/templates.py"
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
