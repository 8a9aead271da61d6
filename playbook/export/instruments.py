"""The method cards' instruments filled in for one company: its Word and Markdown documents and its AI-system register.

Which documents a company gets follows each card's `company` key: the AI usage policy and the AI-literacy record
once, a works-council request per use case the council has a say in, a DPIA outline per use case with personal
data (a prohibited use case gets neither: it is not put into use), and the register as a workbook and a CSV file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from playbook.company.company import CompanyPlaybook
from playbook.content import Content
from playbook.export.document_markdown import MARKDOWN_SOURCE_SUFFIX, document_markdown
from playbook.export.docx import docx_bytes
from playbook.export.filling import (
    Filled,
    Values,
    company_values,
    fill_blocks,
    literacy_roles,
    needs_dpia_outline,
    needs_request,
    role_values,
    use_case_values,
)
from playbook.models.obligations import MethodCard
from playbook.rules.obligations import Obligations


@dataclass(frozen=True)
class PlannedDocument:
    """One filled-in document of a company: its card, the use case it is for (if per use case), its file stem."""

    card: MethodCard
    item: Obligations | None
    stem: str
    """The file name under the company's exports folder, without the extension."""


def planned_documents(book: CompanyPlaybook, content: Content) -> list[PlannedDocument]:
    """The company's documents, in card order and then use-case order."""
    slug = book.company.slug
    planned = []
    for card in content.method_cards.cards:
        if card.company == "once":
            planned.append(PlannedDocument(card, None, f"exports/{slug}-{card.id}"))
        elif card.company in ("works_council", "personal_data"):
            wanted = needs_request if card.company == "works_council" else needs_dpia_outline
            planned += [
                PlannedDocument(card, item, f"exports/{slug}-{card.id}-uc{item.number}")
                for item in book.obligations
                if wanted(item)
            ]
    return planned


def filled_document(book: CompanyPlaybook, content: Content, planned: PlannedDocument, today: dt.date) -> Filled:
    """One document with the company's data in it."""
    language = book.company.profile.language
    base = company_values(book, content, today)
    values = base if planned.item is None else use_case_values(base, planned.item, book, content, today)
    tables: dict[str, list[Values]] = {
        "use_cases": [use_case_values(base, item, book, content, today) for item in book.obligations],
        "roles": [role_values(role, book) for role in literacy_roles(book, content)],
    }
    title = planned.card.title.get(language)
    if planned.item is not None:
        title = f"{title}: {planned.item.title}"
    blocks = fill_blocks(planned.card.document, language, values, content.method_cards.signature_lines, tables)
    return Filled(title, planned.card.purpose.get(language), language, blocks, company=book.company.profile.name)


def company_documents(book: CompanyPlaybook, content: Content, built: dt.datetime) -> dict[str, bytes]:
    """File name (relative to the company index folder) -> bytes: each document as Word and as Markdown (its
    source name ending in MARKDOWN_SOURCE_SUFFIX, so that the site does not render it as a page)."""
    files: dict[str, bytes] = {}
    for planned in planned_documents(book, content):
        filled = filled_document(book, content, planned, built.date())
        files[f"{planned.stem}.docx"] = docx_bytes(filled, built)
        files[f"{planned.stem}.md{MARKDOWN_SOURCE_SUFFIX}"] = document_markdown(filled).encode("utf-8")
    return files


def register_card(content: Content) -> MethodCard:
    """The card whose table is the AI-system register."""
    return next(card for card in content.method_cards.cards if card.company == "register")


def register_rows(book: CompanyPlaybook, content: Content, today: dt.date) -> tuple[list[str], list[list[str]]]:
    """The register's header and one row per use case, in the company's language; unknown fields stay empty."""
    language = book.company.profile.language
    table = next(block.table for block in register_card(content).document if block.table is not None)
    base = company_values(book, content, today)
    header = [column.get(language) for column in table.columns]
    rows = []
    for item in book.obligations:
        values = use_case_values(base, item, book, content, today)
        rows.append(["" if cell is None else cell.get(language).format_map(_Empty(values)) for cell in table.row])
    return header, rows


class _Empty(Values):
    """A register cell for a field the company's data does not know is empty, not a blank to write on."""

    def __missing__(self, key: str) -> str:
        return ""
