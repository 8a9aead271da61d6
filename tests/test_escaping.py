"""Every company text shows as written: hostile text through the company renderers and Python-Markdown.

The company page and the company index are rendered from the example company with every text it provides
replaced by hostile text, converted with the Markdown extensions of mkdocs.yml and read back as HTML.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
from typing import Any

import markdown
import yaml
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from macros import fastpath
from playbook import Content, load_content
from playbook.company.company import Company
from playbook.company.playbooks import company_playbook
from playbook.loading.yamlsource import SourceFile
from playbook.models.common import Language
from playbook.models.company import CompanyProfile
from playbook.render.company import company_index, company_page, company_page_path
from playbook.render.context import RenderContext
from tests.conftest import ROOT

TODAY = dt.date(2026, 11, 28)
LANGUAGES: tuple[Language, ...] = ("nl", "en")
EXAMPLE = yaml.safe_load((ROOT / "examples/companies/voorbeeld-techniek.yml").read_text(encoding="utf-8"))

FRAGMENTS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "{{ config }}",
    "{% raw %}",
    "| a | b |",
    "[x](javascript:alert(1))",
    "*emph*",
    "&amp;",
    "\n",
    "<a href='javascript:alert(1)'>y</a>",
    "`code`",
    "# heading",
    "1. item",
    ":smile:",
    "{ .cls onclick=alert(1) }",
    "<!-- c -->",
    "\\",
]
HOSTILE = (
    st.lists(
        st.one_of(
            st.sampled_from(FRAGMENTS),
            st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"]), min_size=1, max_size=6),
        ),
        min_size=1,
        max_size=5,
    )
    .map("".join)
    .filter(lambda text: bool(text.strip()))
)
"""Hostile company text: tag, attribute, link, template, table and emphasis syntax, newlines and unicode."""


class _MkDocsLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, resolving its ``!!python/name:`` tags as MkDocs does (``!ENV`` values are not needed)."""


def _python_name(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    del loader, node
    module, _, name = suffix.rpartition(".")
    return getattr(importlib.import_module(module), name)


_MkDocsLoader.add_multi_constructor("tag:yaml.org,2002:python/name:", _python_name)
_MkDocsLoader.add_constructor("!ENV", lambda loader, node: None)


def _extensions() -> tuple[list[str], dict[str, dict[str, Any]]]:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_MkDocsLoader)
    names: list[str] = []
    configs: dict[str, dict[str, Any]] = {}
    for entry in config["markdown_extensions"]:
        if isinstance(entry, dict):
            ((name, options),) = entry.items()
            names.append(name)
            configs[name] = options or {}
        else:
            names.append(entry)
    return names, configs


EXTENSIONS, EXTENSION_CONFIGS = _extensions()


@functools.cache
def shipped() -> Content:
    """The upstream content, loaded once (not a fixture argument, so a failing example prints short)."""
    return load_content(ROOT / "data", root=ROOT)


CONVERTER = markdown.Markdown(extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS)
"""One converter for every example (loading the emoji index takes a second); reset before each page."""


def to_html(text: str) -> BeautifulSoup:
    """``text`` as the site converts a generated page (HTML blocks kept aside, their inline Markdown converted)."""
    aside, kept = fastpath.set_aside(text, generated=True)
    return BeautifulSoup(fastpath.put_back(CONVERTER.reset().convert(aside), kept), "html.parser")


def hostile_company(texts: list[str]) -> tuple[dict[str, Any], list[str]]:
    """The example company with each of its own texts taken in turn from ``texts``; and the texts used."""
    pool = iter(texts * 20)
    data = yaml.safe_load(yaml.safe_dump(EXAMPLE))
    used: list[str] = []

    def take() -> str:
        value = next(pool)
        used.append(value)
        return value

    data["name"] = take()
    data["sector"] = take()
    people = data["people"]
    for role in (
        "sponsor",
        "steering_committee",
        "project_manager",
        "it_team",
        "department_heads",
        "hr",
        "data_specialist",
        "integration_specialist",
    ):
        people[role] = take()
    people["champions"] = [take(), take()]
    cases = data["ai_project"]["use_cases"]
    data["ai_project"]["use_cases"] = [
        {**case, "title": take()} if isinstance(case, dict) else take() for case in cases
    ]
    data["activities"]["m04-pilot-team"]["owner"] = take()
    extra = data["activities"]["extra-data-catalogue"]
    extra["title"] = take()
    extra["owner"] = take()
    return data, used


def book_of(content: Content, data: dict[str, Any]) -> Any:
    profile = CompanyProfile.model_validate(data)
    return company_playbook(Company("hostile", profile, SourceFile(ROOT, "hostile.yml", data), ()), content, TODAY)


def table_shapes(soup: BeautifulSoup) -> list[list[int]]:
    """Per table, the number of cells in each row."""
    return [[len(row.find_all(["td", "th"])) for row in table.find_all("tr")] for table in soup.find_all("table")]


REFERENCE: dict[str, list[list[int]]] = {}


def reference_shapes(content: Content, language: Language) -> list[list[int]]:
    """The table shapes of the same company page with a harmless text in every place."""
    if language not in REFERENCE:
        book = book_of(content, hostile_company(["Plain text"])[0])
        page = company_page(RenderContext(content, language, company_page_path("hostile")), book)
        REFERENCE[language] = table_shapes(to_html(page))
    return REFERENCE[language]


def assert_safe(soup: BeautifulSoup) -> None:
    """No script, no event handler attribute, no javascript: link."""
    assert soup.find("script") is None
    for tag in soup.find_all(True):
        assert not [name for name in tag.attrs if name.lower().startswith("on")], tag
        for name in ("href", "src", "action", "formaction"):
            value = tag.get(name)
            assert not (isinstance(value, str) and value.strip().lower().startswith("javascript:")), tag


def shown(text: str) -> str:
    """What a reader sees of company text: its white space runs as one space."""
    return " ".join(text.split())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(HOSTILE, min_size=1, max_size=6))
def test_hostile_company_text_is_shown_as_written(texts: list[str]) -> None:
    content = shipped()
    data, used = hostile_company(texts)
    book = book_of(content, data)
    for language in LANGUAGES:
        page = company_page_path("hostile")
        soup = to_html(company_page(RenderContext(content, language, page), book))
        assert_safe(soup)
        assert table_shapes(soup) == reference_shapes(content, language)
        assert len(soup.find_all("h1")) == 1
        visible = soup.get_text()
        for text in used:
            assert shown(text) in visible
        heading = soup.find("h1")
        assert heading is not None
        assert shown(data["name"]) in heading.get_text()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE)
def test_hostile_names_on_the_company_index(name: str) -> None:
    content = shipped()
    data, _ = hostile_company(["x"])
    data["name"] = name
    for language in LANGUAGES:
        soup = to_html(company_index(RenderContext(content, language, "playbook/index.md"), [book_of(content, data)]))
        assert_safe(soup)
        assert table_shapes(soup) == [[6, 6], [10, 10]]  # the company list and the portfolio
        links = soup.select("tbody a")  # one in the company list, one in the portfolio
        assert links
        for link in links:
            assert link.get_text() == shown(name)
            assert link["href"] == "hostile.md"
