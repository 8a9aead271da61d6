"""Whether a deploy shows a company: the mark after its name in the index and the note on its page (local builds)."""

from __future__ import annotations

from playbook.company.company import CompanyPlaybook
from playbook.render.context import RenderContext
from playbook.render.markdown import escape_html, raw_block


def visibility_mark(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """' · public' or ' · private' after a company's name in a local build's index; nothing in a deploy."""
    if book.published is None:
        return ""
    return " · " + ctx.label("visibility_public" if book.published else "visibility_private")


def visibility_note(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """In a local build: whether `make publish` would show this page, and the line that changes it."""
    if book.published is None:
        return ""
    key, kind = ("visibility_public_note", "public") if book.published else ("visibility_private_note", "private")
    return raw_block(f'<p class="company-visibility company-visibility--{kind}">{escape_html(ctx.label(key))}</p>')
