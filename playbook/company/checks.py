"""Checks on a company file beyond its model: numbers as people write them, activity ids, and warnings."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from playbook.loading.errors import DataError
from playbook.loading.messages import closest, did_you_mean
from playbook.loading.yamlsource import PathKey, SourceFile, format_key
from playbook.models.company import CompanyProfile, People
from playbook.models.obligations import UseCaseKinds

WHOLE_NUMBER_FIELDS: dict[PathKey, str] = {
    ("employees",): "people",
    ("it_team_size",): "people",
    ("ai_project", "budget_eur"): "euros",
    ("change_budget_eur",): "euros",
}
"""Fields that hold whole numbers of euros or people: a dot in them is a Dutch thousands separator."""
DOTTED_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+")
"""'45.000', '1.250.000': how a Dutch writer groups thousands; YAML reads the first as 45.0."""
WRITTEN_AMOUNT = re.compile(r"\d{1,3}([.,\s]\d{3})+|\d+")
"""'45.000', '45 000', '45,000' or '45000' once the euro sign and spaces around it are gone."""
ACTIVITY_KEY = re.compile(r"(m(0[1-9]|1[0-2])|extra)-[a-z0-9]+(-[a-z0-9]+)*")
START_WINDOW = dt.timedelta(days=2 * 365)
"""A start further than this from the build date is probably a typo in the year."""


def _value_at(data: Any, path: PathKey) -> Any:
    for part in path:
        if not isinstance(data, dict) or part not in data:
            return None
        data = data[part]
    return data


def _plain_number(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e15 else str(value)


def written_numbers(source: SourceFile) -> list[DataError]:
    """Euros and people written with thousands separators: '45.000' reads as 45 in YAML, '€ 45.000' is text."""
    errors = []
    unreadable = {problem.key for problem in source.problems}
    for path in WHOLE_NUMBER_FIELDS:
        if format_key(path) in unreadable:
            continue
        value, written = _value_at(source.data, path), source.written.get(path, "")
        if isinstance(value, float) and DOTTED_THOUSANDS.fullmatch(written):
            meant = written.replace(".", "")
            errors.append(
                source.error(
                    path,
                    f"{written} reads as {_plain_number(value)} (YAML uses the dot as decimal point); write {meant}",
                )
            )
        elif isinstance(value, str):
            bare = re.sub(r"^(€|eur|euro)\s*|\s*(€|eur|euro)$", "", value.strip(), flags=re.IGNORECASE)
            if WRITTEN_AMOUNT.fullmatch(bare.replace("\u00a0", " ")):
                meant = re.sub(r"\D", "", bare)
                errors.append(source.error(path, f"expected a number, got the text '{value}'; write {meant}"))
    return errors


def number_keys(errors: Iterable[DataError]) -> frozenset[str]:
    """The keys that :func:`written_numbers` explained: the model's own message for them is left out."""
    return frozenset(error.key for error in errors)


def unknown_activities(source: SourceFile, roadmap_ids: set[str]) -> list[DataError]:
    """Activity ids under `activities` and `progress` that name no roadmap or extra activity.

    Read from the file itself, so that they are reported in the same pass as every other problem, also when
    other fields of the file are wrong. Keys that are no activity id at all are left to the model's check.
    """
    data: dict[Any, Any] = source.data if isinstance(source.data, dict) else {}
    activities: dict[Any, Any] = data["activities"] if isinstance(data.get("activities"), dict) else {}
    progress: dict[Any, Any] = data["progress"] if isinstance(data.get("progress"), dict) else {}
    extras = {key for key in activities if isinstance(key, str) and key.startswith("extra-")}
    errors = []
    for section, keys, known, what in (
        ("activities", activities, roadmap_ids, "a roadmap activity id"),
        ("progress", progress, roadmap_ids | extras, "a roadmap or extra activity id"),
    ):
        for key in keys:
            if not isinstance(key, str) or not ACTIVITY_KEY.fullmatch(key) or key in known:
                continue
            if section == "activities" and key.startswith("extra-"):
                continue
            hint = did_you_mean(key, sorted(known), list_all=False)
            errors.append(source.error((section, key), f"expected {what}, got '{key}'{hint}", at_key=True))
    return errors


def people_names(people: People) -> list[str]:
    """Every name under `people`, in file order."""
    names = [value for name, value in people if isinstance(value, str)]
    return names + list(people.champions)


def folded_name(name: str) -> str:
    """A name without capitals, accents and extra spaces: 'Ömer  Çelik' -> 'omer celik'."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def _closest_person(name: str, names: list[str]) -> str | None:
    folded = name.casefold()
    for person in names:
        if person.casefold().split()[0] == folded or person.casefold().startswith(folded + " "):
            return person
    return closest(name, names)


def owner_warnings(profile: CompanyProfile, source: SourceFile) -> list[DataError]:
    """An activity owner who appears nowhere under `people`: probably a typo or a missing person."""
    names = people_names(profile.people)
    folded = {folded_name(name): name for name in names}
    warnings = []
    for key, entry in profile.activities.items():
        if entry.owner is None or entry.owner in names:
            continue
        person = folded.get(folded_name(entry.owner))
        if person is not None:
            message = (
                f"'{entry.owner}' differs from '{person}' under people only in capitals or accents: write the "
                "name as there, so that the plan and the exports name one person"
            )
            warnings.append(source.error(("activities", key, "owner"), message).as_warning())
            continue
        match = _closest_person(entry.owner, names)
        hint = f"; did you mean '{match}'?" if match else "; add them under people, or check the spelling"
        message = f"'{entry.owner}' appears nowhere under people{hint}"
        warnings.append(source.error(("activities", key, "owner"), message).as_warning())
    return warnings


def start_warnings(profile: CompanyProfile, source: SourceFile, today: dt.date) -> list[DataError]:
    """A start more than two years from the build date: probably a typo in the year."""
    start = profile.ai_project.start
    if abs(start - today) <= START_WINDOW:
        return []
    side = "after" if start > today else "before"
    message = f"{start.isoformat()} is more than two years {side} the build date ({today.isoformat()}); check the year"
    return [source.error(("ai_project", "start"), message).as_warning()]


def prohibited_warnings(profile: CompanyProfile, source: SourceFile, kinds: UseCaseKinds) -> list[DataError]:
    """A use case of a kind the AI Act prohibits: valid to describe, never to plan; publishing refuses it."""
    prohibited = {kind.id: kind for kind in kinds.kinds if kind.ai_act == "prohibited"}
    warnings = []
    for index, case in enumerate(profile.ai_project.use_cases):
        kind = None if isinstance(case, str) or case.kind is None else prohibited.get(case.kind)
        if kind is None:
            continue
        article = (kind.article.get("en") if kind.article else "Article 5").replace("Article ", "art. ")
        message = (
            f"'{kind.id}' is prohibited by the AI Act ({article}): the playbook ranks it nowhere and plans only "
            "stopping or redesigning it; change the use case or its kind before publishing"
        )
        warnings.append(source.error(("ai_project", "use_cases", index, "kind"), message).as_warning())
    return warnings


def personal_data_warnings(profile: CompanyProfile, source: SourceFile) -> list[DataError]:
    """`personal_data: true` on a use case: valid, but whose data decides the works council's say."""
    return [
        source.error(
            ("ai_project", "use_cases", index, "personal_data"),
            "true does not say whose personal data; write staff, customers, applicants or a list such as "
            "[customers, staff]: only staff data gives the works council a consent right (WOR article 27(1)(k)), "
            "so until then it is treated as staff data",
        ).as_warning()
        for index, case in enumerate(profile.ai_project.use_cases)
        if not isinstance(case, str) and case.personal_data is True
    ]
