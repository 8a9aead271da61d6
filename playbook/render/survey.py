"""The ADKAR survey as a printable questionnaire, with how its answers are read and a template to download."""

from __future__ import annotations

from playbook.render.change import element_name
from playbook.render.context import RenderContext
from playbook.render.markdown import escape_html, paragraphs

TEMPLATE = "downloads/adkar-survey-template.csv"
"""The answer template under docs/ (see playbook.export.survey_templates): a row per answered statement."""
XLSX_TEMPLATE = {"nl": "downloads/adkar-enquete-sjabloon.xlsx", "en": "downloads/adkar-survey-template.xlsx"}
"""The Excel template per language: a row per respondent, a column per statement, as Forms exports them."""


def adkar_survey(ctx: RenderContext) -> str:
    """The questionnaire: instructions, one table per element with boxes 1–5, the reading rules, the template."""
    survey = ctx.content.survey
    elements = ctx.content.change_models["adkar"].elements
    scale = " · ".join(f"{n} = {ctx.text(text)}" for n, text in enumerate(survey.scale, start=1))
    boxes = "".join(f'<td class="survey-box">{n}</td>' for n in range(1, 6))
    head = "".join(f'<th scope="col">{n}</th>' for n in range(1, 6))
    parts = [ctx.text(survey.instructions), f"**{ctx.label('survey_scale')}**: {escape_html(scale)}"]
    number = 0
    for element in elements:
        rows = []
        for statement in (s for s in survey.statements if s.element == element.id):
            number += 1
            rows.append(
                f'<tr id="statement-{statement.id}"><th scope="row">{number}. {escape_html(ctx.text(statement.text))}</th>'
                f"{boxes}</tr>"
            )
        caption = element_name(ctx, element.key, ctx.text(element.title), both="{key}: {title}")
        parts.append(
            f'<table class="survey-form" id="survey-{element.id}"><caption>{caption}</caption>'
            f'<thead><tr><th scope="col">{escape_html(ctx.label("survey_statement"))}</th>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
    parts += [
        f"## {ctx.label('survey_reading')} {{ #reading }}",
        "\n".join(f"- {ctx.text(rule)}" for rule in survey.rules),
        ctx.label("survey_template").format(
            link=ctx.link(TEMPLATE),
            xlsx=ctx.link(XLSX_TEMPLATE[ctx.language]),
            file="<code>&lt;slug&gt;.survey.csv</code>",
            workbook="<code>&lt;slug&gt;.survey.xlsx</code>",
        ),
    ]
    return paragraphs(*parts)
