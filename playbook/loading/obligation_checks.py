"""Semantic checks of the use-case kinds, the AI literacy table and the method cards."""

from __future__ import annotations

from typing import TYPE_CHECKING, get_args

from playbook.loading.errors import DataError
from playbook.models.obligations import UseCaseKindId

if TYPE_CHECKING:
    from playbook.content import Content

LEGAL_EVIDENCE_FIELDS = ("ai_act_evidence", "dpia_evidence", "works_council_evidence")


def check_obligation_data(content: Content) -> list[DataError]:
    """Every kind once, rules that cite legal sources, and references to known activities and cards."""
    return [*_check_kinds(content), *_check_references(content)]


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
