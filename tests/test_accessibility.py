"""Accessibility: axe-core (from npm, pinned in package.json) on every page kind, in both colour schemes.

No critical or serious violation is accepted. Material's one finding on these pages, a search dialog
without an accessible name, is mended by docs/javascripts/accessibility.js, so the baseline is empty.
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
RUN_AXE = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]})
  return result.violations.map(v => ({
    rule: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 3).map(node => node.target.join(" "))
  }))
}"""


def violations(browser: Any, url: str, scheme: str) -> list[dict[str, Any]]:
    page = browser.new_page(color_scheme=scheme)
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
