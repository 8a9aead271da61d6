"""Playbook-as-code: typed content, rules and renderers. Independent of any site engine."""

from __future__ import annotations

from playbook.content import Content
from playbook.loading import DataError, DataErrors, load_content

__all__ = ["Content", "DataError", "DataErrors", "load_content"]
