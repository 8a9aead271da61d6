"""Analysis of measurements with pandas: KPI trends and forecasts, ADKAR survey rounds, the portfolio."""

from __future__ import annotations

__all__: list[str] = []
