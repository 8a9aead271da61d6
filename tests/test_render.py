"""Renderers are pure functions: table cells stay cells, links are relative, money is local."""

from __future__ import annotations

import datetime as dt
import html
import re
import string

import markdown
import pytest
from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st

from playbook import Content
from playbook.formatting import measured, money, percent
from playbook.measure.trends import kpi_trends
from playbook.models.measurement import Measurement
from playbook.render.blocks import evidence_links
from playbook.render.context import RenderContext
from playbook.render.escape import plain
from playbook.render.markdown import table
from playbook.render.svg import BOTTOM, HEIGHT, TOP, ChartText, kpi_chart
from playbook.rules.kpis import kpi_series


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
    assert percent(4.5, "nl") == "5\u00a0%"
    assert percent(4.5, "en") == "5%"
    assert percent(1234.5, "nl") == "1.235\u00a0%"
    assert percent(0.29, "en") == "0%"


@pytest.mark.parametrize(
    ("value", "nl", "en"),
    [
        (66.6667, "67\u00a0%", "67%"),
        (62.5, "63\u00a0%", "63%"),
        (0.5, "1\u00a0%", "1%"),
        (2.5, "3\u00a0%", "3%"),
        (99.49, "99\u00a0%", "99%"),
        (100, "100\u00a0%", "100%"),
        (0, "0\u00a0%", "0%"),
    ],
)
def test_a_percentage_is_whole_and_halves_go_up(value: float, nl: str, en: str) -> None:
    """Python's round() takes halves to the even neighbour (62.5 -> 62); the site always goes up."""
    assert (percent(value, "nl"), percent(value, "en")) == (nl, en)


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [(66.6667, "% van het team positief", "67"), (2.3456, "gemiddeld niveau (1–5)", "2,35"), (12.5, "%", "13")],
)
def test_a_measured_percentage_is_whole_other_values_keep_two_decimals(value: float, unit: str, expected: str) -> None:
    assert measured(value, unit, "nl") == expected


ENTITY = re.compile(r"&#[0-9]+;")
HOSTILE_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(string.punctuation + " \n\t"), st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"])
    ),
    max_size=60,
)
"""Printable text rich in ASCII punctuation (the characters of tags, links, emphasis, cells and templates);
company files refuse control characters (YAML's printable-text rule)."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a<b", "a&#60;b"),
        ("{{ x }}", "&#123;&#123; x &#125;&#125;"),
        ("line\nbreak  and\ttab", "line break and tab"),
        ("café €", "café €"),  # only ASCII punctuation is encoded
    ],
)
def test_plain_encodes_ascii_punctuation(text: str, expected: str) -> None:
    assert plain(text) == expected


@given(HOSTILE_TEXT)
def test_plain_leaves_no_punctuation_and_decodes_to_the_text(text: str) -> None:
    """Outside its own numeric entities the result has no ASCII punctuation and no line break, and an HTML
    reader decodes it to the text with its runs of white space made one space."""
    encoded = plain(text)
    assert not set(ENTITY.sub("", encoded)) & set(string.punctuation + "\n\r")
    assert html.unescape(encoded) == " ".join(text.split())


@given(HOSTILE_TEXT.filter(lambda text: text.strip()))
def test_plain_text_reads_as_written_in_a_markdown_paragraph(text: str) -> None:
    """Python-Markdown makes one paragraph of it, with no element inside, that reads as the text."""
    rendered = markdown.markdown(plain(text), extensions=["tables", "attr_list", "md_in_html"])
    paragraph = BeautifulSoup(rendered, "html.parser")
    assert [tag.name for tag in paragraph.find_all(True)] == ["p"]
    assert paragraph.get_text() == " ".join(text.split())


def test_a_value_outside_the_scale_stays_on_the_chart(content: Content) -> None:
    points = [
        Measurement(dt.date(2026, 3, 31), "competence_index", 2),
        Measurement(dt.date(2026, 4, 30), "competence_index", 7),
        Measurement(dt.date(2026, 5, 31), "competence_index", -1),
    ]
    trends = kpi_trends(content.kpis.kpis, points)
    series = next(
        s for s in kpi_series(content.kpis.kpis, points, dt.date(2026, 6, 1), dt.date(2026, 3, 1), trends) if s.latest
    )
    text = ChartText("t", "d", str, lambda d: d.isoformat(), "target")
    soup = BeautifulSoup(kpi_chart(series, "c", text), "html.parser")
    heights = [float(str(c["cy"])) for c in soup.select("circle")]
    assert all(TOP <= cy <= HEIGHT - BOTTOM for cy in heights), heights
    assert len(soup.select("circle.kpi-out-of-scale")) == 2
    assert [t.get_text() for t in soup.select("text.kpi-month")] == ["2026-03-01", "2026-04-01", "2026-05-01"]
