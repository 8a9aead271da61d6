"""Method cards: the instruments page, and each card's blank template as Word, Markdown (and Excel and CSV)."""

from __future__ import annotations

import datetime as dt

from playbook.export.document_markdown import MARKDOWN_SOURCE_SUFFIX, document_markdown
from playbook.export.docx import docx_bytes
from playbook.export.exports import table_csv
from playbook.export.filling import TEMPLATE_ROWS, blank_document
from playbook.export.xlsx import register_workbook_bytes
from playbook.models.common import Language
from playbook.models.obligations import MethodCard
from playbook.render.context import RenderContext
from playbook.render.markdown import escape_html, paragraphs

TEMPLATE_DIR = "instrumenten"
"""Folder of the generated template downloads, in each language's site."""


def template_names(card: MethodCard, language: Language) -> dict[str, str]:
    """Format -> source path (under docs/) of the card's downloads in ``language``: Word and Markdown, and for
    the register also Excel and CSV."""
    stem = f"{TEMPLATE_DIR}/{card.id}.{language}"
    names = {"docx": f"{stem}.docx", "md": f"{stem}.md{MARKDOWN_SOURCE_SUFFIX}"}
    if card.company == "register":
        names |= {"xlsx": f"{stem}.xlsx", "csv": f"{stem}.csv"}
    return names


def template_files(ctx: RenderContext, built: dt.datetime) -> dict[str, str | bytes]:
    """Source path -> text or bytes of every card's downloads in the context's language, every field blank."""
    files: dict[str, str | bytes] = {}
    for card in ctx.content.method_cards.cards:
        names = template_names(card, ctx.language)
        filled = blank_document(ctx.content, card, ctx.language)
        files[names["docx"]] = docx_bytes(filled, built)
        files[names["md"]] = document_markdown(filled)
        if card.company == "register":
            header = next(block.header for block in filled.blocks if block.kind == "table")
            rows = [[""] * len(header)] * TEMPLATE_ROWS
            title = ctx.text(card.title)
            files[names["xlsx"]] = register_workbook_bytes(
                sheet_title=title, header=header, rows=rows, prohibited=[], title=title, moment=built
            )
            files[names["csv"]] = table_csv(list(header), rows, ctx.language)
    return files


def card_anchor(card_id: str) -> str:
    """The anchor of a card on the instruments page."""
    return f"card-{card_id}"


def _when(ctx: RenderContext, card: MethodCard) -> str:
    """The roadmap months that use the card, each with its linked activity, in roadmap order."""
    months = {a.id: m.number for phase in ctx.content.roadmap.phases for m in phase.months for a in m.activities}
    activities = {a.id: a for a in ctx.content.roadmap.activities()}
    parts = []
    for activity_id in sorted(card.activities, key=lambda a: months[a]):
        title = escape_html(ctx.text(activities[activity_id].title).rstrip("."))
        link = f"[{title}]({ctx.link('roadmap', activity_id)})"
        parts.append(ctx.label("card_when_month").format(month=months[activity_id], activity=link))
    return ", ".join(parts)


def method_card(ctx: RenderContext, card: MethodCard) -> str:
    """One card: purpose, when in the roadmap, who fills it in, time, people, output, steps and every download."""
    steps = "\n".join(f"{index}. {ctx.text(step)}" for index, step in enumerate(card.steps, start=1))
    names = template_names(card, ctx.language)
    downloads = " · ".join(
        f"[{ctx.label('card_download_' + fmt)}]({ctx.link(path)}){{ download }}" for fmt, path in names.items()
    )
    facts = "\n".join(
        [
            f"- **{ctx.label('card_purpose')}**: {ctx.text(card.purpose)}",
            f"- **{ctx.label('card_when')}**: {_when(ctx, card)}",
            f"- **{ctx.label('card_filled_by')}**: {ctx.text(card.filled_by)}",
            f"- **{ctx.label('card_time')}**: {ctx.text(card.time)}",
            f"- **{ctx.label('card_people')}**: {ctx.text(card.people)}",
            f"- **{ctx.label('card_output')}**: {ctx.text(card.output)}",
        ]
    )
    return paragraphs(
        f"## {ctx.text(card.title)} {{ #{card_anchor(card.id)} .method-card }}",
        facts,
        f"**{ctx.label('card_steps')}**",
        steps,
        f"**{ctx.label('card_template')}**: {downloads}",
        *([ctx.label("card_company")] if card.company else []),
    )


def method_cards(ctx: RenderContext) -> str:
    """The instruments page: the intro and every card."""
    data = ctx.content.method_cards
    return paragraphs(ctx.text(data.intro), *(method_card(ctx, card) for card in data.cards))
