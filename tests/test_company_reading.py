"""The example company's page as a manager reads it in a real browser (Debian's Chromium, Playwright), built
as of 1 January 2027: short enough to take in, folds that open where a link points and in print, the
roadmap timeline on an A4 page."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import ROOT, QuietHandler, needs_chromium, run_mkdocs
from tests.test_accessibility import AXE, violations

pytestmark = needs_chromium

NEW_YEAR = "1798761600"
"""1 January 2027 (UTC): month 10 of the example's plan, with work done, overdue and still to come."""
MAX_HEIGHT = 9000
PAGES = {"nl": "playbook/fictief-financieel/", "en": "en/playbook/fictief-financieel/"}


@pytest.fixture(scope="module")
def new_year(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site with only the example company, built as of 1 January 2027, on a free port of 127.0.0.1."""
    site = tmp_path_factory.mktemp("new-year")
    result = run_mkdocs(ROOT, site, SOURCE_DATE_EPOCH=NEW_YEAR, PLAYBOOK_CLIENT="fictief-financieel")
    assert result.returncode == 0, result.stderr
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_example_page_is_at_most_nine_thousand_pixels_tall(browser: Any, new_year: str, language: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(new_year + PAGES[language], wait_until="networkidle")
    height = page.evaluate("document.documentElement.scrollHeight")
    now = page.locator(".glance-facts dd").first.inner_text()
    glance = page.locator("#at-a-glance").bounding_box()
    model = page.locator("#model").bounding_box()
    page.close()
    assert height <= MAX_HEIGHT
    # its six months (the roadmap compressed) ran from 2 March to 1 September 2026
    assert (
        now
        == {"nl": "het plan liep tot en met 1 september 2026", "en": "the plan ran until 1 September 2026"}[language]
    )
    assert glance is not None
    assert model is not None
    assert glance["y"] < model["y"] < 1800  # where we stand comes first, within two screens


@pytest.mark.parametrize(
    "target",
    [
        "fictief-financieel-m01-readiness-analysis-item",  # an activity of a month long past
        "fictief-financieel-risk-no-business-case-item",  # a risk in order
        "use-case-matrix",
        "survey-2026-06-30",  # an earlier survey round
    ],
)
def test_a_link_into_a_fold_opens_it(browser: Any, new_year: str, target: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(new_year + PAGES["nl"], wait_until="networkidle")
    element = page.locator(f"[id='{target}']")
    assert not element.is_visible() or target.startswith("survey-")  # a summary shows while its fold is shut
    fold = page.locator(f"details:has([id='{target}'])")
    assert fold.get_attribute("open") is None
    page.evaluate(f"location.hash = '#{target}'")
    page.wait_for_function(f"document.querySelector(\"details:has([id='{target}'])\").open")
    assert element.is_visible()
    page.goto(new_year + PAGES["nl"] + f"#{target}", wait_until="networkidle")  # arriving with the address
    page.reload(wait_until="networkidle")
    assert page.locator(f"details:has([id='{target}'])").get_attribute("open") is not None
    page.close()


def test_the_glance_links_to_open_items(browser: Any, new_year: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(new_year + PAGES["nl"], wait_until="networkidle")
    first = page.locator(".glance-lists a").first  # its plan has ended: the first open risk
    target = str(first.get_attribute("href")).removeprefix("#")
    first.click()
    page.wait_for_function(f"location.hash === '#{target}'")
    assert page.locator(f"[id='{target}']").is_visible()
    page.close()


def test_in_print_every_fold_is_open_and_the_timeline_fits_a4(browser: Any, new_year: str) -> None:
    """The window is A4's printable area at 96 dpi: 210 × 297 mm less print.css's margins (14 mm each side,
    16 mm above and 20 mm below) is 688 × 986 px."""
    page = browser.new_page(viewport={"width": 688, "height": 986})
    page.goto(new_year + PAGES["nl"], wait_until="networkidle")
    page.emulate_media(media="print")
    hidden = page.evaluate(
        """() => Array.from(document.querySelectorAll('article details > :not(summary)'))
             .filter(node => node.getBoundingClientRect().height === 0).length"""
    )
    assert hidden == 0
    assert page.locator("#fictief-financieel-m01-readiness-analysis-item").is_visible()
    box = page.locator("#roadmap-timeline svg").bounding_box()
    overflow = page.evaluate(
        "(() => { const f = document.querySelector('#roadmap-timeline'); return f.scrollWidth - f.clientWidth })()"
    )
    page.close()
    assert box is not None
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= 688
    assert box["height"] <= 986
    assert overflow == 0


@pytest.mark.audit
@pytest.mark.skipif(not AXE.exists(), reason="needs axe-core: run `npm ci` (make audit-tests does)")
@pytest.mark.parametrize(("language", "scheme"), [("nl", "light"), ("en", "light"), ("nl", "dark")])
def test_axe_finds_nothing_serious_on_the_new_year_page(
    browser: Any, new_year: str, language: str, scheme: str
) -> None:
    assert violations(browser, new_year + PAGES[language], scheme) == []
