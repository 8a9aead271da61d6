"""The fast path: HTML blocks kept out of the Markdown conversion come back unchanged, with their anchors counted;
what it writes as HTML reads as what Markdown writes, and what it does not understand is left to Markdown."""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup
from hypothesis import assume, given
from hypothesis import strategies as st
from mkdocs.config import load_config
from mkdocs.structure.toc import TableOfContents, get_toc

from macros import fastpath
from macros.fastpath import plainblocks
from macros.fastpath.inline import as_html
from playbook.content import Content
from playbook.render.context import RenderContext
from playbook.render.legal import applies, legal_link, legal_status
from playbook.render.markdown import decision_table, escape_html, folded, paragraphs, raw_block
from playbook.render.markdown import table as markdown_table
from tests.conftest import Site, run_mkdocs
from tests.test_engine import with_options


def test_a_marked_block_comes_back_as_written_and_the_markdown_around_it_is_converted() -> None:
    block = '<ul class="checklist"><li id="m01-item">*not emphasis* &amp; [no link](x.md)</li></ul>'
    source = paragraphs("## Roadmap", "Some *text*.", raw_block(block), "More.")
    aside, kept = fastpath.set_aside(source)
    assert kept == [block]
    assert block not in aside
    html = fastpath.put_back(markdown.markdown(aside), kept)
    assert block in html
    assert "<em>text</em>" in html
    assert "<!--raw" not in html
    assert fastpath.anchor_ids(kept) == {"m01-item"}


@given(st.lists(st.text(max_size=40), max_size=5))
def test_escaped_text_in_blocks_round_trips(texts: list[str]) -> None:
    blocks = [f'<p id="b{index}">{escape_html(text)}</p>' for index, text in enumerate(texts)]
    source = "\n\n".join(["intro", *(raw_block(block) for block in blocks), "outro"])
    aside, kept = fastpath.set_aside(source)
    assert kept == blocks
    assert same_blocks(fastpath.put_back(aside, kept)) == same_blocks("\n\n".join(["intro", *blocks, "outro"]))
    assert fastpath.anchor_ids(kept) == {f"b{index}" for index in range(len(texts))}


# The site's Markdown: what MkDocs converts every page with (mkdocs.yml's markdown_extensions).
SITE_MARKDOWN = load_config(str(Path(__file__).parent.parent / "mkdocs.yml"))


def site_html(text: str) -> str:
    """``text`` converted as MkDocs converts a page (without MkDocs's own link rewriting)."""
    converter = markdown.Markdown(
        extensions=SITE_MARKDOWN["markdown_extensions"], extension_configs=SITE_MARKDOWN["mdx_configs"] or {}
    )
    return str(converter.convert(text))


def through_aside(text: str, *, generated: bool = False) -> str:
    """``text`` converted with its marked blocks kept aside and put back, as the plugin does."""
    aside, kept = fastpath.set_aside(text, generated=generated)
    return fastpath.put_back(site_html(aside), kept)


def same_blocks(html: str) -> list[str]:
    """The HTML without the blank lines between blocks, which a reader never sees."""
    return [line for line in html.splitlines() if line.strip()]


CELLS = st.one_of(
    st.sampled_from(
        [
            "",
            "team of afdeling",
            "€ 18.000",
            "12",
            "0,35–0,7 fte",
            "70:20:10",
            "see :smile: here",
            "**3**",
            "*vacant*",
            "a | b",
            "Bakker&#44; El Amrani",
            "R&D",
            "one<br>two",
            '<strong class="gap-highlight">2 ⚠</strong>',
            "[ADKAR](https://example.org/adkar)",
            '[WOR](https://example.org/wor "title"){ .evidence-ref data-evidence="wor" }',
            "`kind`",
            "x < y > z",
            "snake_case_word",
        ]
    ),
    # Raw HTML openers ("<?", "<!", "<tag") make Python-Markdown itself inconsistent (a stray "</div>" for
    # "<?"): the fast path leaves such cells to Markdown, so the comparison only draws text without "<".
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"), exclude_characters="<"), max_size=20
    ),
)


@given(
    st.lists(CELLS, min_size=1, max_size=4).flatmap(
        lambda header: st.tuples(
            st.just(header), st.lists(st.lists(CELLS, min_size=len(header), max_size=len(header)), max_size=4)
        )
    )
)
def test_an_html_table_reads_as_the_pipe_table_it_replaces(table: tuple[list[str], list[list[str]]]) -> None:
    header, rows = table
    pipe = f'<div class="decision-table" id="t" markdown>\n\n{markdown_table(header, rows)}\n</div>'
    assert same_blocks(through_aside(paragraphs("Intro.", decision_table("t", header, rows), "Outro."))) == same_blocks(
        site_html(paragraphs("Intro.", pipe, "Outro."))
    )


GENERATED_PAGE = paragraphs(
    "# Title { #top }",
    "A plain paragraph: € 18.000 and 12 %, 3 of 9.",
    "A paragraph with **bold**, a [link](https://example.org) and `code`.",
    '!!! tip "Plain title"\n\n    One line of advice with a [link](https://example.org).',
    '!!! warning "Two paragraphs"\n\n    First.\n\n    Second.',
    "A term\n\n: Its definition",
    "Term two",
    ": Definition two",
    "- a list\n- of items",
    "1. numbered",
    "machinebouw · 120 medewerkers\n{ .lead }",
    '<div class="marker" hidden></div>',
    '<div class="box" markdown>',
    "Inside a box.",
    "</div>",
    '<div class="raw">',
    "Raw *text*.",
    "</div>",
    "Last words.",
)


def test_plain_blocks_of_a_generated_page_read_as_their_markdown() -> None:
    aside, kept = fastpath.set_aside(GENERATED_PAGE, generated=True)
    assert "<p>A plain paragraph: € 18.000 and 12 %, 3 of 9.</p>" in kept
    assert not any("Term two" in block or "Its definition" in block or "Inside" in block for block in kept)
    assert same_blocks(fastpath.put_back(site_html(aside), kept)) == same_blocks(site_html(GENERATED_PAGE))


def test_pages_written_by_authors_keep_their_paragraphs_in_markdown() -> None:
    _, kept = fastpath.set_aside(GENERATED_PAGE)
    assert kept == []


def test_a_legal_link_is_the_html_its_markdown_link_made(content: Content) -> None:
    ctx = RenderContext(content, "nl", "playbook/x.md")
    for entry in (entry for entry in content.evidence.evidence if entry.kind == "legal" and entry.url):
        name = ctx.text(entry.figure).replace("[", "(").replace("]", ")")
        title = escape_html(legal_status(ctx, entry))
        link = f'[{name}]({entry.link("nl")} "{title}"){{ .evidence-ref .legal-ref data-evidence="{entry.id}" }}'
        when = applies(ctx, entry)
        after = f' <span class="legal-applies">({when})</span>' if when else ""
        assert site_html(legal_link(ctx, entry)) == site_html(link + after)


def contents(toc: TableOfContents) -> list[tuple[int, str, str, int]]:
    """Every entry of a table of contents, depth first: level, id, title and number of children."""
    entries = []
    for item in toc:
        entries.append((item.level, item.id, item.title, len(item.children)))
        entries += contents(TableOfContents(item.children))
    return entries


PAGE_WITH_HEADINGS = paragraphs(
    "# Plan for Acme B&#46;V&#46;",
    "Lead.",
    "## Budget { #budget }",
    "Plain text.",
    "### Costs, 2027 { #costs .costs }",
    "## Use of *emphasis* { #emphasis }",
    "### Risk's list { #risk-list }",
    "- one\n- two",
    "## Last { #last }",
)


def test_headings_of_a_generated_page_read_and_list_as_their_markdown() -> None:
    style = plainblocks.HeadingStyle("&para;", "Link to this section")
    config = {"permalink": True, "permalink_title": "Link to this section"}
    assert plainblocks.heading_style(config) == style
    aside, kept = fastpath.set_aside(PAGE_WITH_HEADINGS, generated=True, headings=style)
    assert '<h3 class="costs" id="costs">' in "".join(kept)
    assert not any("emphasis" in block for block in kept)  # Markdown in a heading: left to Markdown
    options = {**(SITE_MARKDOWN["mdx_configs"] or {}), "toc": config}
    plain, kept_side = (
        markdown.Markdown(extensions=SITE_MARKDOWN["markdown_extensions"], extension_configs=options) for _ in "ab"
    )
    expected = plain.convert(PAGE_WITH_HEADINGS)
    converted = kept_side.convert(aside)
    assert same_blocks(fastpath.put_back(converted, kept)) == same_blocks(expected)
    toc = fastpath.table_of_contents(converted, kept, get_toc(kept_side.toc_tokens))
    assert contents(toc) == contents(get_toc(plain.toc_tokens))
    assert [entry[1] for entry in contents(toc)] == [
        "plan-for-acme-bv",
        "budget",
        "costs",
        "emphasis",
        "risk-list",
        "last",
    ]


def test_permalinks_of_another_kind_leave_headings_to_markdown() -> None:
    assert plainblocks.heading_style({"permalink": False}) is None
    assert plainblocks.heading_style({"permalink": True, "anchorlink": True}) is None


def reading(page: Path) -> tuple[str, list[tuple[str, str, str]], list[tuple[str, str]]]:
    """What a reader sees of a built page: its text, its headings (level, id, text) and its table of contents."""
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    article = soup.select_one("article") or soup
    text = " ".join(article.get_text(" ").split())
    headings = [
        (heading.name, str(heading.get("id", "")), " ".join(heading.get_text(" ").split()))
        for heading in article.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])
    ]
    toc = [
        (str(link.get("href", "")), " ".join(link.get_text(" ").split()))
        for link in soup.select("nav.md-nav--secondary a.md-nav__link")
    ]
    return text, headings, toc


def test_the_site_reads_the_same_without_the_fast_path(site: Site, project_copy: Path, tmp_path: Path) -> None:
    with_options(project_copy, "      fast_path: false\n")
    built = run_mkdocs(project_copy, tmp_path / "site")
    assert built.returncode == 0, built.stderr
    slow = Site(tmp_path / "site")
    pages = [page.relative_to(site.root) for page in site.pages()]
    assert pages == [page.relative_to(slow.root) for page in slow.pages()]
    company_pages = [page for page in pages if page.parts[0] == "playbook" and len(page.parts) == 3]
    assert company_pages  # the pages the fast path is for
    differences = {
        page.as_posix(): (reading(site.root / page), reading(slow.root / page))
        for page in pages
        if reading(site.root / page) != reading(slow.root / page)
    }
    assert differences == {}


SITE_HEADINGS = plainblocks.heading_style(SITE_MARKDOWN["mdx_configs"]["toc"])


def markdown_only(text: str) -> str:
    """``text`` as Markdown alone converts it (the plugin's `fast_path: false`)."""
    return site_html(fastpath.set_aside(text, fast=False)[0])


UNUSUAL = [
    "Het *lopende* werk. { .note }",
    "Een [bron](https://example.org) { #anchor }",
    "x < y en *z*",
    "een `open code",
    "a <? b *c*",
    "pad C:\\temp en *x*",
    "a | b *c*",
]


@pytest.mark.parametrize("text", UNUSUAL)
def test_what_the_fast_path_does_not_understand_reads_as_markdown_writes_it(text: str) -> None:
    page = paragraphs(
        "# Title { #top }",
        text,
        f"- {text}\n- two",
        f'!!! note "Note"\n\n    {text}',
        decision_table("t", ["Kop", "Getal"], [[text, "1"], ["plain", "2"]]),
        "Outro.",
    )
    aside, kept = fastpath.set_aside(page, generated=True)
    assert same_blocks(fastpath.put_back(site_html(aside), kept)) == same_blocks(markdown_only(page))
    assert not any(text in block for block in kept)


WORDS = st.text(alphabet="abc xyz1*_`[]()!{}#.:-|\\&=~^+<>\"'/;", min_size=1, max_size=16).map(str.strip).filter(bool)
BLOCKS = st.one_of(
    WORDS,
    WORDS.map(lambda text: f"- {text}\n- {text[::-1] or 'x'}"),
    WORDS.map(lambda text: f'!!! tip "Tip"\n\n    {text}'),
    WORDS.map(lambda text: f"## {text} {{ #h-{abs(hash(text)) % 1000} }}"),
    WORDS.map(lambda text: f"{text}\n{{ .lead }}"),
    st.lists(st.lists(WORDS, min_size=2, max_size=2), max_size=3).map(
        lambda rows: decision_table("t", ["a", "b"], rows)
    ),
    st.tuples(WORDS, st.lists(st.lists(WORDS, min_size=2, max_size=2), max_size=3), st.booleans()).map(
        lambda fold: folded(
            escape_html(fold[0]), decision_table("f", ["a", "b"], fold[1]), anchor="fold", unfolded=fold[2]
        )
    ),
    st.tuples(WORDS, WORDS).map(lambda fold: folded(escape_html(fold[0]), raw_block(f"<p>{escape_html(fold[1])}</p>"))),
)


def well_formed(html: str) -> bool:
    """True when every block element Python-Markdown opened it also closed, and no more: for some input (`&#`,
    `<?` in a `<div markdown>`) it writes a stray closing tag or leaves the `markdown` attribute in, and the fast
    path need not copy that."""
    return " markdown>" not in html and all(
        len(re.findall(rf"<{tag}[\s>]", html)) == html.count(f"</{tag}>")
        for tag in ("div", "table", "ul", "ol", "li", "p", "h1", "h2", "details")
    )


def test_a_fold_of_html_blocks_is_kept_whole_and_reads_as_its_markdown() -> None:
    fold = folded(
        "Punten per criterium", decision_table("punten", ["Criterium", "Punten"], [["Omvang", "2"]]), unfolded=True
    )
    page = paragraphs("# Titel { #top }", fold, "Daarna.")
    aside, kept = fastpath.set_aside(page, generated=True, headings=SITE_HEADINGS)
    assert "<details" not in aside  # nothing left for md_in_html to parse
    assert " markdown>" not in aside
    html = fastpath.put_back(site_html(aside), kept)
    assert same_blocks(html) == same_blocks(markdown_only(page))
    assert '<details class="fold" open="open">\n<summary>Punten per criterium</summary>' in html


def test_a_fold_with_markdown_inside_is_left_to_markdown() -> None:
    fold = folded("Links", "- [Plan](plan.md)\n- [Budget](budget.md)")
    aside, _ = fastpath.set_aside(paragraphs("# Titel { #top }", fold), generated=True, headings=SITE_HEADINGS)
    assert '<details class="fold" markdown>' in aside


@given(st.lists(BLOCKS, min_size=1, max_size=6))
def test_a_generated_page_reads_the_same_with_and_without_the_fast_path(blocks: list[str]) -> None:
    page = paragraphs("# Title { #top }", *blocks)
    expected = markdown_only(page)
    assume(well_formed(expected))
    aside, kept = fastpath.set_aside(page, generated=True, headings=SITE_HEADINGS)
    assert same_blocks(fastpath.put_back(site_html(aside), kept)) == same_blocks(expected)


PLAIN = st.text(alphabet="abc xyz1;,.()'-/", min_size=1, max_size=16).map(str.strip).filter(bool)
EMPHASISED = st.one_of(WORDS, PLAIN).flatmap(lambda text: st.sampled_from([text, f"*{text}*", f"**{text}**"]))


@given(EMPHASISED)
def test_inline_text_written_at_once_is_what_markdown_writes(text: str) -> None:
    """Marked inline text is converted as a cell of a one-column table at the end of the page: what it writes
    at once is what that cell would hold."""
    html = as_html(text)
    if html is not None:  # else it is converted with the page
        assert site_html(f"| cell |\n| --- |\n| {text} |\n").split("<td>")[1].split("</td>")[0] == html


def test_plain_and_emphasised_inline_text_needs_no_conversion() -> None:
    block = "<ul><li><!--md-->*vacant*<!--/md--></li><li><!--md-->**[Plan](plan.md)**<!--/md--></li></ul>"
    aside, kept = fastpath.set_aside(paragraphs("Intro.", raw_block(block)))
    assert kept == ["<ul><li><em>vacant</em></li><li><!--inline:0--></li></ul>"]
    html = fastpath.put_back(site_html(aside), kept)
    assert '<li><em>vacant</em></li><li><strong><a href="plan.md">Plan</a></strong></li>' in html
