"""Change-model cards, model details and the model-selection decision table."""

from __future__ import annotations

from playbook.models.change import ChangeModel, ModelId
from playbook.models.common import Language
from playbook.render.blocks import evidence_links, statements
from playbook.render.context import RenderContext
from playbook.render.markdown import decision_table, escape_html, indent, paragraphs

MODEL_ORDER: tuple[ModelId, ...] = ("adkar", "kotter", "easier")


def _models(ctx: RenderContext) -> list[ChangeModel]:
    return [ctx.content.change_models[model_id] for model_id in MODEL_ORDER]


def model_cards(ctx: RenderContext) -> str:
    """The three models side by side: focus, typical duration, elements; each links to its details."""
    cards = []
    for model in _models(ctx):
        fit = model.fit
        duration = ctx.label("months_range").format(low=fit.timeframe_min_months, high=fit.timeframe_max_months)
        card = "\n".join(
            [
                f"-   **[{model.name}]({ctx.link('change-models', model.id)})** · {ctx.text(model.origin)}",
                "",
                "    ---",
                "",
                f"    {ctx.text(model.focus)}",
                "",
                f"    {ctx.label('typical_duration')}: {duration}{evidence_links(ctx, fit.evidence)} · "
                f"{ctx.counted('elements_count', len(model.elements))}",
            ]
        )
        cards.append(card)
    return '<div class="grid cards" markdown>\n\n' + "\n\n".join(cards) + "\n\n</div>\n"


ELEMENT_KEY_LANGUAGE: Language = "en"
"""The language of the models' original element names ('Awareness', 'Create urgency')."""


def element_name(ctx: RenderContext, key: str, title: str, both: str = "{key} ({title})") -> str:
    """'Awareness (Bewustzijn)' in Dutch, the original name marked as English; in English the original name alone
    (never 'Recognize (Recognise)'). HTML; ``both`` joins the two names."""
    if ctx.language == ELEMENT_KEY_LANGUAGE:
        return escape_html(key)
    original = f'<span lang="{ELEMENT_KEY_LANGUAGE}">{escape_html(key)}</span>'
    return original if key.casefold() == title.casefold() else both.format(key=original, title=escape_html(title))


def model_details(ctx: RenderContext, model_id: str) -> str:
    """One model in full: summary, its elements or steps, and the notes for SMEs."""
    model = ctx.content.change_models[model_id]
    lines = []
    for index, element in enumerate(model.elements, start=1):
        badge = f' :material-star:{{ title="{escape_html(ctx.label("sme_focus"))}" }}' if element.sme_focus else ""
        title = ctx.text(element.title)
        name = element_name(ctx, element.key, title)
        line = f"{index}. **{name}**{badge}: {ctx.text(element.description)}"
        if element.ai_adaptation:
            line += f"\n\n{indent(ctx.label('ai_adaptation') + ': ' + ctx.text(element.ai_adaptation), 4)}"
        lines.append(line)
    elements_html = (
        f'<div class="model-elements" id="{model.id}-elements" markdown>\n\n' + "\n\n".join(lines) + "\n\n</div>"
    )
    has_focus = any(element.sme_focus for element in model.elements)
    return paragraphs(
        f"## {ctx.text(model.title)} {{ #{model.id} }}",
        ctx.text(model.summary),
        ctx.text(model.elements_intro) if model.elements_intro else "",
        elements_html,
        f":material-star: {ctx.label('sme_focus_legend')}" if has_focus else "",
        statements(ctx, model.notes),
    )


def selection_table(ctx: RenderContext) -> str:
    """The model-selection decision table: one row per criterion, one column per model."""
    selection = ctx.content.model_selection
    models = _models(ctx)
    header = [ctx.label("criterion"), *(model.name for model in models)]
    rows = [
        [
            ctx.text(criterion.title) + evidence_links(ctx, criterion.evidence),
            *(ctx.text(criterion.value(model.id)) for model in models),
        ]
        for criterion in selection.criteria
    ]
    return paragraphs(
        f"## {ctx.label('model_selection_heading')} {{ #model-selection }}",
        statements(ctx, selection.intro),
        decision_table("model-selection-table", header, rows),
        statements(ctx, selection.advice),
    )
