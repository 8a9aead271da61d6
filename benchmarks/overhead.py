"""Overhead of the data and macro layer: the shipped site against the very same pages as plain Markdown."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from benchmarks import capture_hook
from benchmarks.project import ROOT, BuildFailed, Run, build_env, copy_project, measured_run, mkdocs_build

HOOKS = re.compile(r"^hooks:", flags=re.MULTILINE)


@dataclass(frozen=True)
class Overhead:
    """Best-of-n wall times of both sides and what each built."""

    full: list[Run]
    plain: list[Run]
    full_pages: int
    plain_pages: int
    differences: list[str]
    """Files (outside the exports) whose bytes differ between the two sites, or that only one has."""

    @property
    def ratio(self) -> float:
        """Full build time over plain build time, best runs: 1.0 means the data layer costs nothing."""
        return min(run.seconds for run in self.full) / min(run.seconds for run in self.plain)

    @property
    def cpu_ratio(self) -> float:
        """The same in CPU time."""
        return min(run.cpu_seconds for run in self.full) / min(run.cpu_seconds for run in self.plain)


def capture_config(project: Path) -> Path:
    """A copy of mkdocs.yml with the capture hook, which MkDocs runs after every plugin."""
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    if HOOKS.search(text):
        raise BuildFailed("mkdocs.yml has hooks of its own; benchmarks/overhead.py needs updating")
    text += f"\nhooks:\n  - {Path(capture_hook.__file__).resolve()}\n"
    config = project / "mkdocs.capture.yml"
    config.write_text(text, encoding="utf-8")
    return config


def dump_markdown(project: Path, dump: Path, logs: Path) -> None:
    """Build ``project`` once with the capture hook: every page's rendered Markdown lands under ``dump``."""
    config = capture_config(project)
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--quiet",
        "-f",
        str(config),
        "--site-dir",
        str(dump.parent / "capture-site"),
    ]
    env = build_env(project, **{capture_hook.DUMP_VARIABLE: str(dump)})
    run = measured_run(command, project, env, logs / "capture.log")
    if run.returncode != 0:
        raise BuildFailed(f"capture build failed:\n{run.log[-4000:]}")


def plain_build(project: Path, dump: Path, site: Path, log: Path) -> Run:
    """The dumped Markdown of both languages built in one process, without macros, hooks or exports."""
    command = [sys.executable, "-m", "benchmarks.plain_build", str(project), str(dump), str(site)]
    env = build_env(project)
    env["PYTHONPATH"] = str(ROOT)  # benchmarks.plain_build; the project's own packages are not imported
    run = measured_run(command, project, env, log)
    if run.returncode != 0:
        raise BuildFailed(f"plain build failed:\n{run.log[-4000:]}")
    return run


def html_pages(site: Path) -> int:
    """Number of HTML pages in a built site, both languages."""
    return sum(1 for _ in site.rglob("*.html"))


def differing_files(first: Path, second: Path) -> list[str]:
    """Relative paths whose contents differ between two sites, exports left out."""

    def files(site: Path) -> dict[str, Path]:
        return {
            path.relative_to(site).as_posix(): path
            for path in site.rglob("*")
            if path.is_file() and "/exports/" not in f"/{path.relative_to(site).as_posix()}"
        }

    one, other = files(first), files(second)
    return sorted(
        name
        for name in one.keys() | other.keys()
        if name not in one or name not in other or one[name].read_bytes() != other[name].read_bytes()
    )


def measure(work: Path, repeats: int) -> tuple[Overhead, Path]:
    """Build the shipped site and its plain twin ``repeats`` times each; returns the figures and the shipped site."""
    project = copy_project(work / "shipped")
    logs = work / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    site, plain_site, dump = work / "shipped-site", work / "plain-site", work / "dump"
    dump_markdown(project, dump, logs)
    full, plain = [], []
    for attempt in range(repeats):
        full.append(mkdocs_build(project, site, logs / f"shipped-{attempt}.log"))
        plain.append(plain_build(project, dump, plain_site, logs / f"plain-{attempt}.log"))
    differences = differing_files(site, plain_site)
    return Overhead(full, plain, html_pages(site), html_pages(plain_site), differences), site
