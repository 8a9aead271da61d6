"""The theme's template environment as the plugin leaves it: the navigation rendered once for the pages outside
it (`navigation`), and in another language's build the root's copy of Material's assets (`shared`)."""

from __future__ import annotations

from typing import Any

from macros.theme import navigation, shared


def theme_environment(env: Any, nested: str | None) -> Any:
    """``env`` with the cached navigation, linking the root's assets in the build of a language under `/<lang>/`."""
    env = navigation.install(env)
    shared.link_root_assets(env, nested)
    return env
