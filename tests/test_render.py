"""Renderers are pure functions: table cells stay cells, links are relative, money is local."""

from __future__ import annotations

import markdown
from hypothesis import given
from hypothesis import strategies as st

from playbook import Content
from playbook.formatting import money, percent
from playbook.render.blocks import evidence_links
from playbook.render.context import RenderContext
from playbook.render.markdown import table


@given(st.lists(st.lists(st.text(min_size=1, max_size=30), min_size=3, max_size=3), min_size=1, max_size=4))
def test_any_cell_text_keeps_the_table_shape(rows: list[list[str]]) -> None:
    html = markdown.markdown(table(["a", "b", "c"], rows), extensions=["tables"])
    assert html.count("<tr>") == len(rows) + 1
    for line in html.split("<tr>")[2:]:
        assert line.count("<td") == 3


def test_pipes_and_newlines_are_escaped_in_cells() -> None:
    assert table(["x"], [["a | b\nc"]]).splitlines()[-1] == "| a \\| b<br>c |"


def test_evidence_links_are_relative_to_the_page(content: Content) -> None:
    entry = content.evidence.evidence[0]
    top = evidence_links(RenderContext(content, "nl", "uitdaging.md"), [entry.id])
    deep = evidence_links(RenderContext(content, "nl", "casestudies/logistics.md"), [entry.id])
    assert f"(bronnen.md#ev-{entry.id} " in top
    assert f"(../bronnen.md#ev-{entry.id} " in deep


def test_money_and_percent_follow_the_locale() -> None:
    assert money(18000, "nl") == "€ 18.000"
    assert money(18000, "en") == "€18,000"
    assert money(1499.5, "nl") == "€ 1.500"
    assert percent(4.5, "nl") == "4,5\u00a0%"
    assert percent(4.5, "en") == "4.5\u00a0%"
