"""What the benchmarks ran on: date, machine, Python, package versions and the revision of the project."""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from benchmarks.project import ROOT

PACKAGES = (
    "mkdocs",
    "mkdocs-material",
    "mkdocs-macros-plugin",
    "pymdown-extensions",
    "Markdown",
    "Jinja2",
    "pydantic",
    "PyYAML",
    "babel",
    "watchdog",
)


@dataclass(frozen=True)
class Machine:
    """The conditions of one benchmark run."""

    date: str
    cores: int
    usable_cores: int
    memory_bytes: int
    cpu_model: str
    system: str
    python: str
    packages: dict[str, str]
    revision: str


def _proc_field(path: str, name: str) -> str:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return ""
    for line in lines:
        key, _, value = line.partition(":")
        if key.strip() == name:
            return value.strip()
    return ""


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def _revision() -> str:
    def git(*arguments: str) -> str:
        result = subprocess.run(["git", *arguments], cwd=ROOT, capture_output=True, text=True, check=False)
        return result.stdout.strip() if result.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    return f"{commit} with uncommitted changes" if git("status", "--porcelain", "--untracked-files=no") else commit


def describe() -> Machine:
    """The machine this process runs on."""
    memory = _proc_field("/proc/meminfo", "MemTotal").removesuffix(" kB")
    return Machine(
        date=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        cores=os.cpu_count() or 0,
        usable_cores=len(os.sched_getaffinity(0)),
        memory_bytes=int(memory) * 1024 if memory.isdigit() else 0,
        cpu_model=_proc_field("/proc/cpuinfo", "model name") or platform.processor() or "unknown",
        system=platform.platform(),
        python=f"{platform.python_implementation()} {platform.python_version()} ({sys.executable})",
        packages={package: _version(package) for package in PACKAGES},
        revision=_revision(),
    )
