"""Material's side of the site: patches of its built scripts, copied partials, the navigation rendered once,
what search engines read."""

from __future__ import annotations

__all__: list[str] = []
