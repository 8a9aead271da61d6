"""The MkDocs adapter: registers macros that call ``playbook`` and return Markdown. No logic here."""

from __future__ import annotations

from typing import Any

from macros.adapter import SiteAdapter


def define_env(env: Any) -> None:
    """Called by mkdocs-macros: load and check the data, write generated pages, register the macros."""
    SiteAdapter(env).register()


def on_post_build(env: Any) -> None:
    """Called by mkdocs-macros after the build: fail when a piece of content was placed on no page."""
    SiteAdapter.current(env).check_coverage()
