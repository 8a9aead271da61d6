"""The fast path: HTML written where Python-Markdown would write the same; anything else left to Markdown."""

from __future__ import annotations

from macros.fastpath.page import anchor_ids, put_back, set_aside, table_of_contents

__all__ = ["anchor_ids", "put_back", "set_aside", "table_of_contents"]
