"""The rooms keep their doors: what may import what, and no import cycle."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "playbook"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def runtime_imports(path: Path) -> set[str]:
    """Modules ``path`` imports when it runs (imports under `if TYPE_CHECKING:` left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped |= {id(child) for child in ast.walk(node)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found |= {f"{node.module}.{alias.name}" for alias in node.names} | {node.module}
    return found


MODULES = {module_name(path): runtime_imports(path) for path in sorted(PACKAGE.rglob("*.py"))}


def playbook_imports(module: str) -> set[str]:
    """The playbook modules ``module`` imports, with the packages that importing them runs first.

    A package's own modules may import their package's siblings; importing `a.b.c` runs `a/__init__` and
    `a/b/__init__` too, which counts unless ``module`` itself lives in that package.
    """
    found: set[str] = set()
    for name in MODULES[module]:
        parts = name.split(".")
        found |= {".".join(parts[:end]) for end in range(1, len(parts) + 1)}
    own = {".".join(module.split(".")[:end]) for end in range(1, module.count(".") + 1)}
    return {name for name in found if name in MODULES} - own - {module}


def test_every_room_is_found() -> None:
    rooms = {name.split(".")[1] for name in MODULES if name.count(".") >= 2}
    assert rooms == {"company", "export", "loading", "measure", "models", "publishing", "render", "rules", "site"}


def test_at_most_eight_modules_at_the_top_of_the_package() -> None:
    top = sorted(path.name for path in PACKAGE.glob("*.py"))
    assert len(top) <= 8, top


@pytest.mark.parametrize(
    "room", ["company", "export", "loading", "measure", "models", "publishing", "render", "rules", "site"]
)
def test_each_room_says_what_it_holds(room: str) -> None:
    init = ast.parse((PACKAGE / room / "__init__.py").read_text(encoding="utf-8"))
    docstring = ast.get_docstring(init)
    assert docstring, f"playbook/{room}/__init__.py has no docstring"
    assert len(docstring.splitlines()) == 1, docstring
    assert any(isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "__all__" for node in init.body) or any(
        isinstance(node, ast.AnnAssign) and ast.unparse(node.target) == "__all__" for node in init.body
    )


def test_the_package_never_imports_the_site_engine() -> None:
    offenders = {
        module: sorted(
            name for name in names if name.split(".")[0] in {"mkdocs", "material", "mkdocs_macros", "macros"}
        )
        for module, names in MODULES.items()
    }
    assert {module: names for module, names in offenders.items() if names} == {}


@pytest.mark.parametrize(
    ("room", "allowed"),
    [
        ("models", {"playbook.models"}),
        ("rules", {"playbook.models", "playbook.rules", "playbook.content"}),
        ("loading", {"playbook.models", "playbook.loading", "playbook.content"}),
        ("measure", {"playbook.models", "playbook.measure"}),
    ],
)
def test_inner_rooms_import_only_what_they_stand_on(room: str, allowed: set[str]) -> None:
    def permitted(name: str) -> bool:
        return any(name == prefix or name.startswith(prefix + ".") for prefix in allowed)

    offenders = {
        module: sorted(name for name in playbook_imports(module) if not permitted(name) and name != "playbook")
        for module in MODULES
        if module.startswith(f"playbook.{room}")
    }
    assert {module: names for module, names in offenders.items() if names} == {}


def test_no_import_cycle_between_modules() -> None:
    graph = {module: playbook_imports(module) for module in MODULES}
    try:
        tuple(TopologicalSorter(graph).static_order())
    except CycleError as exc:
        pytest.fail(f"import cycle: {' -> '.join(exc.args[1])}")


def test_pandas_is_imported_only_by_the_analysis_room() -> None:
    importers = sorted(module for module, names in MODULES.items() if any(n.split(".")[0] == "pandas" for n in names))
    assert importers
    assert all(module.startswith("playbook.measure") for module in importers), importers


NO_MEASUREMENTS = """
import datetime as dt
import sys
from pathlib import Path

from playbook import load_content
from playbook.company.playbooks import company_playbooks, load_companies
from playbook.site.generated import portfolio_spread

root, today = Path.cwd(), dt.date(2026, 11, 28)
content = load_content(root / "data", root=root)
companies = load_companies(root / "examples" / "companies", content, root, today)
bare = [company for company in companies if not company.measurements and not company.answers]
assert bare and len(bare) < len(companies)
portfolio_spread(company_playbooks(bare, content, today))
assert "pandas" not in sys.modules, "pandas imported without measurement files"
portfolio_spread(company_playbooks(companies, content, today))
assert "pandas" in sys.modules
"""


def test_only_companies_with_measurement_files_import_pandas() -> None:
    """pandas's import (a few tenths of a second) is paid only by a build that has something to analyse."""
    found = subprocess.run(
        [sys.executable, "-c", NO_MEASUREMENTS], check=False, cwd=ROOT, capture_output=True, text=True
    )
    assert found.returncode == 0, found.stderr


def test_the_company_record_imports_nothing_back_not_even_for_types() -> None:
    """`Company` and `CompanyPlaybook` live in playbook/company/company.py, below the modules that use them:
    counting imports under `if TYPE_CHECKING:` too, the company room has no cycle."""
    room = {module_name(path): path for path in sorted((PACKAGE / "company").glob("*.py"))}
    every_import = {}
    for module, path in room.items():
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names |= {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
            elif isinstance(node, ast.Import):
                names |= {alias.name for alias in node.names}
        every_import[module] = {name for name in names if name in room and name != module}
    try:
        tuple(TopologicalSorter(every_import).static_order())
    except CycleError as exc:
        pytest.fail(f"import cycle: {' -> '.join(exc.args[1])}")
    assert "playbook.company.playbooks" not in every_import["playbook.company.selection"]
    record = {"playbook.company.company", "playbook.company.record"}
    assert {name for module in record for name in every_import[module]} <= record


# The MkDocs side (macros/): rooms by purpose, each with its door.
ADAPTER = ROOT / "macros"
ADAPTER_MODULES = {module_name(path): runtime_imports(path) for path in sorted(ADAPTER.rglob("*.py"))}


def adapter_imports(module: str) -> set[str]:
    """The macros modules ``module`` imports at run time (a package's `__init__` counted for its modules)."""
    found: set[str] = set()
    for name in ADAPTER_MODULES[module]:
        parts = name.split(".")
        found |= {".".join(parts[:end]) for end in range(1, len(parts) + 1)}
    own = {".".join(module.split(".")[:end]) for end in range(1, module.count(".") + 1)}
    return {name for name in found if name in ADAPTER_MODULES} - own - {module, "macros"}


def test_the_adapter_has_its_rooms() -> None:
    rooms = {name.split(".")[1] for name in ADAPTER_MODULES if name.count(".") >= 2}
    assert rooms == {"build", "engine", "fastpath", "theme"}


@pytest.mark.parametrize(
    ("room", "allowed"),
    [
        ("macros.engine", set()),
        ("macros.fastpath", {"macros.fastpath"}),
        ("macros.theme", set()),
        ("macros.build", {"macros.build", "macros.engine"}),
        ("macros.generated", {"macros.engine"}),
        ("macros.languages", set()),
        ("macros.preview", set()),
        ("macros.pageerrors", set()),
        ("macros.options", set()),
        ("macros.adapter", set()),
    ],
)
def test_adapter_rooms_import_only_what_they_stand_on(room: str, allowed: set[str]) -> None:
    """Only the plugin (and `define_env`, which needs it) reaches across rooms; no room imports the plugin."""

    def permitted(name: str) -> bool:
        return any(name == prefix or name.startswith(prefix + ".") for prefix in allowed)

    offenders = {
        module: sorted(name for name in adapter_imports(module) if not permitted(name))
        for module in ADAPTER_MODULES
        if module == room or module.startswith(room + ".")
    }
    assert {module: names for module, names in offenders.items() if names} == {}


def test_no_import_cycle_in_the_adapter() -> None:
    graph = {module: adapter_imports(module) for module in ADAPTER_MODULES}
    try:
        tuple(TopologicalSorter(graph).static_order())
    except CycleError as exc:
        pytest.fail(f"import cycle: {' -> '.join(exc.args[1])}")


ENGINE_INTERNALS = (
    "_populate_page",
    "_build_page",
    "_epoch_cond",
    "_visible_epoch",
    "_wanted_epoch",
    "_content",
    "present_anchor_ids",
)


@pytest.mark.parametrize(
    ("reach", "home"),
    [
        *((name, "macros/engine/") for name in ENGINE_INTERNALS),  # internals.py, and its range in tested.py
        ("import material", "macros/theme/"),
        ("bundle.*.min.js", "macros/theme/bundle.py"),
        ("search.*.min.js", "macros/theme/bundle.py"),
    ],
)
def test_each_reach_into_the_engine_or_the_theme_lives_in_one_place(reach: str, home: str) -> None:
    """A private name of MkDocs, Material's package and its built scripts: each used in one module (or room)."""
    pattern = re.compile(r"(?<![A-Za-z])" + re.escape(reach) + r"\b")
    users = sorted(
        path.relative_to(ROOT).as_posix() for path in ADAPTER.rglob("*.py") if pattern.search(path.read_text("utf-8"))
    )
    assert users
    assert all(user.startswith(home) for user in users), users


def test_every_adapter_module_is_named_in_the_map() -> None:
    contributing = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    the_map = contributing[contributing.index("## The map") : contributing.index("## Make targets")]
    missing = [
        path.relative_to(ADAPTER).as_posix()
        for path in sorted(ADAPTER.rglob("*.py"))
        if path.name != "__init__.py" and path.relative_to(ADAPTER).as_posix() not in the_map
    ]
    assert missing == []


def test_no_adapter_module_passes_400_lines() -> None:
    long = {
        path.relative_to(ROOT).as_posix(): n
        for path in ADAPTER.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}
