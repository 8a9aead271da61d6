"""The change-model rule: one point per favouring criterion, tie-breaks and hybrids."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from playbook import Content
from playbook.models.change import ResourceLevel, Scope
from playbook.rules.model_choice import MODEL_ORDER, ModelChoice, Situation, choose_model


def choose(content: Content, scope: Scope, resources: ResourceLevel, months: int, agile: bool) -> ModelChoice:
    return choose_model(
        Situation(scope, resources, months, agile),
        [content.change_models[m] for m in MODEL_ORDER],
        content.model_choice,
    )


# scope, resources, months, agile -> points (adkar, kotter, easier), primary, hybrid partner or None
CASES = [
    ("team", "medium", 6, False, (3, 1, 2), "adkar", "easier"),
    ("team", "medium", 3, False, (3, 0, 2), "adkar", "easier"),
    ("team", "medium", 2, False, (2, 0, 2), "adkar", "easier"),
    ("team", "medium", 7, False, (2, 1, 2), "adkar", "easier"),
    ("team", "high", 12, False, (1, 2, 0), "kotter", None),
    ("team", "low", 9, True, (1, 1, 3), "easier", None),
    ("organisation", "high", 12, False, (0, 3, 0), "kotter", None),
    ("organisation", "high", 18, False, (0, 3, 0), "kotter", None),
    ("organisation", "high", 19, False, (0, 3, 0), "kotter", None),
    ("organisation", "medium", 6, False, (2, 2, 2), "kotter", "adkar"),
    ("organisation", "low", 9, True, (0, 2, 3), "easier", "kotter"),
    ("incremental", "low", 9, True, (0, 1, 4), "easier", None),
    ("incremental", "low", 1, False, (0, 0, 3), "easier", None),
    ("incremental", "medium", 6, False, (2, 1, 3), "easier", "adkar"),
    ("incremental", "high", 18, False, (0, 2, 1), "kotter", None),
    ("incremental", "high", 10, False, (0, 2, 1), "kotter", None),
    ("team", "low", 36, False, (1, 1, 1), "adkar", None),
    ("team", "high", 6, False, (2, 2, 1), "adkar", "kotter"),
]


@pytest.mark.parametrize(("scope", "resources", "months", "agile", "points", "primary", "partner"), CASES)
def test_points_primary_and_hybrid(
    content: Content,
    scope: Scope,
    resources: ResourceLevel,
    months: int,
    agile: bool,
    points: tuple[int, int, int],
    primary: str,
    partner: str | None,
) -> None:
    choice = choose(content, scope, resources, months, agile)
    assert tuple(choice.points[m] for m in MODEL_ORDER) == points
    assert choice.primary == primary
    if partner is None:
        assert choice.hybrid is None
    else:
        assert choice.hybrid is not None
        assert set(choice.hybrid.models) == {primary, partner}


def test_the_article_own_hybrid_is_not_marked_as_guidance(content: Content) -> None:
    choice = choose(content, "team", "medium", 6, False)
    assert choice.hybrid is not None
    assert choice.hybrid.guidance is False
    other = choose(content, "organisation", "medium", 6, False)
    assert other.hybrid is not None
    assert other.hybrid.guidance is True


@given(
    scope=st.sampled_from(["team", "organisation", "incremental"]),
    resources=st.sampled_from(["low", "medium", "high"]),
    months=st.integers(min_value=1, max_value=36),
    agile=st.booleans(),
)
def test_primary_has_the_most_points_and_points_add_up(
    content: Content, scope: Scope, resources: ResourceLevel, months: int, agile: bool
) -> None:
    choice = choose(content, scope, resources, months, agile)
    assert choice.points[choice.primary] == max(choice.points.values())
    assert sum(choice.points.values()) == sum(len(c.favours) for c in choice.criteria)
    assert all(c.favours for c in choice.criteria[:3])
    if choice.hybrid:
        assert choice.points[choice.runner_up] >= 2
        assert choice.points[choice.primary] - choice.points[choice.runner_up] <= 1
