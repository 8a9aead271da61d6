"""The figures of one benchmark run, checked against their targets and written as Markdown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks import exports
from benchmarks.author_loop import AuthorLoop
from benchmarks.machine import Machine
from benchmarks.measurements import MeasurementCost
from benchmarks.overhead import Overhead
from benchmarks.phases import Phases
from benchmarks.project import Run
from benchmarks.scale import InProcess, SizeResult
from benchmarks.weight import LanguageWeight, Size

KB = 1000
MB = 1000 * 1000


@dataclass(frozen=True)
class Results:
    """Everything one run measured."""

    machine: Machine
    sizes: list[SizeResult]
    in_process: InProcess
    overhead: Overhead
    author_loop: AuthorLoop
    phases: list[Phases]
    """Instrumented builds: the shipped site, then one with generated companies."""
    weights: list[LanguageWeight]
    company: str
    """The company whose page the weight and author-loop figures are about."""
    total_seconds: float
    load_before: tuple[float, float, float]
    load_after: tuple[float, float, float]
    measurements: MeasurementCost | None = None
    author_loop_large: AuthorLoop | None = None
    """The author loop with the largest portfolio of the scale runs besides the examples."""
    """Measurement and survey files for generated companies, and the import of pandas."""

    @property
    def large(self) -> SizeResult:
        """The largest project (500 companies)."""
        return self.sizes[-1]

    @property
    def medium(self) -> SizeResult:
        """The next largest project (100 companies)."""
        return self.sizes[-2]

    @property
    def marginal_seconds(self) -> float:
        """Build time per additional company, both languages and exports: the slope between the two largest."""
        return (self.large.seconds - self.medium.seconds) / (self.large.companies - self.medium.companies)

    @property
    def pages_seconds(self) -> float:
        """Build time per company and language without the exports (made once per build, shared by the languages)."""
        return (self.marginal_seconds - self.in_process.exports_seconds) / 2

    @property
    def marginal_cpu_seconds(self) -> float:
        """CPU time per additional company, both languages and exports, from the least CPU time of each size."""
        return (self.large.cpu_seconds - self.medium.cpu_seconds) / (self.large.companies - self.medium.companies)

    @property
    def pages_cpu_seconds(self) -> float:
        """CPU time per company and language without the exports: the languages' processes added up, halved."""
        return (self.marginal_cpu_seconds - self.in_process.exports.total.cpu) / 2

    @property
    def growth(self) -> float:
        """T(500) / T(100)."""
        return self.large.seconds / self.medium.seconds


@dataclass(frozen=True)
class Target:
    """A figure against its limit: PASS when the figure is at most the limit."""

    name: str
    value: float
    limit: float
    unit: str

    @property
    def passed(self) -> bool:
        """True when the figure meets its target."""
        return self.value <= self.limit


def fmt(value: float, unit: str) -> str:
    """``value`` in ``unit`` ('ms' and 's' take seconds, 'KB' and 'MB' bytes, 'x' a ratio)."""
    match unit:
        case "ms":
            return f"{value * 1000:.1f} ms"
        case "s":
            return f"{value:.2f} s"
        case "KB":
            return f"{value / KB:.1f} KB"
        case "MB":
            return f"{value / MB:.2f} MB"
        case _:
            return f"{value:.2f}"


def limit_text(target: Target) -> str:
    """The limit in the target's unit, rounded as stated."""
    match target.unit:
        case "ms":
            return f"≤ {target.limit * 1000:g} ms"
        case "s":
            return f"≤ {target.limit:g} s"
        case "KB":
            return f"≤ {target.limit / KB:g} KB"
        case "MB":
            return f"≤ {target.limit / MB:g} MB"
        case _:
            return f"≤ {target.limit:g}"


def targets(results: Results) -> list[Target]:
    """Every figure that has a target."""
    medium, large = results.medium.companies, results.large.companies
    weights = {weight.language: weight for weight in results.weights}
    largest_company = max(weight.largest_company_html.raw for weight in results.weights)
    exports_cpu = results.in_process.exports.total.cpu
    return [
        Target("Pages: CPU time per company per language", results.pages_cpu_seconds, 0.020, "ms"),
        Target(
            "Pages: wall time per company per language (languages side by side)", results.pages_seconds, 0.020, "ms"
        ),
        Target(
            "Marginal cost of a company (both languages side by side, and exports)",
            results.marginal_seconds,
            0.045,
            "ms",
        ),
        Target(
            "Exports: time per company (XLSX, CSV, ICS, JSON, AI-system register)",
            results.in_process.exports_seconds,
            0.010,
            "ms",
        ),
        Target("Exports: CPU time per company (the same, less disturbed by load)", exports_cpu, 0.010, "ms"),
        Target(f"Growth: T({large}) / T({medium})", results.growth, 5.5, "x"),
        Target(
            "Overhead of the data and macro layer (shipped site / plain Markdown)", results.overhead.ratio, 1.5, "x"
        ),
        Target(
            "Author loop: save a company file until the Dutch page shows it (median)",
            results.author_loop.seconds,
            3.0,
            "s",
        ),
        *(
            [
                Target(
                    f"Author loop with {big_loop.companies} more companies (median)",
                    big_loop.seconds,
                    3.0,
                    "s",
                ),
                Target(
                    "Author loop: added time per company (marginal, from the two medians)",
                    (big_loop.seconds - results.author_loop.seconds) / big_loop.companies,
                    0.002,
                    "ms",
                ),
            ]
            if (big_loop := results.author_loop_large) is not None
            else []
        ),
        Target("Company page HTML, largest shipped one", largest_company, 150 * KB, "KB"),
        *(
            [
                Target(
                    f"Measurement and survey files: added time per company ({results.measurements.companies} companies)",
                    results.measurements.per_company_seconds,
                    0.010,
                    "ms",
                )
            ]
            if results.measurements
            else []
        ),
        *(
            Target(f"Search index ({language})", weights[language].search_index.raw, 1 * MB, "MB")
            for language in sorted(weights, key=lambda lang: lang != "nl")
        ),
    ]


def table(header: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> list[str]:
    """A Markdown table; columns listed in ``right`` are right-aligned."""
    if any(len(row) != len(header) for row in rows):
        raise ValueError(f"every row needs {len(header)} cells: {header}")
    rule = ["---:" if column in right else "---" for column in range(len(header))]
    return ["| " + " | ".join(row) + " |" for row in (header, rule, *rows)]


def load(averages: tuple[float, float, float]) -> str:
    """'0.12 / 0.30 / 0.25'."""
    return " / ".join(f"{average:.2f}" for average in averages)


def size_text(size: Size) -> str:
    """'69.6 KB (12.7 KB gzip)'."""
    return f"{fmt(size.raw, 'KB')} ({fmt(size.gzip, 'KB')} gzip)"


def render(results: Results) -> str:
    """The whole report as Markdown."""
    machine = results.machine
    checked = targets(results)
    lines = [
        "<!-- Written by `make bench` (python -m benchmarks); do not edit by hand. -->",
        "",
        f"Measured on {machine.date} by `make bench`, in one run of {results.total_seconds / 60:.1f} minutes, "
        f"on revision {machine.revision}. Every build is the full strict build of a temporary copy of the "
        "project (both languages, exports included) in a fresh process; its time is the wall time of that "
        "process, interpreter start-up included; CPU time is the process's user and system time. Anything else "
        "running on the machine slows the wall times: see the load average below. KB and MB are 1000 and "
        "1000 000 bytes.",
        "",
        "## Targets",
        "",
        *table(
            ["figure", "measured", "target", "result"],
            [[t.name, fmt(t.value, t.unit), limit_text(t), "PASS" if t.passed else "**MISS**"] for t in checked],
            right=(1, 2),
        ),
        "",
        f"{sum(t.passed for t in checked)} of {len(checked)} targets met.",
        "",
        "## Machine",
        "",
        *table(
            ["", ""],
            [
                ["date", machine.date],
                ["CPU", machine.cpu_model],
                ["cores", f"{machine.cores} ({machine.usable_cores} usable by this process)"],
                ["memory", f"{machine.memory_bytes / 2**30:.1f} GiB"],
                [
                    "load average (1, 5, 15 min)",
                    f"{load(results.load_before)} at the start, {load(results.load_after)} at the end",
                ],
                ["system", machine.system],
                ["Python", machine.python],
                *([package, version] for package, version in machine.packages.items()),
            ],
        ),
        "",
        *scale_section(results),
        *overhead_section(results),
        *author_loop_section(results),
        *weight_section(results),
        *phases_section(results),
        *measurements_section(results),
        *findings_section(),
    ]
    return "\n".join(lines) + "\n"


FINDINGS = Path(__file__).with_name("findings.md")
"""Hand-written: what each miss is caused by, what was fixed, the figures before and after."""


def findings_section() -> list[str]:
    """The causes of the misses and the fixes so far, from benchmarks/findings.md."""
    if not FINDINGS.is_file():
        return []
    return ["", FINDINGS.read_text(encoding="utf-8").rstrip("\n")]


def scale_section(results: Results) -> list[str]:
    """Build time, memory and size against the number of companies; the marginal cost of one company."""
    inproc = results.in_process
    writers = [(f"`{name}`" if " " not in name else name, clock) for name, clock in inproc.exports.writers.items()]
    rules = inproc.playbook_seconds
    mkdocs_share = results.pages_seconds - rules - inproc.page_markdown_seconds
    medium, large = results.medium.companies, results.large.companies
    return [
        "## 1. Scale",
        "",
        "Generated companies (variations of `examples/companies/voorbeeld-techniek.yml`) in the copy's "
        "`data/companies/`. Time is the fastest of the runs; memory is the peak resident set size of the "
        "build process (`ru_maxrss` from `wait4`).",
        "",
        *table(
            [
                "companies",
                "runs",
                "wall time",
                "CPU time",
                "peak memory",
                "site size",
                "files",
                "HTML pages",
                "search nl",
                "search en",
            ],
            [
                [
                    str(size.companies),
                    str(len(size.runs)),
                    " / ".join(fmt(run.seconds, "s") for run in size.runs),
                    " / ".join(fmt(run.cpu_seconds, "s") for run in size.runs),
                    fmt(size.peak_rss_bytes, "MB"),
                    fmt(size.site_bytes, "MB"),
                    str(size.site_files),
                    str(size.html_pages),
                    fmt(size.search_index_bytes["nl"], "MB"),
                    fmt(size.search_index_bytes["en"], "MB"),
                ]
                for size in results.sizes
            ],
            right=tuple(range(10)),
        ),
        "",
        *table(
            ["marginal cost of one company", "time"],
            [
                [f"whole build, (T({large}) − T({medium})) / {large - medium}", fmt(results.marginal_seconds, "ms")],
                [
                    f"exports, `company_exports` timed directly over {inproc.companies} companies "
                    "(made once per build; both languages link the same files; fastest of "
                    f"{exports.ROUNDS} rounds)",
                    f"{fmt(inproc.exports_seconds, 'ms')} (CPU {fmt(inproc.exports.total.cpu, 'ms')})",
                ],
                *(
                    [f"… {name}, timed alone", f"{fmt(clock.wall, 'ms')} (CPU {fmt(clock.cpu, 'ms')})"]
                    for name, clock in writers
                ),
                [
                    f"whole build, CPU time, (CPU(T({large})) − CPU(T({medium}))) / {large - medium}",
                    fmt(results.marginal_cpu_seconds, "ms"),
                ],
                [
                    "**pages, per language, CPU time** = (whole build's CPU time − exports' CPU time) / 2",
                    fmt(results.pages_cpu_seconds, "ms"),
                ],
                ["**pages, per language** = (whole build − exports) / 2", fmt(results.pages_seconds, "ms")],
                ["… of which the rules (`company_playbooks`), timed directly", fmt(rules, "ms")],
                [
                    "… of which the page's Markdown (`company_page`), timed directly",
                    fmt(inproc.page_markdown_seconds, "ms"),
                ],
                ["… of which MkDocs and the rest (the remainder)", fmt(mkdocs_share, "ms")],
            ],
            right=(1,),
        ),
        "",
        f"T({large}) / T({medium}) = {results.growth:.2f} (5 × the companies; 5.5 allows 10% above linear).",
        "",
    ]


def _side_row(name: str, runs: Sequence[Run], pages: int) -> list[str]:
    """One side of the overhead comparison: every run, the best wall and CPU time, the peak memory."""
    return [
        name,
        " / ".join(fmt(run.seconds, "s") for run in runs),
        fmt(min(run.seconds for run in runs), "s"),
        fmt(min(run.cpu_seconds for run in runs), "s"),
        fmt(max(run.peak_rss_bytes for run in runs), "MB"),
        str(pages),
    ]


def overhead_section(results: Results) -> list[str]:
    """The shipped site against the same pages as plain Markdown."""
    overhead = results.overhead
    same = (
        "byte-identical to the shipped site outside the exports"
        if not overhead.differences
        else f"different from the shipped site in {len(overhead.differences)} files outside the exports "
        f"(e.g. `{overhead.differences[0]}`)"
    )
    return [
        "## 2. Overhead of the data and macro layer",
        "",
        "The shipped site (content and examples, both languages) against the very same pages as plain Markdown: "
        "a throwaway hook captured every page's Markdown after the macros, and the configuration the hooks "
        "computed; the plain side builds that with the same mkdocs.yml, theme and search plugin but without "
        "macros, hooks, generated pages or exports (exports became empty files so that links resolve), both "
        f"languages in one process. Its output was {same}.",
        "",
        *table(
            ["side", "runs", "best", "CPU time, best", "peak memory", "HTML pages"],
            [
                _side_row("shipped (data, macros, hooks, exports)", overhead.full, overhead.full_pages),
                _side_row("plain Markdown", overhead.plain, overhead.plain_pages),
            ],
            right=(2, 3, 4, 5),
        ),
        "",
        f"Ratio {overhead.ratio:.2f} (1.0 is the floor); in CPU time {overhead.cpu_ratio:.2f}.",
        "",
    ]


def author_loop_section(results: Results) -> list[str]:
    """Edit to visible under `mkdocs serve`, with the examples and with a large portfolio."""
    lines = [
        "## 3. Author loop",
        "",
        f"`mkdocs serve` on a copy whose `data/companies/` holds the examples (and then as many generated companies "
        f"besides); the name in `{results.company}.yml` is changed and the served Dutch company page is polled "
        "every 50 ms until it shows the new name, then the company index; then the server is left until it is "
        "idle, and the next save follows. CPU time is that of the server and its processes per save.",
        "",
    ]
    for loop in (results.author_loop, results.author_loop_large):
        if loop is None:
            continue
        lines += [
            f"### {loop.companies} generated companies besides the examples",
            "",
            *table(
                ["save", "save → page served", "save → index served", "server CPU", "rebuilds", "save → idle"],
                [
                    [
                        str(number),
                        fmt(edit.seconds, "s"),
                        fmt(edit.index_seconds, "s"),
                        fmt(edit.cpu_seconds, "s"),
                        str(edit.rebuilds),
                        fmt(edit.busy_seconds, "s"),
                    ]
                    for number, edit in enumerate(loop.edits, start=1)
                ],
                right=(0, 1, 2, 3, 4, 5),
            ),
            "",
            f"Median {fmt(loop.seconds, 's')} (index {fmt(loop.index_seconds, 's')}, CPU {fmt(loop.cpu_seconds, 's')}"
            f" per save). From starting `mkdocs serve` until the company page was first served: "
            f"{fmt(loop.startup_seconds, 's')}.",
            "",
        ]
    return lines


def weight_section(results: Results) -> list[str]:
    """Page weight of the shipped site."""
    rows = []
    for weight in results.weights:
        rows += [
            [weight.language, "home page HTML", size_text(weight.home_html)],
            [weight.language, f"company page HTML ({results.company})", size_text(weight.company_html)],
            [
                weight.language,
                f"largest company page HTML ({weight.largest_company})",
                size_text(weight.largest_company_html),
            ],
            [weight.language, "CSS and JavaScript the home page loads", size_text(weight.page_assets)],
            [weight.language, "all CSS files", fmt(weight.css_total, "KB")],
            [
                weight.language,
                "all JavaScript files (search workers and stemmers included)",
                fmt(weight.js_total, "KB"),
            ],
            [weight.language, "search index", size_text(weight.search_index)],
        ]
    return ["## 4. Weight of the shipped site", "", *table(["language", "what", "size"], rows, right=(2,)), ""]


def phases_section(results: Results) -> list[str]:
    """Where the wall time of a build goes, from builds with a clock around a few functions."""
    columns = [phases.rows() for phases in results.phases]
    names = [f"{phases.companies} companies" if phases.companies else "shipped site" for phases in results.phases]
    rows = [
        [label, *(f"{column[index][1]:.2f} s ({column[index][2]})" for column in columns)]
        for index, (label, _, _) in enumerate(columns[0])
    ]
    walls = [fmt(phases.seconds, "s") for phases in results.phases]
    return [
        "## 5. Where the time goes",
        "",
        "One more build of each, with a clock around a few functions (`python -m benchmarks.phases N` repeats "
        "it; `python -m benchmarks.hotspots N` profiles with cProfile). Times are inclusive, both languages "
        "added up, with the number of calls in brackets; a row starting with … is part of the row above it.",
        "",
        *table(["phase", *names], [["whole process (wall)", *walls], *rows], right=tuple(range(1, len(names) + 1))),
        "",
    ]


def measurements_section(results: Results) -> list[str]:
    """What KPI and survey files add per company, and what importing pandas costs a build that has them."""
    cost = results.measurements
    if cost is None:
        return []
    rows = [
        [
            f"{cost.companies} companies without measurement files",
            fmt(cost.without_seconds, "s"),
            fmt(cost.without_wall_seconds, "s"),
        ],
        [
            f"{cost.companies} companies with a year of KPIs and three surveys each",
            fmt(cost.with_seconds, "s"),
            fmt(cost.with_wall_seconds, "s"),
        ],
        ["added per company", fmt(cost.per_company_seconds, "ms"), fmt(cost.per_company_wall_seconds, "ms")],
        ["`import pandas` (once per build that has measurement files)", "", fmt(cost.import_seconds, "s")],
    ]
    return [
        "## 6. Measurements",
        "",
        "Loading, rules, the analysis (pandas, one frame for all companies) and the Dutch company pages and index, "
        "timed in one process (CPU and wall time, each the best of three), pandas imported beforehand; the import "
        "is timed on its own (wall time) in a fresh interpreter.",
        "",
        *table(["what", "CPU time", "wall time"], rows, right=(1, 2)),
        "",
    ]
