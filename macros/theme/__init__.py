"""Material's side of the site: patches of its built scripts, copied partials, one copy of its assets, what
search engines read."""

from __future__ import annotations

__all__: list[str] = []
