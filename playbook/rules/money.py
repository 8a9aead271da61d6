"""One rounding rule for euros everywhere: whole euros, halves up."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def whole_euros(amount: Decimal | float) -> int:
    """Round to whole euros, halves up (no banker's rounding): 0.5 -> 1, 2.5 -> 3, -0.5 -> -1."""
    return int(Decimal(str(amount)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
