"""Playbook-as-code: typed content, rules and renderers. Independent of any site engine."""

from __future__ import annotations

from playbook.content import Content, load_content
from playbook.errors import DataError, DataErrors

__all__ = ["Content", "DataError", "DataErrors", "load_content"]
