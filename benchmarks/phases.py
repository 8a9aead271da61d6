"""Where a build spends its wall time, phase by phase: ``python -m benchmarks.phases [COMPANIES]``.

Unlike cProfile (:mod:`benchmarks.hotspots`), which inflates code made of many small Python calls such as
PyYAML, this wraps a few functions with a clock and builds at full speed. It builds a copy of the project with
COMPANIES generated companies (default 0: the examples) in a fresh process and prints the inclusive time and
calls of each phase, both languages added up. Not part of `make bench`.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.companies import write_companies
from benchmarks.project import ROOT, BuildFailed, build_env, copy_project, measured_run
from benchmarks.scale import activity_ids

Timings = dict[str, list[float]]
BUILD = "MkDocs: build(), the Dutch one (which runs the English one in its on_post_build)"
ENGLISH = "MkDocs: … of which the English build()"
IMPORTS = "(imports: playbook, macros, MkDocs, Markdown, the search plugin)"
AFTER_IMPORTS = "(the build, after those imports)"
PHASES: tuple[tuple[str, str, str], ...] = (
    ("mkdocs.commands.build", "build", BUILD),
    ("macros.plugin", "load_site_data", "data: load_site_data (both languages; a reuse costs a stat per file)"),
    ("playbook.site.data", "load_content", "data: … of which load_content (YAML, models, checks)"),
    ("playbook.site.data", "load_companies", "data: … of which load_companies (company files)"),
    ("playbook.loading.parse", "load_yaml", "data: load_yaml, every YAML file read (in the two above, and the hooks)"),
    ("playbook.site.data", "company_playbooks", "data: … of which company_playbooks (rules, measurements)"),
    ("playbook.site.generated", "generated_pages", "data: generated_pages (generated pages and exports)"),
    ("playbook.site.generated", "company_page", "data: … of which company_page (Markdown)"),
    ("playbook.site.generated", "company_exports", "data: … of which company_exports"),
    ("mkdocs_macros.plugin:MacrosPlugin", "on_page_markdown", "macros: render page templates (macro calls)"),
    ("markdown.core:Markdown", "convert", "MkDocs: Markdown to HTML"),
    ("mkdocs.commands.build", "_build_page", "MkDocs: theme template, search entry, write"),
    ("material.plugins.search.plugin:SearchPlugin", "on_page_context", "search: … of which indexing a page"),
    ("material.plugins.search.plugin:SearchPlugin", "on_post_build", "search: write the index"),
    ("macros.plugin:PlaybookPlugin", "on_post_build", "playbook: coverage, search worker (and the other language)"),
)


def _timed(function: Callable[..., Any], label: str, timings: Timings) -> Callable[..., Any]:
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            timings[label].append(time.perf_counter() - start)

    return wrapper


def instrument(timings: Timings) -> None:
    """Wrap every phase's function, where it is looked up, with a clock."""
    for target, name, label in PHASES:
        module_name, _, class_name = target.partition(":")
        owner: Any = importlib.import_module(module_name)
        if class_name:
            owner = getattr(owner, class_name)
        setattr(owner, name, _timed(getattr(owner, name), label, timings))


def inner(site_dir: str, output: str) -> None:
    """In the build process: instrument, build like `mkdocs build --strict`, write the timings as JSON."""
    # Imported in the build process only: the parent process that starts it never needs MkDocs (0.5 s).
    from mkdocs.__main__ import cli  # noqa: PLC0415

    timings: Timings = defaultdict(list)
    start = time.perf_counter()
    instrument(timings)
    timings[IMPORTS].append(time.perf_counter() - start)
    start = time.perf_counter()
    try:
        cli(["build", "--strict", "--quiet", "--site-dir", site_dir], standalone_mode=False)
    finally:
        timings[AFTER_IMPORTS].append(time.perf_counter() - start)
        Path(output).write_text(json.dumps(timings), encoding="utf-8")


STARTUP = "(interpreter start-up and the remaining imports)"


@dataclass(frozen=True)
class Phases:
    """One instrumented build: its wall time and the durations of every call of each phase."""

    companies: int
    seconds: float
    timings: Timings

    def rows(self) -> list[tuple[str, float, int]]:
        """(phase, seconds, calls) in a fixed order, start-up first; phases never entered have 0 calls."""
        startup = self.seconds - sum(self.timings.get(AFTER_IMPORTS, [])) - sum(self.timings.get(IMPORTS, []))
        rows = [(STARTUP, startup, 1)]
        for label in (IMPORTS, AFTER_IMPORTS, *(phase[2] for phase in PHASES)):
            durations = self.timings.get(label, [])
            if label == BUILD:  # the English build is nested in the Dutch one: show both, not their sum
                rows.append((BUILD, max(durations, default=0.0), min(len(durations), 1)))
                rows.append((ENGLISH, min(durations) if len(durations) > 1 else 0.0, len(durations) - 1))
            else:
                rows.append((label, sum(durations), len(durations)))
        return rows


def measure(work: Path, companies: int) -> Phases:
    """Build a copy with ``companies`` generated companies (0: the examples) with the clocks in place."""
    project = copy_project(work / f"project-{companies}")
    if companies:
        write_companies(project / "data" / "companies", companies, activity_ids())
    output = work / f"phases-{companies}.json"
    code = f"from benchmarks.phases import inner; inner({str(work / f'site-{companies}')!r}, {str(output)!r})"
    env = build_env(project)
    env["PYTHONPATH"] = os.pathsep.join((str(project), str(ROOT)))  # the copy's packages, then benchmarks
    run = measured_run([sys.executable, "-c", code], project, env, work / f"phases-{companies}.log")
    if run.returncode != 0:
        raise BuildFailed(run.log[-4000:])
    return Phases(companies, run.seconds, json.loads(output.read_text(encoding="utf-8")))


def main(arguments: list[str] | None = None) -> int:
    """Build once with the clocks in place and print the phases."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.phases", description=__doc__)
    parser.add_argument("companies", type=int, nargs="?", default=0, help="generated companies (default 0)")
    options = parser.parse_args(arguments)
    with tempfile.TemporaryDirectory(prefix="playbook-phases-") as scratch:
        phases = measure(Path(scratch), options.companies)
    print(f"Build of {options.companies or 'the example'} companies: {phases.seconds:.2f} s wall (process)")
    print(f"{'seconds':>8} {'calls':>6}  phase (inclusive; '…' phases are inside the one above)")
    for label, seconds, calls in phases.rows():
        print(f"{seconds:8.2f} {calls:6d}  {label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
