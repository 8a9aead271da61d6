"""The build's clock: one place that reads the time and SOURCE_DATE_EPOCH, so builds are reproducible."""

from __future__ import annotations

import datetime as dt
import os


def build_datetime() -> dt.datetime:
    """The build moment: SOURCE_DATE_EPOCH when set (reproducible builds), else the start of today (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    today = dt.datetime.now(tz=dt.UTC).date()  # whole days: a rebuild later today gives the same bytes
    return dt.datetime(today.year, today.month, today.day, tzinfo=dt.UTC)


def build_date() -> dt.date:
    """The build date (UTC)."""
    return build_datetime().date()
