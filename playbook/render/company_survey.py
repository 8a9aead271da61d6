"""The company page's ADKAR survey: the profile of the latest rounds, the barrier point and what to do about it."""

from __future__ import annotations

from dataclasses import replace

from playbook.company.company import CompanyPlaybook
from playbook.formatting import long_date, number, percent
from playbook.models.measurement import MIN_GROUP, SurveyRound
from playbook.render.context import RenderContext
from playbook.render.markdown import (
    INLINE_CLOSE,
    INLINE_OPEN,
    decision_table,
    escape_html,
    folded,
    paragraphs,
    raw_block,
)
from playbook.render.svg_bars import MAX_ROUNDS, ProfileText, adkar_profile


def _mean(ctx: RenderContext, value: float) -> str:
    return number(round(value, 2), ctx.language)


def barrier_element(ctx: RenderContext, element_id: str | None) -> str | None:
    """The title of the barrier element in the page's language; None when there is no barrier point."""
    if element_id is None:
        return None
    return next(ctx.text(e.title) for e in ctx.content.change_models["adkar"].elements if e.id == element_id)


def barrier_text(ctx: RenderContext, element_id: str | None) -> str:
    """'Barrier point: Desire' in the page's language, or 'no barrier point'."""
    element = barrier_element(ctx, element_id)
    return ctx.label("survey_no_barrier") if element is None else ctx.label("survey_barrier").format(element=element)


def _interventions(ctx: RenderContext, survey_round: SurveyRound) -> list[str]:
    if survey_round.barrier is None:
        return []
    element = next(e for e in ctx.content.change_models["adkar"].elements if e.id == survey_round.barrier)
    return [ctx.text(i) for i in element.interventions]


def _round(ctx: RenderContext, survey_round: SurveyRound, slug: str, latest: bool) -> str:
    """The latest round under its heading, its scores folded; an earlier round folded whole."""
    elements = {e.id: e for e in ctx.content.change_models["adkar"].elements}
    anchor = f"survey-{survey_round.date.isoformat()}"
    heading = ctx.label("survey_round").format(date=long_date(survey_round.date, ctx.language))
    header = [ctx.label("survey_element"), ctx.label("survey_mean"), ctx.label("survey_low_share")]
    rows = [
        [ctx.text(elements[s.element].title), _mean(ctx, s.mean), percent(s.low_share, ctx.language)]
        for s in survey_round.elements
    ]
    intro = ctx.counted(
        "survey_round_intro", survey_round.respondents, acceptance=percent(survey_round.acceptance, ctx.language)
    )
    table = decision_table(f"{slug}-{anchor}-table", header, rows)
    barrier = f'<p class="survey-barrier"><strong>{escape_html(barrier_text(ctx, survey_round.barrier))}</strong></p>'
    interventions = _interventions(ctx, survey_round)
    if not latest:
        todo = "".join(f"<li>{INLINE_OPEN}{i}{INLINE_CLOSE}</li>" for i in interventions)
        advice = f"<p>{escape_html(ctx.label('survey_interventions'))}</p><ul>{todo}</ul>" if todo else ""
        return folded(
            escape_html(heading), f"<p>{escape_html(intro)}</p>", table, f"{barrier}{advice}", summary_anchor=anchor
        )
    parts = [
        f"### {heading} {{ #{anchor} }}",
        intro,
        folded(escape_html(ctx.label("survey_scores_fold")), table),
        barrier,
    ]
    if interventions:
        parts.append(f"{ctx.label('survey_interventions')}\n\n" + "\n".join(f"- {i}" for i in interventions))
    return paragraphs(*parts)


def _profile(ctx: RenderContext, book: CompanyPlaybook) -> str:
    rounds = book.survey[-MAX_ROUNDS:]
    titles = {e.id: ctx.text(e.title) for e in ctx.content.change_models["adkar"].elements}
    values = "; ".join(
        f"{long_date(r.date, ctx.language)}: "
        + ", ".join(f"{titles[s.element]} {_mean(ctx, s.mean)}" for s in r.elements)
        for r in rounds
    )
    text = ProfileText(
        title=ctx.label("adkar_profile_title"),
        description=ctx.label("adkar_profile_desc").format(
            values=values, barrier=barrier_text(ctx, rounds[-1].barrier)
        ),
        element=lambda element: titles[element],
        value=lambda value: _mean(ctx, value),
        date=lambda r: long_date(r.date, ctx.language),
        threshold=ctx.label("adkar_threshold"),
        barrier=ctx.label("glance_barrier").lower(),
    )
    chart = adkar_profile(rounds, f"{book.company.slug}-adkar", text)
    return raw_block(
        f'<figure class="adkar-figure" id="adkar-profile">{chart}'
        f"<figcaption>{escape_html(ctx.label('adkar_profile_caption'))}</figcaption></figure>"
    )


def survey_section(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """The ADKAR profile of the latest rounds, then the rounds newest first, each with its barrier point and
    what to do about it; earlier rounds folded."""
    parts = [f"## {ctx.label('survey_title')} {{ #adkar-survey }}"]
    link = ctx.link("adkar-survey")
    if not book.survey:
        file = f"<code>{escape_html(book.company.slug)}.survey.csv</code>"
        return paragraphs(*parts, ctx.label("survey_none").format(file=file, link=link))
    parts.append(ctx.label("survey_intro").format(link=link))
    if book.company.survey_left_out:
        columns = ", ".join(f"<code>{escape_html(column)}</code>" for column in book.company.survey_left_out)
        parts.append(ctx.label("survey_left_out").format(columns=columns))
    shown = tuple(survey_round for survey_round in book.survey if survey_round.respondents >= MIN_GROUP)
    if shown:
        parts.append(_profile(ctx, replace(book, survey=shown)))
    for survey_round in reversed(book.survey):
        if survey_round.respondents >= MIN_GROUP:
            parts.append(_round(ctx, survey_round, book.company.slug, survey_round is shown[-1]))
        else:  # too few respondents to show without pointing at people
            heading = ctx.label("survey_round").format(date=long_date(survey_round.date, ctx.language))
            anchor = f"survey-{survey_round.date.isoformat()}"
            reason = ctx.counted("survey_too_small", survey_round.respondents, minimum=MIN_GROUP)
            parts += [f"### {heading} {{ #{anchor} }}", f'<p class="survey-too-small">{escape_html(reason)}</p>']
    return paragraphs(*parts)
