"""Rules that turn a company profile into advice: model choice, budget, schedule, competences, risks, use cases."""

from __future__ import annotations

__all__: list[str] = []
