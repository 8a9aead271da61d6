"""Which change model fits a company: points per criterion, a primary model and perhaps a hybrid."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from playbook.models.change import ChangeModel, ModelId, ResourceLevel, Scope
from playbook.models.rules import HybridAdvice, ModelChoiceRules

MODEL_ORDER: tuple[ModelId, ...] = ("adkar", "kotter", "easier")


@dataclass(frozen=True)
class Situation:
    """What the rule reads from a company's AI project."""

    scope: Scope
    resources: ResourceLevel
    timeframe_months: int
    agile: bool


@dataclass(frozen=True)
class CriterionScore:
    """What one criterion of the company's profile favours."""

    criterion: str
    value: str
    favours: tuple[ModelId, ...]


@dataclass(frozen=True)
class ModelChoice:
    """The recommendation, with the scores that explain it."""

    criteria: tuple[CriterionScore, ...]
    points: Mapping[ModelId, int]
    primary: ModelId
    runner_up: ModelId
    hybrid: HybridAdvice | None


def _favoured_by_timeframe(months: int, models: Sequence[ChangeModel], rules: ModelChoiceRules) -> tuple[ModelId, ...]:
    inside = tuple(m.id for m in models if m.fit.timeframe_min_months <= months <= m.fit.timeframe_max_months)
    if inside:
        return inside
    if months < min(m.fit.timeframe_min_months for m in models):
        return (rules.below_all_timeframes,)
    if months > max(m.fit.timeframe_max_months for m in models):
        return (rules.above_all_timeframes,)
    return ()


def score_criteria(
    situation: Situation, models: Sequence[ChangeModel], rules: ModelChoiceRules
) -> tuple[CriterionScore, ...]:
    """The models each criterion favours, in criterion order."""
    scope, resources, months = situation.scope, situation.resources, situation.timeframe_months
    return (
        CriterionScore("scope", scope, tuple(m.id for m in models if scope in m.fit.scopes)),
        CriterionScore("resources", resources, tuple(m.id for m in models if resources in m.fit.resources)),
        CriterionScore("timeframe", str(months), _favoured_by_timeframe(months, models, rules)),
        CriterionScore(
            "agile", "true" if situation.agile else "false", tuple(rules.agile_favours) if situation.agile else ()
        ),
    )


def _ranking(points: Mapping[ModelId, int], scope_models: Sequence[ModelId], rules: ModelChoiceRules) -> list[ModelId]:
    preference = [*scope_models, *rules.tie_order, *MODEL_ORDER]

    def key(model: ModelId) -> tuple[int, int]:
        return (-points[model], preference.index(model))

    return sorted(points, key=key)


def choose_model(situation: Situation, models: Sequence[ChangeModel], rules: ModelChoiceRules) -> ModelChoice:
    """Score every model and pick the primary one, with a hybrid when the runner-up is close."""
    criteria = score_criteria(situation, models, rules)
    points: dict[ModelId, int] = {model.id: 0 for model in models}
    for criterion in criteria:
        for model_id in criterion.favours:
            points[model_id] += 1
    primary, runner_up = _ranking(points, criteria[0].favours, rules)[:2]
    hybrid = None
    if points[runner_up] >= rules.hybrid_min_points and points[primary] - points[runner_up] <= rules.hybrid_max_gap:
        pair = {primary, runner_up}
        hybrid = next((advice for advice in rules.hybrids if set(advice.models) == pair), None)
    return ModelChoice(criteria, points, primary, runner_up, hybrid)
