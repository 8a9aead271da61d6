"""Every reach into MkDocs (or ProperDocs) and Material internals, with the versions it was written against."""

from __future__ import annotations

__all__: list[str] = []
