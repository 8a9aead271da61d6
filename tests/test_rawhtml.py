"""HTML blocks kept out of the Markdown conversion come back unchanged, with their anchors counted."""

from __future__ import annotations

import markdown
from hypothesis import given
from hypothesis import strategies as st

from macros import rawhtml
from playbook.render.markdown import escape_html, paragraphs, raw_block


def test_a_marked_block_comes_back_as_written_and_the_markdown_around_it_is_converted() -> None:
    block = '<ul class="checklist"><li id="m01-item">*not emphasis* &amp; [no link](x.md)</li></ul>'
    source = paragraphs("## Roadmap", "Some *text*.", raw_block(block), "More.")
    aside, kept = rawhtml.set_aside(source)
    assert kept == [block]
    assert block not in aside
    html = rawhtml.put_back(markdown.markdown(aside), kept)
    assert block in html
    assert "<em>text</em>" in html
    assert "<!--raw" not in html
    assert rawhtml.anchor_ids(kept) == {"m01-item"}


@given(st.lists(st.text(max_size=40), max_size=5))
def test_escaped_text_in_blocks_round_trips(texts: list[str]) -> None:
    blocks = [f'<p id="b{index}">{escape_html(text)}</p>' for index, text in enumerate(texts)]
    source = "\n\n".join(["intro", *(raw_block(block) for block in blocks), "outro"])
    aside, kept = rawhtml.set_aside(source)
    assert kept == blocks
    assert rawhtml.put_back(aside, kept) == "\n\n".join(["intro", *blocks, "outro"])
    assert rawhtml.anchor_ids(kept) == {f"b{index}" for index in range(len(texts))}
