"""A macro error in a page: `make build` names the page, its line and the message; `make serve` shows it and
keeps running."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from macros.pageerrors import page_error
from playbook.loading.language import translate
from tests.conftest import run_mkdocs
from tests.test_preview import fetch, mkdocs_serve, wait_for

PAGE = "docs/bronnen.md"
"""A page with front matter: the line counts from the top of its file."""


def break_macro(project: Path) -> None:
    page = project / PAGE
    text = page.read_text(encoding="utf-8")
    assert "{{ evidence_notice() }}" in text.splitlines()[8]
    page.write_text(text.replace("{{ evidence_notice() }}", "{{ evidence_notise() }}"), encoding="utf-8")


BUILD_SAYS = {
    "en": (
        "playbook: docs/bronnen.md:9: UndefinedError: 'evidence_notise' is undefined",
        "A macro failed in docs/bronnen.md:9: UndefinedError: 'evidence_notise' is undefined",
    ),
    "nl": (
        "playbook: docs/bronnen.md:9: UndefinedError: 'evidence_notise' bestaat niet (geen bekende macro of variabele)",
        "Een macro gaf een fout in docs/bronnen.md:9: UndefinedError: 'evidence_notise' bestaat niet (geen bekende "
        "macro of variabele)",
    ),
}


@pytest.mark.parametrize("language", ["en", "nl"])
def test_build_names_the_page_line_and_message(project_copy: Path, tmp_path: Path, language: str) -> None:
    break_macro(project_copy)
    site = tmp_path / "site"
    result = run_mkdocs(project_copy, site, PLAYBOOK_LANG=language)
    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    for line in BUILD_SAYS[language]:
        assert line in output
    assert not (site / "index.html").exists()


class _File:
    src_uri, abs_src_path = "index.md", None


class _Page:
    file = _File()


@pytest.mark.parametrize(
    ("template", "english", "dutch"),
    [
        ("{{ sectoin }}", "'sectoin' is undefined", "'sectoin' bestaat niet (geen bekende macro of variabele)"),
        ("{{ x }", "unexpected '}'", "onverwacht '}'"),
        ("{% frobnicate %}", "Encountered unknown tag 'frobnicate'.", "onbekende tag 'frobnicate'."),
    ],
)
def test_a_page_error_speaks_the_organizations_language(template: str, english: str, dutch: str) -> None:
    environment = jinja2.Environment(undefined=jinja2.StrictUndefined)
    try:
        environment.from_string(template).render()
    except jinja2.TemplateError as failed:
        error: BaseException = failed
    kind = type(error).__name__
    assert str(page_error(error, template, _Page(), "docs")) == f"docs/index.md:1: {kind}: {english}"
    dutch_error = page_error(error, template, _Page(), "docs", "nl")
    assert str(dutch_error) == f"docs/index.md:1: {kind}: {dutch}"
    assert translate(f"{dutch_error} (the page shows it until the next good save)", "nl") == (
        f"docs/index.md:1: {kind}: {dutch} (de pagina toont de fout tot de volgende goede opslag)"
    )


def test_serve_shows_the_error_on_its_page_keeps_running_and_the_page_returns(
    project_copy: Path, tmp_path: Path
) -> None:
    break_macro(project_copy)
    with mkdocs_serve(project_copy, tmp_path / "serve.log") as (url, log):
        status, body = fetch(url + "bronnen/", timeout=60)
        assert status == 200
        assert "docs/bronnen.md:9: UndefinedError: &#x27;evidence_notise&#x27; is undefined" in body
        assert "Deze pagina bevat een fout" in body
        status, other = fetch(url + "uitdaging/", timeout=60)
        assert status == 200
        assert "De uitdaging" in other
        assert "docs/bronnen.md:9: UndefinedError: 'evidence_notise' is undefined" in log.read_text(encoding="utf-8")
        page = project_copy / PAGE
        page.write_text(page.read_text(encoding="utf-8").replace("evidence_notise", "evidence_notice"), "utf-8")

        def page_is_back() -> bool:
            status, body = fetch(url + "bronnen/", timeout=60)
            return status == 200 and "Deze pagina bevat een fout" not in body

        wait_for(page_is_back, 180, "the page to return after the fix")
