"""Exports read back with their own libraries, and byte-identical across builds."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
import json
import subprocess
import sys
from pathlib import Path

import icalendar
import jsonschema
import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from playbook.company.company import EXPORT_SCHEMA_VERSION, CompanyPlaybook
from playbook.company.record import exported_fields
from playbook.export.exports import neutralise
from playbook.export.ics import fold as _fold
from playbook.schemas import EXPORT_SCHEMA
from playbook.site.data import load_site_data
from playbook.site.generated import fill_exports
from tests.conftest import ROOT, Site, run_mkdocs

SLUG = "voorbeeld-techniek"


def export(site: Site, name: str) -> bytes:
    return (site.root / "playbook/exports" / name).read_bytes()


def workbook(site: Site, slug: str) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(export(site, f"{slug}-action-plan.xlsx")))


def page_items(site: Site, slug: str, root: str = "") -> dict[str, str]:
    """Activity id -> its title as the company page shows it."""
    soup = site.soup(f"{root}playbook/{slug}/")
    boxes = soup.select("ul.checklist input[data-activity]")
    return {str(box["data-activity"]): box.find_next_sibling("label").get_text() for box in boxes}  # type: ignore[union-attr]


def test_dutch_xlsx_speaks_dutch_with_real_dates(site: Site) -> None:
    book = workbook(site, SLUG)
    assert book.sheetnames == ["Actieplan", "Budget", "Open risico's"]
    sheet = book["Actieplan"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Maand", "Start", "Einde", "Fase", "Activiteit", "Eigenaar", "Rol", "Status")
    # header, 49 roadmap activities, one extra activity and the three its use cases' rules add (its two use
    # cases are of minimal risk: no dated AI Act duty)
    assert len(rows) == 1 + 49 + 1 + 3
    assert rows[1] == (
        1,
        dt.datetime(2027, 1, 4),
        dt.datetime(2027, 2, 3),
        "1. Fundament",
        "Meet hoe klaar het bedrijf is voor AI: techniek, kennis en cultuur.",
        "Bram Jansen",
        "Projectleider AI-transformatie",
        "gedaan",
    )
    assert rows[2][5:] == ("niet toegewezen", "Afdelingshoofden", "bezig")
    assert sheet["B2"].is_date
    assert sheet["B2"].number_format == "d-m-yyyy"
    extra = next(row for row in rows if row[4] == "Datacatalogus opzetten")
    assert (extra[0], extra[5], extra[6], extra[7]) == (3, "Pieter Visser", None, "open")  # roadmap month 5 of 12
    last = next(
        row for row in rows if row[4] == "Herzie de verandermanagementstrategie en stem haar af op de volgende fase."
    )
    assert last[:3] == (6, dt.datetime(2027, 6, 4), dt.datetime(2027, 7, 3))  # six months: the last in month 6
    assert max(int(str(row[0])) for row in rows[1:]) == 6
    assert sheet.auto_filter.ref == "A1:H54"  # 49 roadmap, 1 extra and 3 activities its use cases add
    assert sheet.freeze_panes == "A2"
    assert sheet.data_validations.dataValidation[0].formula1 == '"open,bezig,gedaan,overgeslagen,achterstallig"'
    assert book.properties.created == dt.datetime(2026, 11, 28, 0, 0)


def test_overdue_activities_say_so_in_the_xlsx(site: Site) -> None:
    rows = list(workbook(site, "fictief-financieel").worksheets[0].iter_rows(values_only=True))[1:]
    overdue = {row[4] for row in rows if row[7] == "achterstallig"}
    on_page = site.soup("playbook/fictief-financieel/").select("li.overdue label")
    assert overdue == {label.get_text() for label in on_page}
    # its six-month plan ended on 1 September 2026: 33 roadmap activities and the 6 its use cases add (DPIA,
    # works council), all that is neither done nor skipped
    assert len(overdue) == 39


def test_english_xlsx_speaks_english_with_the_budget(site: Site) -> None:
    book = workbook(site, "demo-cold-chain")
    assert book.sheetnames == ["Action plan", "Budget", "Open risks"]
    rows = list(book["Action plan"].iter_rows(values_only=True))
    assert rows[0] == ("Month", "Start", "End", "Phase", "Activity", "Owner", "Role", "Status")
    assert rows[1][5:] == ("unassigned", "AI transformation lead", "open")
    budget = [row for row in book["Budget"].iter_rows(values_only=True) if any(row)]
    assert ("AI project budget", 200000, None, None) in budget
    assert [row[:2] for row in budget if row[0] in (15, 20, 25)] == [(15, 30000), (20, 40000), (25, 50000)]
    assert budget[-4][0] == "Education and training"
    # a share shows as a whole per cent in the page's notation: '15%' in English, '15 %' in Dutch
    shares = [row[0] for row in book["Budget"].iter_rows() if row[0].value in (15, 20, 25)]
    assert {cell.number_format for cell in shares} == {'0"%"'}
    dutch = workbook(site, "voorbeeld-techniek")
    assert {row[0].number_format for row in dutch["Budget"].iter_rows() if row[0].value in (15, 20, 25)} == {'0" %"'}


@pytest.mark.parametrize(
    ("slug", "delimiter", "header", "lines"),
    [
        (SLUG, ";", ["Maand", "Start", "Einde", "Fase", "Activiteit", "Eigenaar", "Rol", "Status"], 54),
        # and the date from which its high-risk use case's AI Act duties apply
        ("demo-cold-chain", ",", ["Month", "Start", "End", "Phase", "Activity", "Owner", "Role", "Status"], 55),
    ],
)
def test_csv_opens_right_in_the_company_language(
    site: Site, slug: str, delimiter: str, header: list[str], lines: int
) -> None:
    data = export(site, f"{slug}-action-plan.csv")
    assert data.startswith(codecs.BOM_UTF8)
    text = data.decode("utf-8-sig")
    # the header, 49 roadmap activities and what each adds: an extra (voorbeeld) or its use cases' duties
    assert text.count("\r\n") == text.count("\n") == lines
    dialect = csv.Sniffer().sniff(text[:4096], delimiters=";,")
    assert dialect.delimiter == delimiter
    rows = list(csv.reader(io.StringIO(text, newline=""), dialect))
    assert rows[0] == header
    assert rows[1][:3] == ["1", rows[1][1], rows[1][2]]
    assert dt.date.fromisoformat(rows[1][1])
    assert len({len(row) for row in rows}) == 1


def test_dutch_csv_keeps_dutch_letters(site: Site) -> None:
    text = export(site, f"{SLUG}-action-plan.csv").decode("utf-8-sig")
    assert "AI-technologieën" in text  # Dutch letters kept
    assert "Afdelingshoofden" in text
    assert "Meet hoe klaar het bedrijf is voor AI: techniek, kennis en cultuur." in text


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("x")', '\'=HYPERLINK("x")'),
        ("+31 6 1234", "'+31 6 1234"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"),
        ("\rReturn", "'\rReturn"),
        ("Jan = Piet", "Jan = Piet"),
        ("technologieën", "technologieën"),
    ],
)
def test_csv_cells_that_would_be_formulas_are_neutralised(cell: str, written: str) -> None:
    assert neutralise(cell) == written


def test_ics_has_an_event_per_activity(site: Site) -> None:
    calendar = icalendar.Calendar.from_ical(export(site, f"{SLUG}-roadmap.ics"))
    assert str(calendar["X-WR-CALNAME"]) == "AI-roadmap Voorbeeld Techniek B.V."
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 53  # 49 roadmap, 1 extra and 3 added by its use cases
    titles = page_items(site, SLUG)
    assert [str(event["SUMMARY"]) for event in events] == list(titles.values())
    uids = [str(event["UID"]) for event in events]
    assert len(set(uids)) == 53
    assert uids[0] == f"{SLUG}-m01-readiness-analysis@playbook"
    first = events[0]
    assert first.decoded("DTSTART") == dt.date(2027, 1, 4)  # a Monday: the whole first working week
    assert first.decoded("DTEND") == dt.date(2027, 1, 9)
    assert first.decoded("DTSTAMP") == dt.datetime(2026, 11, 28, tzinfo=dt.UTC)
    assert int(str(first["SEQUENCE"])) == (dt.date(2026, 11, 28) - dt.date(2020, 1, 1)).days
    assert str(first["DESCRIPTION"]).splitlines()[:2] == [
        "Eigenaar: Bram Jansen",
        "Rol: Projectleider AI-transformatie",
    ]
    # mkdocs.yml's site_url is a placeholder (example.org): the calendar links nowhere rather than there
    assert "URL" not in first
    assert site.soup(f"playbook/{SLUG}/").find(id=f"{SLUG}-m01-readiness-analysis-item") is not None
    assert "Rol: Afdelingshoofden" in str(events[1]["DESCRIPTION"])
    assert "(-)" not in export(site, f"{SLUG}-roadmap.ics").decode("utf-8")


def test_english_ics_events_sit_in_the_first_working_week(site: Site) -> None:
    calendar = icalendar.Calendar.from_ical(export(site, "demo-cold-chain-roadmap.ics"))
    assert str(calendar["X-WR-CALNAME"]) == "AI roadmap Demo Cold Chain Ltd"
    events = list(calendar.walk("VEVENT"))
    assert len(events) >= 49
    assert [str(e["SUMMARY"]) for e in events] == list(page_items(site, "demo-cold-chain", "en/").values())
    for event in events:
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        if "-applies-" in str(event["UID"]):  # a legal date is the day the law names, weekend or not
            assert end - start == dt.timedelta(days=1)
            continue
        assert start.weekday() < 5
        assert start.day <= 3 + 28
        assert (end - start).days <= 5
    assert str(events[0]["DESCRIPTION"]).startswith("Role: AI transformation lead")


def test_no_export_names_the_placeholder_host(site: Site) -> None:
    exports = sorted((site.root / "playbook/exports").iterdir())
    assert len(exports) >= 12  # four per example company
    assert [path.name for path in exports if b"example.org" in path.read_bytes()] == []


@pytest.mark.parametrize(
    ("site_url", "expected"),
    [
        (
            "https://ai.acme.nl/playbook/",
            "https://ai.acme.nl/playbook/en/playbook/demo-cold-chain/#demo-cold-chain-m01-readiness-analysis-item",
        ),
        ("https://example.org/playbook/", None),
        ("", None),
    ],
)
def test_calendar_links_only_to_a_real_site_url(site_url: str, expected: str | None) -> None:
    data = load_site_data(ROOT)
    exports: dict[str, dict[str, bytes]] = {}
    fill_exports(data.content, data.books, exports, site_url, "nl")
    calendar = icalendar.Calendar.from_ical(exports["demo-cold-chain"]["exports/demo-cold-chain-roadmap.ics"])
    first = next(iter(calendar.walk("VEVENT")))
    assert (str(first["URL"]) if "URL" in first else None) == expected


def test_json_holds_the_whole_computed_playbook(site: Site) -> None:
    data = json.loads(export(site, f"{SLUG}-playbook.json"))
    assert set(data) == {"schema_version", *exported_fields(CompanyPlaybook)}
    assert data["schema_version"] == EXPORT_SCHEMA_VERSION
    assert data["company"]["slug"] == SLUG
    assert data["choice"]["primary"] == "adkar"
    assert data["choice"]["points"] == {"adkar": 3, "kotter": 1, "easier": 2}
    assert [r["amount"] for r in data["budget"]["reserves"]] == [18000, 24000, 30000]
    assert data["company"]["profile"]["ai_project"]["start"] == "2027-01-04"
    assert {flag["risk"] for flag in data["risks"] if flag["flagged"]} == {
        "missing-competences",
        "legacy-integration",
        "lack-of-resources",
    }
    assert data["open_risks"] == 3


@pytest.mark.parametrize("slug", ["voorbeeld-techniek", "fictief-financieel", "demo-cold-chain"])
def test_the_json_export_of_each_example_meets_its_schema(site: Site, slug: str) -> None:
    schema = json.loads((ROOT / "schemas" / EXPORT_SCHEMA).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    problems = [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator.iter_errors(json.loads(export(site, f"{slug}-playbook.json")))
    ]
    assert problems == []


def test_check_jsonschema_accepts_every_json_export_of_the_site(site: Site) -> None:
    """As a program's CI would check what it reads: the published schema file against the published exports."""
    exports = sorted(str(path) for path in (site.root / "playbook/exports").glob("*-playbook.json"))
    assert len(exports) == 3
    schema = str(ROOT / "schemas" / EXPORT_SCHEMA)
    done = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", schema, *exports],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_exports_are_linked_from_the_company_page(site: Site) -> None:
    links = [str(a["href"]) for a in site.soup(f"playbook/{SLUG}/").select("#exports ~ ul a")]
    assert links == [
        f"../exports/{SLUG}-action-plan.xlsx",
        f"../exports/{SLUG}-action-plan.csv",
        f"../exports/{SLUG}-roadmap.ics",
        f"../exports/{SLUG}-playbook.json",
        f"../exports/{SLUG}-ai-register.xlsx",
        f"../exports/{SLUG}-ai-register.csv",
        "summary/",
    ]


@pytest.mark.parametrize(
    "name",
    [
        "action-plan.xlsx",
        "action-plan.csv",
        "roadmap.ics",
        "playbook.json",
        "ai-register.xlsx",
        "ai-register.csv",
        "ai-use-policy.docx",
        "works-council-request-uc1.docx",
    ],
)
def test_two_builds_give_identical_exports(site: Site, tmp_path: Path, name: str, second_build: Path) -> None:
    assert (second_build / "playbook/exports" / f"{SLUG}-{name}").read_bytes() == export(site, f"{SLUG}-{name}")


@pytest.fixture(scope="module")
def second_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site_dir = tmp_path_factory.mktemp("second")
    result = run_mkdocs(ROOT, site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir


def test_two_builds_are_byte_identical(site: Site, second_build: Path) -> None:
    """Every file of a second build, exports included, equals the first byte for byte."""
    first = {path.relative_to(site.root): path.read_bytes() for path in site.root.rglob("*") if path.is_file()}
    second = {path.relative_to(second_build): path.read_bytes() for path in second_build.rglob("*") if path.is_file()}
    assert sorted(first) == sorted(second)
    assert [name for name, data in first.items() if second[name] != data] == []


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("x" * 75, ["x" * 75]),  # fits: not folded
        ("x" * 76, ["x" * 75, " x"]),
        ("x" * 74 + "é", ["x" * 74, " é"]),  # é is 2 octets: 74 + 2 > 75, so it moves to the next line
        ("x" * 73 + "€" + "y", ["x" * 73, " €y"]),  # € is 3 octets
        ("x" * 75 + "y" * 74 + "z", ["x" * 75, " " + "y" * 74, " z"]),  # continuation lines carry 74 after the space
    ],
)
def test_fold_at_75_octets(line: str, parts: list[str]) -> None:
    assert _fold(line).split("\r\n") == parts


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\r\n"), max_size=400))
def test_folded_lines_fit_and_unfold_to_the_text(line: str) -> None:
    """RFC 5545: no physical line over 75 octets; removing each CRLF and the space after it restores the
    line; every piece is whole UTF-8 (no character split across lines), and none but the last is short of
    what fits by a whole character."""
    folded = _fold(line)
    physical = folded.split("\r\n")
    assert all(len(piece.encode("utf-8")) <= 75 for piece in physical)
    assert all(piece.startswith(" ") for piece in physical[1:])
    assert folded.replace("\r\n ", "") == line
    for piece, following in itertools.pairwise(physical):
        assert len(piece.encode("utf-8")) + len(following[1].encode("utf-8")) > 75
