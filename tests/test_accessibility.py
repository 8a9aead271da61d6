"""Accessibility: axe-core (from npm, pinned in package.json) on every page kind, in both colour schemes, on a
desktop (1280 px) and a phone (390 px), with WCAG 2.2's target sizes.

No critical or serious violation is accepted. Material's one finding on these pages, a search dialog
without an accessible name, is mended by docs/javascripts/accessibility.js, so the baseline is empty. The same
script makes whatever scrolls sideways a focusable region named after its caption or heading.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import ROOT, at, needs_chromium
from tests.test_browser import PAGES

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
pytestmark = [
    pytest.mark.audit,
    needs_chromium,
    pytest.mark.skipif(not AXE.exists(), reason="needs axe-core: run `npm ci` (make audit-tests does)"),
]
BLOCKING = {"critical", "serious"}
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
RUN_AXE = """async () => {
  const result = await axe.run(document, {
    resultTypes: ["violations"],
    runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]}
  })
  return result.violations.map(v => ({
    rule: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 3).map(node => node.target.join(" "))
  }))
}"""


DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


def violations(browser: Any, url: str, scheme: str, viewport: dict[str, int] = DESKTOP) -> list[dict[str, Any]]:
    page = browser.new_page(color_scheme=scheme, viewport=viewport)
    page.goto(url, wait_until="networkidle")
    page.add_script_tag(path=str(AXE))
    found: list[dict[str, Any]] = page.evaluate(RUN_AXE)
    page.close()
    return [violation for violation in found if violation["impact"] in BLOCKING]


@pytest.mark.parametrize("path", [at(page, prefix) for prefix in ("", "en/") for page in PAGES])
def test_no_serious_violation_in_the_light_scheme(browser: Any, served: str, path: str) -> None:
    assert violations(browser, served + path, "light") == []


@pytest.mark.parametrize("path", PAGES)
def test_no_serious_violation_in_the_dark_scheme(browser: Any, served: str, path: str) -> None:
    assert violations(browser, served + path, "dark") == []


@pytest.mark.parametrize("path", [at(page, prefix) for prefix in ("", "en/") for page in PAGES])
def test_no_serious_violation_on_a_phone(browser: Any, served: str, path: str) -> None:
    assert violations(browser, served + path, "light", PHONE) == []


SCROLL_REGIONS = """() => {
  const scrolls = box => ["auto", "scroll"].includes(getComputedStyle(box).overflowX)
    && box.scrollWidth > box.clientWidth + 1
  const inArticle = [...document.querySelectorAll("article *")]
  const regions = [...document.querySelectorAll('[role="region"]')]
  return {
    unreachable: inArticle.filter(scrolls)
      .filter(box => box.tabIndex < 0 && !box.closest('[tabindex="0"]') && !box.querySelector('[tabindex="0"]'))
      .map(box => box.tagName + "." + box.className),
    kpiFigures: document.querySelectorAll("figure.kpi-figure").length,
    focusableKpiFigures: document.querySelectorAll('figure.kpi-figure[tabindex="0"]').length,
    names: regions.map(region => region.getAttribute("aria-label")),
    nested: regions.filter(region => region.parentElement.closest('[role="region"]')).length,
    title: document.title,
  }
}"""


@pytest.mark.parametrize(
    ("path", "viewport", "charts"),
    [
        ("playbook/fictief-financieel/", PHONE, True),
        ("en/playbook/fictief-financieel/", PHONE, True),
        ("playbook/fictief-financieel/", DESKTOP, False),
        ("veranderingsmodellen/", PHONE, False),
        ("bronnen/", PHONE, False),
        ("regels/", PHONE, False),
        ("playbook/", PHONE, False),
        ("playbook/fictief-financieel/summary/", PHONE, False),
    ],
)
def test_what_scrolls_sideways_is_a_named_region_reached_by_keyboard(
    browser: Any, served: str, path: str, viewport: dict[str, int], charts: bool
) -> None:
    page = browser.new_page(viewport=viewport)
    page.goto(served + path, wait_until="networkidle")
    found = page.evaluate(SCROLL_REGIONS)
    page.close()
    assert found["unreachable"] == []
    if charts:  # the KPI charts are wider than a phone: each is a region of its own
        assert found["focusableKpiFigures"] == found["kpiFigures"] > 0
    names = found["names"]
    assert len(names) == len(set(names)), names
    assert found["title"] not in names
    assert all(names), names
    assert found["nested"] == 0


@pytest.mark.parametrize(
    ("path", "first", "scrolling"),
    [
        ("playbook/fictief-financieel/", "Acceptatiescore", "figure.kpi-figure"),
        ("en/playbook/fictief-financieel/", "Acceptance score", "figure.kpi-figure"),
        ("veranderingsmodellen/", "Welk model past bij u?", ".decision-table, .md-typeset__scrollwrap"),
    ],
)
def test_a_region_is_named_after_the_heading_before_it(
    browser: Any, served: str, path: str, first: str, scrolling: str
) -> None:
    page = browser.new_page(viewport=PHONE)
    page.goto(served + path, wait_until="networkidle")
    found = page.evaluate(
        """selector => [...document.querySelectorAll(selector)].filter(box => box.getAttribute("role") === "region")
        .map(box => {
          let heading = null
          for (let node = box; node && !heading; node = node.parentElement)
            for (let before = node.previousElementSibling; before && !heading; before = before.previousElementSibling)
              heading = /^H[1-6]$/.test(before.tagName) ? before : [...before.querySelectorAll("h2, h3, h4")].pop() || null
          return [box.getAttribute("aria-label"), heading && heading.textContent.replace("\u00b6", "").trim()]
        })""",
        scrolling,
    )
    page.close()
    assert found
    assert found[0][0] == first
    assert all(name == heading for name, heading in found), found


def test_the_registers_links_are_distinct_and_big_enough(browser: Any, served: str) -> None:
    page = browser.new_page(viewport=PHONE)
    page.goto(served + "bronnen/", wait_until="networkidle")
    cells = page.evaluate("""() => [...document.querySelectorAll(".evidence-source td:last-child")].map(cell =>
        [...cell.querySelectorAll("a")].map(a => [a.textContent, a.getAttribute("href"), a.getBoundingClientRect().height]))""")
    page.close()
    assert len(cells) > 80
    for links in cells:
        texts = [text for text, _, _ in links]
        assert len(texts) == len(set(texts)), links
        assert all(height >= 24 for _, _, height in links), links


def test_axe_finds_what_it_should(browser: Any, served: str) -> None:
    """The check is live: a page with an unlabelled button and grey-on-grey text fails it."""
    page = browser.new_page()
    page.goto(served, wait_until="networkidle")
    page.evaluate(
        """() => document.querySelector("article").insertAdjacentHTML("afterbegin",
        '<button id="bad"></button><p style="color:#bbb;background:#ccc">faint</p>')"""
    )
    page.add_script_tag(path=str(AXE))
    rules = {violation["rule"] for violation in page.evaluate(RUN_AXE)}
    page.close()
    assert {"button-name", "color-contrast"} <= rules
