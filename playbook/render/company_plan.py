"""The company page's second half: competences, risk flags, use cases and exports."""

from __future__ import annotations

import datetime as dt

from playbook.company.company import CompanyPlaybook
from playbook.export.document_markdown import MARKDOWN_SOURCE_SUFFIX
from playbook.export.exports import ExportFiles
from playbook.export.instruments import planned_documents
from playbook.formatting import long_date, money, number, percent
from playbook.render import prohibited
from playbook.render.context import RenderContext, summary_page_path
from playbook.render.escape import plain, plain_in
from playbook.render.markdown import (
    INLINE_CLOSE,
    INLINE_OPEN,
    decision_table,
    escape_html,
    folded,
    paragraphs,
    raw_block,
)
from playbook.rules.risks import Fact, RiskFlag


def competence_section(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """Gaps per area with the build-or-buy advice, the 70:20:10 amounts and the hybrid-team roles."""
    plan, lang = book.competences, ctx.language
    rubric = {level.level: level for level in ctx.content.competence_plan.rubric}
    rows = []
    for area in plan.areas:
        score = "–" if area.score is None else f"{area.score} · {ctx.text(rubric[area.score].title)}"
        gap = "–" if area.gap is None else str(area.gap)
        if area.highlight:
            gap = f'<strong class="gap-highlight">{gap} ⚠</strong>'
        build = "<br>".join(ctx.text(row.build_internally) for row in area.rows)
        buy = "<br>".join(ctx.text(row.buy_externally) if row.buy_externally else "–" for row in area.rows)
        rows.append(
            [
                ctx.text(area.area.title),
                score,
                f"{area.target} · {ctx.text(rubric[area.target].title)}",
                gap,
                build,
                buy,
            ]
        )
    header = [
        ctx.label("competence"),
        ctx.label("your_score"),
        ctx.label("target_level"),
        ctx.label("gap"),
        ctx.label("build_internally"),
        ctx.label("buy_externally"),
    ]
    parts = [f"## {ctx.label('competence_plan')} {{ #competences }}"]
    if not plan.assessed:
        parts.append(f'!!! info "{ctx.label("no_assessment_title")}"\n\n    {ctx.label("no_assessment")}')
    rubric_items = "".join(
        f"<li><strong>{escape_html(ctx.text(lvl.title))}</strong>: "
        f"{INLINE_OPEN}{ctx.text(lvl.description)}{INLINE_CLOSE}</li>"
        for lvl in rubric.values()
    )
    parts += [
        folded(
            escape_html(ctx.label("competence_gaps_fold")),
            decision_table("competence-gaps", header, rows),
            f'<p class="fold-head">{escape_html(ctx.label("rubric_title"))}</p><ol>{rubric_items}</ol>',
        ),
        f"*{ctx.text(ctx.content.competence_plan.targets_note)}*",
    ]
    split = ctx.content.competence_matrix.split
    sourcing_header = [
        ctx.label("reserve_share"),
        ctx.label("split_competence").format(pct=percent(ctx.content.budget.competence_pct, lang)),
        f"{ctx.label('split_internal').capitalize()} ({percent(split.internal_pct, lang)})",
        f"{ctx.label('split_partnerships').capitalize()} ({percent(split.partnerships_pct, lang)})",
        f"{ctx.label('split_external').capitalize()} ({percent(split.external_pct, lang)})",
    ]
    sourcing_rows = [
        [
            percent(s.reserve_pct, lang),
            money(s.competence, lang),
            money(s.internal, lang),
            money(s.partnerships, lang),
            money(s.external, lang),
        ]
        for s in plan.sourcing
    ]
    intro = ctx.label("sourcing_intro").format(pct=percent(ctx.content.budget.competence_pct, lang))
    role_rows = [
        [ctx.text(staffed.role.title), plain(staffed.names) if staffed.names else f"*{ctx.label('vacant')}*"]
        for staffed in plan.roles
    ]
    parts += [
        folded(
            escape_html(ctx.label("sourcing_title")),
            f"<p>{INLINE_OPEN}{intro}{INLINE_CLOSE}</p>",
            decision_table("sourcing-split", sourcing_header, sourcing_rows),
            anchor="sourcing",
        ),
        folded(
            escape_html(ctx.label("hybrid_team_title")),
            decision_table("hybrid-roles", [ctx.label("role"), ctx.label("name")], role_rows),
            anchor="hybrid-team",
        ),
    ]
    return paragraphs(*parts)


def risk_name(ctx: RenderContext, source: str, ref: str) -> str:
    """The title of the failure cause or mistake a risk stands for."""
    return _risk_source(ctx, source, ref)[0]


def _risk_source(ctx: RenderContext, source: str, ref: str) -> tuple[str, float | None]:
    if source == "mistake":
        mistake = next(m for m in ctx.content.mistakes.mistakes if m.id == ref)
        return ctx.text(mistake.title), mistake.share_pct
    point = next(p for p in ctx.content.section("challenge", "failure-causes").points if p.id == ref)
    return ctx.text(point.title), point.share_pct


def fact_text(ctx: RenderContext, name: str, value: Fact) -> str:
    """A fact of a risk rule as the reader sees it: names joined, money, a share, a date; a dash for none."""
    lang = ctx.language
    if value is None or value == ():
        return ctx.label("fact_none")
    if isinstance(value, tuple):
        return ", ".join(value)
    if isinstance(value, dt.date):
        return long_date(value, lang)
    if isinstance(value, str):
        return value
    if name == "planned":
        return money(value, lang)
    if name == "share":
        return percent(value, lang)
    return number(value, lang)


def risk_condition(ctx: RenderContext, flag: RiskFlag) -> str:
    """The trigger when the risk is flagged, otherwise the condition in the positive with the company's facts."""
    facts = {name: fact_text(ctx, name, v) for name, v in flag.facts.items()}
    return ctx.text(flag.when if flag.flagged else flag.risk.met).format(**facts)


def risk_section(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """The failure causes and typical mistakes as a checklist, with the flagged ones marked."""
    items: dict[bool, list[str]] = {True: prohibited.risk_items(ctx, book), False: []}
    for flag in book.risks:
        name, share = _risk_source(ctx, flag.risk.source, flag.risk.ref)
        kind = ctx.label("risk_failure_cause" if flag.risk.source == "failure-cause" else "risk_mistake")
        share_text = f" ({percent(share, ctx.language)})" if share is not None else ""
        state = ctx.label("risk_flagged") if flag.flagged else ctx.label("risk_clear")
        box_id = f"{book.company.slug}-risk-{flag.risk.id}"
        advice = f'<span class="risk-advice">{escape_html(ctx.text(flag.advice))}</span>' if flag.flagged else ""
        items[flag.flagged].append(
            f'<li class="checklist-item risk {"flagged" if flag.flagged else "clear"}" id="{box_id}-item">'
            f'<input type="checkbox" id="{box_id}" disabled{"" if flag.flagged else " checked"}>'
            f'<label for="{box_id}"><strong>{escape_html(name)}</strong>{escape_html(share_text)} · {escape_html(kind)}'
            f' · <span class="risk-state">{escape_html(state)}</span><br><small>{escape_html(risk_condition(ctx, flag))}</small>'
            f"</label>{advice}</li>"
        )
    clear = ctx.counted("risks_clear_fold", len(items[False]))
    return paragraphs(
        f"## {ctx.label('risks_title')} {{ #risks }}",
        ctx.counted("risks_intro", book.open_risks - len(book.prohibited), total=len(book.risks)),
        raw_block(f'<ul class="checklist risk-list">{"".join(items[True])}</ul>') if items[True] else "",
        folded(escape_html(clear), raw_block(f'<ul class="checklist risk-list">{"".join(items[False])}</ul>'))
        if items[False]
        else "",
    )


def use_case_section(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """Use cases ranked by value × feasibility, as a table and a 5 × 5 matrix."""
    parts = [f"## {ctx.label('use_cases_title')} {{ #use-cases }}"]
    if not book.use_cases:
        return paragraphs(*parts, ctx.label("no_use_cases"))
    rows = [
        [
            str(rank),
            plain_in(case.title, book.company.profile.language, ctx.language),
            str(case.value or "–"),
            str(case.feasibility or "–"),
            str(case.score or "–"),
        ]
        for rank, case in enumerate(book.use_cases, start=1)
    ]
    header = ["#", ctx.label("use_case"), ctx.label("value_label"), ctx.label("feasibility"), ctx.label("score")]
    parts += [
        ctx.label("use_cases_intro"),
        decision_table("use-case-ranking", header, rows),
    ]
    grid = []
    for value in range(5, 0, -1):
        cells = []
        for feasibility in range(1, 6):
            ranks = [
                str(r)
                for r, c in enumerate(book.use_cases, start=1)
                if c.value == value and c.feasibility == feasibility
            ]
            quick = " quick-win" if value >= 4 and feasibility >= 4 else ""
            cells.append(f'<td class="matrix-cell{quick}">{" ".join(ranks)}</td>')
        grid.append(f'<tr><th scope="row">{value}</th>{"".join(cells)}</tr>')
    head = "".join(f'<th scope="col">{f}</th>' for f in range(1, 6))
    parts.append(
        folded(
            escape_html(ctx.label("matrix_fold")),
            raw_block(
                f'<table class="use-case-matrix" id="use-case-matrix"><caption>{escape_html(ctx.label("matrix_caption"))}'
                f'</caption><thead><tr><th scope="col">{escape_html(ctx.label("value_label"))} \\ '
                f"{escape_html(ctx.label('feasibility'))}</th>{head}</tr></thead><tbody>{''.join(grid)}</tbody></table>"
            ),
        )
    )
    return paragraphs(*parts)


def exports_section(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """Links to the exports."""
    names = ExportFiles(book.company.slug).names
    links = [f"- [{ctx.label('export_' + kind)}]({ctx.link('playbook/' + name)})" for kind, name in names.items()]
    links.append(f"- [{ctx.label('summary_link')}]({ctx.link(summary_page_path(book.company.slug))})")
    return paragraphs(
        documents_section(ctx, book),
        f"## {ctx.label('exports_title')} {{ #exports }}",
        ctx.label("exports_intro"),
        "\n".join(links),
    )


def documents_section(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """Links to the company's filled-in instruments (Word, with Markdown beside), or how to make them."""
    slug = book.company.slug
    title = f"## {ctx.label('exports_documents_title')} {{ #documents }}"
    if not book.documents:
        return paragraphs(title, ctx.label("exports_documents_on_request").format(slug=slug))
    small = book.company.profile.employees < ctx.content.use_case_kinds.works_council_threshold
    body = ctx.label("staff_representation" if small else "works_council").lower()
    written_in = book.company.profile.language
    links = []
    for planned in planned_documents(book, ctx.content):
        card = escape_html(ctx.text(planned.card.title))
        text = (
            ctx.label("export_document").format(title=card)
            if planned.item is None
            else ctx.label("export_document_use_case").format(
                title=card, use_case=plain_in(planned.item.title, written_in, ctx.language)
            )
        )
        markdown = f"[Markdown]({ctx.link('playbook/' + planned.stem + '.md' + MARKDOWN_SOURCE_SUFFIX)})"
        links.append(f"- [{text}]({ctx.link('playbook/' + planned.stem + '.docx')}) · {markdown}")
    intro = ctx.label("exports_documents_intro").format(body=body)
    summary = escape_html(ctx.counted("documents_fold", len(links)))
    return paragraphs(title, intro, folded(summary, "\n".join(links)))
