"""The bad-input corpus: every case in tests/bad_inputs/ is refused with exact messages, fast and without traces.

A case is a folder ``tests/bad_inputs/<name>/`` holding

- the files to place over a copy of the project, at their relative paths (``data/companies/acme.yml``, a
  KPI file, a content file);
- ``case.toml``: ``description``; optional ``edit`` (a list of ``{path, old, new}`` replacements in the
  copy's own files), ``delete`` (paths to remove), ``generate`` (a generator below, for inputs too large or
  too odd to commit), ``command`` (``python -m playbook`` arguments instead of ``validate``; ``{data}`` is the
  copy's data folder), ``build = true`` (also run the real MkDocs build), ``valid = true`` (the input must be
  accepted) and ``known_bug`` (a product bug, described; the case is expected to fail until it is fixed);
- ``expected.txt``: the exact error lines in order, one per line; ``<*>`` stands for any text, for positions
  that depend on content edited by others.

A generated case (the hostile inputs) runs its command in a subprocess with a 60 s timeout and a 1 GiB
address-space limit; every other case runs ``python -m playbook``'s ``main`` in this process (its interpreter
start and imports, 0.5 s a case, were most of the corpus's time); the build cases run the real MkDocs build in
a subprocess with the limits.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import resource
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from playbook.cli import main
from playbook.loading.language import translate
from tests.conftest import BUILD_EPOCH, ROOT, run_mkdocs

CORPUS = Path(__file__).resolve().parent / "bad_inputs"
TIMEOUT = 60
MEMORY_LIMIT = 1 << 30
"""Bytes of address space a validate or build subprocess may use."""
TWENTY_MIB = 20 * 1024 * 1024
CASE_FILES = {"case.toml", "expected.txt", "expected.nl.txt"}
ERROR_LINE = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?P<column>\d+): (?P<key>\S[^:]*): (?P<message>.+)$")
"""The foundation's format: ``file:line:column: key: message``."""
LOGGED_ERROR = re.compile(r"^ERROR\s+-\s+playbook: ")
"""How MkDocs's logger introduces the plugin's error lines."""
WILDCARD = "<*>"

VALID_COMPANY = """\
schema_version: 1
name: Acme B.V.
employees: 120
it_team_size: 7
sector: machinebouw
language: nl
ai_project:
  budget_eur: 120000
  first_ai_project: true
  start: 2027-01-04
  scope: team
  resources: medium
  timeframe_months: 6
  agile: false
"""
COMPANY = "data/companies/acme.yml"


# Generators: inputs written at run time, too large or too odd to commit.


def _write(project: Path, relative: str, data: bytes) -> None:
    path = project / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _pad(text: str, size: int, line: str) -> bytes:
    data = text.encode()
    filler = line.encode()
    whole, rest = divmod(size - len(data), len(filler))
    return data + filler * whole + b"#" * (rest - 1) + b"\n" if rest else data + filler * whole


def alias_bomb(project: Path) -> None:
    """The billion laughs: lol9 expands to 10^9 'lol's when aliases are followed."""
    lines = ["# Bad input: a billion-laughs alias bomb", 'lol0: &lol0 "lol"']
    lines += [f"lol{level}: &lol{level} [{', '.join([f'*lol{level - 1}'] * 10)}]" for level in range(1, 10)]
    _write(project, COMPANY, ("\n".join(lines) + "\n").encode())


def company_20mb(project: Path) -> None:
    """A valid profile padded with comment lines to exactly 20 MiB."""
    _write(project, COMPANY, _pad(VALID_COMPANY, TWENTY_MIB, "# padding" + "." * 70 + "\n"))


def kpi_csv_20mb(project: Path) -> None:
    """A valid company and a KPI file of valid rows, exactly 20 MiB."""
    _write(project, COMPANY, VALID_COMPANY.encode())
    _write(project, "data/companies/acme.kpis.csv", _pad("date,kpi,value\n", TWENTY_MIB, "2026-01-31,usage_rate,12\n"))


def control_character(project: Path) -> None:
    """A raw NUL byte inside a quoted text."""
    text = VALID_COMPANY.replace("sector: machinebouw", 'sector: "machine\x00bouw"')
    _write(project, COMPANY, text.encode())


def deep_nesting(project: Path) -> None:
    """5,000 nested flow lists on one line."""
    _write(project, COMPANY, (VALID_COMPANY + "deep: " + "[" * 5000 + "]" * 5000 + "\n").encode())


def huge_integer(project: Path) -> None:
    """An employee count of 5,000 digits."""
    _write(project, COMPANY, VALID_COMPANY.replace("employees: 120", "employees: " + "9" * 5000).encode())


def slug_with_newline(project: Path) -> None:
    """A valid profile in a file whose name ends the slug with a newline."""
    _write(project, "data/companies/acme\n.yml", VALID_COMPANY.encode())


def folder_named_yml(project: Path) -> None:
    """A folder named like a company file."""
    (project / "data/companies/acme.yml").mkdir(parents=True)


def dangling_link(project: Path) -> None:
    """A company file that is a link to a file that does not exist."""
    (project / "data/companies").mkdir(parents=True, exist_ok=True)
    (project / COMPANY).symlink_to(project / "data/companies/gone.txt")


def named_pipe(project: Path) -> None:
    """A FIFO named like a company file: reading it would wait forever."""
    (project / "data/companies").mkdir(parents=True, exist_ok=True)
    os.mkfifo(project / COMPANY)


def kpi_file_named_pipe(project: Path) -> None:
    """A valid company beside a FIFO named like its KPI file."""
    _write(project, COMPANY, VALID_COMPANY.encode())
    os.mkfifo(project / "data/companies/acme.kpis.csv")


def link_to_device(project: Path) -> None:
    """A company file that is a link to /dev/zero: endless bytes."""
    (project / "data/companies").mkdir(parents=True, exist_ok=True)
    (project / COMPANY).symlink_to("/dev/zero")


def link_out_of_project(project: Path) -> None:
    """A valid company and a KPI file that is a link to a file outside the project."""
    _write(project, COMPANY, VALID_COMPANY.encode())
    outside = project.parent / "elsewhere.csv"
    outside.write_text("date,kpi,value\n2026-01-31,usage_rate,12\n", encoding="utf-8")
    (project / "data/companies/acme.kpis.csv").symlink_to(outside)


GENERATORS: dict[str, Callable[[Path], None]] = {
    function.__name__: function
    for function in (
        alias_bomb,
        company_20mb,
        kpi_csv_20mb,
        control_character,
        deep_nesting,
        huge_integer,
        slug_with_newline,
        folder_named_yml,
        dangling_link,
        named_pipe,
        kpi_file_named_pipe,
        link_to_device,
        link_out_of_project,
    )
}


# The corpus.


@dataclass(frozen=True)
class Case:
    """One folder of the corpus."""

    name: str
    folder: Path
    description: str
    expected: tuple[str, ...]
    expected_nl: tuple[str, ...] = ()
    """The same lines in Dutch (expected.nl.txt): what a Dutch company's author reads."""
    edits: tuple[tuple[str, str, str], ...] = ()
    delete: tuple[str, ...] = ()
    generate: str | None = None
    command: tuple[str, ...] | None = None
    build: bool = False
    valid: bool = False
    known_bug: str | None = None

    def inputs(self) -> Iterator[Path]:
        """The committed files to place over the project copy."""
        for path in sorted(self.folder.rglob("*")):
            if path.is_file() and path.relative_to(self.folder).as_posix() not in CASE_FILES:
                yield path

    def apply(self, project: Path) -> None:
        """Place this case's input in ``project``, a copy of the project."""
        for path in self.inputs():
            target = project / path.relative_to(self.folder)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
        for relative, old, new in self.edits:
            path = project / relative
            text = path.read_text(encoding="utf-8")
            assert old in text, f"{self.name}: {old!r} is no longer in {relative}; update case.toml"
            path.write_text(text.replace(old, new, 1), encoding="utf-8")
        for relative in self.delete:
            (project / relative).unlink()
        if self.generate:
            GENERATORS[self.generate](project)


def load_case(folder: Path) -> Case:
    """Read ``folder``/case.toml and expected.txt."""
    spec: dict[str, Any] = tomllib.loads((folder / "case.toml").read_text(encoding="utf-8"))
    known = {"description", "edit", "delete", "generate", "command", "build", "valid", "known_bug"}
    assert set(spec) <= known, f"{folder.name}/case.toml: unknown keys {sorted(set(spec) - known)}"
    expected_file, dutch_file = folder / "expected.txt", folder / "expected.nl.txt"
    expected = expected_file.read_text(encoding="utf-8").splitlines() if expected_file.is_file() else []
    dutch = dutch_file.read_text(encoding="utf-8").splitlines() if dutch_file.is_file() else []
    command = spec.get("command")
    return Case(
        name=folder.name,
        folder=folder,
        description=spec["description"],
        expected=tuple(line for line in expected if line.strip()),
        expected_nl=tuple(line for line in dutch if line.strip()),
        edits=tuple((edit["path"], edit["old"], edit["new"]) for edit in spec.get("edit", [])),
        delete=tuple(spec.get("delete", [])),
        generate=spec.get("generate"),
        command=tuple(command) if command is not None else None,
        build=bool(spec.get("build", False)),
        valid=bool(spec.get("valid", False)),
        known_bug=spec.get("known_bug"),
    )


CASES = [load_case(folder) for folder in sorted(CORPUS.iterdir()) if (folder / "case.toml").is_file()]
BY_NAME = {case.name: case for case in CASES}


def params(cases: list[Case]) -> list[Any]:
    """One pytest parameter per case; a known bug is a strict xfail, so a fix shows up as XPASS."""
    return [
        pytest.param(
            case,
            id=case.name,
            marks=[pytest.mark.xfail(strict=True, reason=case.known_bug)] if case.known_bug else [],
        )
        for case in cases
    ]


# Running things.


def limit_memory() -> None:
    """In the child process: cap its address space, so that a blow-up fails instead of eating the machine."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_case(case: Case, *args: str, language: str = "en") -> subprocess.CompletedProcess[str]:
    """``python -m playbook ARGS`` for ``case`` with messages in ``language``: generated (hostile) inputs in a
    limited subprocess, the rest here."""
    return run_playbook(*args, language=language) if case.generate else run_in_process(*args, language=language)


def run_in_process(*args: str, language: str = "en") -> subprocess.CompletedProcess[str]:
    """``python -m playbook ARGS`` as its ``main`` in this process, from the repository root, with its output."""
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        patch.setenv("SOURCE_DATE_EPOCH", BUILD_EPOCH)
        patch.setenv("PLAYBOOK_LANG", language)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as stopped:
                code = stopped.code if isinstance(stopped.code, int) else 1
    return subprocess.CompletedProcess(["playbook", *args], code, out.getvalue(), err.getvalue())


def run_playbook(*args: str, language: str = "en") -> subprocess.CompletedProcess[str]:
    """``python -m playbook`` with the limits, from the repository root."""
    return subprocess.run(
        [sys.executable, "-m", "playbook", *args],
        cwd=ROOT,
        env={**os.environ, "SOURCE_DATE_EPOCH": BUILD_EPOCH, "PLAYBOOK_LANG": language},
        capture_output=True,
        text=True,
        errors="backslashreplace",
        check=False,
        timeout=TIMEOUT,
        preexec_fn=limit_memory,
    )


def run_limited_build(
    project: Path, site_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> subprocess.CompletedProcess[str]:
    """The real build, ``run_mkdocs``, with the timeout and the memory limit added to its subprocess."""
    unlimited = subprocess.run

    def limited(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        result: subprocess.CompletedProcess[str] = unlimited(
            command, **kwargs, timeout=TIMEOUT, preexec_fn=limit_memory, errors="backslashreplace"
        )
        return result

    with monkeypatch.context() as patch:
        patch.setattr(subprocess, "run", limited)
        return run_mkdocs(project, site_dir)


def pattern(expected: str) -> re.Pattern[str]:
    """An expected line as a regular expression: ``<*>`` is any text, the rest is literal."""
    return re.compile(".*".join(re.escape(part) for part in expected.split(WILDCARD)))


def assert_lines(found: list[str], expected: tuple[str, ...]) -> None:
    """``found`` matches ``expected`` line for line."""
    assert len(found) == len(expected), "\n".join(["found:", *found, "expected:", *expected])
    for line, wanted in zip(found, expected, strict=True):
        assert pattern(wanted).fullmatch(line), f"found:    {line}\nexpected: {wanted}"


def summary_line(lines: list[str]) -> str:
    """'2 errors and 1 warning found.': what validate prints under ``lines`` (in English)."""
    warnings = sum(1 for line in lines if ": warning: " in line or ": waarschuwing: " in line)
    errors = len(lines) - warnings

    def counted(amount: int, noun: str) -> str:
        return f"{amount} {noun}" if amount == 1 else f"{amount} {noun}s"

    also = f" and {counted(warnings, 'warning')}" if warnings else ""
    return f"{counted(errors, 'error')}{also} found."


def assert_error_format(lines: list[str]) -> None:
    """Every line is in the foundation's format and names a file under data/ or examples/, or organization.yml."""
    for line in lines:
        match = ERROR_LINE.match(line)
        assert match, f"not file:line:column: key: message: {line}"
        assert match["file"].startswith(("data/", "examples/")) or match["file"] == "organization.yml", line


def snapshot(folder: Path) -> dict[str, str]:
    """Every file and folder under ``folder`` with a digest of its bytes."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "/"
        for path in sorted(folder.rglob("*"))
    }


# The tests.


def test_the_corpus_covers_the_required_cases() -> None:
    assert len(CASES) >= 110
    required = {
        "yaml-syntax-unclosed-quote",
        "tabs-for-indentation",
        "non-utf8-bytes",
        "empty-file",
        "wrong-types",
        "unknown-and-misspelt-keys",
        "faq-duplicate-id",
        "dangling-evidence-reference",
        "bad-slug-capitals",
        "bad-slug-underscore",
        "new-path-traversal",
        "alias-bomb",
        "file-20mb",
        "impossible-date",
        "negative-budgets",
        "it-team-above-employees",
        "unknown-progress-activity",
        "kpi-csv-bad-date",
        "kpi-csv-unknown-kpi",
        "kpi-csv-not-a-number",
        "bom-company-file-is-valid",
        "dutch-thousands-budget",
        "misspelt-activity-id",
        "one-pass-every-file",
        "yaml-missing-colon",
        "kpi-csv-no-such-day",
        "kpi-csv-future-row",
        "kpi-csv-duplicate-row",
        "kpi-csv-outside-scale",
        "kpi-csv-dutch-excel-valid",
        "organization-unknown-publish-slug",
        "organization-palette-names-valid",
        "warning-owner-not-among-people",
        "risk-threshold-on-budget-rule",
    }
    assert required <= set(BY_NAME)
    built = {case.name for case in CASES if case.build}
    assert {"faq-duplicate-id", "yaml-syntax-unclosed-quote", "kpi-csv-bad-date", "alias-bomb", "file-20mb"} <= built
    for case in CASES:
        assert case.description, case.name
        warnings_only = all(": warning: " in line or line.endswith("check them.") for line in case.expected)
        assert case.valid != bool(case.expected) or (case.valid and warnings_only), (
            f"{case.name}: expected.txt is required unless valid = true (then it may list warnings only)"
        )
        assert case.generate is None or case.generate in GENERATORS, case.name
        assert not (case.command and case.build), case.name
        assert len(case.expected_nl) == len(case.expected), (
            f"{case.name}: expected.nl.txt holds the same lines in Dutch"
        )
        exact = [line for line in case.expected if WILDCARD not in line and not line.endswith("check them.")]
        assert case.command or all(ERROR_LINE.match(line) for line in exact), case.name


def test_large_inputs_are_not_committed() -> None:
    for case in CASES:
        for path in case.inputs():
            assert path.stat().st_size < 64 * 1024, f"{path}: generate large inputs in the test"


LANGUAGES = ("en", "nl")
VALID = {"en": "All data is valid:", "nl": "Alle data is geldig:"}


def expected_in(case: Case, language: str) -> tuple[str, ...]:
    """The lines ``case`` expects in ``language``."""
    return case.expected_nl if language == "nl" else case.expected


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", params([case for case in CASES if case.command is None]))
def test_validate(case: Case, language: str, project_copy: Path) -> None:
    case.apply(project_copy)
    result = run_case(case, "validate", "--data", str(project_copy / "data"), language=language)
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output[-3000:]
    if case.valid:
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith(VALID[language]), result.stdout
        assert_lines(result.stderr.splitlines(), expected_in(case, language))  # warnings, if any, and their summary
        return
    assert result.returncode == 1, output[-3000:]
    assert result.stdout == ""
    *errors, summary = result.stderr.splitlines()
    assert summary == translate(summary_line(errors), language)
    assert_error_format(errors)
    assert_lines(errors, expected_in(case, language))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", params([case for case in CASES if case.command is not None]))
def test_command(case: Case, language: str, project_copy: Path) -> None:
    case.apply(project_copy)
    before = snapshot(project_copy)
    assert case.command is not None
    command = (arg.replace("{data}", str(project_copy / "data")) for arg in case.command)
    result = run_case(case, *command, language=language)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == 1, result.stdout
    assert result.stdout == ""
    assert_lines(result.stderr.splitlines(), expected_in(case, language))
    assert snapshot(project_copy) == before, "the command wrote or changed files"


@pytest.mark.parametrize("case", params([case for case in CASES if case.build]))
def test_build(case: Case, project_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case.apply(project_copy)
    site_dir = tmp_path / "site"
    site_dir.mkdir()
    sentinel = site_dir / "index.html"
    sentinel.write_text("previous build", encoding="utf-8")
    result = run_limited_build(project_copy, site_dir, monkeypatch)
    assert "Traceback" not in result.stdout + result.stderr, result.stderr[-3000:]
    if case.valid:
        assert result.returncode == 0, result.stderr[-3000:]
        assert (site_dir / "playbook/acme/index.html").is_file()
        return
    assert result.returncode == 1, result.stderr[-3000:]
    assert sentinel.read_text(encoding="utf-8") == "previous build"
    assert sorted(path.name for path in site_dir.iterdir()) == ["index.html"], "the build wrote into the site"
    logged = [LOGGED_ERROR.sub("", line) for line in result.stderr.splitlines() if LOGGED_ERROR.match(line)]
    errors = [line for line in logged if ERROR_LINE.match(line)]
    assert_error_format(errors)
    assert_lines(errors, case.expected)
    noun = "data error" if len(errors) == 1 else "data errors"
    assert f"{len(errors)} {noun}; nothing was built." in result.stderr
