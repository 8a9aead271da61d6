"""The dates from which each use case's AI Act duties apply, as dated activities in the company's plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from playbook.content import Content
from playbook.formatting import long_date
from playbook.models.common import Text
from playbook.rules.obligations import AddedActivity, Obligations
from playbook.rules.schedule import add_months

OWNER = "project_manager"
"""The role that sees to it that the use case meets its duties by the date."""
MONTHS = 12


def month_of(day: dt.date, start: dt.date, months: int = MONTHS) -> int:
    """The month of a plan of ``months`` months that holds ``day``: month 1 before the plan starts, its last
    month after it ends."""
    for number in range(1, months + 1):
        if day < add_months(start, number):
            return number
    return months


def legal_date_activities(
    obligations: Sequence[Obligations], content: Content, start: dt.date, months: int = MONTHS
) -> tuple[AddedActivity, ...]:
    """Per use case with a kind (not a prohibited one), one activity per date its category's duties apply from,
    in the month of the plan (of ``months`` months, the roadmap compressed to the company's time frame) that
    holds the date: a legal date is never moved by the compression."""
    entries = {entry.id: entry for entry in content.evidence.evidence}
    added = []
    for item in obligations:
        if item.kind is None or item.ai_act is None:
            continue
        for evidence_id in content.use_case_kinds.category_evidence.get(item.ai_act, []):
            entry = entries[evidence_id]
            if entry.applies_from is None:
                continue
            key = "legal_date_since" if entry.applies_from <= start else "legal_date_from"
            title = Text(
                **{
                    language: content.ui[key]
                    .get(language)
                    .format(
                        date=long_date(entry.applies_from, language),
                        provision=entry.figure.get(language),
                        category=content.ui[f"ai_act_{item.ai_act}"].get(language),
                        use_case=item.title,
                    )
                    for language in ("nl", "en")
                }
            )
            month = month_of(entry.applies_from, start, months)
            added.append(
                AddedActivity(
                    id=f"m{month:02d}-applies-{evidence_id}-uc{item.number}",
                    month=month,
                    role=OWNER,
                    title=title,
                    card=None,
                    obligation="applies",
                    on=entry.applies_from,
                )
            )
    return tuple(added)
