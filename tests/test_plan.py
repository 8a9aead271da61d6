"""Competence gaps, the 70:20:10 split, KPI series, use-case ranking and the nine risk rules."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import yaml

from playbook import Content
from playbook.company.playbooks import Company, company_playbook
from playbook.loading.yamlsource import SourceFile
from playbook.models.company import CompanyProfile, UseCase
from playbook.models.measurement import Measurement
from playbook.rules.kpis import kpi_series
from playbook.rules.use_cases import rank_use_cases
from tests.conftest import ROOT

TODAY = dt.date(2026, 11, 28)
BASE = yaml.safe_load((ROOT / "examples/companies/voorbeeld-techniek.yml").read_text(encoding="utf-8"))


def book_for(content: Content, measurements: tuple[Measurement, ...] = (), **changes: Any):  # type: ignore[no-untyped-def]
    data = yaml.safe_load(yaml.safe_dump(BASE))
    for dotted, value in changes.items():
        target = data
        *parents, last = dotted.split("__")
        for key in parents:
            target = target.setdefault(key, {})
        if value is None:
            target.pop(last, None)
        else:
            target[last] = value
    profile = CompanyProfile.model_validate(data)
    company = Company("acme", profile, SourceFile(ROOT, "acme.yml", data), measurements)
    return company_playbook(company, content, TODAY)


def flagged(book: Any) -> set[str]:
    return {flag.risk.id for flag in book.risks if flag.flagged}


def recent() -> tuple[Measurement, ...]:
    return (Measurement(TODAY - dt.timedelta(days=10), "acceptance_score", 60),)


# Each rule: a change that fires it, and a change that keeps it quiet (on the example with a recent KPI).
RULE_CASES = [
    ("no-business-case", {"ai_project__use_cases": []}, {}),
    (
        "missing-competences",
        {"competences": None},
        {"competences": {"technical_ai": 3, "data": 3, "integration": 3, "project_management": 2}},
    ),
    ("missing-competences", {"competences": {"technical_ai": 1}}, {"competences": {"integration": 3}}),
    ("resistance-and-fears", {"people__champions": []}, {}),
    ("legacy-integration", {"competences": {"integration": 2}}, {"competences": {"integration": 3}}),
    ("too-technology-focused", {"people": {"it_team": "X"}}, {"people": {"champions": ["Y"]}}),
    ("unrealistic-timeline", {"ai_project__timeframe_months": 2}, {"ai_project__timeframe_months": 3}),
    ("isolated-implementation", {"people__sponsor": None}, {}),
    ("lack-of-resources", {"change_budget_eur": None}, {"change_budget_eur": 18000}),
    ("lack-of-resources", {"change_budget_eur": 17999}, {"change_budget_eur": 18000}),
]


@pytest.mark.parametrize(("risk", "fires", "quiet"), RULE_CASES)
def test_each_risk_rule_fires_and_stays_quiet(
    content: Content, risk: str, fires: dict[str, Any], quiet: dict[str, Any]
) -> None:
    assert risk in flagged(book_for(content, recent(), **fires))
    assert risk not in flagged(book_for(content, recent(), **quiet))


@pytest.mark.parametrize(
    ("start", "measurements", "fires"),
    [
        ("2027-01-04", (), False),  # month 3 has not ended yet
        ("2026-03-02", (), True),
        ("2026-03-02", ((TODAY - dt.timedelta(days=91)),), False),
        ("2026-03-02", ((TODAY - dt.timedelta(days=92)),), True),
        ("2026-08-28", (), True),  # month 3 ended on 27 November 2026, the day before the build
        ("2026-08-29", (), False),  # month 3 ends on the build date itself
    ],
)
def test_no_measurability_rule(content: Content, start: str, measurements: tuple[dt.date, ...], fires: bool) -> None:
    points = tuple(Measurement(day, "usage_rate", 10) for day in measurements)
    book = book_for(content, points, ai_project__start=dt.date.fromisoformat(start))
    assert ("no-measurability" in flagged(book)) is fires


def test_competence_gaps_and_advice(content: Content) -> None:
    plan = book_for(content).competences
    gaps = {area.area.id: (area.score, area.target, area.gap, area.highlight) for area in plan.areas}
    assert gaps == {
        "technical_ai": (2, 3, 1, False),
        "data": (3, 3, 0, False),
        "integration": (2, 4, 2, True),
        "project_management": (1, 3, 2, True),
    }
    technical = next(area for area in plan.areas if area.area.id == "technical_ai")
    assert [row.id for row in technical.rows] == ["fundamental-ai", "advanced-ai-development"]


def test_seventy_twenty_ten_of_the_competence_reserve(content: Content) -> None:
    sourcing = book_for(content).competences.sourcing
    assert [(s.competence, s.internal, s.partnerships, s.external) for s in sourcing] == [
        (10800, 7560, 2160, 1080),
        (14400, 10080, 2880, 1440),
        (18000, 12600, 3600, 1800),
    ]


def test_hybrid_roles_are_staffed_or_vacant(content: Content) -> None:
    roles = {staffed.role.id: staffed.names for staffed in book_for(content).competences.roles}
    assert roles == {
        "ai-champion": "Sanne Bakker, Youssef El Amrani",
        "domain-expert": None,
        "data-specialist": None,
        "integration-specialist": None,
        "ai-project-manager": "Bram Jansen",
    }


def test_use_cases_rank_by_value_times_feasibility() -> None:
    ranked = rank_use_cases(
        [
            "Plain idea",
            UseCase(title="A", value=5, feasibility=3),
            UseCase(title="B", value=3, feasibility=5),
            UseCase(title="C", value=4, feasibility=5),
            UseCase(title="D", value=2, feasibility=2),
        ]
    )
    assert [(case.title, case.score) for case in ranked] == [
        ("C", 20),
        ("B", 15),
        ("A", 15),
        ("D", 4),
        ("Plain idea", None),
    ]


def test_kpi_series_latest_and_when_a_measurement_is_due(content: Content) -> None:
    measurements = [
        Measurement(dt.date(2026, 3, 31), "acceptance_score", 38),
        Measurement(dt.date(2026, 9, 30), "acceptance_score", 64),
        Measurement(dt.date(2026, 6, 30), "acceptance_score", 52),
        Measurement(dt.date(2026, 12, 31), "acceptance_score", 99),
        Measurement(dt.date(2026, 4, 30), "usage_rate", 12),
    ]
    series = {s.kpi.id: s for s in kpi_series(content.kpis.kpis, measurements, TODAY, dt.date(2026, 3, 2))}
    acceptance = series["acceptance_score"]
    assert acceptance.latest == Measurement(dt.date(2026, 9, 30), "acceptance_score", 64)
    assert acceptance.due is False  # quarterly: 30 September + 3 months is still ahead
    assert acceptance.on_target is False
    assert series["usage_rate"].due is True  # monthly, last measured in April
    assert series["innovation_index"].latest is None
    assert series["innovation_index"].due is True  # quarterly, nothing since the start in March
    before = kpi_series(content.kpis.kpis, [], TODAY, dt.date(2027, 1, 4))
    assert not any(s.due for s in before)  # the project has not started yet
