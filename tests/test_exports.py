"""Exports read back with their own libraries, and byte-identical across builds."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import icalendar
import openpyxl
import pytest

from playbook.exports import COLUMNS
from tests.conftest import Site, run_mkdocs

SLUG = "voorbeeld-techniek"


def export(site: Site, name: str) -> bytes:
    return (site.root / "playbook/exports" / name).read_bytes()


def test_xlsx_holds_a_row_per_activity(site: Site) -> None:
    book = openpyxl.load_workbook(io.BytesIO(export(site, f"{SLUG}-action-plan.xlsx")))
    sheet = book["Action plan"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == COLUMNS
    # header, 48 roadmap activities, one extra activity and the three its use cases' rules add
    assert len(rows) == 1 + 48 + 1 + 3
    added = [row[4] for row in rows if "-uc" in str(row[4])]
    assert added == ["m03-dpia-uc1", "m03-works-council-uc1", "m03-works-council-uc2"]
    assert rows[1] == (
        1,
        "2027-01-04",
        "2027-02-03",
        "1. Foundations",
        "m01-readiness-analysis",
        "Voer een AI-readiness-analyse uit naar technologie, competenties en cultuur.",
        "Bram Jansen",
        "done",
    )
    extra = next(row for row in rows if row[4] == "extra-data-catalogue")
    assert extra[0] == 5
    assert extra[5:] == ("Datacatalogus opzetten", "Pieter Visser", "open")
    assert book.properties.created == dt.datetime(2026, 11, 28, 0, 0)


def test_csv_matches_the_xlsx(site: Site) -> None:
    rows = list(csv.DictReader(io.StringIO(export(site, f"{SLUG}-action-plan.csv").decode("utf-8"))))
    assert len(rows) == 52
    assert rows[1]["activity_id"] == "m01-use-cases"
    assert rows[1]["status"] == "in_progress"
    assert rows[-1]["month"] == "12"
    assert rows[-1]["end"] == "2028-01-03"


def test_ics_has_an_event_per_month(site: Site) -> None:
    calendar = icalendar.Calendar.from_ical(export(site, f"{SLUG}-roadmap.ics"))
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 12
    first, last = events[0], events[-1]
    assert first.decoded("DTSTART") == dt.date(2027, 1, 4)
    assert first.decoded("DTEND") == dt.date(2027, 2, 4)
    assert last.decoded("DTSTART") == dt.date(2027, 12, 4)
    assert first.decoded("DTSTAMP") == dt.datetime(2026, 11, 28, tzinfo=dt.UTC)
    assert str(first["SUMMARY"]).startswith("Voorbeeld Techniek B.V.: 1. ")
    assert "Bram Jansen" in str(first["DESCRIPTION"])


def test_json_holds_the_whole_computed_playbook(site: Site) -> None:
    data = json.loads(export(site, f"{SLUG}-playbook.json"))
    assert sorted(data) == [
        "action_plan",
        "budget",
        "competences",
        "kpis",
        "model_choice",
        "profile",
        "progress_pct",
        "risks",
        "slug",
        "use_cases",
    ]
    assert data["model_choice"]["primary"] == "adkar"
    assert data["model_choice"]["points"] == {"adkar": 3, "kotter": 1, "easier": 2}
    assert [r["amount_eur"] for r in data["budget"]["reserves"]] == [18000, 24000, 30000]
    assert data["profile"]["ai_project"]["start"] == "2027-01-04"
    assert {risk["id"] for risk in data["risks"] if risk["flagged"]} == {
        "missing-competences",
        "legacy-integration",
        "lack-of-resources",
    }


def test_exports_are_linked_from_the_company_page(site: Site) -> None:
    links = [str(a["href"]) for a in site.soup(f"playbook/{SLUG}/").select("#exports ~ ul a")]
    assert links == [
        f"../exports/{SLUG}-action-plan.xlsx",
        f"../exports/{SLUG}-action-plan.csv",
        f"../exports/{SLUG}-roadmap.ics",
        f"../exports/{SLUG}-playbook.json",
    ]


@pytest.mark.parametrize("name", ["action-plan.xlsx", "action-plan.csv", "roadmap.ics", "playbook.json"])
def test_two_builds_give_identical_exports(site: Site, tmp_path: Path, name: str, second_build: Path) -> None:
    assert (second_build / "playbook/exports" / f"{SLUG}-{name}").read_bytes() == export(site, f"{SLUG}-{name}")


def test_xlsx_zip_entries_carry_the_build_date(site: Site) -> None:
    with zipfile.ZipFile(io.BytesIO(export(site, f"{SLUG}-action-plan.xlsx"))) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2026, 11, 28, 0, 0, 0)}


@pytest.fixture(scope="module")
def second_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import ROOT

    site_dir = tmp_path_factory.mktemp("second")
    result = run_mkdocs(ROOT, site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir


def test_two_builds_are_byte_identical(site: Site, second_build: Path) -> None:
    first = {path.relative_to(site.root): path.read_bytes() for path in site.root.rglob("*") if path.is_file()}
    second = {path.relative_to(second_build): path.read_bytes() for path in second_build.rglob("*") if path.is_file()}
    assert sorted(first) == sorted(second)
    assert [name for name, data in first.items() if second[name] != data] == []
