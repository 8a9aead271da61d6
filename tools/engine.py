"""mike with the engine make chose: ``python -m tools.engine ENGINE deploy …`` (ENGINE: mkdocs or properdocs).

mike 2.2 decides once, when it is imported, which engine builds: ProperDocs whenever the ``properdocs`` package
is installed, else MkDocs (``mike.mkdocs_utils``: ``_program_name``, ``_brand``, ``_version``). Both are pinned
here, so without this step every deploy would run ProperDocs. With ``properdocs`` the whole process runs it:
``properdocs.replacement`` is imported before mike, so mike's own reading of ``mkdocs.yml`` (and the plugins'
``on_config``) runs in ProperDocs too, as ``properdocs build`` does.

Written against mike 2.2.0; stops with one line when mike no longer has the names it sets.
"""

from __future__ import annotations

import sys
from importlib import metadata

ENGINES = {"mkdocs": "MkDocs", "properdocs": "ProperDocs"}
"""The engine's command (and package) -> the name mike writes into the deploy's commit message."""
MIKE_NAMES = ("_program_name", "_brand", "_version")
"""What ``mike.mkdocs_utils`` holds about the engine (mike 2.2)."""


class EngineError(Exception):
    """The engine asked for is unknown, or mike no longer lets it be chosen."""


def use(engine: str) -> None:
    """Make mike, imported after this call, build with ``engine``."""
    if engine not in ENGINES:
        raise EngineError(f"ENGINE: expected one of {', '.join(ENGINES)}, got {engine!r}")
    if engine == "properdocs":
        import properdocs.replacement  # noqa: F401, PLC0415  (every mkdocs.* import from here on is ProperDocs's)
    import mike.mkdocs_utils as mike_engine  # noqa: PLC0415  (after the engine is chosen)

    missing = [name for name in MIKE_NAMES if not hasattr(mike_engine, name)]
    if missing:
        raise EngineError(
            f"mike {metadata.version('mike')} has no {', '.join(missing)} in mike.mkdocs_utils "
            "(tools/engine.py was written for mike 2.2): pin mike==2.2.0 or adapt tools/engine.py"
        )
    mike_engine._program_name = engine
    mike_engine._brand = ENGINES[engine]
    mike_engine._version = metadata.version(engine)


def main(argv: list[str]) -> int:
    """``ENGINE mike-arguments…``: run mike with them, building with ENGINE."""
    if not argv:
        print("usage: python -m tools.engine {mkdocs|properdocs} MIKE-ARGUMENTS…", file=sys.stderr)
        return 2
    try:
        use(argv[0])
    except EngineError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    from mike.driver import main as mike  # noqa: PLC0415

    sys.argv = ["mike", *argv[1:]]
    mike()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
