"""Advice sized to the company: training audience and budget follow the scope; formal structures only for an
IT team large enough to carry them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import yaml

from playbook.company.company import Company, CompanyPlaybook
from playbook.company.playbooks import company_playbook
from playbook.loading.content import load_content
from playbook.loading.yamlsource import SourceFile
from playbook.models.company import CompanyProfile
from playbook.render.company_budget import budget_section
from playbook.render.context import RenderContext
from tests.conftest import ROOT

CONTENT = load_content(ROOT / "data", root=ROOT)
BASE = yaml.safe_load((ROOT / "examples/companies/voorbeeld-techniek.yml").read_text(encoding="utf-8"))


def company(**changes: Any) -> CompanyPlaybook:
    data = yaml.safe_load(yaml.safe_dump(BASE))
    scope = changes.pop("scope", None)
    if scope:
        data["ai_project"]["scope"] = scope
    data.update(changes, activities={}, progress={})
    profile = CompanyProfile.model_validate(data)
    return company_playbook(Company("acme", profile, SourceFile(ROOT, "acme.yml", data)), CONTENT, dt.date(2026, 12, 4))


@pytest.mark.parametrize(
    ("scope", "audience", "training"),
    [
        ("team", 6, (9_000, 18_000)),  # 1,500-3,000 euros per person trained, the IT team of six
        ("incremental", 6, (9_000, 18_000)),
        ("organisation", 85, (127_500, 255_000)),  # the whole organisation is trained
    ],
)
def test_training_follows_the_scope(scope: str, audience: int, training: tuple[int, int]) -> None:
    plan = company(scope=scope, employees=85, it_team_size=6).budget
    assert plan.audience == audience
    cost = next(cost for cost in plan.costs if cost.item.id == "training")
    assert (cost.low, cost.high) == training


def test_the_page_says_whom_the_costs_are_scaled_to() -> None:
    ctx = RenderContext(CONTENT, "nl", "playbook/acme.md")
    wide = budget_section(ctx, company(scope="organisation", employees=85, it_team_size=6))
    assert "geschaald naar alle 85 medewerkers: de verandering omvat de hele organisatie" in wide
    narrow = budget_section(ctx, company(scope="team", employees=85, it_team_size=6))
    assert "geschaald naar uw IT-team" in narrow


@pytest.mark.parametrize(
    ("it_team", "centre", "careers"),
    [
        (
            6,
            "Wijs één vast aanspreekpunt voor AI aan en houd een maandelijks AI-overleg, in plaats van een formeel "
            "competentiecentrum.",
            "Neem AI-vaardigheden op in de bestaande functieprofielen en ontwikkelgesprekken, in plaats van aparte "
            "loopbaanpaden.",
        ),
        (9, "Wijs één vast aanspreekpunt", "Neem AI-vaardigheden op"),
        (10, "Geef AI een vaste plek: een eigen kenniscentrum.", "Bied AI-specialisten een vast carrièrepad."),
        (40, "Geef AI een vaste plek: een eigen kenniscentrum.", "Bied AI-specialisten een vast carrièrepad."),
    ],
)
def test_formal_structures_only_from_the_size_set_in_data(it_team: int, centre: str, careers: str) -> None:
    titles = {
        activity.id: activity.title.nl if activity.title else ""
        for month in company(employees=85, it_team_size=it_team).schedule.months
        for activity in month.activities
    }
    assert titles["m07-competence-centre"].startswith(centre)
    assert titles["m11-career-paths"].startswith(careers)
    assert CONTENT.roadmap.formal_structures_from == 10
