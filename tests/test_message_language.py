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


ENGLISH_WORDS = re.compile(r"\b(expected|got|write|did you mean|rows|warning|found|errors?)\b")
PARSER_WORDS = re.compile(r"\(YAML-melding: .*\)$|syntaxfout: .*$|\(Exceeds .*\)$")
"""What YAML's parser and Python say, quoted in a Dutch message as they said it."""


def test_the_dutch_corpus_lines_hold_no_english_message_words() -> None:
    for expected in sorted((ROOT / "tests/bad_inputs").glob("*/expected.nl.txt")):
        for line in expected.read_text(encoding="utf-8").splitlines():
            message = PARSER_WORDS.sub("", line.split(": ", 1)[-1])
            quoted = re.sub(r"'[^']*'|\"[^\"]*\"", "", message)  # values and file names as written
            assert not ENGLISH_WORDS.search(quoted), f"{expected.parent.name}: {line}"
