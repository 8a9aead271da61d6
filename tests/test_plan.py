"""The company plan's rules: risk flags, use-case ranking, KPI series and the competence plan.

Risks, use cases and KPIs run on synthetic inputs built here (see :mod:`tests.fixtures`); the competence
plan and one risk table run end to end on the article's own example company and the shipped data.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from playbook import Content
from playbook.company.company import Company, CompanyPlaybook
from playbook.company.playbooks import company_playbook
from playbook.loading.yamlsource import SourceFile
from playbook.models.company import CompanyProfile, UseCase
from playbook.models.competence import CompetenceArea
from playbook.models.measurement import Measurement
from playbook.models.plan import RiskRules
from playbook.rules.budget import plan_budget
from playbook.rules.competences import AreaGap, CompetencePlan
from playbook.rules.kpis import kpi_series
from playbook.rules.risks import RiskContext, flag_risks
from playbook.rules.schedule import plan_schedule
from playbook.rules.use_cases import rank_use_cases
from tests.conftest import ROOT
from tests.fixtures import budget_guidance, change_models, kpi, profile, roadmap, text

TODAY = dt.date(2026, 11, 28)
ROADMAP = roadmap()
ADKAR = change_models()[0]
"""The primary model of the risk tests: ADKAR, whose shortest time frame is 2 months."""

THRESHOLDS = {"competence_gap": 2, "low_integration": 2}
"""change_budget_below has no threshold: it flags the budget plan's shortfall (the fixture's lowest reserve, 10 %)."""
RISK_RULES = RiskRules.model_validate(
    {
        "risks": [
            {
                "id": rule.replace("_", "-"),
                "source": "mistake",
                "ref": "x",
                "rule": rule,
                "threshold": THRESHOLDS.get(rule),
                "when": text("when"),
                "met": text("met"),
                "advice": text("advice"),
            }
            for rule in (
                "no_use_cases",
                "competence_gap",
                "no_champion",
                "low_integration",
                "no_people",
                "timeframe_below_model",
                "no_recent_kpi",
                "no_sponsor",
                "change_budget_below",
            )
        ],
        "kpi_stale_days": 30,
        "kpi_from_month": 2,
    }
)
"""The nine rules. A gap of 2 levels flags, an integration score of 2 or less flags, and a change budget
under 10 % of the project budget flags; KPIs are expected once month 2 has ended, every 30 days."""

START = dt.date(2027, 1, 31)
"""Month 2 of the fixture's roadmap ends on 30 March 2027."""
QUIET = {
    "ai_project__use_cases": ["Tickets"],
    "ai_project__timeframe_months": 2,
    "change_budget_eur": 10000,
    "competences": {"integration": 3},
}
"""A profile on which no rule fires (with a gap of 1 and a KPI measured the day before)."""


def kpi_expected_after(months: int, today: dt.date) -> dt.date:
    """The end of the plan month that holds roadmap month 2 (30 March 2027 in a plan of the roadmap's length;
    earlier when the time frame compresses the roadmap: tests/test_compression.py tests the mapping)."""
    company = profile(**{**QUIET, "ai_project__timeframe_months": months})
    return next(month.end for month in plan_schedule(company, ROADMAP, today).months if 2 in month.roadmap_months)


def area(area_id: str, gap: int | None) -> AreaGap:
    model = CompetenceArea.model_validate({"id": area_id, "title": text(area_id), "topics": text("t")})
    return AreaGap(model, None if gap is None else 3 - gap, 3, gap, False, ())


def flags(
    today: dt.date = dt.date(2027, 4, 1),
    gaps: tuple[int | None, ...] = (1, 0),
    last_kpi: dt.date | None = dt.date(2027, 3, 31),
    **changes: Any,
) -> set[str]:
    """The rules that fire for the quiet profile with ``changes``."""
    company = profile(**{**QUIET, **changes})
    areas = tuple(area(area_id, gap) for area_id, gap in zip(("data", "integration"), gaps, strict=False))
    competences = CompetencePlan(areas, any(gap is not None for gap in gaps), (), ())
    schedule = plan_schedule(company, ROADMAP, today)
    budget = plan_budget(
        budget_eur=company.ai_project.budget_eur,
        first_ai_project=company.ai_project.first_ai_project,
        it_team_size=company.it_team_size,
        planned_eur=company.change_budget_eur,
        guidance=budget_guidance(),
    )
    ctx = RiskContext(company, competences, ADKAR, schedule, last_kpi, RISK_RULES, budget)
    return {flag.risk.rule for flag in flag_risks(ctx) if flag.flagged}


def test_the_quiet_profile_flags_nothing() -> None:
    assert flags() == set()


# Each rule: a change that fires it; the quiet profile above keeps it quiet.
RULE_CASES: list[tuple[str, dict[str, Any]]] = [
    ("no_use_cases", {"ai_project__use_cases": []}),
    ("competence_gap", {"gaps": (None, None)}),  # nothing assessed
    ("competence_gap", {"gaps": (1, 2)}),  # a gap of 2 reaches the threshold
    ("no_champion", {"people": {"sponsor": "S"}}),
    ("low_integration", {"competences": {"integration": 2}}),
    ("no_people", {"people": {"it_team": "I"}}),  # no sponsor, manager or champion (so no sponsor, champion too)
    ("timeframe_below_model", {"ai_project__timeframe_months": 1}),  # ADKAR takes at least 2 months
    ("no_recent_kpi", {"last_kpi": None}),
    ("no_recent_kpi", {"last_kpi": dt.date(2027, 3, 2)}),  # 30 days before 1 April
    ("no_sponsor", {"people": {"champions": ["A"]}}),
    ("change_budget_below", {"change_budget_eur": None}),
    ("change_budget_below", {"change_budget_eur": 9999}),  # 10 % of 100,000 is 10,000
]


@pytest.mark.parametrize(("rule", "change"), RULE_CASES)
def test_each_risk_rule_fires(rule: str, change: dict[str, Any]) -> None:
    assert rule in flags(**change)


@pytest.mark.parametrize(
    ("today", "last_kpi", "fires"),
    [
        (dt.date(2027, 3, 30), None, False),  # month 2 ends today: no measurement expected yet
        (dt.date(2027, 3, 31), None, True),  # month 2 has ended and nothing was measured
        (dt.date(2027, 4, 30), dt.date(2027, 4, 1), False),  # 29 days old
        (dt.date(2027, 4, 30), dt.date(2027, 3, 31), True),  # 30 days old: stale
        (dt.date(2027, 5, 1), dt.date(2027, 4, 2), False),
    ],
)
def test_no_recent_kpi_rule(today: dt.date, last_kpi: dt.date | None, fires: bool) -> None:
    """Measurements are expected once month 2 (ending 30 March 2027) has ended; a last measurement 30 or
    more days before the build date is stale."""
    assert ("no_recent_kpi" in flags(today=today, last_kpi=last_kpi)) is fires


@given(
    use_cases=st.booleans(),
    sponsor=st.booleans(),
    manager=st.booleans(),
    champions=st.integers(min_value=0, max_value=2),
    integration=st.one_of(st.none(), st.integers(min_value=1, max_value=5)),
    gaps=st.tuples(st.one_of(st.none(), st.integers(0, 4)), st.one_of(st.none(), st.integers(0, 4))),
    months=st.integers(min_value=1, max_value=36),
    budget=st.integers(min_value=1000, max_value=1_000_000),
    change_budget=st.one_of(st.none(), st.integers(min_value=0, max_value=200_000)),
    today=st.dates(min_value=dt.date(2027, 1, 1), max_value=dt.date(2028, 12, 31)),
    kpi_age=st.one_of(st.none(), st.integers(min_value=0, max_value=90)),
)
def test_a_flag_fires_exactly_when_its_condition_holds(
    use_cases: bool,
    sponsor: bool,
    manager: bool,
    champions: int,
    integration: int | None,
    gaps: tuple[int | None, int | None],
    months: int,
    budget: int,
    change_budget: int | None,
    today: dt.date,
    kpi_age: int | None,
) -> None:
    """Each condition is stated here in the words of data/risks.yml, not in the rule's code."""
    people: dict[str, Any] = {"champions": ["C"] * champions}
    if sponsor:
        people["sponsor"] = "S"
    if manager:
        people["project_manager"] = "P"
    last_kpi = None if kpi_age is None else today - dt.timedelta(days=kpi_age)
    fired = flags(
        today=today,
        gaps=gaps,
        last_kpi=last_kpi,
        people=people,
        competences={"integration": integration} if integration else None,
        ai_project__use_cases=["U"] if use_cases else [],
        ai_project__timeframe_months=months,
        ai_project__budget_eur=budget,
        change_budget_eur=change_budget,
    )
    assessed = [gap for gap in gaps if gap is not None]
    expected = {
        "no_use_cases": not use_cases,
        "competence_gap": not assessed or max(assessed) >= 2,
        "no_champion": champions == 0,
        "low_integration": integration is not None and integration <= 2,
        "no_people": not (sponsor or manager or champions),
        "timeframe_below_model": months < 2,
        "no_recent_kpi": today > kpi_expected_after(months, today) and (kpi_age is None or kpi_age >= 30),
        "no_sponsor": not sponsor,
        # below the lowest reserve, 10 % of the budget in whole euros (halves up), as the budget section says
        "change_budget_below": change_budget is None or change_budget < int(budget / 10 + 0.5),
    }
    assert fired == {rule for rule, holds in expected.items() if holds}


def test_use_cases_rank_by_value_times_feasibility() -> None:
    """C 4x5 = 20 first; A 5x3 and B 3x5 tie at 15 and B's feasibility 5 beats A's 3; D 2x2 = 4; the
    plain idea has no score and comes last."""
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


RATINGS = st.one_of(st.none(), st.integers(min_value=1, max_value=5))
USE_CASES = st.lists(st.tuples(st.booleans(), RATINGS, RATINGS), max_size=12).map(
    lambda drawn: [
        f"u{index}" if plain else UseCase(title=f"u{index}", value=value, feasibility=feasibility)
        for index, (plain, value, feasibility) in enumerate(drawn)
    ]
)
"""Use cases titled by their position in the file: u0, u1, ..."""


@given(USE_CASES)
def test_ranking_is_by_score_then_feasibility_with_stable_ties(use_cases: list[str | UseCase]) -> None:
    """Every use case appears once; scored ones come first; no entry is beaten by a later one on score, or on
    feasibility at the same score; entries equal on both, and all unscored ones, keep their file order."""
    ranked = rank_use_cases(use_cases)
    position = {case.title: int(case.title[1:]) for case in ranked}
    assert sorted(position.values()) == list(range(len(use_cases)))
    for earlier, later in itertools.combinations(ranked, 2):
        if earlier.score is None:
            assert later.score is None
            assert position[earlier.title] < position[later.title]
        elif later.score is not None:
            assert earlier.score >= later.score
            if earlier.score == later.score:
                assert (earlier.feasibility or 0) >= (later.feasibility or 0)
                if earlier.feasibility == later.feasibility:
                    assert position[earlier.title] < position[later.title]


KPIS = [kpi("acceptance_score", "higher", 50), kpi("change_friction", "lower", 20), kpi("usage_rate")]


def test_kpi_series_latest_and_when_a_measurement_is_due(content: Content) -> None:
    measurements = [
        Measurement(dt.date(2026, 3, 31), "acceptance_score", 38),
        Measurement(dt.date(2026, 9, 30), "acceptance_score", 64),
        Measurement(dt.date(2026, 6, 30), "acceptance_score", 52),
        Measurement(dt.date(2026, 12, 31), "acceptance_score", 99),
        Measurement(dt.date(2026, 3, 1), "change_friction", 25),
    ]
    series = {s.kpi.id: s for s in kpi_series(content.kpis.kpis, measurements, TODAY, dt.date(2026, 3, 2))}
    acceptance = series["acceptance_score"]
    assert [p.value for p in acceptance.points] == [38, 52, 64]
    assert acceptance.latest == Measurement(dt.date(2026, 9, 30), "acceptance_score", 64)
    assert acceptance.due is False  # quarterly: 30 September + 3 months is still ahead
    assert acceptance.on_target is False
    assert series["usage_rate"].due is True  # monthly, last measured in April
    assert series["innovation_index"].latest is None
    assert series["innovation_index"].due is True  # quarterly, nothing since the start in March
    before = kpi_series(content.kpis.kpis, [], TODAY, dt.date(2027, 1, 4))
    assert not any(s.due for s in before)  # the project has not started yet


MEASUREMENTS = st.lists(
    st.builds(
        Measurement,
        date=st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2027, 12, 31)),
        kpi=st.sampled_from([k.id for k in KPIS]),
        value=st.integers(min_value=0, max_value=100).map(float),
    ),
    max_size=20,
)


@given(MEASUREMENTS, st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2027, 12, 31)))
def test_kpi_series_properties(measurements: list[Measurement], start: dt.date) -> None:
    """Per KPI: its points up to the build date, sorted by date; the latest is the one with the last date;
    nothing is due before the project starts."""
    for series in kpi_series(KPIS, measurements, TODAY, start):
        own = [m for m in measurements if m.kpi == series.kpi.id and m.date <= TODAY]
        assert sorted(series.points) == list(series.points)
        assert len(series.points) == len(own)
        assert all(p.date <= TODAY for p in series.points)
        if own:
            assert series.latest is not None
            assert series.latest.date == max(m.date for m in own)
        else:
            assert series.latest is None
        if start > TODAY:
            assert not series.due


EXAMPLE = yaml.safe_load((ROOT / "examples/companies/voorbeeld-techniek.yml").read_text(encoding="utf-8"))


def the_article_example(content: Content) -> CompanyPlaybook:
    profile_ = CompanyProfile.model_validate(EXAMPLE)
    company = Company("voorbeeld-techniek", profile_, SourceFile(ROOT, "acme.yml", EXAMPLE), ())
    return company_playbook(company, content, TODAY)


def test_the_article_example_competences_end_to_end(content: Content) -> None:
    """The shipped example on data/competence-*.yml: scores 2, 3, 2, 1 against targets 3, 3, 4, 3 give gaps
    1, 0, 2, 2 (2 and up highlighted); the competence reserves 10,800, 14,400 and 18,000 split 70:20:10;
    the champions and the project manager fill their roles, the others stay vacant."""
    book = the_article_example(content)
    plan = book.competences
    gaps = {area.area.id: (area.score, area.target, area.gap, area.highlight) for area in plan.areas}
    assert gaps == {
        "technical_ai": (2, 3, 1, False),
        "data": (3, 3, 0, False),
        "integration": (2, 4, 2, True),
        "project_management": (1, 3, 2, True),
    }
    technical = next(area for area in plan.areas if area.area.id == "technical_ai")
    assert [row.id for row in technical.rows] == ["fundamental-ai", "advanced-ai-development"]
    assert [(s.competence, s.internal, s.partnerships, s.external) for s in plan.sourcing] == [
        (10800, 7560, 2160, 1080),
        (14400, 10080, 2880, 1440),
        (18000, 12600, 3600, 1800),
    ]
    roles = {staffed.role.id: staffed.names for staffed in plan.roles}
    assert roles == {
        "ai-champion": "Sanne Bakker, Youssef El Amrani",
        "domain-expert": None,
        "data-specialist": None,
        "integration-specialist": None,
        "ai-project-manager": "Bram Jansen",
    }


def test_the_article_example_risks_end_to_end(content: Content) -> None:
    """The shipped example on data/risks.yml, built before its plan starts (so no KPI is due yet): gaps of 2
    (missing competences), integration 2 (legacy integration) and EUR 15,000 planned where 15 % of 120,000
    is 18,000 (lack of resources)."""
    flagged = {flag.risk.id for flag in the_article_example(content).risks if flag.flagged}
    assert flagged == {"missing-competences", "legacy-integration", "lack-of-resources"}
