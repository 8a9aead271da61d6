"""The site in a real browser (Debian's Chromium driven by Playwright): no third-party requests, working pages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from tests.conftest import at, needs_chromium

pytestmark = needs_chromium

PAGES = [
    "",
    "uitdaging/",
    "business-case/",
    "veranderingsmodellen/",
    "acceptatie/",
    "competenties/",
    "integratie/",
    "leiderschap/",
    "casestudies/",
    "casestudies/logistics/",
    "roadmap/",
    "kpis/",
    "valkuilen/",
    "faq/",
    "conclusie/",
    "bronnen/",
    "playbook/",
    "playbook/fictief-financieel/",
    "playbook/fictief-financieel/summary/",
    "eigen-playbook/",
    "intake/",
    "wijzigingen/",
]


SAMPLE = {"", "veranderingsmodellen/", "casestudies/logistics/", "playbook/", "playbook/fictief-financieel/"}
"""One page of each kind, checked by `make test`; every other page is checked by `make audit-tests`."""


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(at(path, prefix), marks=[] if path in SAMPLE else [pytest.mark.audit])
        for prefix in ("", "en/")
        for path in PAGES
    ],
)
def test_no_request_leaves_the_site(browser: Any, served: str, path: str) -> None:
    host = urlparse(served).netloc
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    missing: list[str] = []
    page.on("response", lambda response: missing.append(response.url) if response.status >= 400 else None)
    page.goto(served + path, wait_until="networkidle")
    page.close()
    foreign = [url for url in requests if urlparse(url).scheme in {"http", "https"} and urlparse(url).netloc != host]
    assert foreign == []
    assert failed == []  # versions.json too: only mike's deploys have one (tests/test_version_selector.py)
    assert missing == []  # no sitemap.xml beside each hreflang, no theme asset missing from an English page
    assert [url for url in requests if "sitemap" in url] == []
    assert len(requests) > 3


def in_view(locator: Any, height: int) -> bool:
    """The element is shown, has a size, and starts inside a viewport of ``height`` pixels."""
    box = locator.bounding_box()
    return bool(locator.is_visible() and box and box["width"] > 0 and box["height"] > 0 and 0 <= box["y"] < height)


def test_a_reader_sees_the_company_heading_budget_and_roadmap(browser: Any, served: str) -> None:
    """On a laptop-sized window: the company's heading is on screen at once; the budget's first reserve
    and the roadmap's first activity are shown with a size once scrolled to."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served + "playbook/voorbeeld-techniek/", wait_until="networkidle")
    heading = page.locator("article h1")
    assert heading.inner_text().startswith("AI-playbook voor Voorbeeld Techniek B.V.")
    assert in_view(heading, 900)
    reserve = page.locator("article table td", has_text="€ 18.000").first
    reserve.scroll_into_view_if_needed()
    assert in_view(reserve, 900)
    roadmap = page.locator("article h2#roadmap")
    roadmap.scroll_into_view_if_needed()
    assert in_view(roadmap, 900)
    first = page.locator("#voorbeeld-techniek-m01-readiness-analysis")
    first.scroll_into_view_if_needed()
    assert first.is_visible()
    assert first.is_checked()
    page.goto(served, wait_until="networkidle")
    assert in_view(page.locator("article h1"), 900)
    page.close()


def test_a_roadmap_item_can_be_ticked_and_faq_answers_open(browser: Any, served: str) -> None:
    page = browser.new_page()
    page.goto(served + "roadmap/", wait_until="networkidle")
    box = page.get_by_label(page.locator("label[for='cb-m01-readiness-analysis']").inner_text())
    assert not box.is_checked()
    box.check()
    assert box.is_checked()
    page.goto(served + "faq/", wait_until="networkidle")
    assert page.locator("#faq-budget").get_attribute("open") is None
    page.locator("#faq-budget summary").click()
    assert page.locator("#faq-budget").get_attribute("open") is not None
    page.close()


@pytest.mark.parametrize(
    ("prefix", "choice", "shown", "hidden"),
    [
        ("", "De uitdaging", "#src-gartner", "#src-pwc"),
        ("en/", "Business case", "#src-pwc", "#src-technical-university-of-munich"),
    ],
)
def test_the_register_filters_by_chapter(
    browser: Any, served: str, prefix: str, choice: str, shown: str, hidden: str
) -> None:
    page = browser.new_page()
    page.goto(served + at("bronnen/", prefix), wait_until="networkidle")
    rows = page.locator(".evidence-source tbody tr")  # the figures; legal texts are not filtered
    total = rows.count()
    assert page.locator(hidden).is_visible()
    page.get_by_label(page.locator("label[for='evidence-filter']").inner_text()).select_option(label=choice)
    url = page.locator("#evidence-filter").input_value()
    visible = [row for row in rows.all() if row.is_visible()]
    assert 0 < len(visible) < total
    for row in visible:
        links = row.locator("td:last-child a").evaluate_all("links => links.map(a => new URL(a.href).pathname)")
        assert any(link.endswith("/" + url) for link in links)
    assert page.locator(shown).is_visible()
    assert not page.locator(hidden).is_visible()
    page.get_by_label(page.locator("label[for='evidence-filter']").inner_text()).select_option(value="")
    assert len([row for row in rows.all() if row.is_visible()]) == total
    page.close()


def test_ticks_persist_and_go_to_and_from_a_json_file(browser: Any, served: str, tmp_path: Path) -> None:
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.goto(served + "roadmap/", wait_until="networkidle")
    box = page.locator("#cb-m01-readiness-analysis")
    box.check()
    page.reload(wait_until="networkidle")
    assert page.locator("#cb-m01-readiness-analysis").is_checked()
    with page.expect_download() as download_info:
        page.locator(".checklist-export").click()
    exported = tmp_path / "progress.json"
    download_info.value.save_as(str(exported))
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["progress"] == {"m01-readiness-analysis": "done"}
    data["progress"] = {"m02-sandbox-typo": "done", "m12-strategy-review": "done", "m01-readiness-analysis": "open"}
    exported.write_text(json.dumps(data), encoding="utf-8")
    page.locator(".checklist-import-file").set_input_files(str(exported))
    page.wait_for_function("document.querySelector('#cb-m12-strategy-review').checked")
    assert not page.locator("#cb-m01-readiness-analysis").is_checked()
    page.reload(wait_until="networkidle")
    assert page.locator("#cb-m12-strategy-review").is_checked()
    context.close()


def test_items_done_in_the_data_cannot_be_unticked(browser: Any, served: str) -> None:
    page = browser.new_page()
    page.goto(served + "playbook/fictief-financieel/", wait_until="networkidle")
    done = page.locator("#fictief-financieel-m01-readiness-analysis")
    assert done.is_checked()
    assert done.is_disabled()
    open_item = page.locator("#fictief-financieel-m06-pilot-evaluation")
    assert not open_item.is_disabled()
    page.close()


@pytest.mark.parametrize(
    ("path", "query", "language"),
    [("uitdaging/", "weerstand", "nl"), ("en/challenge/", "resistance", "en")],
)
def test_search_returns_pages_of_the_page_language(
    browser: Any, served: str, path: str, query: str, language: str
) -> None:
    page = browser.new_page()
    page.goto(served + path, wait_until="networkidle")
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially(query, delay=30)
    page.wait_for_selector(".md-search-result__item a", state="attached", timeout=15000)
    links = page.locator(".md-search-result__item a").evaluate_all("items => items.map(a => a.href)")
    page.close()
    assert links
    for link in links:
        assert ("/en/" in link) == (language == "en"), link


def test_company_ticks_are_named_counted_and_kept_to_their_company(browser: Any, served: str, tmp_path: Path) -> None:
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.goto(served + "playbook/voorbeeld-techniek/", wait_until="networkidle")
    figure = page.locator(".progress-overall")
    assert figure.inner_text() == "2\u00a0%"  # 1 of 49 done in the data
    page.locator("#voorbeeld-techniek-m01-use-cases").check()
    page.locator("#voorbeeld-techniek-m02-model-choice").check()
    assert figure.inner_text() == "6\u00a0%"  # 3 of 49, at once
    page.reload(wait_until="networkidle")
    assert figure.inner_text() == "6\u00a0%"
    with page.expect_download() as download_info:
        page.locator(".checklist-export").click()
    assert download_info.value.suggested_filename == "voorbeeld-techniek-progress.json"
    exported = tmp_path / "voorbeeld-techniek-progress.json"
    download_info.value.save_as(str(exported))
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["company"] == "voorbeeld-techniek"
    assert data["progress"] == {"m01-use-cases": "done", "m02-model-choice": "done"}
    other = tmp_path / "fictief-financieel-progress.json"
    other.write_text(json.dumps({"company": "fictief-financieel", "progress": {"m03-sandbox": "done"}}), "utf-8")
    page.locator(".checklist-import-file").set_input_files(str(other))
    status = page.locator(".checklist-status")
    status.wait_for()
    page.wait_for_function("document.querySelector('.checklist-status').textContent.length > 0")
    assert status.inner_text() == (
        "Dit bestand hoort bij fictief-financieel, niet bij voorbeeld-techniek: er is niets geïmporteerd."
    )
    assert not page.locator("#voorbeeld-techniek-m03-sandbox").is_checked()
    assert figure.inner_text() == "6\u00a0%"
    page.goto(served + "en/playbook/voorbeeld-techniek/", wait_until="networkidle")
    assert page.locator(".progress-overall").inner_text() == "2%"  # its own ticks (by path), in English notation
    context.close()
