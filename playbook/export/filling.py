"""A method card's document with its fields filled in: from a company's data, or as blanks in the template.

The result is a list of plain blocks that the Word and Markdown writers print. A field the company's data does
not know (no sponsor named, say) becomes the blank '……' a reader fills in by hand, never a '{field}' left over.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from playbook.company.company import CompanyPlaybook
from playbook.content import Content
from playbook.export.use_case_facts import has_personal_data, personal_data_words
from playbook.formatting import long_date
from playbook.models.common import Language, Text
from playbook.models.instruments import DocBlock, DocTable
from playbook.models.obligations import LiteracyRole, MethodCard
from playbook.rules.obligations import Obligations

BLANK = "……"
"""What a field without a value prints: room to write."""

TEMPLATE_ROWS = 3
"""Blank rows a table repeated per use case or role has in the blank template."""


class Values(dict[str, str]):
    """Field name -> value; a field without a value prints as a blank."""

    def __missing__(self, key: str) -> str:
        return BLANK


@dataclass(frozen=True)
class Block:
    """One printed block: ``kind`` is a key of :class:`DocBlock`; texts, label-value pairs or a table."""

    kind: str
    texts: tuple[str, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Filled:
    """A document ready to print: its title, what it is for, its language and its blocks."""

    title: str
    purpose: str
    language: Language
    blocks: tuple[Block, ...]
    company: str = ""
    """The company's name, for the file's properties; empty in the blank template."""
    properties: Mapping[str, str] = field(default_factory=dict)


def _fill(text: Text | None, language: Language, values: Mapping[str, str]) -> str:
    return "" if text is None else text.get(language).format_map(values)


def _table(table: DocTable, language: Language, values: Values, repeated: Sequence[Values] | None) -> Block:
    rows = [tuple(_fill(cell, language, values) for cell in row) for row in table.rows]
    if table.each:
        for item in repeated or ():
            rows.append(tuple(_fill(cell, language, item) for cell in table.row))
        blanks = table.blank_rows if repeated is not None else max(table.blank_rows, TEMPLATE_ROWS)
    else:
        blanks = table.blank_rows
    rows += [("",) * len(table.columns)] * blanks
    if table.total:
        rows.append((table.total.get(language), *[""] * (len(table.columns) - 1)))
    return Block("table", header=tuple(c.get(language) for c in table.columns), rows=tuple(rows))


def fill_blocks(
    blocks: Sequence[DocBlock],
    language: Language,
    values: Values,
    signature_lines: Sequence[Text],
    tables: Mapping[str, Sequence[Values]] | None = None,
) -> tuple[Block, ...]:
    """The blocks with ``values`` filled in; ``tables`` (row source -> one Values per row) repeats table rows.

    A signature block prints its ``signature_lines`` (name, date, signature) as blanks under each signer.
    """
    filled = []
    lines = tuple((line.get(language), BLANK) for line in signature_lines)
    for block in blocks:
        if block.heading is not None:
            filled.append(Block("heading", (_fill(block.heading, language, values),)))
        elif block.text is not None:
            filled.append(Block("text", (_fill(block.text, language, values),)))
        elif block.fields is not None:
            pairs = tuple((f.label.get(language), _fill(f.value, language, values)) for f in block.fields)
            filled.append(Block("fields", pairs=pairs))
        elif block.table is not None:
            source = tables.get(block.table.each) if tables is not None and block.table.each else None
            filled.append(_table(block.table, language, values, source if tables is not None else None))
        elif block.signatures is not None:
            for signer in block.signatures:
                filled.append(Block("signatures", (_fill(signer, language, values),), pairs=lines))
        else:
            kind, texts = next((k, t) for k in ("prompts", "clauses", "choices") if (t := getattr(block, k)))
            filled.append(Block(kind, tuple(_fill(t, language, values) for t in texts)))
    return tuple(filled)


def blank_document(content: Content, card: MethodCard, language: Language) -> Filled:
    """The card's document as a template to fill in: every field a blank, repeated rows as blank rows."""
    lines = content.method_cards.signature_lines
    blocks = fill_blocks(card.document, language, Values(), lines)
    return Filled(card.title.get(language), card.purpose.get(language), language, blocks)


def _label(content: Content, key: str, language: Language) -> str:
    return content.ui[key].get(language)


def company_values(book: CompanyPlaybook, content: Content, today: dt.date) -> Values:
    """The fields every document of the company may use."""
    profile = book.company.profile
    language = profile.language
    people = profile.people
    review = _add_months(today, content.method_cards.review_months)
    small = profile.employees < content.use_case_kinds.works_council_threshold
    values = Values(
        company=profile.name,
        sector=profile.sector,
        date=long_date(today, language),
        start=long_date(profile.ai_project.start, language),
        review_date=long_date(review, language),
        council=_label(content, "staff_representation" if small else "works_council", language).lower(),
        use_cases=", ".join(item.title for item in book.obligations) or BLANK,
    )
    for role in ("sponsor", "project_manager", "hr", "it_team"):
        name = getattr(people, role)
        if name:
            values[role] = name
    return values


def use_case_values(base: Values, item: Obligations, book: CompanyPlaybook, content: Content, today: dt.date) -> Values:
    """The company's fields plus those of one use case."""
    language = book.company.profile.language

    def word(key: str) -> str:
        return _label(content, key, language)

    values = Values(base)
    values.update(
        number=str(item.number),
        use_case=item.title,
        kind=item.kind.title.get(language) if item.kind else word("no_kind"),
        ai_act=word("register_prohibited")
        if item.ai_act == "prohibited"
        else word(f"ai_act_{item.ai_act}")
        if item.ai_act
        else "",
        ai_role=word("ai_role_deployer"),
        personal_data=personal_data_words(item, content, language),
        dpia=word(f"dpia_{item.dpia}") if item.dpia else "",
        works_council=word(f"participation_{item.participation}") if item.participation else "",
        status=word("register_status_planned"),
        deadline=long_date(today + dt.timedelta(weeks=content.method_cards.response_weeks), language),
    )
    if item.participation in ("consent", "advice"):
        values["right"] = word(f"participation_{item.participation}_request")
        values["article"] = word(f"wor_article_{item.participation}")
    owner = book.company.profile.people.project_manager
    if owner:
        values["owner"] = owner
    return values


def role_values(role: LiteracyRole, book: CompanyPlaybook) -> Values:
    """The fields of one row of the AI-literacy record."""
    language = book.company.profile.language
    people = book.company.profile.people
    named = getattr(people, role.role, None)
    person = ", ".join(named) if isinstance(named, list) else named
    values = Values(
        role=role.title.get(language), knowledge=role.knowledge.get(language), actions=role.actions.get(language)
    )
    if person:
        values["person"] = person
    return values


def literacy_roles(book: CompanyPlaybook, content: Content) -> list[LiteracyRole]:
    """The roles in the company's AI-literacy record: always, named in its people, or for its scope."""
    profile = book.company.profile
    chosen = []
    for role in content.ai_literacy.roles:
        named = getattr(profile.people, role.role, None)
        if (
            role.when == "always"
            or (role.when == "named" and named)
            or (role.when == "organisation" and (named or profile.ai_project.scope == "organisation"))
        ):
            chosen.append(role)
    return chosen


def needs_request(item: Obligations) -> bool:
    """A works-council request is made for a use case the council has a say in, unless it is prohibited."""
    return item.participation in ("consent", "advice") and item.ai_act != "prohibited"


def needs_dpia_outline(item: Obligations) -> bool:
    """A DPIA outline is made for a use case with personal data, unless it is prohibited."""
    return item.kind is not None and has_personal_data(item) and item.ai_act != "prohibited"


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, 28))
