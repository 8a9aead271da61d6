"""Run every benchmark once, in one go, and write benchmarks/results.md."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import author_loop, measurements, overhead, phases, report, scale, weight
from benchmarks.machine import describe
from benchmarks.project import BuildFailed, load_average

SIZES = (1, 10, 100, 500)
QUICK_SIZES = (1, 4, 20, 100)
"""For trying the benchmarks out: the same shape (the last two 5 × apart), a fraction of the time."""
REPEAT_UP_TO = 500
"""Sizes up to this many companies are built twice (the fastest run counts), larger ones once."""
OVERHEAD_REPEATS = 3
PHASES_COMPANIES = 100
"""The phase breakdown is measured on the shipped site and on a copy with this many companies."""
RESULTS = Path(__file__).resolve().parent / "results.md"


def say(message: str) -> None:
    """Progress on standard error."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def run_all(work: Path, sizes: tuple[int, ...]) -> report.Results:
    """Every measurement, with its scratch files under ``work``."""
    started = time.perf_counter()
    load_before = load_average()
    machine = describe()
    say("overhead: capturing the rendered Markdown, then the shipped and the plain build")
    measured_overhead, shipped_site = overhead.measure(work / "overhead", OVERHEAD_REPEATS)
    say(f"overhead: ratio {measured_overhead.ratio:.2f}")
    weights = weight.measure(shipped_site, author_loop.COMPANY)
    ids = scale.activity_ids()
    results = []
    project = work
    for count in sizes:
        repeats = 2 if count <= REPEAT_UP_TO else 1
        say(f"scale: {count} companies, {repeats} build(s)")
        result, project = scale.build_size(work / "scale", count, repeats, ids)
        say(f"scale: {count} companies in {result.seconds:.1f} s")
        shutil.rmtree(work / "scale" / f"site-{count}", ignore_errors=True)
        results.append(result)
    say(f"exports and renderers, timed directly over {sizes[-1]} companies")
    in_process = scale.in_process(project)
    say(f"measurements: {PHASES_COMPANIES} companies without and with KPI and survey files")
    cost = measurements.measure(work / "measurements", PHASES_COMPANIES, ids)
    say(f"measurements: {cost.per_company_seconds * 1000:.1f} ms per company")
    say("author loop: mkdocs serve, edit, poll (the examples)")
    loop = author_loop.measure(work / "author")
    say(f"author loop: {loop.seconds:.2f} s")
    say(f"author loop: mkdocs serve, edit, poll (the examples and {sizes[-1]} more companies)")
    large_loop = author_loop.measure(work / "author", sizes[-1])
    say(f"author loop at {sizes[-1]} more companies: {large_loop.seconds:.2f} s")
    say(f"phases: one instrumented build of the shipped site and one of {PHASES_COMPANIES} companies")
    breakdown = [phases.measure(work / "phases", count) for count in (0, PHASES_COMPANIES)]
    return report.Results(
        machine=machine,
        sizes=results,
        in_process=in_process,
        overhead=measured_overhead,
        author_loop=loop,
        author_loop_large=large_loop,
        phases=breakdown,
        weights=weights,
        company=author_loop.COMPANY,
        total_seconds=time.perf_counter() - started,
        load_before=load_before,
        load_after=load_average(),
        measurements=cost,
    )


def main(arguments: list[str] | None = None) -> int:
    """Measure, write the report, print the targets; exit 1 only when a build failed."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help=f"companies {QUICK_SIZES} instead of {SIZES}")
    parser.add_argument("--output", type=Path, default=RESULTS, help="where to write the report (%(default)s)")
    parser.add_argument(
        "--work-dir", type=Path, help="keep the copies, sites and logs here (default: a temporary folder)"
    )
    options = parser.parse_args(arguments)
    sizes = QUICK_SIZES if options.quick else SIZES
    try:
        if options.work_dir:
            options.work_dir.mkdir(parents=True, exist_ok=True)
            results = run_all(options.work_dir, sizes)
        else:
            with tempfile.TemporaryDirectory(prefix="playbook-bench-") as scratch:
                results = run_all(Path(scratch), sizes)
    except BuildFailed as exc:
        print(f"benchmark aborted: {exc}", file=sys.stderr)
        return 1
    options.output.write_text(report.render(results), encoding="utf-8")
    for target in report.targets(results):
        verdict = "PASS" if target.passed else "MISS"
        print(f"{verdict}  {target.name}: {report.fmt(target.value, target.unit)} ({report.limit_text(target)})")
    print(f"Written to {options.output}")
    return 0
