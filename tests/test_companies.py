"""Company files: the contract's errors, escaping of every company text, a fork's public and internal builds."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from playbook import Content, DataErrors
from playbook.cli import main
from playbook.company.playbooks import load_companies
from playbook.models.measurement import Answer
from tests.conftest import ROOT, copy_project, run_mkdocs

EXAMPLE = ROOT / "examples/companies/voorbeeld-techniek.yml"


def company_errors(folder: Path, content: Content) -> list[str]:
    with pytest.raises(DataErrors) as caught:
        load_companies(folder, content, folder.parent.parent)
    return [str(error) for error in caught.value.errors]


def write_company(folder: Path, slug: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{slug}.yml"
    path.write_text(text, encoding="utf-8")
    return path


def example_with(**changes: object) -> str:
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data.update(changes)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EXAMPLE.read_text(encoding="utf-8").replace("schema_version: 1", "schema_version: 2"),
            "data/companies/acme.yml:4:17: schema_version: expected schema_version 1, got 2: the file is newer "
            "than this playbook; merge the latest upstream version of the playbook",
        ),
        (
            EXAMPLE.read_text(encoding="utf-8").replace("schema_version: 1", "schema_version: 0"),
            "data/companies/acme.yml:4:17: schema_version: expected schema_version 1, got 0: upgrade the file to "
            "version 1 as described in CHANGELOG.md",
        ),
        (
            EXAMPLE.read_text(encoding="utf-8").replace("it_team_size: 7", "it_team_size: 121"),
            "data/companies/acme.yml:7:15: it_team_size: expected at most employees (120), got 121",
        ),
        (
            EXAMPLE.read_text(encoding="utf-8").replace("sector: machinebouw", "sector: machinebouw\ncolour: blue"),
            "data/companies/acme.yml:9:1: colour: unknown key; expected one of: activities, ai_project, "
            "change_budget_eur, competences, employees, it_team_size, language, name, people, progress, publish, "
            "schema_version, sector, site_url",
        ),
        (
            EXAMPLE.read_text(encoding="utf-8").replace("scope: team", "scope: everyone"),
            "data/companies/acme.yml:14:10: ai_project.scope: expected one of 'team', 'organisation' or "
            "'incremental', got the text 'everyone'",
        ),
        (
            EXAMPLE.read_text(encoding="utf-8").replace("m04-pilot-team: {owner", "m04-pilot-crew: {owner"),
            "data/companies/acme.yml:45:3: activities.m04-pilot-crew: expected a roadmap activity id, "
            "got 'm04-pilot-crew'; did you mean 'm04-pilot-team'?",
        ),
        (
            EXAMPLE.read_text(encoding="utf-8").replace("{month: 5, title: Datacatalogus opzetten, ", "{"),
            "data/companies/acme.yml:46:25: activities.extra-data-catalogue.month: expected a value for an "
            "extra activity, got nothing",
        ),
        (
            EXAMPLE.read_text(encoding="utf-8").replace("m01-use-cases: in_progress", "m01-use-cases: started"),
            "data/companies/acme.yml:43:18: progress.m01-use-cases: expected one of 'done', 'in_progress' or "
            "'skipped', got the text 'started'",
        ),
        (
            EXAMPLE.read_text(encoding="utf-8").replace("start: 2027-01-04", "start: 4 januari 2027"),
            "data/companies/acme.yml:13:10: ai_project.start: expected a date (YYYY-MM-DD), got the text "
            "'4 januari 2027'",
        ),
    ],
    ids=[
        "newer",
        "older",
        "team-too-big",
        "unknown-key",
        "bad-scope",
        "unknown-activity",
        "extra-incomplete",
        "bad-status",
        "bad-date",
    ],
)
def test_company_errors(tmp_path: Path, content: Content, text: str, expected: str) -> None:
    folder = tmp_path / "data/companies"
    write_company(folder, "acme", text)
    assert expected in company_errors(folder, content)


def test_bad_file_names_and_anchors(tmp_path: Path, content: Content) -> None:
    folder = tmp_path / "data/companies"
    write_company(folder, "Acme_BV", EXAMPLE.read_text(encoding="utf-8"))
    write_company(folder, "anchored", "x: &a 1\ny: *a\n")
    assert company_errors(folder, content) == [
        "data/companies/Acme_BV.yml:1:1: (file): expected a file name of 2-40 characters a-z, 0-9 and '-' "
        "(not 'index'), got 'Acme_BV.yml'; rename it to acme-bv.yml",
        "data/companies/anchored.yml:1:4: (file): expected plain YAML without anchors, got anchor '&a'",
        "data/companies/anchored.yml:2:4: (file): expected plain YAML without anchors, got alias '*a'",
    ]


def test_new_writes_a_starter_file_that_validates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(ROOT / "data", tmp_path / "data", ignore=shutil.ignore_patterns("companies"))
    data = str(tmp_path / "data")
    assert main(["new", "acme-bv", "--name", 'Acme "B.V." <b>', "--data", data]) == 0
    text = (tmp_path / "data/companies/acme-bv.yml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../schemas/company.schema.json\n")
    assert "\npublish: false  # privé tot u besluit: zet true om dit bedrijf te publiceren\n" in text
    assert "# Invulhulp (teksten zijn gewone tekst" in text  # Dutch, as organization.yml sets no other language
    capsys.readouterr()
    assert main(["validate", "--data", data]) == 0
    assert capsys.readouterr().out.endswith(
        ", 1 company.\nPublic (in every deploy): none\nPrivate (local builds and client sites only): acme-bv\n"
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PLAYBOOK_LANG", "nl")
        assert main(["validate", "--data", data]) == 0
    assert capsys.readouterr().out.endswith(
        ", 1 bedrijf.\nOpenbaar (in elke publicatie): geen\nPrivé (alleen in lokale builds en klantsites): acme-bv\n"
    )
    assert main(["new", "acme-bv", "--name", "X", "--data", data]) == 1
    assert capsys.readouterr().err == "data/companies/acme-bv.yml: already exists; nothing written\n"


HOSTILE = {
    "name": "<script>alert(1)</script> {{ 7*7 }} [x](javascript:alert(1)) | *bold* {% raw %}",
    "sector": "<img src=x onerror=alert(1)> & co | pipes",
}


def test_an_invalid_company_stops_the_build_and_keeps_the_site(project_copy: Path, tmp_path: Path) -> None:
    write_company(project_copy / "data/companies", "broken", example_with(employees="many"))
    site_dir = tmp_path / "out"
    site_dir.mkdir()
    (site_dir / "index.html").write_text("previous build", encoding="utf-8")
    result = run_mkdocs(project_copy, site_dir)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "ERROR   -  playbook: data/companies/broken.yml:3:12: employees: expected a whole number, got the text 'many'",
        "ERROR   -  1 data error; nothing was built.",
    ]
    assert (site_dir / "index.html").read_text(encoding="utf-8") == "previous build"


SYNTHETIC = ("alpha-co", "beta-co", "gamma-co")


@pytest.fixture(scope="module")
def fork_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A fork with a hostile company, three plain ones and an unpublished one: its public and internal builds."""
    project = tmp_path_factory.mktemp("fork")
    copy_project(project)
    folder = project / "data/companies"
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data.update(HOSTILE)
    data["people"]["sponsor"] = "<b>Boss</b> | {{ x }}"
    data["activities"]["extra-data-catalogue"]["title"] = "**Data** <i>catalogue</i> `code`"
    write_company(folder, "hostile", yaml.safe_dump(data, allow_unicode=True))
    for slug in SYNTHETIC:
        write_company(folder, slug, example_with(name=slug.replace("-", " ").title()))
    write_company(folder, "secret-co", example_with(name="Secret Co", publish=False))
    public, internal = project / "public", project / "internal"
    built = run_mkdocs(project, public, PLAYBOOK_PUBLIC="1")
    assert built.returncode == 0, built.stderr
    built = run_mkdocs(project, internal, PLAYBOOK_PUBLIC="")
    assert built.returncode == 0, built.stderr
    return public, internal


def test_every_company_text_is_shown_as_written(fork_builds: tuple[Path, Path]) -> None:
    site_dir, _ = fork_builds
    for page in ("playbook/hostile/index.html", "playbook/index.html"):
        html = (site_dir / page).read_text(encoding="utf-8")
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert 'href="javascript:' not in html
        assert "<b>Boss" not in html
        assert "<i>catalogue" not in html
        text = BeautifulSoup(html, "html.parser").get_text()
        assert HOSTILE["name"] in text
        assert "49" not in BeautifulSoup(html, "html.parser").select_one("h1").get_text()  # type: ignore[union-attr]
    soup = BeautifulSoup((site_dir / "playbook/hostile/index.html").read_text(encoding="utf-8"), "html.parser")
    assert soup.title is not None
    assert HOSTILE["name"] in soup.title.get_text()
    assert HOSTILE["sector"] in soup.get_text()
    assert "<b>Boss</b> | {{ x }}" in soup.get_text()
    assert "**Data** <i>catalogue</i> `code`" in soup.get_text()


def test_a_few_companies_build_and_appear_on_the_index(fork_builds: tuple[Path, Path]) -> None:
    """Four published companies (the hostile one and three plain ones): a page each and a row each on the
    index, and none of them in the sidebar."""
    site_dir, _ = fork_builds
    index_page = BeautifulSoup((site_dir / "playbook/index.html").read_text(encoding="utf-8"), "html.parser")
    rows = index_page.select("#company-list tbody tr")
    assert len(rows) == 4
    names = {row.select_one("td a").get_text() for row in rows}  # type: ignore[union-attr]
    assert names == {"Alpha Co", "Beta Co", "Gamma Co", HOSTILE["name"]}
    for slug in SYNTHETIC:
        page = BeautifulSoup((site_dir / f"playbook/{slug}/index.html").read_text(encoding="utf-8"), "html.parser")
        assert slug.replace("-", " ").title() in page.select_one("h1").get_text()  # type: ignore[union-attr]
    assert len(index_page.select("#portfolio-companies tbody tr")) == 4
    sidebar = BeautifulSoup((site_dir / "index.html").read_text(encoding="utf-8"), "html.parser").select("nav")
    assert not any("Alpha Co" in nav.get_text() for nav in sidebar)


def test_public_builds_leave_out_unpublished_companies(fork_builds: tuple[Path, Path]) -> None:
    public, internal = fork_builds
    assert (public / "playbook/alpha-co/index.html").exists()
    assert not (public / "playbook/secret-co/index.html").exists()
    assert "Secret Co" not in (public / "playbook/index.html").read_text(encoding="utf-8")
    assert "Secret Co" not in (public / "search/search_index.json").read_text(encoding="utf-8")
    assert (internal / "playbook/secret-co/index.html").exists()
    assert not (internal / "playbook/voorbeeld-techniek/index.html").exists()


@pytest.mark.parametrize(
    ("csv_text", "expected"),
    [
        (
            "date,kpi,value\n2026-02-30,usage_rate,4\n",
            "data/companies/acme.kpis.csv:2:1: date: 2026-02-30: there is no 30 February in 2026",
        ),
        (
            "date,kpi,value\n2026-02-03,usage,4\n",
            "data/companies/acme.kpis.csv:2:12: kpi: expected a KPI id, got 'usage'; did you mean 'usage_rate'?",
        ),
        (
            "date,kpi,value\n2026-02-03,usage_rate,many\n",
            "data/companies/acme.kpis.csv:2:23: value: expected a number, got 'many'",
        ),
        (
            "date,kpi,value\n2026-02-03,usage_rate,nan\n",
            "data/companies/acme.kpis.csv:2:23: value: expected a number, got 'nan'",
        ),
        (
            "day,kpi,value\n",
            "data/companies/acme.kpis.csv:1:1: (header): expected the header 'date,kpi,value' (any case; commas or "
            "semicolons), got 'day,kpi,value'",
        ),
        (
            "date,kpi,value\n2026-02-03,usage_rate\n",
            "data/companies/acme.kpis.csv:2:1: (row): expected 3 values (date,kpi,value), got 2",
        ),
    ],
    ids=["impossible-date", "unknown-kpi", "not-a-number", "nan", "bad-header", "short-row"],
)
def test_kpi_file_errors_name_the_csv(tmp_path: Path, content: Content, csv_text: str, expected: str) -> None:
    folder = tmp_path / "data/companies"
    write_company(folder, "acme", EXAMPLE.read_text(encoding="utf-8"))
    (folder / "acme.kpis.csv").write_text(csv_text, encoding="utf-8")
    assert company_errors(folder, content) == [expected]


def test_kpi_file_with_a_byte_order_mark_is_valid(tmp_path: Path, content: Content) -> None:
    folder = tmp_path / "data/companies"
    write_company(folder, "acme", EXAMPLE.read_text(encoding="utf-8"))
    (folder / "acme.kpis.csv").write_bytes("\ufeffdate,kpi,value\n2026-02-03,usage_rate,4.5\n".encode())
    (company,) = load_companies(folder, content, tmp_path)
    assert [(m.kpi, m.value) for m in company.measurements] == [("usage_rate", 4.5)]


def test_a_kpi_file_without_its_company_is_an_error(tmp_path: Path, content: Content) -> None:
    folder = tmp_path / "data/companies"
    write_company(folder, "acme", EXAMPLE.read_text(encoding="utf-8"))
    (folder / "acmee.kpis.csv").write_text("date,kpi,value\n", encoding="utf-8")
    assert company_errors(folder, content) == [
        "data/companies/acmee.kpis.csv:1:1: (file): expected a company file beside it, got none"
    ]


SURVEY_HEADER = "date,respondent,element,score\n"


@pytest.mark.parametrize(
    ("csv_text", "expected"),
    [
        (
            SURVEY_HEADER + "2026-10-30,r01,trust,4\n",
            "data/companies/acme.survey.csv:2:16: element: expected one of awareness, desire, knowledge, ability, reinforcement (or the Dutch name), got 'trust'",
        ),
        (
            SURVEY_HEADER + "2026-10-30,r01,desire,6\n",
            "data/companies/acme.survey.csv:2:23: score: expected a whole number from 1 to 5, got '6'",
        ),
        (
            SURVEY_HEADER + "2026-10-30,r01,desire,3.5\n",
            "data/companies/acme.survey.csv:2:23: score: expected a whole number from 1 to 5, got '3.5'",
        ),
        (
            SURVEY_HEADER + "2099-01-01,r01,desire,3\n",
            "data/companies/acme.survey.csv:2:1: date: expected a date up to 2026-11-28, got '2099-01-01'",
        ),
        (
            SURVEY_HEADER + "2026-02-30,r01,desire,3\n",
            "data/companies/acme.survey.csv:2:1: date: 2026-02-30: there is no 30 February in 2026",
        ),
        (
            SURVEY_HEADER + "2026-10-30,,desire,3\n",
            "data/companies/acme.survey.csv:2:12: respondent: expected an anonymous respondent id, got nothing",
        ),
        (
            SURVEY_HEADER + "2026-10-30,r01,desire\n",
            "data/companies/acme.survey.csv:2:1: (row): expected 4 values (date,respondent,element,score), got 3",
        ),
        (
            "date,who,element,score\n",
            "data/companies/acme.survey.csv:1:1: (header): expected 'date,respondent,element,score', or a column per "
            "statement of data/adkar-survey.yml as Microsoft Forms, Google Forms or Excel export them, got "
            "'date,who,element,score'",
        ),
    ],
    ids=[
        "unknown-element",
        "score-above-5",
        "score-not-whole",
        "future-date",
        "impossible-date",
        "no-respondent",
        "short-row",
        "bad-header",
    ],
)
def test_survey_file_errors_name_the_csv(tmp_path: Path, content: Content, csv_text: str, expected: str) -> None:
    folder = tmp_path / "data/companies"
    write_company(folder, "acme", EXAMPLE.read_text(encoding="utf-8"))
    (folder / "acme.survey.csv").write_text(csv_text, encoding="utf-8")
    with pytest.raises(DataErrors) as caught:
        load_companies(folder, content, tmp_path, dt.date(2026, 11, 28))
    assert [str(error) for error in caught.value.errors] == [expected]


def test_survey_answers_are_read_with_the_element_in_any_case(tmp_path: Path, content: Content) -> None:
    folder = tmp_path / "data/companies"
    write_company(folder, "acme", EXAMPLE.read_text(encoding="utf-8"))
    (folder / "acme.survey.csv").write_text(
        "Date,Respondent,Element,Score\n2026-10-30,r01,Desire,2\n", encoding="utf-8"
    )
    (company,) = load_companies(folder, content, tmp_path, dt.date(2026, 11, 28))
    assert company.answers == (Answer(dt.date(2026, 10, 30), "r01", "desire", 2),)


def test_a_survey_file_without_its_company_is_an_error(tmp_path: Path, content: Content) -> None:
    folder = tmp_path / "data/companies"
    write_company(folder, "acme", EXAMPLE.read_text(encoding="utf-8"))
    (folder / "acmee.survey.csv").write_text(SURVEY_HEADER, encoding="utf-8")
    assert company_errors(folder, content) == [
        "data/companies/acmee.survey.csv:1:1: (file): expected a company file beside it, got none"
    ]
