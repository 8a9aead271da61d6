"""A company's use cases mapped to their legal obligations, and the roadmap activities these call for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from playbook.models.common import Text
from playbook.models.company import UseCase
from playbook.models.obligations import (
    AiActCategory,
    DpiaNeed,
    ObligationActivity,
    ObligationActivityId,
    Participation,
    UseCaseKind,
    UseCaseKinds,
)


@dataclass(frozen=True)
class Obligations:
    """What the rules say for one use case; ``kind`` is None when the company gave none."""

    number: int
    """The use case's position in the company file, from 1."""
    title: str
    kind: UseCaseKind | None
    personal_data: bool
    """Whether the rules treat it as processing personal data."""
    personal_data_note: str | None
    """'assumed' when the file does not say, 'inherent' when the kind always processes personal data
    although the file says false; None otherwise."""
    ai_act: AiActCategory | None
    dpia: DpiaNeed | None
    participation: Participation | None
    small_company: bool
    """True below the works-council threshold: the staff representation takes the works council's place."""
    inform_staff: bool
    subjects: tuple[str, ...] = ()
    """Whose personal data it processes as the file says ('staff', 'customers', 'applicants'); empty when it
    does not say or says none."""
    no_representation: bool = False
    """True below the staff-representation threshold: the WOR asks for no consultation at all."""
    provider: bool = False
    """True when the company builds it itself: it is its provider under the AI Act."""
    fria: bool = False
    """True when a fundamental rights impact assessment is due before use (AI Act art. 27)."""


def _personal(case: UseCase, kind: UseCaseKind) -> tuple[bool, bool, str | None, tuple[str, ...]]:
    """(personal data?, staff data?, note, whose) for a use case; staff data is assumed where the file is silent."""
    value = case.personal_data
    whose = tuple(value) if isinstance(value, list) else (value,) if isinstance(value, str) else ()
    whose = tuple(subject for subject in whose if subject != "none")
    said_none = value is False or (isinstance(value, (str, list)) and not whose)
    if value is None:
        return True, True, "assumed", ()
    if said_none and kind.always_personal:
        return True, True, "inherent", ()
    if said_none:
        return False, False, None, ()
    if value is True:
        return True, True, None, ()
    return True, "staff" in whose, None, whose


def use_case_obligations(
    use_cases: Sequence[str | UseCase], rules: UseCaseKinds, employees: int
) -> tuple[Obligations, ...]:
    """Apply the kind rules to every use case, in file order."""
    kinds = {kind.id: kind for kind in rules.kinds}
    small = employees < rules.works_council_threshold
    tiny = employees < rules.staff_representation_threshold
    result = []
    for number, case in enumerate(use_cases, start=1):
        if isinstance(case, str) or case.kind is None:
            title = case if isinstance(case, str) else case.title
            result.append(
                Obligations(number, title, None, False, None, None, None, None, small, False, no_representation=tiny)
            )
            continue
        kind = kinds[case.kind]
        personal, staff, note, whose = _personal(case, kind)
        result.append(
            Obligations(
                number=number,
                title=case.title,
                kind=kind,
                personal_data=personal,
                personal_data_note=note,
                ai_act=kind.ai_act,
                dpia=kind.dpia if personal else "none",
                participation=kind.works_council if staff else kind.works_council_without,
                small_company=small,
                inform_staff=kind.inform_staff,
                subjects=whose,
                no_representation=tiny,
                provider=case.built_in_house,
                fria=kind.fria,
            )
        )
    return tuple(result)


def needs_works_council_reminder(obligations: Sequence[Obligations], employees: int, threshold: int) -> bool:
    """True when a company of ``threshold`` staff or more has a use case the works council has a say in."""
    return employees >= threshold and any(o.participation not in (None, "none") for o in obligations)


def prohibited(obligations: Sequence[Obligations]) -> tuple[Obligations, ...]:
    """The use cases whose kind is prohibited when its condition holds."""
    return tuple(o for o in obligations if o.ai_act == "prohibited")


@dataclass(frozen=True)
class AddedActivity:
    """A roadmap activity an obligation adds to a company's plan."""

    id: str
    """'mNN-<obligation>-uc<number>': unique in the plan, stable while the use case keeps its place."""
    month: int
    role: str
    title: Text
    """The title with the use case filled in; the company's text in it is escaped when rendered."""
    card: str | None
    obligation: ObligationActivityId | Literal["applies"]
    """Which obligation it serves; 'applies' marks the date from which the use case's AI Act duties apply."""
    on: dt.date | None = None
    """For 'applies': the legal date itself, which the calendar shows as the event's day."""


def _calls_for(item: Obligations, activity: ObligationActivity) -> bool:
    """A prohibited use case gets only the activity that stops it; no other use case gets that one."""
    if (activity.id == "stop") != (item.ai_act == "prohibited"):
        return False
    if activity.id == "stop":
        return True
    if activity.id == "dpia":
        return item.dpia in ("required", "assess")
    if activity.id == "fria":
        return item.fria
    if activity.id == "works-council":
        return item.participation in ("consent", "advice") and not item.no_representation
    return item.inform_staff


def added_activities(
    obligations: Sequence[Obligations], rules: UseCaseKinds, rights: dict[str, Text]
) -> tuple[AddedActivity, ...]:
    """The DPIA, works-council and information activities the use cases call for, per use case.

    A use case of a prohibited kind gets one activity instead: stop it or redesign it, with the article.

    ``rights`` gives the words for 'consent' and 'advice' in each language, for the works-council title.
    """
    added = []
    for item in obligations:
        if item.kind is None:
            continue
        for activity in rules.activities:
            if not _calls_for(item, activity):
                continue
            template = activity.title
            if item.small_company and activity.title_small:
                template = activity.title_small
            if item.dpia == "assess" and activity.id == "dpia" and activity.title_assess:
                template = activity.title_assess
            right = rights.get(item.participation or "")
            article = item.kind.article
            title = Text(
                nl=template.nl.format(
                    use_case=item.title, right=right.nl if right else "", article=article.nl if article else ""
                ),
                en=(template.en or template.nl).format(
                    use_case=item.title,
                    right=right.get("en") if right else "",
                    article=article.get("en") if article else "",
                ),
            )
            added.append(
                AddedActivity(
                    id=f"m{activity.month:02d}-{activity.id}-uc{item.number}",
                    month=activity.month,
                    role=activity.owner,
                    title=title,
                    card=activity.card,
                    obligation=activity.id,
                )
            )
    return tuple(added)
