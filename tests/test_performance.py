"""What a page view costs a reader's browser: no layout shift from the header while scripts start."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import needs_chromium

pytestmark = [pytest.mark.audit, needs_chromium]

OBSERVE_SHIFTS = """
window.shifts = [];
new PerformanceObserver(list => {
  for (const entry of list.getEntries())
    for (const source of entry.sources)
      if (source.node && source.node.closest && source.node.closest(".md-header"))
        window.shifts.push([entry.value, source.node.className || source.node.nodeName])
}).observe({type: "layout-shift", buffered: true});
"""


@pytest.mark.parametrize("width", [412, 1350])
@pytest.mark.parametrize("page", ["", "roadmap/", "en/", "playbook/demo-cold-chain/"])
def test_the_header_does_not_move_when_the_scripts_start(browser: Any, served: str, page: str, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 823})
    tab = context.new_page()
    tab.add_init_script(OBSERVE_SHIFTS)
    tab.goto(served + page, wait_until="networkidle")
    tab.wait_for_timeout(500)
    shifts = tab.evaluate("window.shifts")
    searchable = (
        tab.locator(".md-search").is_visible() or tab.locator("label.md-header__button[for='__search']").is_visible()
    )
    context.close()
    assert shifts == []
    assert searchable  # the search box (or its button) is there from the first paint, not added later
