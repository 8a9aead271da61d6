"""A prohibited use case is never recommended: ranked nowhere, one activity that stops it, first among the risks."""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any

import markdown
import openpyxl
import yaml
from bs4 import BeautifulSoup

from playbook.company.company import Company, CompanyPlaybook
from playbook.company.playbooks import company_playbook
from playbook.export.exports import risk_blocks, to_xlsx
from playbook.export.plan_rows import plan_rows
from playbook.loading.content import load_content
from playbook.loading.yamlsource import SourceFile
from playbook.models.common import Language
from playbook.models.company import CompanyProfile
from playbook.render.company import company_page
from playbook.render.context import RenderContext
from playbook.render.summary import summary_page
from tests.conftest import ROOT

TODAY = dt.date(2026, 11, 28)
CONTENT = load_content(ROOT / "data", root=ROOT)
BASE = yaml.safe_load((ROOT / "examples/companies/voorbeeld-techniek.yml").read_text(encoding="utf-8"))
CAB_CAMERA = {
    "title": "Cabinecamera <b>vermoeidheid</b>",
    "value": 5,
    "feasibility": 5,
    "kind": "emotion_recognition_at_work",
    "personal_data": True,
}
OTHERS = [
    {"title": "Routeplanning", "value": 4, "feasibility": 4, "kind": "other", "personal_data": False},
    {"title": "Klantchat", "value": 3, "feasibility": 4, "kind": "chatbot", "personal_data": True},
]


def transport_company(use_cases: list[Any] | None = None) -> CompanyPlaybook:
    data = yaml.safe_load(yaml.safe_dump(BASE))
    data["employees"] = 85
    data["ai_project"]["use_cases"] = use_cases if use_cases is not None else [CAB_CAMERA, *OTHERS]
    data["progress"] = {}
    profile = CompanyProfile.model_validate(data)
    return company_playbook(Company("transport", profile, SourceFile(ROOT, "transport.yml", data)), CONTENT, TODAY)


def soup(text: str) -> BeautifulSoup:
    html = markdown.markdown(text, extensions=["admonition", "attr_list", "md_in_html", "tables"])
    return BeautifulSoup(html, "html.parser")


def words(node: Any) -> str:
    return " ".join(node.get_text().split())


def test_a_prohibited_use_case_is_ranked_nowhere_whatever_its_scores() -> None:
    book = transport_company()
    assert [case.title for case in book.use_cases] == ["Routeplanning", "Klantchat"]
    summary = soup(summary_page(RenderContext(CONTENT, "nl", "playbook/transport/samenvatting.md"), book))
    heading = summary.find(id="use-cases")
    assert heading is not None
    best = heading.find_next("table")
    assert best is not None
    assert "Cabinecamera" not in words(best)
    assert [words(row.find_all("td")[1]) for row in best.select("tbody tr")] == ["Routeplanning", "Klantchat"]


def test_it_gets_one_activity_in_month_one_and_nothing_else() -> None:
    book = transport_company()
    own = [a for month in book.schedule.months for a in month.activities if a.id.endswith("-uc1")]
    assert [a.id for a in own] == ["m01-stop-uc1"]
    first = book.schedule.months[0].activities[0]
    assert first.id == "m01-stop-uc1"
    assert first.title is not None
    assert first.title.nl == (
        "Stop ‘Cabinecamera <b>vermoeidheid</b>’ of ontwerp het opnieuw zonder de verboden functie: de "
        "AI-verordening verbiedt het (artikel 5, lid 1, onder f); zet er geen pilot, DPIA of "
        "instemmingsaanvraag voor op."
    )
    others = [a.id for month in book.schedule.months for a in month.activities if a.id.endswith(("-uc2", "-uc3"))]
    assert "m03-dpia-uc3" in others


def test_it_heads_the_risks_on_the_company_page_in_both_languages() -> None:
    book = transport_company()
    cases: tuple[tuple[Language, str], ...] = (
        (
            "nl",
            "⛔ Verboden toepassing: ‘Cabinecamera <b>vermoeidheid</b>’ · AI-verordening, artikel 5, lid 1, onder f",
        ),
        ("en", "⛔ Prohibited use case: ‘Cabinecamera <b>vermoeidheid</b>’ · AI Act, Article 5(1)(f)"),
    )
    for language, expected in cases:
        page = soup(company_page(RenderContext(CONTENT, language, "playbook/transport.md"), book))
        first = page.select_one(".risk-list li")
        assert first is not None
        assert words(first).startswith(expected)
        assert "prohibited" in first["class"]
        assert first.select_one("b") is None  # the company's text is escaped


def test_it_heads_the_summarys_open_risks() -> None:
    book = transport_company()
    summary = soup(summary_page(RenderContext(CONTENT, "en", "en/playbook/transport/summary.md"), book))
    danger = summary.select_one(".admonition.danger li")  # at the top, before the glance
    assert danger is not None
    assert words(danger).startswith("⛔ Prohibited use case: ‘Cabinecamera <b>vermoeidheid</b>’: Stop ‘Cabinecamera")
    assert "Article 5(1)(f)" in words(danger)
    first_risk = summary.select_one("#at-a-glance ~ * .glance-risks li") or summary.select_one(".glance-risks li")
    assert first_risk is not None
    assert words(first_risk) == "⛔ Prohibited use case: ‘Cabinecamera <b>vermoeidheid</b>’"


def test_it_heads_the_risks_in_the_json_and_the_workbook() -> None:
    book = transport_company()
    data = json.loads(book.to_json())
    first = data["obligations"][0]
    assert (first["number"], first["kind"], first["ai_act"]) == (1, "emotion_recognition_at_work", "prohibited")
    assert first["title"] == "Cabinecamera <b>vermoeidheid</b>"
    assert data["open_risks"] == len(book.prohibited) + sum(1 for flag in book.risks if flag.flagged)
    assert [case["title"] for case in data["use_cases"]] == ["Routeplanning", "Klantchat"]
    built = dt.datetime(2026, 11, 28, tzinfo=dt.UTC)
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx(book, CONTENT, plan_rows(book, CONTENT), built)))["Open risico's"]
    assert [cell.value for cell in sheet[1]] == ["Risico", "Wat te doen"]
    assert sheet["A2"].value == "Verboden toepassing: ‘Cabinecamera <b>vermoeidheid</b>’"
    assert str(sheet["B2"].value).startswith("Stop ‘Cabinecamera <b>vermoeidheid</b>’ of ontwerp het opnieuw")
    assert len(risk_blocks(transport_company(OTHERS), CONTENT)[0]) == 1 + sum(
        1 for flag in transport_company(OTHERS).risks if flag.flagged
    )


def test_the_page_and_so_its_print_open_with_the_prohibition() -> None:
    page = soup(company_page(RenderContext(CONTENT, "nl", "playbook/transport.md"), transport_company()))
    first = page.select_one(".admonition")
    assert first is not None
    assert "danger" in first["class"]
    assert words(first).startswith(
        "Verboden toepassing ⛔ Verboden toepassing: ‘Cabinecamera <b>vermoeidheid</b>’: Stop"
    )
    quiet = soup(company_page(RenderContext(CONTENT, "nl", "playbook/transport.md"), transport_company(OTHERS)))
    assert quiet.select(".admonition.danger") == []
