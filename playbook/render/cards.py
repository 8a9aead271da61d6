"""Method cards: the instruments page, and each card's template as Markdown and as RTF."""

from __future__ import annotations

from playbook.models.common import Language
from playbook.models.obligations import MethodCard
from playbook.render.context import RenderContext
from playbook.render.markdown import escape_html, paragraphs

TEMPLATE_DIR = "instrumenten"
"""Folder of the generated template downloads, in each language's site."""


MARKDOWN_SOURCE_SUFFIX = ".template"
"""MkDocs renders every .md file as a page: the Markdown template's source name ends in this suffix instead, and
the hook gives it the published name without it."""


def template_names(card: MethodCard, language: Language) -> dict[str, str]:
    """Format -> source path (under docs/) of the card's templates in ``language``."""
    stem = f"{TEMPLATE_DIR}/{card.id}.{language}"
    return {"md": f"{stem}.md{MARKDOWN_SOURCE_SUFFIX}", "rtf": f"{stem}.rtf"}


def published_name(source: str) -> str:
    """The name a template is served under: 'instrumenten/x.nl.md' for 'instrumenten/x.nl.md.template'."""
    return source.removesuffix(MARKDOWN_SOURCE_SUFFIX)


def template_files(ctx: RenderContext) -> dict[str, str]:
    """Source path -> text of every card's templates in the context's language."""
    files: dict[str, str] = {}
    for card in ctx.content.method_cards.cards:
        names = template_names(card, ctx.language)
        files[names["md"]] = template_markdown(ctx, card)
        files[names["rtf"]] = template_rtf(ctx, card)
    return files


def card_anchor(card_id: str) -> str:
    """The anchor of a card on the instruments page."""
    return f"card-{card_id}"


def method_card(ctx: RenderContext, card: MethodCard) -> str:
    """One card: purpose, time, people, steps, output, where the roadmap uses it, and its downloads."""
    activities = {a.id: a for a in ctx.content.roadmap.activities()}
    used = ", ".join(
        f"[{escape_html(ctx.text(activities[a].title))}]({ctx.link('roadmap', a)})" for a in card.activities
    )
    steps = "\n".join(f"{index}. {ctx.text(step)}" for index, step in enumerate(card.steps, start=1))
    names = template_names(card, ctx.language)
    downloads = " · ".join(
        f"[{ctx.label('card_download_' + fmt)}]({ctx.link(path)}){{ download }}" for fmt, path in names.items()
    )
    facts = "\n".join(
        [
            f"- **{ctx.label('card_purpose')}**: {ctx.text(card.purpose)}",
            f"- **{ctx.label('card_time')}**: {ctx.text(card.time)}",
            f"- **{ctx.label('card_people')}**: {ctx.text(card.people)}",
            f"- **{ctx.label('card_output')}**: {ctx.text(card.output)}",
        ]
        + ([f"- **{ctx.label('card_used_in')}**: {used}"] if used else [])
    )
    return paragraphs(
        f"## {ctx.text(card.title)} {{ #{card_anchor(card.id)} .method-card }}",
        facts,
        f"**{ctx.label('card_steps')}**",
        steps,
        f"**{ctx.label('card_template')}**: {downloads}",
    )


def method_cards(ctx: RenderContext) -> str:
    """The instruments page: the intro and every card."""
    data = ctx.content.method_cards
    return paragraphs(ctx.text(data.intro), *(method_card(ctx, card) for card in data.cards))


def template_markdown(ctx: RenderContext, card: MethodCard) -> str:
    """The card's template as a Markdown document to fill in."""
    lines = [f"# {ctx.text(card.title)}", "", ctx.text(card.purpose), ""]
    for section in card.template:
        lines += [f"## {ctx.text(section.heading)}", ""]
        for prompt in section.prompts:
            lines += [f"- {ctx.text(prompt)}", "", "  …", ""]
    return "\n".join(lines)


def _rtf_text(text: str) -> str:
    out = []
    for char in text:
        if char in "\\{}":
            out.append("\\" + char)
        elif ord(char) < 128:
            out.append(char)
        else:
            code = ord(char)
            if code > 0xFFFF:  # outside the basic plane: two UTF-16 units
                code -= 0x10000
                units = [0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)]
            else:
                units = [code]
            out.extend(f"\\u{unit - 65536 if unit > 32767 else unit}?" for unit in units)
    return "".join(out)


def template_rtf(ctx: RenderContext, card: MethodCard) -> str:
    """The card's template as an RTF document: plain text that Word, LibreOffice and Pages open."""
    paras = [
        f"{{\\pard\\sb120\\sa120\\b\\fs36 {_rtf_text(ctx.text(card.title))}\\par}}",
        f"{{\\pard\\sa200 {_rtf_text(ctx.text(card.purpose))}\\par}}",
    ]
    for section in card.template:
        paras.append(f"{{\\pard\\sb240\\sa120\\b\\fs28 {_rtf_text(ctx.text(section.heading))}\\par}}")
        for prompt in section.prompts:
            paras.append(f"{{\\pard\\sa60\\i {_rtf_text(ctx.text(prompt))}\\par}}")
            paras.append("{\\pard\\sa240 \\'85\\par}")
    lang = 1043 if ctx.language == "nl" else 2057
    return (
        f"{{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang{lang}{{\\fonttbl{{\\f0\\fswiss Arial;}}}}\\f0\\fs22\n"
        + "\n".join(paras)
        + "\n}\n"
    )
