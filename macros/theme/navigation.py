"""The site navigation, rendered once per build for the pages outside it (tested versions: macros/engine/tested.py).

Material renders the whole navigation into every page: about half of the theme's time on a company page
(`benchmarks/findings.md`).
Company pages and their summaries are not in the navigation (`not_in_nav`), so on them no item is active and
the navigation differs from page to page only in its relative addresses. Rendered once for each set of
addresses, the same HTML serves every such page; pages in the navigation render it as before.
:func:`install` puts a one-line `partials/nav.html` in front of the theme's templates; it calls
`cached_navigation`, which renders Material's own `partials/nav.html` (reached as `material/partials/nav.html`),
so nothing of the theme is copied, and a build without this plugin renders Material's navigation unchanged.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import material  # type: ignore[import-untyped]
from jinja2 import BaseLoader, ChoiceLoader, DictLoader, Environment, FileSystemLoader, PrefixLoader, pass_context
from jinja2.runtime import Context
from markupsafe import Markup
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.utils import normalize_url

MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"
NAVIGATION = "material/partials/nav.html"


def _addresses(items: list[Any]) -> list[str]:
    """The address of every page and link in the navigation, depth first."""
    found: list[str] = []
    for item in items:
        if isinstance(item, Section):
            found += _addresses(item.children)
        elif isinstance(item, Link) or getattr(item, "url", None) is not None:
            found.append(str(item.url))
    return found


class NavigationCache:
    """The navigation's HTML per set of relative addresses, for the pages outside the navigation of one build."""

    def __init__(self) -> None:
        self.nav: Navigation | None = None
        self.in_nav: set[int] = set()
        self.addresses: list[str] = []
        self.rendered: dict[tuple[str, ...], Markup] = {}

    def _follow(self, nav: Navigation) -> None:
        if nav is not self.nav:
            self.nav, self.rendered = nav, {}
            self.in_nav = {id(page) for page in nav.pages}
            homepage = nav.homepage.url if nav.homepage else ""
            self.addresses = [homepage, *_addresses(nav.items)]

    def render(self, context: Context) -> Markup:
        """Material's navigation for the page being rendered."""
        template = context.environment.get_template(NAVIGATION)
        page, nav = context.get("page"), context.get("nav")
        if page is None or not isinstance(nav, Navigation):
            return Markup(template.render(context.get_all()))
        self._follow(nav)
        if id(page) in self.in_nav:
            return Markup(template.render(context.get_all()))
        base = str(context.get("base_url", ""))
        homepage = str(context.get("config", {}).get("extra", {}).get("homepage", ""))
        key = (homepage, base, *(normalize_url(address, page=page, base=base) for address in self.addresses))
        if key not in self.rendered:
            self.rendered[key] = Markup(template.render(context.get_all()))
        return self.rendered[key]


def install(env: Environment) -> Environment:
    """Make Material's templates reachable as `material/…` and give the theme `cached_navigation()`."""
    cache = NavigationCache()

    @pass_context
    def cached_navigation(context: Context) -> Markup:
        return cache.render(context)

    loaders: list[BaseLoader] = [DictLoader({"partials/nav.html": "{{ cached_navigation() }}"})]
    if env.loader is not None:
        loaders.append(env.loader)
    env.loader = ChoiceLoader([*loaders, PrefixLoader({"material": FileSystemLoader(MATERIAL_TEMPLATES)})])
    env.globals["cached_navigation"] = cached_navigation
    return env
