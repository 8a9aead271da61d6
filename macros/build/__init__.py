"""How a build runs: one process per language, and under `serve` the company pages built on request."""

from __future__ import annotations

__all__: list[str] = []
