"""Use-case kinds mapped to their obligations: one row per kind, property tests, and what a company page says."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, get_args

import markdown
import pytest
import yaml
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from playbook import Content
from playbook.company.company import Company
from playbook.company.playbooks import company_playbook, load_companies
from playbook.loading.content import load_content
from playbook.loading.errors import DataErrors
from playbook.loading.yamlsource import SourceFile
from playbook.models.company import CompanyProfile, UseCase
from playbook.models.obligations import UseCaseKindId
from playbook.render.company import company_page
from playbook.render.context import RenderContext
from playbook.rules.obligations import added_activities, needs_works_council_reminder, use_case_obligations
from tests.conftest import ROOT, Site, at

TODAY = dt.date(2026, 11, 28)
BASE = yaml.safe_load((ROOT / "examples/companies/voorbeeld-techniek.yml").read_text(encoding="utf-8"))
CONTENT = load_content(ROOT / "data", root=ROOT)
RIGHTS = {right: CONTENT.ui[f"participation_{right}_request"] for right in ("consent", "advice")}

# kind: (AI Act category, DPIA with personal data, works council with / without personal data, inform staff)
KIND_RULES: list[tuple[str, str, str, str, str, bool]] = [
    ("chatbot", "transparency", "assess", "consent", "advice", False),
    ("generated_content", "transparency", "assess", "consent", "advice", False),
    ("document_processing", "minimal", "assess", "consent", "advice", False),
    ("code_assistant", "minimal", "assess", "consent", "advice", False),
    ("predictive_maintenance", "minimal", "assess", "consent", "advice", False),
    ("recruitment", "high_risk", "required", "consent", "consent", True),
    ("worker_management", "high_risk", "required", "consent", "consent", True),
    ("employee_monitoring", "high_risk", "required", "consent", "consent", True),
    ("credit_scoring", "high_risk", "required", "advice", "advice", False),
    ("emotion_recognition_at_work", "prohibited", "required", "consent", "consent", True),
    ("emotion_recognition_customers", "high_risk", "required", "advice", "advice", False),
    ("other", "minimal", "assess", "consent", "advice", False),
]
ALWAYS_PERSONAL = {
    "recruitment",
    "worker_management",
    "employee_monitoring",
    "credit_scoring",
    "emotion_recognition_at_work",
    "emotion_recognition_customers",
}


def test_every_kind_has_a_row() -> None:
    assert sorted(row[0] for row in KIND_RULES) == sorted(get_args(UseCaseKindId))


@pytest.mark.parametrize(("kind", "ai_act", "dpia", "council", "council_without", "inform"), KIND_RULES)
@pytest.mark.parametrize("personal", [True, False])
def test_kind_maps_to_its_obligations(
    kind: str, ai_act: str, dpia: str, council: str, council_without: str, inform: bool, personal: bool
) -> None:
    case = UseCase.model_validate({"title": "X", "kind": kind, "personal_data": personal})
    (item,) = use_case_obligations([case], CONTENT.use_case_kinds, employees=80)
    treated_personal = personal or kind in ALWAYS_PERSONAL
    assert item.ai_act == ai_act
    assert item.personal_data is treated_personal
    assert item.personal_data_note == ("inherent" if not personal and kind in ALWAYS_PERSONAL else None)
    assert item.dpia == (dpia if treated_personal else "none")
    assert item.participation == (council if treated_personal else council_without)
    assert item.inform_staff is inform
    assert item.small_company is False


@pytest.mark.parametrize(
    ("kind", "added"),
    [
        ("chatbot", ["m03-dpia-uc1", "m03-works-council-uc1"]),
        ("employee_monitoring", ["m03-dpia-uc1", "m03-works-council-uc1", "m04-inform-staff-uc1"]),
        ("credit_scoring", ["m03-dpia-uc1", "m03-fria-uc1", "m03-works-council-uc1"]),
    ],
)
def test_activities_the_rules_add(kind: str, added: list[str]) -> None:
    case = UseCase.model_validate({"title": "Y & <z>", "kind": kind, "personal_data": True})
    activities = added_activities(
        use_case_obligations([case], CONTENT.use_case_kinds, 80), CONTENT.use_case_kinds, RIGHTS
    )
    assert [a.id for a in activities] == added
    assert activities[0].title.nl.startswith(
        "Toets of ‘Y & <z>’ een DPIA nodig heeft" if kind == "chatbot" else "Voer een DPIA uit voor ‘Y & <z>’"
    )
    council = next(a for a in activities if a.obligation == "works-council")
    right = "instemming" if kind == "employee_monitoring" else ("advies" if kind == "credit_scoring" else "instemming")
    assert council.title.nl == f"Vraag de ondernemingsraad om {right} over ‘Y & <z>’, vóór het besluit."
    assert council.role == "sponsor"


def test_small_company_talks_to_the_staff_representation() -> None:
    case = UseCase.model_validate({"title": "Z", "kind": "worker_management", "personal_data": True})
    items = use_case_obligations([case], CONTENT.use_case_kinds, employees=30)
    council = next(
        a for a in added_activities(items, CONTENT.use_case_kinds, RIGHTS) if a.obligation == "works-council"
    )
    assert council.title.en == "Discuss ‘Z’ with the staff representation, or else at the staff meeting."
    assert not needs_works_council_reminder(items, 30, 50)
    assert needs_works_council_reminder(items, 50, 50)


def test_unknown_personal_data_is_assumed_and_plain_titles_get_no_row() -> None:
    items = use_case_obligations(
        ["Gewoon een titel", UseCase.model_validate({"title": "A", "kind": "chatbot"})], CONTENT.use_case_kinds, 120
    )
    assert items[0].kind is None
    assert items[0].ai_act is None
    assert items[1].personal_data is True
    assert items[1].personal_data_note == "assumed"


KINDS = st.sampled_from(get_args(UseCaseKindId))
CASES = st.lists(
    st.one_of(
        st.text(min_size=1, max_size=20).filter(str.strip),
        st.builds(
            lambda kind, personal: UseCase.model_validate({"title": "T", "kind": kind, "personal_data": personal}),
            KINDS,
            st.one_of(st.none(), st.booleans()),
        ),
    ),
    max_size=8,
)


@given(cases=CASES, employees=st.integers(min_value=1, max_value=1000))
@settings(max_examples=200, deadline=None)
def test_rules_hold_for_any_company(cases: list[Any], employees: int) -> None:
    items = use_case_obligations(cases, CONTENT.use_case_kinds, employees)
    assert [item.number for item in items] == list(range(1, len(cases) + 1))
    for item in items:
        if item.kind is None:
            assert (item.ai_act, item.dpia, item.participation) == (None, None, None)
        if item.ai_act == "prohibited":
            assert item.kind is not None
            assert item.kind.id == "emotion_recognition_at_work"
        if item.kind is not None and not item.personal_data:
            assert item.dpia == "none"
        assert item.small_company is (employees < 50)
    added = added_activities(items, CONTENT.use_case_kinds, RIGHTS)
    for item in items:  # a prohibited use case gets one activity, the one that stops it; no other gets that
        own = [a.obligation for a in added if a.id.endswith(f"-uc{item.number}")]
        assert own == ["stop"] if item.ai_act == "prohibited" else "stop" not in own
    assert len({a.id for a in added}) == len(added)
    assert all(1 <= a.month <= 12 and a.id.startswith(f"m{a.month:02d}-") for a in added)
    reminder = needs_works_council_reminder(items, employees, 50)
    assert reminder == (employees >= 50 and any(i.participation in ("consent", "advice") for i in items))


def book_for(content: Content, use_cases: list[Any], timeframe: int = 12, **changes: Any):  # type: ignore[no-untyped-def]
    data = yaml.safe_load(yaml.safe_dump(BASE))
    data["ai_project"]["use_cases"] = use_cases
    data["ai_project"]["timeframe_months"] = timeframe  # 12: the roadmap's own months, "early" its first three
    data.update(changes)
    profile = CompanyProfile.model_validate(data)
    return company_playbook(Company("acme", profile, SourceFile(ROOT, "acme.yml", data)), content, TODAY)


def rendered(content: Content, book: Any, language: str = "nl") -> BeautifulSoup:

    text = company_page(RenderContext(content, language, "playbook/acme.md"), book)  # type: ignore[arg-type]
    html = markdown.markdown(text, extensions=["admonition", "attr_list", "md_in_html", "tables"])
    return BeautifulSoup(html, "html.parser")


def test_prohibited_kind_is_an_error_on_the_page(content: Content) -> None:
    book = book_for(content, [{"title": "Stemming <b>meten</b>", "kind": "emotion_recognition_at_work"}])
    soup = rendered(content, book)
    danger = next(box for box in soup.select(".admonition.danger") if "is van een soort" in box.get_text())
    text = " ".join(danger.get_text(" ", strip=True).split())
    assert text.startswith(
        "Verboden toepassing ‘Stemming <b>meten</b>’ is van een soort die de AI-verordening verbiedt "
        "(artikel 5, lid 1, onder f), wanneer het systeem de emoties van uw medewerkers op de werkplek afleidt"
    )
    assert soup.select_one(".admonition.danger b") is None  # the company's text is escaped
    link = danger.select_one("a.legal-ref")
    assert link is not None
    assert link["href"] == "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32024R1689#art_5"


def test_literacy_warning_when_nothing_early(content: Content) -> None:
    early = {
        "m01-readiness-analysis": "skipped",
        "m02-ai-use-policy": "skipped",
        "m03-basics-workshop": "skipped",
        "m03-learning-paths": "skipped",
    }
    soup = rendered(content, book_for(content, [], progress=early), "en")
    titles = [t.get_text(strip=True) for t in soup.select(".admonition.warning .admonition-title")]
    assert "No AI literacy in the first months" in titles
    quiet = rendered(content, book_for(content, []), "en")
    assert "No AI literacy in the first months" not in quiet.get_text()


def test_generated_activity_ids_are_accepted_in_progress(tmp_path: Path, content: Content) -> None:

    data = yaml.safe_load(yaml.safe_dump(BASE))
    data["progress"] = {"m03-dpia-uc1": "done", "m03-dpia-uc9": "done"}
    folder = tmp_path / "data" / "companies"
    folder.mkdir(parents=True)
    (folder / "acme.yml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataErrors) as caught:
        load_companies(folder, content, tmp_path)
    assert [e.message for e in caught.value.errors] == ["expected a roadmap or extra activity id, got 'm03-dpia-uc9'"]


def test_unknown_kind_names_the_choices(tmp_path: Path, content: Content) -> None:

    text = (ROOT / "examples/companies/voorbeeld-techniek.yml").read_text(encoding="utf-8")
    folder = tmp_path / "data" / "companies"
    folder.mkdir(parents=True)
    (folder / "acme.yml").write_text(text.replace("kind: document_processing", "kind: chatbott"), encoding="utf-8")
    with pytest.raises(DataErrors) as caught:
        load_companies(folder, content, tmp_path)
    (error,) = caught.value.errors
    assert str(error).startswith(
        "data/companies/acme.yml:22:13: ai_project.use_cases[0].kind: expected one of 'chatbot'"
    )
    assert str(error).endswith("got the text 'chatbott'; did you mean 'chatbot'?")


@pytest.mark.parametrize(
    ("slug", "language", "rows"),
    [
        (
            "voorbeeld-techniek",
            "nl",
            [
                ["1", "Ticketclassificatie", "Documentverwerking", "ja: medewerkers, klanten", "minimaal risico"],
                ["2", "Anomaliedetectie in machinedata", "Voorspellend onderhoud", "nee", "minimaal risico"],
            ],
        ),
        (
            "demo-cold-chain",
            "en",
            [
                ["1", "Route optimisation", "Decisions about workers", "yes: staff", "high-risk"],
                ["2", "Stock forecasting", "Other", "no", "minimal risk"],
            ],
        ),
    ],
)
def test_example_pages_show_their_obligations(site: Site, slug: str, language: str, rows: list[list[str]]) -> None:
    soup = site.soup(f"{'en/' if language == 'en' else ''}playbook/{slug}/")
    table = soup.select("#use-case-obligations tbody tr")
    cells = [[td.get_text(" ", strip=True) for td in tr.select("td")] for tr in table]
    assert [row[:4] for row in cells] == [row[:4] for row in rows]
    assert [row[4].startswith(expected[4]) for row, expected in zip(cells, rows, strict=True)] == [True] * len(rows)
    for tr in table:
        assert tr.select("a.legal-ref"), "every row links its articles"


def test_obligation_activities_in_the_roadmap(site: Site) -> None:
    soup = site.soup("en/playbook/demo-cold-chain/")
    item = soup.select_one("#demo-cold-chain-m04-inform-staff-uc1-item")
    assert item is not None
    assert "Inform the staff concerned and their representatives about ‘Route optimisation’" in item.get_text()
    assert "HR" in item.select_one(".owner-badge").get_text()  # type: ignore[union-attr]
    link = item.select_one("a.card-link")
    assert link is not None
    assert link["href"] == "../../instruments/#card-communication-plan"
    reminder = soup.select_one(".admonition.warning")
    assert reminder is not None
    assert "With 210 staff you must have a works council" in reminder.get_text()
    assert soup.select_one("details:has(#month-3) ul #demo-cold-chain-m03-works-council-uc1-item") is not None


def test_plain_use_case_gets_a_hint(site: Site) -> None:
    soup = site.soup("playbook/voorbeeld-techniek/")
    hint = soup.select_one("#obligations ~ .admonition.info")
    assert hint is not None
    assert "Bij ‘Documentatie doorzoekbaar maken’ staat geen kind in het bedrijfsbestand" in " ".join(
        hint.get_text(" ", strip=True).split()
    )


@pytest.mark.parametrize(
    ("prefix", "text"), [("", "Methodekaart: Readiness-analyse"), ("en/", "Method card: Readiness analysis")]
)
def test_roadmap_activity_links_its_method_card(site: Site, prefix: str, text: str) -> None:
    link = site.soup(f"{prefix}roadmap/").select_one("#m01-readiness-analysis a.card-link")
    assert link is not None
    assert link.get_text() == text
    expected = {"": "../instrumenten/#card-readiness-analysis", "en/": "../instruments/#card-readiness-analysis"}
    assert link["href"] == expected[prefix]
    assert site.soup(at("instrumenten/", prefix)).select_one("#card-readiness-analysis") is not None


def test_register_keeps_legal_texts_apart(site: Site) -> None:
    soup = site.soup("bronnen/")
    rows = soup.select("#legal-sources ~ div.legal-register tbody tr")
    assert len(rows) == 22
    first = [td.get_text(" ", strip=True) for td in rows[0].select("td")]
    assert first[0] == "AI-verordening, artikel 4"
    assert first[3].startswith(
        "Primaire bron: wettekst, bekendgemaakt (OJ L, 2024/1689, 12.7.2024), gecontroleerd op 4 december 2026 "
        "Geldt sinds 2 februari 2025."
    )
    link = rows[0].select_one("a")
    assert link is not None
    assert link["href"] == "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32024R1689#art_4"
    figures = soup.select("#figures ~ div.evidence-register:not(.legal-register) tbody tr")
    assert all("Geciteerd door het bronartikel" in tr.get_text() for tr in figures)


def test_a_compressed_plan_brings_literacy_forward(content: Content) -> None:
    """In six months the roadmap's months 4 and 5 fall in the plan's month 3: skipping the four literacy
    activities of the first three roadmap months leaves one in the first three months of the plan, so no
    warning; in the twelve-month plan the same ticks warn."""
    early = {
        "m01-readiness-analysis": "skipped",
        "m02-ai-use-policy": "skipped",
        "m03-basics-workshop": "skipped",
        "m03-learning-paths": "skipped",
    }
    short = book_for(content, [], timeframe=6, progress=early)
    assert "No AI literacy in the first months" not in rendered(content, short, "en").get_text()
    assert (
        "No AI literacy in the first months"
        in rendered(content, book_for(content, [], progress=early), "en").get_text()
    )
