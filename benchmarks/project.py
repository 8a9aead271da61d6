"""Temporary copies of the project and MkDocs builds of them, each in a fresh, measured subprocess."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from playbook.render.context import GENERATED_DIRS

ROOT = Path(__file__).resolve().parent.parent
"""The repository root."""

BUILD_EPOCH = "1795824000"
"""SOURCE_DATE_EPOCH of every benchmark build (28 November 2026, as in the tests), so runs compare."""

SKIPPED = (
    ".git",
    ".venv",
    ".site-tmp*",
    "__pycache__",
    "*.egg-info",
    ".*_cache",
    ".hypothesis",
    "benchmarks",
    "node_modules",
)
"""Never copied: version control, the environments, build output, caches and these benchmarks (and the built
site at the top level only: `playbook/site/` is code)."""


def copy_project(destination: Path) -> Path:
    """A copy of the working tree in ``destination``: everything but :data:`SKIPPED`, the pages generated
    under docs/ and data/companies/ (so the examples, or the companies a benchmark writes, are built)."""
    skipped = shutil.ignore_patterns(*SKIPPED)

    def ignore(folder: str, names: list[str]) -> set[str]:
        here = Path(folder).resolve()
        ignored = set(skipped(folder, names))
        if here == ROOT:
            ignored |= {"site"} & set(names)
        if here == ROOT / "docs":
            ignored |= set(GENERATED_DIRS) & set(names)
        if here == ROOT / "data":
            ignored |= {"companies"} & set(names)
        return ignored

    shutil.copytree(ROOT, destination, ignore=ignore, dirs_exist_ok=True)
    return destination


def build_env(project: Path, **extra: str) -> dict[str, str]:
    """The environment of a benchmark build: reproducible date, every company."""
    env = {key: value for key, value in os.environ.items() if key != "PLAYBOOK_PUBLIC"}
    env.update(
        {
            "PYTHONPATH": str(project),
            "NO_MKDOCS_2_WARNING": "1",
            "SOURCE_DATE_EPOCH": BUILD_EPOCH,
            "PYTHONDONTWRITEBYTECODE": "1",
        }
    )
    env.update(extra)
    return env


@dataclass(frozen=True)
class Run:
    """One measured subprocess."""

    seconds: float
    """Wall time from start to exit, interpreter start-up included."""
    cpu_seconds: float
    """User and system CPU time of the child (less disturbed than wall time by other load on the machine)."""
    peak_rss_bytes: int
    """The child's maximum resident set size (ru_maxrss from wait4)."""
    returncode: int
    log: str
    """Its standard error and output."""


def measured_run(command: list[str], cwd: Path, env: dict[str, str], log_file: Path) -> Run:
    """Run ``command`` in a fresh subprocess; its wall time and peak memory come from wait4 on that child alone."""
    with log_file.open("wb") as log:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return Run(
        seconds=seconds,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        peak_rss_bytes=usage.ru_maxrss * 1024,  # kilobytes on Linux
        returncode=process.returncode,
        log=log_file.read_text(encoding="utf-8", errors="replace"),
    )


class BuildFailed(RuntimeError):
    """A benchmark build did not succeed: the figures would be meaningless."""


def mkdocs_build(project: Path, site_dir: Path, log_file: Path) -> Run:
    """The full strict build of ``project`` (both languages, exports included), as `make build` runs it."""
    if site_dir.exists():
        shutil.rmtree(site_dir)
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site_dir)]
    run = measured_run(command, project, build_env(project), log_file)
    if run.returncode != 0:
        raise BuildFailed(f"mkdocs build of {project} failed ({run.returncode}):\n{run.log[-4000:]}")
    return run


def load_average() -> tuple[float, float, float]:
    """The machine's 1, 5 and 15 minute load averages: other work running beside the benchmarks."""
    one, five, fifteen = os.getloadavg()
    return one, five, fifteen


def tree_size(folder: Path) -> tuple[int, int]:
    """Total bytes and number of files under ``folder``."""
    files = [path for path in folder.rglob("*") if path.is_file()]
    return sum(path.stat().st_size for path in files), len(files)
