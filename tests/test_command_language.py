"""The command line's own messages (schemas, clients, unpublish, progress import, documents) in both languages:
PLAYBOOK_LANG, else organization.yml's default_language (Dutch when it names none)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from deploy import cli as deploy_cli
from deploy.site import Deploy, announce_site_url
from playbook.cli import build_parser
from playbook.loading.commandline import HELP_NL, help_texts
from playbook.loading.language import translate
from playbook.publishing.branch import leftover_report
from tests.conftest import ROOT, CliResult
from tests.test_companies import example_with, write_company
from tests.test_unpublish import branch  # noqa: F401 - the fixture

LANGUAGES = ["en", "nl"]


@pytest.fixture
def speak(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Choose the language of the messages through PLAYBOOK_LANG."""
    return lambda language: monkeypatch.setenv("PLAYBOOK_LANG", language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_schemas_say_which_are_stale_and_how_many_were_written(
    cli: Callable[..., CliResult], speak: Callable[[str], None], tmp_path: Path, language: str
) -> None:
    speak(language)
    out = tmp_path / "schemas"
    shutil.copytree(ROOT / "schemas", out)
    (out / "faq.schema.json").write_text("{}\n", encoding="utf-8")
    stale = cli("schemas", "--check", "--out", str(out))
    assert stale.returncode == 1
    assert (
        stale.stderr
        == {
            "en": f"{out / 'faq.schema.json'}: out of date; run `make schemas`\n",
            "nl": f"{out / 'faq.schema.json'}: verouderd; draai `make schemas`\n",
        }[language]
    )
    written = cli("schemas", "--out", str(out))
    assert written.returncode == 0
    assert (
        written.stdout == {"en": f"1 schema written to {out}.\n", "nl": f"1 schema geschreven naar {out}.\n"}[language]
    )
    (out / "faq.schema.json").unlink()
    (out / "ui.schema.json").unlink()
    assert (
        cli("schemas", "--out", str(out)).stdout
        == {
            "en": f"2 schemas written to {out}.\n",
            "nl": f"2 schema's geschreven naar {out}.\n",
        }[language]
    )


@pytest.mark.parametrize(
    ("language", "line"),
    [("en", "open-co\tgh-pages-open-co\t(relative links)"), ("nl", "open-co\tgh-pages-open-co\t(relatieve links)")],
)
def test_clients_name_a_site_without_address_in_the_language_chosen(
    cli: Callable[..., CliResult], speak: Callable[[str], None], project_copy: Path, language: str, line: str
) -> None:
    speak(language)
    company = yaml.safe_load(example_with(name="Open"))
    company.pop("site_url", None)
    write_company(project_copy / "data/companies", "open-co", yaml.safe_dump(company, allow_unicode=True))
    result = cli("clients", "--data", str(project_copy / "data"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == line + "\n"


UNPUBLISHED = {
    "en": (
        "Removed acme (Acme & Zonen B.V.) from every version of gh-pages: 2 files removed, 1 file edited, in commit "
        "{commit}; push it with make unpublish … PUSH=1 or git push\n"
    ),
    "nl": (
        "acme (Acme & Zonen B.V.) weggehaald uit elke versie van gh-pages: 2 bestanden verwijderd, 1 bestand "
        "aangepast, in commit {commit}; push het met make unpublish … PUSH=1 of git push\n"
    ),
}
REFUSED = {
    "en": [
        "gh-pages holds nothing of 'bolt': nothing to unpublish\n",
        "'acme-noord' would still be named in 1.0/faq/index.html; nothing was committed\n",
        "no local branch gh-pages-x: fetch it first (git fetch origin gh-pages-x:gh-pages-x)\n",
    ],
    "nl": [
        "gh-pages bevat niets van 'bolt': niets om weg te halen\n",
        "'acme-noord' zou nog genoemd worden in 1.0/faq/index.html; er is niets gecommit\n",
        "geen lokale branch gh-pages-x: haal hem eerst op (git fetch origin gh-pages-x:gh-pages-x)\n",
    ],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_unpublish_reports_in_the_language_chosen(
    cli: Callable[..., CliResult],
    speak: Callable[[str], None],
    branch: Path,  # noqa: F811 - the fixture
    language: str,
) -> None:
    speak(language)
    repo = ["--repo", str(branch)]
    refused = [
        cli("unpublish", "bolt", "--name", "Bolt", *repo),
        cli("unpublish", "acme-noord", "--name", "Acme Noord", *repo),
        cli("unpublish", "acme", "--name", "Acme", "--branch", "gh-pages-x", *repo),
    ]
    assert [result.stderr for result in refused] == REFUSED[language]
    assert {result.returncode for result in refused} == {1}
    done = cli("unpublish", "acme", "--name", "Acme & Zonen B.V.", *repo)
    assert done.returncode == 0, done.stderr
    commit = done.stdout.split("in commit ")[1][:12]
    assert done.stdout == UNPUBLISHED[language].format(commit=commit)


@pytest.mark.parametrize(
    ("arguments", "english", "dutch"),
    [
        (
            ["acme", "ticks.json", "--as", "beta"],
            "progress import: expected one company, got 'acme' and --as 'beta'",
            "progress import: verwacht één bedrijf, gevonden 'acme' en --as 'beta'",
        ),
        (
            ["ticks.json"],
            "progress import: expected the company: progress import SLUG FILE, or progress import FILE --as SLUG",
            "progress import: verwacht het bedrijf: progress import SLUG FILE, of progress import FILE --as SLUG",
        ),
        (
            ["acme", "ticks.json", "more.json"],
            "progress import: expected the company slug and the export file, got more",
            "progress import: verwacht de slug van het bedrijf en het exportbestand, gevonden meer",
        ),
    ],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_progress_import_names_what_is_missing_in_the_language_chosen(
    cli: Callable[..., CliResult],
    speak: Callable[[str], None],
    arguments: list[str],
    english: str,
    dutch: str,
    language: str,
) -> None:
    speak(language)
    result = cli("progress", "import", *arguments)
    assert result.returncode == 2
    assert result.stderr == (dutch if language == "nl" else english) + "\n"


def test_without_an_override_the_organizations_language_speaks(
    cli: Callable[..., CliResult], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("PLAYBOOK_LANG")
    data = tmp_path / "data"
    data.mkdir()
    result = cli("progress", "import", "ticks.json", "--data", str(data))
    assert result.stderr.startswith("progress import: verwacht het bedrijf: ")  # no organization.yml: Dutch
    (tmp_path / "organization.yml").write_text("default_language: en\n", encoding="utf-8")
    result = cli("progress", "import", "ticks.json", "--data", str(data))
    assert result.stderr.startswith("progress import: expected the company: ")


@pytest.mark.parametrize(
    ("language", "wrote"), [("en", "Wrote {} files to {}.\n"), ("nl", "{} bestanden geschreven naar {}.\n")]
)
def test_documents_say_what_they_wrote(
    cli: Callable[..., CliResult], speak: Callable[[str], None], tmp_path: Path, language: str, wrote: str
) -> None:
    speak(language)
    result = cli("documents", "voorbeeld-techniek", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    written = len(list((tmp_path / "voorbeeld-techniek").iterdir()))
    assert result.stdout == wrote.format(written, tmp_path / "voorbeeld-techniek")


def test_documents_speak_the_company_files_language_without_an_override(
    cli: Callable[..., CliResult], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("PLAYBOOK_LANG")
    result = cli("documents", "voorbeeld-techniek", "--out", str(tmp_path))  # language: nl
    assert result.stdout.endswith(f" bestanden geschreven naar {tmp_path / 'voorbeeld-techniek'}.\n")
    english = cli("documents", "demo-cold-chain", "--out", str(tmp_path))  # language: en
    assert english.stdout.startswith("Wrote ")
    assert english.stdout.endswith(f" files to {tmp_path / 'demo-cold-chain'}.\n")


DEPLOY_LINES = [
    (
        announce_site_url(Deploy("1.0", ("latest",), "gh-pages-acme", "acme", None)),
        "No site_url in data/companies/acme.yml: the site has relative links and no canonical addresses; set "
        "site_url there",
        "Geen site_url in data/companies/acme.yml: de site krijgt relatieve links en geen canonieke adressen; zet "
        "daar site_url",
    ),
    (
        announce_site_url(Deploy("1.0", ("latest",), "gh-pages", None, "https://playbook.example.com/")),
        "Addresses: canonical links, sitemaps and calendar links point at https://playbook.example.com/latest/ (a "
        "placeholder: set site_url in organization.yml)",
        "Adressen: canonieke links, sitemaps en agendalinks wijzen naar https://playbook.example.com/latest/ (een "
        "voorbeeldadres: zet site_url in organization.yml)",
    ),
    (
        announce_site_url(Deploy("1.0", (), "gh-pages", None, "https://playbook.acme.nl/")),
        "Addresses: canonical links, sitemaps and calendar links point at https://playbook.acme.nl/latest/",
        "Adressen: canonieke links, sitemaps en agendalinks wijzen naar https://playbook.acme.nl/latest/",
    ),
    (
        leftover_report({"acme": ["0.9", "1.0"]}, "gh-pages")[0],
        "acme: still in version 0.9, 1.0 of gh-pages, although this deploy leaves it out; remove it from every "
        "version with: make unpublish COMPANY=acme",
        "acme: staat nog in versie 0.9, 1.0 van gh-pages, hoewel deze publicatie het weglaat; verwijder het uit elke "
        "versie met: make unpublish COMPANY=acme",
    ),
    (
        "Deploy refused: the build failed (its messages are above); nothing was committed",
        "Deploy refused: the build failed (its messages are above); nothing was committed",
        "Publicatie geweigerd: de build is mislukt (de meldingen staan hierboven); er is niets gecommit",
    ),
]


@pytest.mark.parametrize(("line", "english", "dutch"), DEPLOY_LINES)
def test_the_deploys_lines_in_both_languages(line: str, english: str, dutch: str) -> None:
    assert line == english
    assert translate(line, "en") == english
    assert translate(line, "nl") == dutch


@pytest.mark.parametrize(
    ("language", "said"), [("en", "Site built into site/ with mkdocs\n"), ("nl", "Site gebouwd in site/ met mkdocs\n")]
)
def test_make_build_says_where_the_site_is_in_the_language_chosen(
    speak: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    language: str,
    said: str,
) -> None:
    speak(language)
    monkeypatch.delenv("PLAYBOOK_ENGINE", raising=False)
    monkeypatch.setattr(deploy_cli, "build", lambda root, options: 0)  # the build itself: tests/test_build.py
    assert deploy_cli.main(["build", "--root", str(ROOT)]) == 0
    assert capsys.readouterr().out == said


def test_every_help_text_of_the_command_line_has_its_dutch_wording() -> None:
    english = [action.help for action in help_texts(build_parser()) if action.help]
    assert english, "no help texts found"
    assert [text for text in english if text not in HELP_NL] == []


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        (
            "en",
            [
                "usage: python -m playbook new [-h] --name NAME [--language {nl,en}]",
                "                              [--data DATA]",
                "  slug                the company id: 2-40 characters a-z, 0-9 and '-'",
                "  --name NAME         the organization's name",
            ],
        ),
        (
            "nl",
            [
                "gebruik: python -m playbook new [-h] --name NAME [--language {nl,en}]",
                "                                [--data DATA]",
                "argumenten:",
                "  slug                de id van het bedrijf: 2-40 tekens a-z, 0-9 en '-'",
                "opties:",
                "  -h, --help          toon deze hulp en stop",
                "  --name NAME         de naam van de organisatie",
            ],
        ),
    ],
)
def test_help_in_the_language_chosen(
    cli: Callable[..., CliResult], speak: Callable[[str], None], language: str, lines: list[str]
) -> None:
    speak(language)
    result = cli("new", "--help")
    assert result.returncode == 0
    shown = result.stdout.splitlines()
    assert [line for line in lines if line not in shown] == []


ARGPARSE_ERRORS = [
    (
        ["new", "acme"],
        "python -m playbook new: error: the following arguments are required: --name",
        "python -m playbook new: fout: deze argumenten ontbreken: --name",
    ),
    (
        ["validate", "--bogus"],
        "python -m playbook: error: unrecognized arguments: --bogus",
        "python -m playbook: fout: onbekende argumenten: --bogus",
    ),
    (
        ["address", "--port", "x"],
        "python -m playbook address: error: argument --port: invalid int value: 'x'",
        "python -m playbook address: fout: argument --port: geen geheel getal: 'x'",
    ),
    (
        ["new", "acme", "--name", "Acme", "--language", "fr"],
        "python -m playbook new: error: argument --language: invalid choice: 'fr' (choose from 'nl', 'en')",
        "python -m playbook new: fout: argument --language: ongeldige keuze 'fr' (kies uit 'nl', 'en')",
    ),
]


@pytest.mark.parametrize(("arguments", "english", "dutch"), ARGPARSE_ERRORS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_mistyped_command_is_explained_in_the_language_chosen(
    cli: Callable[..., CliResult],
    speak: Callable[[str], None],
    arguments: list[str],
    english: str,
    dutch: str,
    language: str,
) -> None:
    speak(language)
    result = cli(*arguments)
    assert result.returncode == 2
    usage, *_, error = result.stderr.splitlines()
    assert usage.startswith("gebruik: " if language == "nl" else "usage: ")
    assert error == (dutch if language == "nl" else english)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "Preview: http://127.0.0.1:8123/playbook/ (English: http://127.0.0.1:8123/playbook/en/)\n"),
        ("nl", "Voorbeeldweergave: http://127.0.0.1:8123/playbook/ (English: http://127.0.0.1:8123/playbook/en/)\n"),
    ],
)
def test_make_serve_announces_the_preview_in_the_language_chosen(
    cli: Callable[..., CliResult], speak: Callable[[str], None], tmp_path: Path, language: str, said: str
) -> None:
    speak(language)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "data", tmp_path / "data")
    result = cli("address", "--announce", "--port", "8123", "--root", str(tmp_path))
    assert (result.returncode, result.stdout, result.stderr) == (0, said, "")
