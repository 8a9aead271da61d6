"""Renderers: pure functions from content and a company's playbook to Markdown, one block each."""

from __future__ import annotations

__all__: list[str] = []
