"""Semantic checks of the use-case kinds, the AI literacy table and the method cards."""

from __future__ import annotations

import difflib
import string
from collections.abc import Iterator
from typing import TYPE_CHECKING, get_args

from playbook.loading.errors import DataError
from playbook.models.common import Text
from playbook.models.instruments import COMPANY_FIELDS, ROLE_FIELDS, USE_CASE_FIELDS, DocBlock
from playbook.models.obligations import MethodCard, UseCaseKindId

if TYPE_CHECKING:
    from playbook.content import Content

LEGAL_EVIDENCE_FIELDS = ("ai_act_evidence", "dpia_evidence", "works_council_evidence")


def check_obligation_data(content: Content) -> list[DataError]:
    """Every kind once, rules that cite legal sources, and references to known activities and cards."""
    return [*_check_kinds(content), *_check_references(content), *_check_document_fields(content)]


def _check_kinds(content: Content) -> list[DataError]:
    errors: list[DataError] = []
    kinds, source = content.use_case_kinds, content.sources["use-case-kinds.yml"]
    ids = [kind.id for kind in kinds.kinds]
    missing = [kind for kind in get_args(UseCaseKindId) if kind not in ids]
    if missing:
        errors.append(source.error(("kinds",), f"expected a rule for every kind, got none for {', '.join(missing)}"))
    for index, kind_id in enumerate(ids):
        if ids.index(kind_id) != index:
            errors.append(source.error(("kinds", index, "id"), f"expected a unique kind, got '{kind_id}' again"))
    legal = {entry.id for entry in content.evidence.evidence if entry.kind == "legal"}
    for index, kind in enumerate(kinds.kinds):
        for field in LEGAL_EVIDENCE_FIELDS:
            refs: list[str] = getattr(kind, field)
            if not refs:
                errors.append(source.error(("kinds", index, field), "expected at least one legal source, got none"))
            for r_index, ref in enumerate(refs):
                if ref not in legal and ref in {entry.id for entry in content.evidence.evidence}:
                    errors.append(
                        source.error(
                            ("kinds", index, field, r_index), f"expected a legal source (kind: legal), got '{ref}'"
                        )
                    )
    return errors


def _check_references(content: Content) -> list[DataError]:
    errors: list[DataError] = []
    kinds, source = content.use_case_kinds, content.sources["use-case-kinds.yml"]
    cards = {card.id for card in content.method_cards.cards}
    for index, activity in enumerate(kinds.activities):
        if activity.card is not None and activity.card not in cards:
            errors.append(
                source.error(("activities", index, "card"), f"expected a method card id, got '{activity.card}'")
            )
    roadmap = {activity.id for activity in content.roadmap.activities()}
    literacy = content.sources["ai-literacy.yml"]
    for index, item in enumerate(content.ai_literacy.activities):
        if item.activity not in roadmap:
            errors.append(
                literacy.error(
                    ("activities", index, "activity"), f"expected a roadmap activity id, got '{item.activity}'"
                )
            )
    method = content.sources["method-cards.yml"]
    for c_index, card in enumerate(content.method_cards.cards):
        for a_index, activity_id in enumerate(card.activities):
            if activity_id not in roadmap:
                errors.append(
                    method.error(
                        ("cards", c_index, "activities", a_index),
                        f"expected a roadmap activity id, got '{activity_id}'",
                    )
                )
    return errors


def _texts(
    block: DocBlock, path: tuple[str | int, ...]
) -> Iterator[tuple[tuple[str | int, ...], Text, frozenset[str]]]:
    """Every text of a block with its path and the extra fields it may use (a repeated row's)."""
    for name in ("heading", "text"):
        text = getattr(block, name)
        if text is not None:
            yield (*path, name), text, frozenset()
    for name in ("prompts", "clauses", "choices", "signatures"):
        for index, text in enumerate(getattr(block, name) or ()):
            yield (*path, name, index), text, frozenset()
    for index, line in enumerate(block.fields or ()):
        yield (*path, "fields", index, "value"), line.value, frozenset()
    if block.table is not None:
        for r_index, cells in enumerate(block.table.rows):
            for index, cell in enumerate(cells):
                if cell is not None:
                    yield (*path, "table", "rows", r_index, index), cell, frozenset()
        extra = frozenset(USE_CASE_FIELDS if block.table.each == "use_cases" else ROLE_FIELDS)
        for index, cell in enumerate(block.table.row):
            if cell is not None:
                yield (*path, "table", "row", index), cell, extra


def _card_fields(card: MethodCard) -> frozenset[str]:
    per_use_case = card.company in ("works_council", "personal_data")
    return frozenset(COMPANY_FIELDS) | (frozenset(USE_CASE_FIELDS) if per_use_case else frozenset())


def _check_document_fields(content: Content) -> list[DataError]:
    """Every {field} in a card's document is one the filling knows, in each language."""
    errors: list[DataError] = []
    method = content.sources["method-cards.yml"]
    for c_index, card in enumerate(content.method_cards.cards):
        allowed = _card_fields(card)
        for b_index, block in enumerate(card.document):
            for path, text, extra in _texts(block, ("cards", c_index, "document", b_index)):
                for language, value in (("nl", text.nl), ("en", text.en)):
                    if value is None:
                        continue
                    try:
                        names = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
                    except ValueError as exc:
                        errors.append(method.error((*path, language), f"expected {{field}} in braces, got {exc}"))
                        continue
                    unknown = sorted(names - allowed - extra)
                    if unknown:
                        errors.append(method.error((*path, language), _unknown_field(unknown[0], allowed | extra)))
    return errors


def _unknown_field(name: str, known: frozenset[str]) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=1)
    if close:
        return f"expected a field the documents know, got {{{name}}}; did you mean {{{close[0]}}}?"
    return f"expected one of the fields {', '.join(sorted(known))}, got {{{name}}}"
