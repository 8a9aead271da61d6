"""A legal source on a page: its article in the official text in the page's language, its status, the date it
applies from and the date we checked it; and the statements the build notes as due for a new check."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from playbook.formatting import long_date
from playbook.models.evidence import EvidenceEntry
from playbook.render.context import RenderContext
from playbook.render.markdown import escape_html

STALE_AFTER = dt.timedelta(days=180)
"""A legal statement checked longer ago than this before the build is noted in the build log."""


def status_words(ctx: RenderContext, entry: EvidenceEntry) -> str:
    """'bekendgemaakt (OJ L, 2024/1689, 12.7.2024)', 'aangenomen, bekendmaking niet bevestigd', 'voorstel'."""
    words = ctx.label(f"legal_status_{entry.status}")
    return f"{words} ({entry.official_journal})" if entry.status == "published" and entry.official_journal else words


def legal_status(ctx: RenderContext, entry: EvidenceEntry) -> str:
    """'Primary source: legal text, published (OJ …), checked on 4 December 2026'."""
    checked = long_date(entry.checked, ctx.language) if entry.checked else ""
    if entry.kind == "guidance":  # a public body's publication: consulted, with no legal status of its own
        return ctx.label("evidence_guidance_status").format(date=checked)
    return ctx.label("evidence_legal_status").format(status=status_words(ctx, entry), date=checked)


def applies(ctx: RenderContext, entry: EvidenceEntry) -> str:
    """'geldt sinds 2 februari 2025' or 'geldt vanaf 2 december 2027', from the build date; '' without a date."""
    if entry.applies_from is None:
        return ""
    key = "legal_applies_since" if entry.applies_from <= ctx.today else "legal_applies_from"
    return ctx.label(key).format(date=long_date(entry.applies_from, ctx.language))


def legal_link(ctx: RenderContext, entry: EvidenceEntry) -> str:
    """A legal source links its article in the official text, titled with its status and the date it was
    checked, followed by the date it applies from; it needs no status mark.

    Written as HTML, as Python-Markdown would write the link: an address outside the site needs no
    resolving, and a table cell of plain text and HTML costs no Markdown parsing.
    """
    name = html.escape(ctx.text(entry.figure).replace("[", "(").replace("]", ")"), quote=False)
    title = escape_html(legal_status(ctx, entry))
    when = applies(ctx, entry)
    after = f' <span class="legal-applies">({escape_html(when)})</span>' if when else ""
    return (
        f'<a class="evidence-ref {entry.kind}-ref" data-evidence="{entry.id}" href="{escape_html(entry.link(ctx.language) or "")}"'
        f' title="{title}">{name}</a>{after}'
    )


def stale_statements(entries: Sequence[EvidenceEntry], today: dt.date) -> list[str]:
    """One build-log line per legal statement checked more than 180 days before ``today``."""
    return [
        f"data/evidence.yml: {entry.id}: checked on {entry.checked.isoformat()}, "
        f"{(today - entry.checked).days} days before the build ({today.isoformat()}); read the text again "
        "and update `checked`"
        for entry in entries
        if entry.kind == "legal" and entry.checked is not None and today - entry.checked > STALE_AFTER
    ]


def register_status(ctx: RenderContext, entry: EvidenceEntry) -> str:
    """The register's status cell: status and checked date, the date it applies from, and what is unconfirmed."""
    parts = [escape_html(legal_status(ctx, entry))]
    when = applies(ctx, entry)
    if when:
        parts.append(escape_html(when[:1].upper() + when[1:]) + ".")
    if entry.status_note:
        parts.append(escape_html(ctx.text(entry.status_note)))
    return "<br>".join(parts)
