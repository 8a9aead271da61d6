"""Where a build spends its time: ``python -m benchmarks.hotspots [COMPANIES]``.

Builds a copy of the project with COMPANIES generated companies (default 100) under cProfile, in a fresh
process like the benchmarks, and prints the self time per package and the functions with the most self and
cumulative time. Not part of `make bench`: profiling slows the build down by about half.
"""

from __future__ import annotations

import argparse
import pstats
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from benchmarks.companies import write_companies
from benchmarks.project import BuildFailed, build_env, copy_project, measured_run
from benchmarks.scale import activity_ids

PROJECT_PACKAGES = ("playbook", "macros")


def package_of(filename: str, project: Path) -> str:
    """The package a profiled function belongs to: a site-packages folder, a project package or the stdlib."""
    path = Path(filename)
    if "site-packages" in path.parts:
        return path.parts[path.parts.index("site-packages") + 1].removesuffix(".py")
    if project in path.parents:
        return path.relative_to(project).parts[0]
    if filename.startswith(("<", "~")):
        return "(builtins)"
    return "(stdlib)"


def profile(companies: int, work: Path) -> tuple[pstats.Stats, Path, float]:
    """Build ``companies`` under cProfile; the statistics, the project copy and the profiled wall time."""
    project = copy_project(work / "project")
    if companies:
        write_companies(project / "data" / "companies", companies, activity_ids())
    output = work / "build.prof"
    command = [sys.executable, "-m", "cProfile", "-o", str(output), "-m", "mkdocs", "build", "--strict", "--quiet"]
    command += ["--site-dir", str(work / "site")]
    run = measured_run(command, project, build_env(project), work / "build.log")
    if run.returncode != 0:
        raise BuildFailed(run.log[-4000:])
    return pstats.Stats(str(output)), project, run.seconds


def by_package(stats: pstats.Stats, project: Path) -> list[tuple[str, float]]:
    """Self time per package, largest first."""
    totals: dict[str, float] = defaultdict(float)
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, object]] = stats.stats  # type: ignore[attr-defined]
    for (filename, _, _), (_, _, self_time, _, _) in raw.items():
        totals[package_of(filename, project)] += self_time
    return sorted(totals.items(), key=lambda item: -item[1])


def main(arguments: list[str] | None = None) -> int:
    """Profile one build and print the hot spots."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.hotspots", description=__doc__)
    parser.add_argument("companies", type=int, nargs="?", default=100, help="generated companies (default 100)")
    parser.add_argument("--top", type=int, default=30, help="functions to list (default 30)")
    options = parser.parse_args(arguments)
    with tempfile.TemporaryDirectory(prefix="playbook-hotspots-") as scratch:
        stats, project, seconds = profile(options.companies, Path(scratch))
        total = sum(seconds for _, seconds in by_package(stats, project))
        print(f"Build of {options.companies} companies under cProfile: {seconds:.1f} s wall, {total:.1f} s profiled")
        print("\nSelf time per package:")
        for package, self_time in by_package(stats, project)[:20]:
            print(f"  {self_time:8.2f} s  {100 * self_time / total:5.1f} %  {package}")
        stats.sort_stats("tottime").print_stats(options.top)
        stats.sort_stats("cumulative").print_stats(options.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
