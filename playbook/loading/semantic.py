"""The semantic pass: ids, references, duplicates and order across all content files."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, get_args

from playbook.content import Content
from playbook.loading.errors import DataError
from playbook.loading.obligation_checks import check_obligation_data
from playbook.loading.yamlsource import PathKey, SourceFile
from playbook.models.cases import Owner
from playbook.models.change import ModelId
from playbook.models.common import LANGUAGES
from playbook.models.competence import AreaId
from playbook.models.pages import SitePages
from playbook.models.plan import RiskRule
from playbook.models.practice import KpiId

REGISTER = "evidence.yml"
UNTHRESHOLDED: dict[str, str] = {
    "change_budget_below": (
        "expected no threshold, got one: this rule flags the budget plan's shortfall, measured against "
        "share_min_pct in budget.yml, so that the page and the risk agree"
    )
}
"""Rules whose limit lives elsewhere, with the message for a threshold set on them."""


def unique(source: SourceFile, path: PathKey, ids: Sequence[object], what: str = "id") -> list[DataError]:
    """Errors for every id in ``ids`` (items of the list at ``path``) that occurs before."""
    errors = []
    first: dict[object, int] = {}
    for index, item_id in enumerate(ids):
        if item_id in first:
            errors.append(
                source.error(
                    (*path, index, what),
                    f"expected a unique {what}, got '{item_id}' again (first at {path[-1]}[{first[item_id]}])",
                )
            )
        else:
            first[item_id] = index
    return errors


def complete(source: SourceFile, path: PathKey, ids: Sequence[object], required: Sequence[str]) -> list[DataError]:
    """An error when ``ids`` misses any of ``required``."""
    missing = [item for item in required if item not in ids]
    if not missing:
        return []
    return [source.error(path, f"expected entries for {', '.join(required)}, got none for {', '.join(missing)}")]


def evidence_references(data: Any, path: PathKey = ()) -> Iterator[tuple[PathKey, str]]:
    """Every ``evidence`` id referenced in raw data, with its path."""
    if isinstance(data, dict):
        for key, value in data.items():
            if str(key).endswith("evidence") and isinstance(value, list):
                for index, ref in enumerate(value):
                    if isinstance(ref, str):
                        yield (*path, key, index), ref
            else:
                yield from evidence_references(value, (*path, key))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from evidence_references(item, (*path, index))


def check_evidence(content: Content) -> list[DataError]:
    """Evidence ids are unique, every reference resolves and every entry is referenced."""
    register = content.sources[REGISTER]
    ids = [entry.id for entry in content.evidence.evidence]
    errors = unique(register, ("evidence",), ids)
    referenced: set[str] = set()
    for name, source in content.sources.items():
        if name == REGISTER:
            continue
        for path, ref in evidence_references(source.data):
            referenced.add(ref)
            if ref not in ids:
                errors.append(source.error(path, f"expected an id from {REGISTER}, got '{ref}'"))
    for index, entry_id in enumerate(ids):
        if entry_id not in referenced:
            errors.append(
                register.error(
                    ("evidence", index, "id"), f"expected a reference from content, got none to '{entry_id}'"
                )
            )
    return errors


def check_chapters(content: Content) -> list[DataError]:
    """Section ids are unique per chapter and point ids unique per section."""
    errors = []
    for chapter_id, chapter in content.chapters.items():
        source = content.sources[f"chapters/{chapter_id}.yml"]
        errors += unique(source, ("sections",), [s.id for s in chapter.sections])
        for index, section in enumerate(chapter.sections):
            errors += unique(source, ("sections", index, "points"), [p.id for p in section.points])
    return errors


def check_change_models(content: Content) -> list[DataError]:
    """All three models exist, element ids are unique and time frames are ordered."""
    errors = []
    for model_id, model in content.change_models.items():
        source = content.sources[f"change-models/{model_id}.yml"]
        errors += unique(source, ("elements",), [element.id for element in model.elements])
        if model.fit.timeframe_min_months > model.fit.timeframe_max_months:
            errors.append(
                source.error(
                    ("fit", "timeframe_max_months"),
                    f"expected at least timeframe_min_months ({model.fit.timeframe_min_months}), "
                    f"got {model.fit.timeframe_max_months}",
                )
            )
    selection = content.sources["model-selection.yml"]
    errors += unique(selection, ("criteria",), [c.id for c in content.model_selection.criteria])
    missing = [model_id for model_id in get_args(ModelId) if model_id not in content.change_models]
    if missing:
        errors.append(
            DataError(
                "data/change-models",
                1,
                1,
                "(folder)",
                f"expected a file for each of {', '.join(missing)}, got none",
            )
        )
    for case in content.case_studies:
        source = content.sources[f"case-studies/{case.id}.yml"]
        for position, model_id in enumerate(case.models):
            if model_id not in content.change_models:
                errors.append(source.error(("models", position), f"expected a change model, got '{model_id}'"))
    return errors


def check_model_choice(content: Content) -> list[DataError]:
    """The tie order names every model once and every pair of models has hybrid advice."""
    rules, source = content.model_choice, content.sources["model-choice.yml"]
    models = get_args(ModelId)
    errors = unique(source, ("tie_order",), rules.tie_order, "model")
    errors += complete(source, ("tie_order",), rules.tie_order, models)
    pairs = [frozenset(advice.models) for advice in rules.hybrids]
    for index, pair in enumerate(pairs):
        if len(pair) != 2:
            errors.append(source.error(("hybrids", index, "models"), "expected two different models, got one twice"))
    errors += unique(source, ("hybrids",), ["+".join(sorted(pair)) for pair in pairs], "models")
    wanted = {frozenset((a, b)) for a in models for b in models if a < b}
    missing = sorted("+".join(sorted(pair)) for pair in wanted - set(pairs))
    if missing:
        errors.append(source.error(("hybrids",), f"expected advice for every pair, got none for {', '.join(missing)}"))
    return errors


def check_catalogues(content: Content) -> list[DataError]:
    """Competences, budget, KPIs, mistakes, FAQ and case studies: ids, completeness and sums."""
    errors = []
    matrix, source = content.competence_matrix, content.sources["competence-matrix.yml"]
    area_ids = [area.id for area in matrix.areas]
    errors += unique(source, ("areas",), area_ids)
    errors += complete(source, ("areas",), area_ids, get_args(AreaId))
    errors += unique(source, ("build_buy",), [row.id for row in matrix.build_buy])
    errors += unique(source, ("hybrid_roles",), [role.id for role in matrix.hybrid_roles])
    split = matrix.split
    split_sum = split.internal_pct + split.partnerships_pct + split.external_pct
    if split_sum != 100:
        errors.append(source.error(("split",), f"expected shares that add up to 100, got {split_sum}"))

    budget, source = content.budget, content.sources["budget.yml"]
    if budget.share_min_pct > budget.share_max_pct:
        errors.append(source.error(("share_max_pct",), f"expected at least share_min_pct, got {budget.share_max_pct}"))
    budget_sum = budget.competence_pct + budget.change_pct
    if budget_sum != 100:
        errors.append(source.error(("change_pct",), f"expected competence_pct + change_pct = 100, got {budget_sum}"))
    if budget.typical_project_low_eur > budget.typical_project_high_eur:
        errors.append(source.error(("typical_project_high_eur",), "expected at least typical_project_low_eur"))
    errors += unique(source, ("cost_items",), [item.id for item in budget.cost_items])
    for index, item in enumerate(budget.cost_items):
        if item.low > item.high:
            errors.append(
                source.error(("cost_items", index, "high"), f"expected at least low ({item.low}), got {item.high}")
            )

    kpi_ids = [kpi.id for kpi in content.kpis.kpis]
    errors += unique(content.sources["kpis.yml"], ("kpis",), kpi_ids)
    errors += complete(content.sources["kpis.yml"], ("kpis",), kpi_ids, get_args(KpiId))
    errors += unique(content.sources["mistakes.yml"], ("mistakes",), [x.id for x in content.mistakes.mistakes])
    errors += unique(content.sources["faq.yml"], ("faq",), [entry.id for entry in content.faq.faq])
    errors += unique(
        content.sources["success-patterns.yml"],
        ("patterns",),
        [p.id for p in content.success_patterns.patterns],
    )
    orders = [case.order for case in content.case_studies]
    for case in content.case_studies:
        if orders.count(case.order) > 1:
            errors.append(
                content.sources[f"case-studies/{case.id}.yml"].error(
                    ("order",), f"expected a unique order, got {case.order} twice"
                )
            )
    return errors


def check_roadmap(content: Content) -> list[DataError]:
    """Phases 1-4 and months 1-12 in order, activity ids unique and named after their month."""
    roadmap, source = content.roadmap, content.sources["roadmap.yml"]
    errors = []
    expected_month = 1
    activity_ids: list[str] = []
    for p_index, phase in enumerate(roadmap.phases):
        if phase.number != p_index + 1:
            errors.append(source.error(("phases", p_index, "number"), f"expected {p_index + 1}, got {phase.number}"))
        for m_index, month in enumerate(phase.months):
            month_path: PathKey = ("phases", p_index, "months", m_index)
            if month.number != expected_month:
                errors.append(source.error((*month_path, "number"), f"expected {expected_month}, got {month.number}"))
            expected_month = month.number + 1
            for a_index, activity in enumerate(month.activities):
                prefix = f"m{month.number:02d}-"
                if not activity.id.startswith(prefix):
                    errors.append(
                        source.error(
                            (*month_path, "activities", a_index, "id"),
                            f"expected an id starting with '{prefix}', got '{activity.id}'",
                        )
                    )
                activity_ids.append(activity.id)
    seen: set[str] = set()
    for activity_id in activity_ids:
        if activity_id in seen:
            errors.append(source.error(("phases",), f"expected unique activity ids, got '{activity_id}' twice"))
        seen.add(activity_id)
    role_ids = [role.id for role in roadmap.roles]
    errors += unique(source, ("roles",), role_ids)
    errors += complete(source, ("roles",), role_ids, get_args(Owner))
    return errors


def missing_translations(data: Any, path: PathKey = ()) -> Iterator[PathKey]:
    """Paths of language-keyed texts that have Dutch but no English."""
    if isinstance(data, dict):
        if "nl" in data and not data.get("en"):
            yield path
        for key, value in data.items():
            yield from missing_translations(value, (*path, key))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from missing_translations(item, (*path, index))


def check_translations(content: Content) -> list[DataError]:
    """Every upstream text has an English version."""
    return [
        source.error(path, "expected an English text (en), got none")
        for source in content.sources.values()
        for path in missing_translations(source.data)
    ]


def check_pages(content: Content) -> list[DataError]:
    """Page ids, files and sections are unique, chapter pages exist, pages and routes refer to known ids."""
    pages, source = content.pages, content.sources["pages.yml"]
    ids = [page.id for page in pages.pages]
    errors = unique(source, ("pages",), ids)
    errors += unique(source, ("pages",), [page.file for page in pages.pages], "file")
    errors += unique_addresses(pages, source)
    for index, page in enumerate(pages.pages):
        if page.id not in content.chapters and (page.title is None or page.lead is None) and not page.generated:
            errors.append(source.error(("pages", index), "expected a title and a lead for a page that is no chapter"))
    sections = [section.id for section in pages.sections]
    errors += unique(source, ("sections",), sections)
    for index, page in enumerate(pages.pages):
        if page.section is not None and page.section not in sections:
            known = ", ".join(sections) or "none"
            message = f"expected a section id ({known}), got '{page.section}'"
            errors.append(source.error(("pages", index, "section"), message))
    for r_index, route in enumerate(pages.routes):
        for l_index, link in enumerate(route.links):
            if link.page not in ids:
                errors.append(
                    source.error(
                        ("routes", r_index, "links", l_index, "page"), f"expected a page id, got '{link.page}'"
                    )
                )
    return errors


def unique_addresses(pages: SitePages, source: SourceFile) -> list[DataError]:
    """No two pages served at the same address in one language (a slug equal to another page's)."""
    errors = []
    for language in LANGUAGES:
        first: dict[str, int] = {}
        for index, page in enumerate(pages.pages):
            address = pages.served_path(page.file, language)
            if address in first:
                where = ("pages", index, "slug", language) if page.slug else ("pages", index, "file")
                other = pages.pages[first[address]].id
                errors.append(source.error(where, f"expected an address of its own, got /{address} (page '{other}')"))
            first.setdefault(address, index)
    return errors


def check_plan(content: Content) -> list[DataError]:
    """Competence targets cover every area, the rubric has levels 1-5, staffing and risks refer to known ids."""
    plan, source = content.competence_plan, content.sources["competence-plan.yml"]
    areas = [target.area for target in plan.targets]
    errors = unique(source, ("targets",), areas, "area")
    errors += complete(source, ("targets",), areas, get_args(AreaId))
    levels = [level.level for level in plan.rubric]
    if levels != [1, 2, 3, 4, 5]:
        errors.append(source.error(("rubric",), f"expected levels 1, 2, 3, 4, 5 in order, got {levels}"))
    roles = {role.id for role in content.competence_matrix.hybrid_roles}
    for index, item in enumerate(plan.staffing):
        if item.hybrid_role not in roles:
            errors.append(
                source.error(
                    ("staffing", index, "hybrid_role"), f"expected a hybrid-team role, got '{item.hybrid_role}'"
                )
            )
    risks, source = content.risks, content.sources["risks.yml"]
    errors += unique(source, ("risks",), [risk.id for risk in risks.risks])
    errors += complete(source, ("risks",), [risk.rule for risk in risks.risks], get_args(RiskRule))
    causes = {point.id for point in content.section("challenge", "failure-causes").points}
    mistakes = {mistake.id for mistake in content.mistakes.mistakes}
    for index, risk in enumerate(risks.risks):
        known = causes if risk.source == "failure-cause" else mistakes
        if risk.ref not in known:
            errors.append(source.error(("risks", index, "ref"), f"expected a {risk.source} id, got '{risk.ref}'"))
        if risk.rule in UNTHRESHOLDED and risk.threshold is not None:
            errors.append(source.error(("risks", index, "threshold"), UNTHRESHOLDED[risk.rule]))
    return errors


def check_survey(content: Content) -> list[DataError]:
    """The ADKAR survey: unique ids, two or three statements per element, in ADKAR order."""
    survey, source = content.survey, content.sources["adkar-survey.yml"]
    errors = unique(source, ("statements",), [statement.id for statement in survey.statements])
    order = [element.id for element in content.change_models["adkar"].elements]
    for element in order:
        count = sum(1 for statement in survey.statements if statement.element == element)
        if not 2 <= count <= 3:
            errors.append(source.error(("statements",), f"expected 2 or 3 statements for {element}, got {count}"))
    found = [statement.element for statement in survey.statements]
    if found != sorted(found, key=lambda element: order.index(element) if element in order else len(order)):
        errors.append(source.error(("statements",), f"expected the statements in ADKAR order ({', '.join(order)})"))
    return errors


def check_content(content: Content) -> list[DataError]:
    """Every semantic error in ``content``."""
    return [
        *check_evidence(content),
        *check_chapters(content),
        *check_change_models(content),
        *check_model_choice(content),
        *check_catalogues(content),
        *check_roadmap(content),
        *check_translations(content),
        *check_pages(content),
        *check_plan(content),
        *check_survey(content),
        *check_obligation_data(content),
    ]
