"""Use cases ranked by value × feasibility: quick, measurable wins first."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from playbook.models.company import UseCase


@dataclass(frozen=True)
class RankedUseCase:
    """A use case with its score; unscored use cases have none."""

    title: str
    value: int | None
    feasibility: int | None

    @property
    def score(self) -> int | None:
        """value × feasibility."""
        return self.value * self.feasibility if self.value and self.feasibility else None


def rank_use_cases(
    use_cases: list[str | UseCase], excluded_kinds: Collection[str] = frozenset()
) -> tuple[RankedUseCase, ...]:
    """Scored use cases by score (then feasibility), unscored ones after them, each in file order.

    Use cases of a kind in ``excluded_kinds`` (the prohibited ones) are ranked nowhere: the plan never
    recommends them, whatever their scores.
    """
    items = [
        RankedUseCase(case, None, None)
        if isinstance(case, str)
        else RankedUseCase(case.title, case.value, case.feasibility)
        for case in use_cases
        if isinstance(case, str) or case.kind not in excluded_kinds
    ]
    return tuple(sorted(items, key=_rank))


def _rank(case: RankedUseCase) -> tuple[bool, int, int]:
    """Scored first, by score then feasibility; unscored ones tie, so they keep their file order."""
    if case.score is None:
        return (True, 0, 0)
    return (False, -case.score, -(case.feasibility or 0))
