"""The engine and theme versions each coupling was written against, checked before anything is built.

Every reach into an internal of the engine (MkDocs, or ProperDocs, its maintained fork of 1.x, which answers
to the same `mkdocs` imports), of Material or of Python-Markdown is listed in :data:`COUPLINGS` with the range
of versions it was tested with. ``on_config`` calls :func:`check`: an installed version outside a range stops
the build at once with one message naming the coupling, instead of a failure after a whole build.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from packaging.specifiers import SpecifierSet
from packaging.version import InvalidVersion, Version


@dataclass(frozen=True)
class Coupling:
    """One kind of reach into a package's internals, and the versions it was tested with."""

    what: str
    """What the code relies on, in a few words."""
    where: str
    """The module that holds it."""
    tested: dict[str, str]
    """Distribution name -> the range of its versions tested (PEP 440); any one installed of them is checked."""


ENGINE = {"mkdocs": ">=1.6.0,<1.7", "properdocs": ">=1.6.5,<1.7"}
"""MkDocs 1.6 and ProperDocs 1.6 (its fork, which reads mkdocs.yml and runs the same plugins)."""

COUPLINGS: tuple[Coupling, ...] = (
    Coupling(
        "the engine's private page build (_populate_page, _build_page), File._content, Page.present_anchor_ids, "
        "the live-reload server's epochs and the text of its note on links to excluded pages",
        "macros/engine/internals.py",
        ENGINE,
    ),
    Coupling(
        "Material's built script bundle and search worker (the version selector, alternate links, the search "
        "extension)",
        "macros/theme/bundle.py",
        {"mkdocs-material": ">=9.8.0,<9.9"},
    ),
    Coupling(
        "Material's partials/alternate.html, copied to overrides/partials/alternate.html, and the HTML of its "
        "contents partial",
        "macros/theme/templates.py",
        {"mkdocs-material": ">=9.8.0,<9.9"},
    ),
    Coupling(
        "the HTML Python-Markdown writes for plain blocks, tables and headings (the fast path)",
        "macros/fastpath/",
        {"markdown": ">=3.11,<3.12"},
    ),
)


def engine_name() -> str:
    """The distribution that answers to `import mkdocs`: 'properdocs' when ProperDocs redirects it, else 'mkdocs'."""
    module = sys.modules.get("mkdocs")
    return "properdocs" if module is not None and module.__name__ == "properdocs" else "mkdocs"


def installed(distribution: str) -> str | None:
    """The installed version of ``distribution``, or None."""
    try:
        return version(distribution)
    except PackageNotFoundError:
        return None


def problems(couplings: tuple[Coupling, ...] = COUPLINGS, engine: str | None = None) -> list[str]:
    """One line per coupling whose package is installed in a version outside its tested range."""
    engine = engine or engine_name()
    found = []
    for coupling in couplings:
        for distribution, tested in coupling.tested.items():
            if distribution in ENGINE and distribution != engine:
                continue
            current = installed(distribution)
            if current is None:
                continue
            try:
                inside = Version(current) in SpecifierSet(tested)
            except InvalidVersion:
                inside = False
            if not inside:
                found.append(
                    f"{distribution} {current} is outside the versions tested ({tested}) for {coupling.what} "
                    f"({coupling.where}); install a tested version (requirements.txt) or check that module "
                    "against it and widen its range in macros/engine/tested.py"
                )
    return found
