"""Every risk sentence on a company's page is true of that company: a property test over generated companies."""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from playbook.company.company import Company
from playbook.company.playbooks import company_playbook
from playbook.loading.content import load_content
from playbook.loading.yamlsource import SourceFile
from playbook.models.company import CompanyProfile
from playbook.render.company_plan import risk_condition
from playbook.render.context import RenderContext
from tests.conftest import ROOT

CONTENT = load_content(ROOT / "data", root=ROOT)
BASE = yaml.safe_load((ROOT / "examples/companies/voorbeeld-techniek.yml").read_text(encoding="utf-8"))
TODAY = dt.date(2026, 12, 4)
NAMES = st.sampled_from(["Anouk de Vries", "Pieter de Boer", "Sanne Bakker"])
RATING = st.one_of(st.none(), st.integers(min_value=1, max_value=5))
COMPETENCES = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {},
        optional={"technical_ai": RATING, "data": RATING, "integration": RATING, "project_management": RATING},
    ),
)


@st.composite
def companies(draw: st.DrawFn) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(yaml.safe_dump(BASE))
    budget = draw(st.integers(min_value=10_000, max_value=500_000))
    data["ai_project"].update(
        budget_eur=budget,
        timeframe_months=draw(st.integers(min_value=1, max_value=36)),
        scope=draw(st.sampled_from(["team", "organisation", "incremental"])),
        use_cases=draw(st.sampled_from([[], BASE["ai_project"]["use_cases"]])),
    )
    data["change_budget_eur"] = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=budget)))
    data["people"] = {
        "sponsor": draw(st.one_of(st.none(), NAMES)),
        "project_manager": draw(st.one_of(st.none(), NAMES)),
        "champions": draw(st.lists(NAMES, max_size=2, unique=True)),
    }
    data["activities"] = {}
    data["progress"] = {}
    competences = draw(COMPETENCES)
    if competences is None:
        data.pop("competences", None)
    else:
        data["competences"] = competences
    return data


@given(data=companies())
@settings(max_examples=150, deadline=None)
def test_every_risk_sentence_is_true_of_its_company(data: dict[str, Any]) -> None:
    profile = CompanyProfile.model_validate(data)
    book = company_playbook(Company("acme", profile, SourceFile(ROOT, "acme.yml", data)), CONTENT, TODAY)
    ctx = RenderContext(CONTENT, "nl", "playbook/acme.md", today=TODAY)
    people = profile.people
    planned = profile.change_budget_eur
    for flag in book.risks:
        said = risk_condition(ctx, flag)
        if "geen zelfbeoordeling" in said:
            assert not book.competences.assessed, said
        if said.startswith("Zelfbeoordeling gedaan"):
            assert book.competences.assessed, said
        if "Er is geen AI-champion genoemd" in said:
            assert not people.champions
        if said == "Er is geen sponsor genoemd.":
            assert people.sponsor is None
        if "geen sponsor, projectleider of champion" in said:
            assert people.sponsor is None
            assert people.project_manager is None
            assert not people.champions
        if "geen enkele use case" in said:
            assert not profile.ai_project.use_cases
        if said == "Er is geen veranderbudget gepland.":
            assert planned is None
        if said.startswith("Het veranderbudget, "):
            assert planned is not None
            assert planned < 0.15 * profile.ai_project.budget_eur, said
        if "tijdsbestek is korter" in said:
            assert (
                profile.ai_project.timeframe_months
                < CONTENT.change_models[book.choice.primary].fit.timeframe_min_months
            )
        if flag.flagged and flag.risk.reasons:  # a rule with more than one cause names the one that holds
            assert flag.reason in flag.risk.reasons
            assert " of " not in said.split("(")[0], said  # no 'this, or that' left for the reader to sort out
