"""Surveys as people collect them: Microsoft Forms, Google Forms and Excel files read, names never kept."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
import xlsxwriter
from openpyxl import load_workbook

from playbook.company.playbooks import company_playbook, load_companies
from playbook.content import Content
from playbook.export.survey_templates import CSV_TEMPLATE, XLSX_TEMPLATES, template_csv, template_xlsx
from playbook.loading.errors import DataErrors
from playbook.models.common import Language
from playbook.render.company import company_page_path
from playbook.render.company_index import portfolio_section
from playbook.render.company_measure import kpi_section
from playbook.render.company_survey import survey_section
from playbook.render.context import RenderContext
from tests.conftest import ROOT

EXAMPLE = ROOT / "examples/companies/voorbeeld-techniek.yml"
TODAY = dt.date(2026, 11, 28)
NAMES = ("Ömer Çelik", "Sanne de Vries", "Jan Jansen", "Fatima El Amrani", "Piet Bakker", "Lotte Visser")


def statements(content: Content, language: str) -> list[tuple[str, str]]:
    return [(s.element, getattr(s.text, language)) for s in content.survey.statements]


def forms_csv(content: Content, respondents: int, *, day: str = "30-10-2026") -> str:
    """A Dutch Microsoft Forms export: ';', a byte-order mark, CRLF, Id/Begintijd/.../Naam and numbered statements."""
    texts = [text for _, text in statements(content, "nl")]
    header = ["Id", "Begintijd", "Tijd van voltooien", "E-mail", "Naam"]
    header += [f"{n}. {text}" for n, text in enumerate(texts, start=1)]
    rows = [";".join(header)]
    for n in range(respondents):
        name = NAMES[n % len(NAMES)]
        email = name.split()[0].casefold() + "@acme.example"
        scores = ["4" if n % 2 else "Eens" for _ in texts]
        rows.append(";".join([str(n + 1), f"{day} 09:0{n}:00", f"{day} 09:1{n}:00", email, name, *scores]))
    return "\ufeff" + "\r\n".join(rows) + "\r\n"


def load(tmp_path: Path, content: Content, name: str, data: bytes) -> list:  # type: ignore[type-arg]
    folder = tmp_path / "data/companies"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "acme.yml").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / name).write_bytes(data)
    return load_companies(folder, content, tmp_path, TODAY)


def test_a_microsoft_forms_export_is_read_without_names(tmp_path: Path, content: Content) -> None:
    (company,) = load(tmp_path, content, "acme.survey.csv", forms_csv(content, 6).encode("utf-8"))
    assert len(company.answers) == 6 * len(content.survey.statements)
    assert {a.date for a in company.answers} == {dt.date(2026, 10, 30)}
    assert {a.score for a in company.answers} == {4}  # 'Eens' is 4 on the scale
    assert sorted({a.respondent for a in company.answers}) == [f"row-{n}" for n in range(2, 8)]
    assert company.survey_left_out == ("E-mail", "Naam")
    kept = repr(company)
    assert not any(name in kept for name in NAMES)
    assert "@acme.example" not in kept


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_page_says_names_were_left_out_and_shows_no_name(
    tmp_path: Path, content: Content, language: Language
) -> None:
    (company,) = load(tmp_path, content, "acme.survey.csv", forms_csv(content, 6).encode("utf-8"))
    book = company_playbook(company, content, TODAY)
    page = survey_section(RenderContext(content, language, company_page_path("acme")), book)
    note = {
        "nl": "De kolommen <code>E-mail</code>, <code>Naam</code> van het enquêtebestand zijn niet gelezen",
        "en": "The columns <code>E-mail</code>, <code>Naam</code> of the survey file were not read",
    }[language]
    assert note in page
    assert not any(name in page for name in NAMES)
    assert "@acme.example" not in page


def test_a_round_under_five_respondents_is_not_shown_and_says_why(tmp_path: Path, content: Content) -> None:
    (company,) = load(tmp_path, content, "acme.survey.csv", forms_csv(content, 4).encode("utf-8"))
    book = company_playbook(company, content, TODAY)
    page = survey_section(RenderContext(content, "nl", company_page_path("acme")), book)
    assert "De resultaten worden niet getoond: 4 respondenten, minder dan 5." in page
    assert "Barrièrepunt" not in page
    assert "Geen barrièrepunt" not in page
    acceptance = next(s for s in book.kpis if s.kpi.id == "acceptance_score")
    assert acceptance.points == ()  # too small a group is not used as the acceptance score either


def test_responses_over_some_days_are_one_round_dated_at_the_last(tmp_path: Path, content: Content) -> None:
    text = forms_csv(content, 6)
    lines = text.split("\r\n")
    lines[3] = lines[3].replace("30-10-2026", "27-10-2026")
    (company,) = load(tmp_path, content, "acme.survey.csv", "\r\n".join(lines).encode("utf-8"))
    assert {a.date for a in company.answers} == {dt.date(2026, 10, 30)}


def google_forms_csv(content: Content) -> str:
    """An English Google Forms export: commas, a Timestamp, an e-mail column and the scale in words."""
    texts = [text for _, text in statements(content, "en")]
    header = ["Timestamp", "Email Address", *(f'"{text}"' for text in texts)]
    rows = [",".join(header)]
    for n in range(5):
        rows.append(",".join([f"2026-09-1{n} 10:00:00", f"person{n}@acme.example", *(["Strongly agree"] * len(texts))]))
    return "\n".join(rows) + "\n"


def test_a_google_forms_export_in_english_is_read(tmp_path: Path, content: Content) -> None:
    (company,) = load(tmp_path, content, "acme.survey.csv", google_forms_csv(content).encode("utf-8"))
    assert {a.score for a in company.answers} == {5}
    assert {a.date for a in company.answers} == {dt.date(2026, 9, 14)}
    assert company.survey_left_out == ("Email Address",)


def excel_workbook(content: Content) -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet()
    dates = book.add_format({"num_format": "dd-mm-yyyy hh:mm"})
    texts = [text for _, text in statements(content, "nl")]
    for column, title in enumerate(["Id", "Tijd van voltooien", "Naam", *texts]):
        sheet.write(0, column, title)
    for row in range(1, 6):
        sheet.write(row, 0, row)
        sheet.write_datetime(row, 1, dt.datetime(2026, 10, 30, 9, row), dates)
        sheet.write(row, 2, NAMES[row])
        for column in range(len(texts)):
            sheet.write_number(row, 3 + column, 2)
    book.close()
    return buffer.getvalue()


def test_an_excel_workbook_is_read(tmp_path: Path, content: Content) -> None:
    (company,) = load(tmp_path, content, "acme.survey.xlsx", excel_workbook(content))
    assert len(company.answers) == 5 * len(content.survey.statements)
    assert {(a.date, a.score) for a in company.answers} == {(dt.date(2026, 10, 30), 2)}
    assert company.survey_left_out == ("Naam",)


def test_a_damaged_workbook_is_one_line(tmp_path: Path, content: Content) -> None:
    with pytest.raises(DataErrors) as caught:
        load(tmp_path, content, "acme.survey.xlsx", b"PK\x03\x04 not really a workbook")
    assert [str(e) for e in caught.value.errors] == [
        "data/companies/acme.survey.xlsx:1:1: (file): expected an Excel workbook (.xlsx), got a file openpyxl cannot "
        "read (BadZipFile)"
    ]


def test_dutch_element_names_and_semicolons_in_the_long_layout(tmp_path: Path, content: Content) -> None:
    text = "datum;respondent;element;score\n2026-10-30;r1;Wens;4\n2026-10-30;r1;bewustzijn;5\n"
    (company,) = load(tmp_path, content, "acme.survey.csv", text.encode("utf-8"))
    assert [(a.element, a.score) for a in company.answers] == [("awareness", 5), ("desire", 4)]


def test_the_csv_template_is_in_dutch_excel_form(content: Content) -> None:
    committed = (ROOT / "docs" / CSV_TEMPLATE).read_bytes()
    assert committed == template_csv(content)  # regenerate: playbook.export.survey_templates.survey_templates
    assert committed.startswith(b"\xef\xbb\xbfdate;respondent;element;score\r\n")
    assert committed.count(b"\r\n") == len(content.survey.statements) + 1


@pytest.mark.parametrize(("language", "first"), [("nl", "1. Ik begrijp waarom"), ("en", "1. I understand why")])
def test_the_excel_templates_hold_the_forms_layout(tmp_path: Path, content: Content, language: str, first: str) -> None:
    path = ROOT / "docs" / XLSX_TEMPLATES[language]
    assert path.read_bytes() == template_xlsx(content, language)
    sheet = load_workbook(path, read_only=True).worksheets[0]
    header = [str(cell) for cell in next(sheet.iter_rows(values_only=True))]
    assert header[0] == {"nl": "Tijd van voltooien", "en": "Completion time"}[language]
    assert header[1].startswith(first)
    assert len(header) == len(content.survey.statements) + 1
    (company,) = load(tmp_path, content, "acme.survey.xlsx", path.read_bytes())  # accepted as it is
    assert company.answers == ()


def test_acceptance_from_the_survey_is_marked_and_only_without_a_measurement(tmp_path: Path, content: Content) -> None:
    (company,) = load(tmp_path, content, "acme.survey.csv", forms_csv(content, 6).encode("utf-8"))
    book = company_playbook(company, content, TODAY)
    acceptance = next(s for s in book.kpis if s.kpi.id == "acceptance_score")
    assert acceptance.from_survey
    assert [(p.date, p.value) for p in acceptance.points] == [(dt.date(2026, 10, 30), 100.0)]
    page = kpi_section(RenderContext(content, "nl", company_page_path("acme")), book)
    assert "Uit de ADKAR-enquête (aandeel respondenten met gemiddeld 4 of hoger)" in page
    (tmp_path / "data/companies/acme.kpis.csv").write_text("date,kpi,value\n2026-09-30,acceptance_score,40\n")
    (measured,) = load_companies(tmp_path / "data/companies", content, tmp_path, TODAY)
    series = next(s for s in company_playbook(measured, content, TODAY).kpis if s.kpi.id == "acceptance_score")
    assert not series.from_survey
    assert [(p.date, p.value) for p in series.points] == [(dt.date(2026, 9, 30), 40.0)]


def test_the_portfolio_shows_no_barrier_point_of_a_round_under_five(tmp_path: Path, content: Content) -> None:
    (company,) = load(tmp_path, content, "acme.survey.csv", forms_csv(content, 4).encode("utf-8"))
    book = company_playbook(company, content, TODAY)
    index = portfolio_section(RenderContext(content, "nl", "playbook/index.md"), [book], {})
    row = next(line for line in index.splitlines() if "acme.md" in line)  # the table's Markdown row
    cells = [cell.strip() for cell in row.strip().strip("|").split(" | ")]
    assert cells[7] == "–"  # not "geen": the four all score 4, but a group that small shows nothing
