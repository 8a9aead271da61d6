"""The rules per kind of use case, AI literacy in the plan, and both as they apply to one company."""

from __future__ import annotations

from playbook.company.company import CompanyPlaybook
from playbook.formatting import lower_first, number
from playbook.models.common import Language
from playbook.models.obligations import UseCaseKind
from playbook.render.blocks import evidence_links
from playbook.render.context import RenderContext
from playbook.render.escape import plain_in
from playbook.render.markdown import decision_table, escape_html, folded, indent, paragraphs
from playbook.render.roadmap import owner_title
from playbook.rules.obligations import Obligations, needs_works_council_reminder, prohibited

RULES_SECTION = ("rules", "use-case-obligations")


def _condition(ctx: RenderContext, term: str, when: str, evidence: list[str]) -> str:
    return f"<strong>{term}</strong><br>{when}{evidence_links(ctx, evidence)}"


def _ai_act(ctx: RenderContext, kind: UseCaseKind) -> str:
    return _condition(ctx, ctx.label(f"ai_act_{kind.ai_act}"), ctx.text(kind.ai_act_when), kind.ai_act_evidence)


def use_case_kinds(ctx: RenderContext) -> str:
    """Every kind of use case with its conditions for the AI Act, the DPIA, the works council and informing staff."""
    rows = []
    for kind in ctx.content.use_case_kinds.kinds:
        council = f"{ctx.label('participation_' + kind.works_council)} / {ctx.label('participation_' + kind.works_council_without)}"
        rows.append(
            [
                f"**{escape_html(ctx.text(kind.title))}**<br>`{kind.id}`",
                _ai_act(ctx, kind),
                _condition(ctx, ctx.label(f"dpia_{kind.dpia}"), ctx.text(kind.dpia_when), kind.dpia_evidence),
                _condition(ctx, council, ctx.text(kind.works_council_when), kind.works_council_evidence),
                ctx.label("inform_staff_yes") if kind.inform_staff else ctx.label("inform_staff_no"),
            ]
        )
    header = [
        ctx.label("use_case_kind"),
        ctx.label("ai_act"),
        ctx.label("kinds_table_personal"),
        ctx.label("kinds_table_wc"),
        ctx.label("inform_staff"),
    ]
    return decision_table("use-case-kinds", header, rows, classes="obligations-table print-stacked")


def ai_literacy(ctx: RenderContext) -> str:
    """The roadmap activities and competence steps that build AI literacy."""
    data = ctx.content.ai_literacy
    activities = {
        activity.id: (month.number, activity)
        for phase in ctx.content.roadmap.phases
        for month in phase.months
        for activity in month.activities
    }
    rows = []
    for item in data.activities:
        month, activity = activities[item.activity]
        rows.append(
            [
                str(month),
                f"[{escape_html(ctx.text(activity.title))}]({ctx.link('roadmap', activity.id)})",
                owner_title(ctx, activity.owner),
                ctx.text(item.how),
            ]
        )
    areas = {area.id: area for area in ctx.content.competence_matrix.areas}
    steps = "\n".join(f"- **{ctx.text(areas[step.area].title)}**: {ctx.text(step.how)}" for step in data.steps)
    header = [
        ctx.label("literacy_month"),
        ctx.label("literacy_activity"),
        ctx.label("literacy_owner"),
        ctx.label("literacy_how"),
    ]
    return paragraphs(
        f"## {ctx.label('literacy_title')} {{ #ai-literacy }}",
        ctx.text(data.intro) + evidence_links(ctx, data.evidence),
        decision_table("ai-literacy-activities", header, rows),
        f"**{ctx.label('literacy_steps')}**",
        steps,
    )


def _body(ctx: RenderContext, item: Obligations) -> str:
    return ctx.label("staff_representation" if item.small_company else "works_council")


def _personal(ctx: RenderContext, item: Obligations) -> str:
    if item.personal_data_note:
        return ctx.label(f"personal_data_{item.personal_data_note}")
    if item.personal_data and item.subjects:
        whose = ", ".join(ctx.label(f"subject_{subject}") for subject in item.subjects)
        return ctx.label("personal_data_whose").format(whose=whose)
    return ctx.label("personal_data_unsaid" if item.personal_data else "answer_no")


def _row(ctx: RenderContext, item: Obligations, language: Language) -> list[str]:
    kind = item.kind
    assert kind is not None
    dpia = ctx.label(f"dpia_{item.dpia}")
    dpia_cell = _condition(ctx, dpia, ctx.text(kind.dpia_when), kind.dpia_evidence) if item.dpia != "none" else dpia
    council = ctx.label(f"participation_{item.participation}")
    council_cell = (
        _condition(ctx, council, ctx.text(kind.works_council_when), kind.works_council_evidence)
        if item.participation != "none"
        else council
    )
    if item.no_representation:
        council_cell = ctx.label("participation_none_tiny") + evidence_links(ctx, ["wor-art-35b", "wor-art-35c"])
    ai_act = _ai_act(ctx, kind)
    if item.provider:
        ai_act += f"<br>{ctx.label('provider_note')}{evidence_links(ctx, ['ai-act-art-3', 'ai-act-art-50'])}"
    if item.ai_act == "prohibited":
        ai_act = f'<strong class="prohibited">⛔ {escape_html(ctx.label("ai_act_prohibited"))}</strong><br>{ctx.text(kind.ai_act_when)}{evidence_links(ctx, kind.ai_act_evidence)}'
    return [
        str(item.number),
        plain_in(item.title, language, ctx.language),
        escape_html(ctx.text(kind.title)),
        _personal(ctx, item),
        ai_act,
        dpia_cell,
        council_cell,
        ctx.label("inform_staff_yes") if item.inform_staff else ctx.label("inform_staff_no"),
    ]


def obligations_section(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """The obligations table per use case, errors for prohibited kinds, hints and reminders."""
    items = book.obligations
    profile = book.company.profile
    rules = ctx.content.use_case_kinds
    small = profile.employees < rules.works_council_threshold
    body = ctx.label("staff_representation" if small else "works_council").lower()
    chapter = f"[{ctx.text(ctx.content.chapter('rules').title)}]({ctx.link('rules', RULES_SECTION[1])})"
    parts = [
        f"## {ctx.label('obligations_title')} {{ #obligations }}",
        ctx.label("obligations_intro").format(body=body, chapter=chapter),
    ]
    for item in prohibited(items):
        assert item.kind is not None
        text = ctx.label("prohibited_text").format(
            case=plain_in(item.title, profile.language, ctx.language),
            article=ctx.text(item.kind.article) if item.kind.article else "",
            when=lower_first(ctx.text(item.kind.ai_act_when)),
        )
        parts.append(
            f'!!! danger "{ctx.label("prohibited_title")}"\n\n'
            + indent(text + evidence_links(ctx, item.kind.ai_act_evidence))
        )
    if needs_works_council_reminder(items, profile.employees, rules.works_council_threshold):
        parts.append(
            f'!!! warning "{ctx.label("works_council_reminder_title")}"\n\n'
            + indent(
                ctx.label("works_council_reminder").format(employees=number(profile.employees, ctx.language))
                + evidence_links(ctx, ["wor-art-2"])
            )
        )
    if profile.employees < rules.staff_representation_threshold:
        parts.append(
            ctx.label("tiny_company_note").format(threshold=rules.staff_representation_threshold)
            + evidence_links(ctx, ["wor-art-35c", "wor-art-35b"])
        )
    elif small:
        parts.append(
            ctx.label("small_company_note").format(threshold=rules.works_council_threshold)
            + evidence_links(ctx, ["wor-art-35c", "wor-art-35b"])
        )
    with_kind = [item for item in items if item.kind is not None]
    if with_kind:
        header = [
            "#",
            ctx.label("use_case"),
            ctx.label("use_case_kind"),
            ctx.label("personal_data"),
            ctx.label("ai_act"),
            ctx.label("dpia"),
            _body(ctx, with_kind[0]),
            ctx.label("inform_staff"),
        ]
        table = decision_table(
            "use-case-obligations",
            header,
            [_row(ctx, item, profile.language) for item in with_kind],
            classes="obligations-table",
        )
        parts.append(folded(escape_html(ctx.label("obligations_fold")), table))
        parts.append(ctx.label("obligations_added"))
    without = [item for item in items if item.kind is None]
    if without:
        cases = ", ".join(f"‘{plain_in(item.title, profile.language, ctx.language)}’" for item in without)
        parts.append(
            f'!!! info "{ctx.label("obligations_hint_title")}"\n\n'
            + indent(ctx.label("obligations_hint").format(cases=cases, chapter=chapter))
        )
    if not items:
        parts.append(ctx.label("no_use_cases"))
    return paragraphs(*parts)


def literacy_section(ctx: RenderContext, book: CompanyPlaybook) -> str:
    """Which of the company's planned activities build AI literacy; a warning when none falls early."""
    data = ctx.content.ai_literacy
    wanted = {item.activity: item for item in data.activities}
    rows = []
    early = False
    for month in book.schedule.months:
        for activity in month.activities:
            if activity.id not in wanted:
                continue
            status = ctx.label(f"status_{activity.status}") if activity.status else ctx.label("literacy_open")
            if activity.status == "done":
                status = ctx.label("status_done")
            if month.number <= data.early_months and activity.status != "skipped":
                early = True
            title = escape_html(ctx.text(activity.title)) if activity.title else ""
            rows.append([str(month.number), title, ctx.text(wanted[activity.id].how), status])
    header = [
        ctx.label("literacy_month"),
        ctx.label("literacy_activity"),
        ctx.label("literacy_how"),
        ctx.label("literacy_status"),
    ]
    parts = [
        f"## {ctx.label('literacy_title')} {{ #ai-literacy }}",
        ctx.label("literacy_company_intro") + evidence_links(ctx, ["ai-act-art-4"]),
    ]
    if not early:
        parts.append(
            f'!!! warning "{ctx.label("literacy_none_early_title")}"\n\n'
            + indent(ctx.label("literacy_none_early").format(months=data.early_months))
        )
    parts.append(folded(escape_html(ctx.label("literacy_fold")), decision_table("ai-literacy-plan", header, rows)))
    return paragraphs(*parts)
