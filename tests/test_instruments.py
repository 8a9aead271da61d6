"""The instruments as documents: blank templates on the instruments page, and filled in for each company."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from docx import Document
from openpyxl import load_workbook

from playbook.cli import main
from playbook.company.company import Company, CompanyPlaybook
from playbook.company.playbooks import company_playbook, company_playbooks, load_companies
from playbook.content import Content
from playbook.export.exports import company_exports
from playbook.export.filling import literacy_roles
from playbook.loading.content import load_content
from playbook.loading.errors import DataErrors
from playbook.loading.yamlsource import SourceFile
from playbook.models.company import CompanyProfile
from playbook.render.company import company_page_path
from playbook.site.generated import DOCUMENTS_UP_TO, generated_pages
from tests.conftest import ROOT, Site, at

TODAY = dt.date(2026, 11, 28)
BUILT = dt.datetime(2026, 11, 28, 12, tzinfo=dt.UTC)
SOFFICE = shutil.which("soffice")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def docx_text(data: bytes) -> str:
    """Every paragraph and table cell of a Word file, read back with python-docx."""
    document = Document(io.BytesIO(data))
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(texts)


def docx_tables(data: bytes) -> list[list[list[str]]]:
    return [[[c.text for c in row.cells] for row in t.rows] for t in Document(io.BytesIO(data)).tables]


@pytest.fixture(scope="module")
def books(content: Content) -> list[CompanyPlaybook]:
    companies = load_companies(ROOT / "examples" / "companies", content, ROOT, TODAY)
    return list(company_playbooks(companies, content, TODAY))


@pytest.fixture(scope="module")
def exports(books: list[CompanyPlaybook], content: Content) -> dict[str, dict[str, bytes]]:
    return {book.company.slug: company_exports(book, content, BUILT, documents=True) for book in books}


def word_files(files: dict[str, bytes]) -> Iterator[tuple[str, bytes]]:
    return ((name, data) for name, data in files.items() if name.endswith(".docx"))


def test_every_company_document_opens_holds_its_data_and_no_placeholder(
    books: list[CompanyPlaybook], exports: dict[str, dict[str, bytes]]
) -> None:
    for book in books:
        files = exports[book.company.slug]
        profile = book.company.profile
        assert len(list(word_files(files))) >= 4
        for name, data in word_files(files):
            text = docx_text(data)
            assert profile.name in text, name
            assert PLACEHOLDER.search(text) is None, (name, PLACEHOLDER.search(text))
            assert (
                Document(io.BytesIO(data)).core_properties.language == {"nl": "nl-NL", "en": "en-GB"}[profile.language]
            )
            markdown = files[name.removesuffix(".docx") + ".md.template"].decode("utf-8")
            assert profile.name in markdown
            assert PLACEHOLDER.search(markdown) is None
        policy = docx_text(files[f"exports/{book.company.slug}-ai-use-policy.docx"])
        assert profile.people.sponsor is not None
        assert profile.people.sponsor in policy
        for item in book.obligations:  # the tools of its use cases, one row each
            assert item.title in policy


def test_the_works_council_letter_is_a_letter(exports: dict[str, dict[str, bytes]]) -> None:
    data = exports["demo-cold-chain"]["exports/demo-cold-chain-works-council-request-uc1.docx"]
    text = docx_text(data)
    for line in (
        "To: works council of Demo Cold Chain Ltd",
        "Date: 28 November 2026",
        "Subject: Request for consent on ‘Route optimisation’",
        "Response requested by: 9 January 2027",  # six weeks (response_weeks) after the date
        "We ask for your consent under Article 27(1)(k) and (l) of the Dutch Works Councils Act (WOR).",
        "Decision of the works council",
        "☐ We consent / advise in favour.",
        "For the works council",
    ):
        assert line in text, line
    assert "Maria Oliveira, for senior management" in text  # the sponsor signs for the board
    dutch = docx_text(exports["fictief-financieel"]["exports/fictief-financieel-works-council-request-uc1.docx"])
    assert "Onderwerp: Verzoek om instemming over ‘Automatische compliancecontrole’" in dutch
    assert "artikel 27, eerste lid, onder k en l, van de Wet op de ondernemingsraden (WOR)" in dutch


def test_one_request_per_use_case_with_a_say_and_one_dpia_outline_per_use_case_with_personal_data(
    books: list[CompanyPlaybook], exports: dict[str, dict[str, bytes]]
) -> None:
    for book in books:
        slug, files = book.company.slug, exports[book.company.slug]
        requests = {n for n in files if n.startswith(f"exports/{slug}-works-council-request-") and n.endswith(".docx")}
        outlines = {n for n in files if n.startswith(f"exports/{slug}-dpia-outline-") and n.endswith(".docx")}
        say = [i for i in book.obligations if i.participation in ("consent", "advice")]
        personal = [i for i in book.obligations if i.kind is not None and i.personal_data]
        assert requests == {f"exports/{slug}-works-council-request-uc{i.number}.docx" for i in say}
        assert outlines == {f"exports/{slug}-dpia-outline-uc{i.number}.docx" for i in personal}
    outline = docx_text(exports["demo-cold-chain"]["exports/demo-cold-chain-dpia-outline-uc1.docx"])
    for heading in (
        "1. Description of the processing (Art. 35(7)(a))",
        "2. Necessity and proportionality (point (b))",
        "3. Risks to the people concerned (point (c))",
        "4. Measures (point (d))",
    ):
        assert heading in outline


def test_the_literacy_record_follows_the_four_steps_with_a_row_per_role(
    books: list[CompanyPlaybook], exports: dict[str, dict[str, bytes]], content: Content
) -> None:
    book = next(b for b in books if b.company.slug == "fictief-financieel")
    data = exports["fictief-financieel"]["exports/fictief-financieel-ai-literacy-record.docx"]
    text = docx_text(data)
    for step in ("Stap 1. In kaart brengen", "Stap 2 en 3. Doelen en acties per rol", "Stap 4. Evalueren"):
        assert step in text
    table = next(t for t in docx_tables(data) if t[0][0] == "Rol")
    assert table[0] == ["Rol", "Wie", "Wat de rol moet weten", "Acties", "Bewijs", "Datum", "Evaluatie"]
    roles = literacy_roles(book, content)
    assert [row[0] for row in table[1 : 1 + len(roles)]] == [role.title.nl for role in roles]
    assert "Alle medewerkers die AI gebruiken" in [row[0] for row in table]
    people = book.company.profile.people
    assert (
        [people.project_manager, people.it_team or "……"]
        == [  # no IT lead named: a blank to fill in
            row[1] for row in table[1:] if row[0] in ("Projectleider", "IT-team")
        ]
    )


def test_the_register_has_one_row_per_use_case_as_workbook_and_csv(
    books: list[CompanyPlaybook], exports: dict[str, dict[str, bytes]]
) -> None:
    for book in books:
        slug, files = book.company.slug, exports[book.company.slug]
        sheet = load_workbook(io.BytesIO(files[f"exports/{slug}-ai-register.xlsx"])).active
        assert sheet is not None
        rows = [[cell or "" for cell in row] for row in sheet.iter_rows(values_only=True)]
        delimiter = ";" if book.company.profile.language == "nl" else ","
        text = files[f"exports/{slug}-ai-register.csv"].decode("utf-8-sig")
        assert list(csv.reader(io.StringIO(text), delimiter=delimiter)) == rows
        assert [row[1] for row in rows[1:]] == [item.title for item in book.obligations]
        assert all(row[2] == book.company.profile.name for row in rows[1:])
    header = load_workbook(io.BytesIO(exports["fictief-financieel"]["exports/fictief-financieel-ai-register.xlsx"]))
    first = [c.value for c in next(header.active.iter_rows(max_row=1))]
    for column in ("Naam", "Status", "Menselijke tussenkomst", "Rol onder de AI-verordening", "DPIA", "Eigenaar"):
        assert column in first


BASE = yaml.safe_load((ROOT / "examples/companies/voorbeeld-techniek.yml").read_text(encoding="utf-8"))


def book_with(content: Content, use_cases: list[Any], **changes: Any) -> CompanyPlaybook:
    data = yaml.safe_load(yaml.safe_dump(BASE))
    data["ai_project"]["use_cases"] = use_cases
    data.update(changes)
    profile = CompanyProfile.model_validate(data)
    return company_playbook(Company("acme", profile, SourceFile(ROOT, "acme.yml", data)), content, TODAY)


def test_a_prohibited_use_case_is_marked_in_the_register_and_gets_no_request(content: Content) -> None:
    book = book_with(
        content,
        [
            {"title": "Stemming meten", "kind": "emotion_recognition_at_work"},
            {"title": "Tickets sorteren", "kind": "document_processing", "personal_data": False},
        ],
    )
    files = company_exports(book, content, BUILT, documents=True)
    workbook = load_workbook(io.BytesIO(files["exports/acme-ai-register.xlsx"]))
    sheet = workbook.active
    assert sheet is not None
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 2
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    risk = header.index("Risicoklasse (AI-verordening)")
    assert rows[0][risk] == "⛔ verboden (artikel 5 AI-verordening): niet in gebruik nemen"
    assert rows[1][risk] == "minimaal risico"
    assert sheet.cell(row=2, column=risk + 1).font.b  # the prohibited row stands out
    assert not sheet.cell(row=3, column=risk + 1).font.b
    assert "exports/acme-works-council-request-uc1.docx" not in files  # not put into use: nothing to ask
    assert "exports/acme-dpia-outline-uc1.docx" not in files
    assert "exports/acme-works-council-request-uc2.docx" in files
    policy = docx_text(files["exports/acme-ai-use-policy.docx"])
    assert "⛔ verboden (artikel 5 AI-verordening): niet in gebruik nemen" in policy


def test_an_unknown_person_is_a_blank_to_fill_in(content: Content) -> None:
    book = book_with(content, [{"title": "Tickets", "kind": "chatbot"}], people={})
    text = docx_text(company_exports(book, content, BUILT, documents=True)["exports/acme-ai-use-policy.docx"])
    assert "Vastgesteld door: ……" in text
    assert PLACEHOLDER.search(text) is None


def test_documents_are_the_same_bytes_for_the_same_data(books: list[CompanyPlaybook], content: Content) -> None:
    first = company_exports(books[0], content, BUILT, documents=True)
    again = company_exports(books[0], content, BUILT, documents=True)
    assert first == again


def test_a_large_portfolio_makes_documents_on_request(
    books: list[CompanyPlaybook], content: Content, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    many = [books[0]] * (DOCUMENTS_UP_TO + 1)
    pages = generated_pages(content, many[:1] + many[1:], "nl", {})
    assert not any(path.endswith(".docx") for path in pages)
    page = str(pages[company_page_path(books[0].company.slug)])
    assert f"`python -m playbook documents {books[0].company.slug}`" in page
    few = generated_pages(content, books, "nl", {})
    assert f"playbook/exports/{books[0].company.slug}-ai-use-policy.docx" in few
    assert main(["documents", "voorbeeld-techniek", "--out", str(tmp_path)]) == 0
    written = sorted(p.name for p in (tmp_path / "voorbeeld-techniek").iterdir())
    assert "voorbeeld-techniek-ai-use-policy.docx" in written
    assert "voorbeeld-techniek-ai-use-policy.md" in written
    assert "voorbeeld-techniek-ai-register.xlsx" in written
    assert capsys.readouterr().out == f"Wrote {len(written)} files to {tmp_path / 'voorbeeld-techniek'}.\n"
    assert main(["documents", "nobody", "--out", str(tmp_path)]) == 1
    assert "'nobody': no company file examples/companies/nobody.yml (companies: " in capsys.readouterr().err


@pytest.mark.skipif(SOFFICE is None, reason="needs LibreOffice (Debian's libreoffice-writer-nogui)")
def test_libreoffice_opens_every_word_file(exports: dict[str, dict[str, bytes]], tmp_path: Path) -> None:
    files = dict(word_files(exports["fictief-financieel"]))
    for name, data in files.items():
        (tmp_path / Path(name).name).write_bytes(data)
    converted = subprocess.run(
        [
            str(SOFFICE),
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "pdf"),
            *sorted(tmp_path.glob("*.docx")),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={"HOME": str(tmp_path)},
        check=False,
    )
    assert converted.returncode == 0, converted.stderr
    pdfs = sorted(path.stem for path in (tmp_path / "pdf").glob("*.pdf"))
    assert pdfs == sorted(Path(name).stem for name in files)
    assert all((tmp_path / "pdf" / f"{stem}.pdf").read_bytes().startswith(b"%PDF") for stem in pdfs)


@pytest.mark.parametrize(("prefix", "language"), [("", "nl"), ("en/", "en")])
def test_the_instruments_page_offers_every_format_and_says_when_and_who(site: Site, prefix: str, language: str) -> None:
    page = at("instrumenten/", prefix)
    soup = site.soup(page)
    cards = soup.select("h2.method-card")
    assert len(cards) == 8
    for card in cards:
        card_id = str(card["id"]).removeprefix("card-")
        facts = card.find_next("ul")
        assert facts is not None
        text = facts.get_text(" ", strip=True)
        assert ("Wanneer in de roadmap" if language == "nl" else "When in the roadmap") in text
        assert ("Wie vult het in" if language == "nl" else "Who fills it in") in text
        assert re.search(r"(maand|month) \d+: ", text)
        formats = {"docx", "md"} | ({"xlsx", "csv"} if card_id == "ai-register" else set())
        links = {str(a["href"]) for a in soup.select(f"a[download][href^='{card_id}.']")}
        assert links == {f"{card_id}.{language}.{fmt}" for fmt in formats}
        folder = site.root / page
        word = docx_text((folder / f"{card_id}.{language}.docx").read_bytes())
        assert card.get_text(strip=True).rstrip("¶") in word
        assert "{" not in word
        assert (folder / f"{card_id}.{language}.md").read_text(encoding="utf-8").startswith("# ")
    grid = docx_tables((site.root / page / f"vendor-checklist.{language}.docx").read_bytes())[0]
    assert grid[0][:3] == (
        ["Criterium", "Gewicht", "Score (1–5)"] if language == "nl" else ["Criterion", "Weight", "Score (1–5)"]
    )
    assert sum(int(row[1]) for row in grid[1:-1]) == 100
    assert grid[-1][0] == ("Totaal (hoogst 500)" if language == "nl" else "Total (at most 500)")
    register = load_workbook(site.root / page / f"ai-register.{language}.xlsx").active
    assert register is not None
    assert register.cell(row=1, column=2).value == ("Naam" if language == "nl" else "Name")


@pytest.mark.parametrize(
    ("prefix", "title"), [("", "Stel het AI-gebruiksbeleid op."), ("en/", "Draw up the AI usage policy.")]
)
def test_the_usage_policy_is_planned_in_month_two(site: Site, prefix: str, title: str) -> None:
    item = site.soup(f"{prefix}roadmap/").select_one("#m02-ai-use-policy")
    assert item is not None
    assert title in item.get_text(" ", strip=True)
    assert item.find_previous(id="month-2") is not None
    assert item.find_previous(id="month-3") is None


def test_company_page_links_its_documents(site: Site) -> None:
    soup = site.soup("en/playbook/demo-cold-chain/")
    links = {a.get_text(strip=True): str(a["href"]) for a in soup.select("#documents ~ details.fold ul a")}
    assert links["Request to the works council: Route optimisation (Word)"] == (
        "../exports/demo-cold-chain-works-council-request-uc1.docx"
    )
    word = (site.root / "en/playbook/exports/demo-cold-chain-works-council-request-uc1.docx").read_bytes()
    assert "Subject: Request for consent on ‘Route optimisation’" in docx_text(word)
    assert (
        (site.root / "playbook/exports/demo-cold-chain-ai-use-policy.md")
        .read_text(encoding="utf-8")
        .startswith("# AI usage policy")
    )


def test_a_misspelt_field_in_a_card_document_names_its_place(project_copy: Path) -> None:
    path = project_copy / "data" / "method-cards.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('Van", en: "From"}, value: {nl: "{sponsor}', 'Van", en: "From"}, value: {nl: "{sponsr}', 1),
        encoding="utf-8",
    )
    with pytest.raises(DataErrors) as caught:
        load_content(project_copy / "data", root=project_copy)
    [error] = caught.value.errors
    assert str(error).startswith("data/method-cards.yml:")
    assert error.key == "cards[4].document[0].fields[1].value.nl"
    assert error.message == "expected a field the documents know, got {sponsr}; did you mean {sponsor}?"
