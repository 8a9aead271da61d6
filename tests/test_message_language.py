"""Messages in the reader's language: the company file's, else organization.yml's default_language, PLAYBOOK_LANG
over both; every message kind has a Dutch wording (playbook.loading.catalogue)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from playbook.loading.catalogue import CATALOGUE
from playbook.loading.language import to_dutch
from playbook.loading.parser_words import parser_in_dutch
from tests.conftest import ROOT, CliResult

COMPANY = (ROOT / "tests/bad_inputs/did-you-mean-dutch-scope/data/companies/acme.yml").read_text(encoding="utf-8")


def project(tmp_path: Path, language: str, default: str | None = None) -> Path:
    shutil.copytree(ROOT / "data", tmp_path / "data", ignore=shutil.ignore_patterns("companies"))
    (tmp_path / "data/companies").mkdir()
    text = COMPANY.replace("language: nl", f"language: {language}")
    (tmp_path / "data/companies/acme.yml").write_text(text, encoding="utf-8")
    if default:
        (tmp_path / "organization.yml").write_text(f"default_language: {default}\n", encoding="utf-8")
    return tmp_path


DUTCH = (
    "data/companies/acme.yml:11:10: ai_project.scope: verwacht een van 'team', 'organisation' of 'incremental', "
    "gevonden de tekst 'organisatie'; bedoelt u 'organisation'?\n1 fout gevonden.\n"
)
ENGLISH = (
    "data/companies/acme.yml:11:10: ai_project.scope: expected one of 'team', 'organisation' or 'incremental', "
    "got the text 'organisatie'; did you mean 'organisation'?\n1 error found.\n"
)


@pytest.mark.parametrize(
    ("company", "default", "forced", "expected"),
    [
        ("nl", None, None, DUTCH),
        ("en", None, None, ENGLISH),
        ("nl", "en", None, DUTCH),  # the company file's own language first
        ("en", "nl", "nl", DUTCH),  # PLAYBOOK_LANG over both
        ("nl", None, "en", ENGLISH),
    ],
)
def test_messages_follow_the_company_file_then_the_organization_then_the_override(
    tmp_path: Path,
    cli: Callable[..., CliResult],
    monkeypatch: pytest.MonkeyPatch,
    company: str,
    default: str | None,
    forced: str | None,
    expected: str,
) -> None:
    root = project(tmp_path, company, default)
    if forced:
        monkeypatch.setenv("PLAYBOOK_LANG", forced)
    else:
        monkeypatch.delenv("PLAYBOOK_LANG")
    result = cli("validate", "--data", str(root / "data"))
    assert result.returncode == 1
    assert result.stderr == expected


@pytest.mark.parametrize(("default", "guide"), [("en", "# Field guide"), ("nl", "# Invulhulp")])
def test_new_follows_default_language(
    tmp_path: Path, cli: Callable[..., CliResult], monkeypatch: pytest.MonkeyPatch, default: str, guide: str
) -> None:
    shutil.copytree(ROOT / "data", tmp_path / "data", ignore=shutil.ignore_patterns("companies"))
    (tmp_path / "organization.yml").write_text(f"default_language: {default}\n", encoding="utf-8")
    monkeypatch.delenv("PLAYBOOK_LANG")
    result = cli("new", "acme", "--name", "Acme", "--data", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "data/companies/acme.yml").read_text(encoding="utf-8")
    assert f"\nlanguage: {default}\n" in text
    assert guide in text
    written = {"nl": "data/companies/acme.yml geschreven; vul het in en draai dan `make build`.\n"}
    assert result.stdout == written.get(default, "Wrote data/companies/acme.yml; fill it in, then run `make build`.\n")


def test_every_template_has_its_placeholders_in_dutch() -> None:
    for english, dutch in CATALOGUE:
        names = sorted(piece.split("}")[0] for piece in english.split("{")[1:])
        assert names == sorted(piece.split("}")[0] for piece in dutch.split("{")[1:]), english


def test_a_message_without_a_dutch_wording_stays_whole() -> None:
    assert to_dutch("something new entirely") == "something new entirely"


ENGLISH_WORDS = re.compile(
    r"\b(expected|got|write|did you mean|rows|warning|found|errors?|while|parsing|scanning|"
    r"not allowed|could not|did not|Exceeds|limit)\b"
)


def test_the_dutch_corpus_lines_hold_no_english_message_words() -> None:
    for expected in sorted((ROOT / "tests/bad_inputs").glob("*/expected.nl.txt")):
        for line in expected.read_text(encoding="utf-8").splitlines():
            message = line.split(": ", 1)[-1]
            quoted = re.sub(r"'[^']*'|\"[^\"]*\"", "", message)  # values and file names as written
            assert not ENGLISH_WORDS.search(quoted), f"{expected.parent.name}: {line}"


@pytest.mark.parametrize(
    ("english", "dutch"),
    [
        (
            "while scanning for the next token found character that cannot start any token",
            "bij het lezen van het volgende teken: een teken waarmee geen waarde kan beginnen",
        ),
        ("mapping values are not allowed in this context", "hier mag geen ': ' (sleutel en waarde) staan"),
        (
            "while parsing a block mapping did not find expected key",
            "in een blok sleutels: geen sleutel gevonden waar die hoort",
        ),
        ("while scanning a simple key could not find expected ':'", "bij het lezen van een sleutel: geen ':' gevonden"),
        (
            "while scanning a quoted scalar found unexpected end of stream",
            "in een waarde tussen aanhalingstekens: het bestand houdt op voordat de waarde sluit",
        ),
        (
            "while parsing a flow sequence did not find expected ',' or ']'",
            "in een lijst tussen [ ]: geen ',' of ']' gevonden",
        ),
        (
            "expected a single document in the stream but found another document",
            "verwacht één document in het bestand, gevonden een tweede (na een regel ---)",
        ),
        (
            "while parsing a block mapping expected <block end>, but found '<block mapping start>'",
            "in een blok sleutels: verwacht het einde van het blok, gevonden het begin van een nieuw blok sleutels",
        ),
        (
            "while parsing a block mapping expected <block end>, but found '<odd>'",
            "in een blok sleutels: verwacht het einde van het blok, gevonden '<odd>'",
        ),
        ("found unknown escape character 'q'", "de onbekende escape '\\q'"),
        (
            "Exceeds the limit (4300 digits) for integer string conversion",
            "een getal van meer dan 4300 cijfers, het maximum voor een geheel getal",
        ),
        ("Permission denied", "geen toegang (de rechten staan het niet toe)"),
        ("Expecting value: line 1 column 4 (char 3)", "geen JSON-waarde gevonden (regel 1, kolom 4)"),
        ("Extra data: line 2 column 1 (char 9)", "nog meer tekst na het einde van de JSON (regel 2, kolom 1)"),
        # Not in the tables: kept as the parser wrote it, in quotes; a known context alone does not pass.
        ("while scanning an alias something new", '"while scanning an alias something new"'),
        ("a phrase nobody knows", '"a phrase nobody knows"'),
    ],
)
def test_parser_words_are_put_in_plain_dutch_or_quoted(english: str, dutch: str) -> None:
    assert parser_in_dutch(english) == dutch


def test_a_dutch_message_quotes_a_parser_phrase_it_does_not_know() -> None:
    message = "expected valid YAML, got a syntax error: while scanning an anchor found something odd"
    assert to_dutch(message) == (
        'verwacht geldige YAML, gevonden een fout in de opbouw: "while scanning an anchor found something odd"'
    )
    checklist = "expected a checklist export (JSON), got Expecting value: line 1 column 1 (char 0)"
    assert to_dutch(checklist) == (
        "verwacht een export van de vinkjes (JSON), gevonden: geen JSON-waarde gevonden (regel 1, kolom 1)"
    )


@pytest.mark.parametrize(
    ("english", "dutch"),
    [
        ("Preview: http://127.0.0.1:8000/playbook/", "Voorbeeldweergave: http://127.0.0.1:8000/playbook/"),
        ("1 earlier data warning still applies", "1 eerdere datawaarschuwing geldt nog"),
        ("3 earlier data warnings still apply", "3 eerdere datawaarschuwingen gelden nog"),
        ("3 data errors; nothing was built.", "3 datafouten; er is niets gebouwd."),
        (
            "the en build failed: Een macro gaf een fout in docs/a.md:3: UndefinedError: 'x' bestaat niet",
            "de build in en is mislukt: Een macro gaf een fout in docs/a.md:3: UndefinedError: 'x' bestaat niet",
        ),
        (
            "the build of en failed (its messages are above)",
            "de build in en is mislukt (de meldingen staan hierboven)",
        ),
    ],
)
def test_the_plugins_own_lines_under_serve_in_dutch(english: str, dutch: str) -> None:
    assert to_dutch(english) == dutch
