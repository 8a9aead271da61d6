"""Whose data, the company's size and who builds the system decide the works council's say and the duties."""

from __future__ import annotations

import datetime as dt
from typing import Any

import markdown
import pytest
import yaml
from bs4 import BeautifulSoup

from playbook.company.company import Company
from playbook.company.playbooks import company_playbook
from playbook.loading.content import load_content
from playbook.loading.yamlsource import SourceFile
from playbook.models.company import CompanyProfile, UseCase
from playbook.render.company import company_page
from playbook.render.context import RenderContext
from playbook.rules.obligations import added_activities, use_case_obligations
from tests.conftest import ROOT

CONTENT = load_content(ROOT / "data", root=ROOT)
RULES = CONTENT.use_case_kinds
RIGHTS = {right: CONTENT.ui[f"participation_{right}_request"] for right in ("consent", "advice")}


@pytest.mark.parametrize(
    ("kind", "personal_data", "participation", "subjects"),
    [
        ("chatbot", ["customers"], "advice", ("customers",)),  # a customer chatbot: no WOR 27(1)(k) consent
        ("chatbot", "customers", "advice", ("customers",)),
        ("chatbot", ["customers", "staff"], "consent", ("customers", "staff")),
        ("chatbot", "staff", "consent", ("staff",)),
        ("chatbot", True, "consent", ()),  # true: whose is not said, treated as staff data (with a warning)
        ("chatbot", None, "consent", ()),  # left out: assumed
        ("chatbot", "none", "advice", ()),
        ("chatbot", False, "advice", ()),
        ("recruitment", ["applicants"], "consent", ("applicants",)),  # WOR 27(1)(e): the hiring policy
        ("recruitment", "none", "consent", ()),
        ("worker_management", ["staff"], "consent", ("staff",)),
        ("credit_scoring", ["customers"], "advice", ("customers",)),
    ],
)
def test_whose_data_decides_the_works_councils_say(
    kind: str, personal_data: Any, participation: str, subjects: tuple[str, ...]
) -> None:
    case = UseCase.model_validate({"title": "X", "kind": kind, "personal_data": personal_data})
    (item,) = use_case_obligations([case], RULES, employees=85)
    assert item.participation == participation
    assert item.subjects == subjects


@pytest.mark.parametrize(
    ("employees", "council_title"),
    [
        (8, None),  # under 10: the WOR prescribes no consultation
        (9, None),
        (10, "Bespreek ‘X’ met de personeelsvertegenwoordiging, of anders in de personeelsvergadering."),
        (49, "Bespreek ‘X’ met de personeelsvertegenwoordiging, of anders in de personeelsvergadering."),
        (50, "Vraag de ondernemingsraad om instemming over ‘X’, vóór het besluit."),
        (250, "Vraag de ondernemingsraad om instemming over ‘X’, vóór het besluit."),
    ],
)
def test_works_council_duties_follow_company_size(employees: int, council_title: str | None) -> None:
    case = UseCase.model_validate({"title": "X", "kind": "employee_monitoring", "personal_data": ["staff"]})
    items = use_case_obligations([case], RULES, employees)
    council = [a.title.nl for a in added_activities(items, RULES, RIGHTS) if a.obligation == "works-council"]
    assert council == ([council_title] if council_title else [])
    assert items[0].no_representation is (employees < 10)


def test_a_team_that_builds_its_chatbot_is_its_provider() -> None:
    bought = UseCase.model_validate({"title": "X", "kind": "chatbot", "personal_data": "customers"})
    built = UseCase.model_validate(
        {"title": "X", "kind": "chatbot", "personal_data": "customers", "built_in_house": True}
    )
    first, second = use_case_obligations([bought, built], RULES, 85)
    assert (first.provider, second.provider) == (False, True)


@pytest.mark.parametrize(("kind", "fria"), [("credit_scoring", True), ("recruitment", False), ("chatbot", False)])
def test_credit_scoring_calls_for_a_fundamental_rights_impact_assessment(kind: str, fria: bool) -> None:
    case = UseCase.model_validate({"title": "Score", "kind": kind, "personal_data": ["customers"]})
    items = use_case_obligations([case], RULES, 85)
    titles = [a.title.nl for a in added_activities(items, RULES, RIGHTS) if a.obligation == "fria"]
    assert titles == (
        [
            "Beoordeel de gevolgen van ‘Score’ voor de grondrechten (FRIA) en meld de uitkomst aan de "
            "markttoezichthouder, voordat het in gebruik gaat."
        ]
        if fria
        else []
    )


def test_the_page_of_an_eight_person_company_with_its_own_chatbot() -> None:
    data = yaml.safe_load((ROOT / "examples/companies/voorbeeld-techniek.yml").read_text(encoding="utf-8"))
    data.update(employees=8, it_team_size=2, progress={}, activities={})
    data["ai_project"]["use_cases"] = [
        {"title": "Eigen chatbot", "kind": "chatbot", "personal_data": ["customers"], "built_in_house": True}
    ]
    profile = CompanyProfile.model_validate(data)
    book = company_playbook(
        Company("klein", profile, SourceFile(ROOT, "klein.yml", data)), CONTENT, dt.date(2026, 12, 4)
    )
    html = markdown.markdown(
        company_page(RenderContext(CONTENT, "nl", "playbook/klein.md"), book),
        extensions=["admonition", "attr_list", "md_in_html", "tables"],
    )
    soup = BeautifulSoup(html, "html.parser")
    row = [" ".join(td.get_text(" ").split()) for td in soup.select("#use-case-obligations tbody tr td")]
    assert row[3] == "ja: klanten"
    assert "U bouwt het zelf en bent dus aanbieder" in row[4]
    assert "AI-verordening, artikel 50 (geldt sinds 2 augustus 2026)" in row[4]  # the row says since when
    assert row[6].startswith("geen: onder 10 medewerkers schrijft de WOR geen overleg voor")
    text = " ".join(soup.get_text(" ").split())
    assert "Met minder dan 10 medewerkers schrijft de WOR geen ondernemingsraad" in text
    assert "personeelsvertegenwoordiging, of anders in de personeelsvergadering" not in text
    activities = [a.id for month in book.schedule.months for a in month.activities if a.id.endswith("-uc1")]
    assert activities == ["m01-applies-ai-act-art-50-uc1", "m03-dpia-uc1"]
