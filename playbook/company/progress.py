"""Bring a team's ticks back into git: merge a checklist export into a company file's `progress:` block."""

from __future__ import annotations

import json
import re
from pathlib import Path

from playbook.company.playbooks import Company, check_company
from playbook.content import Content
from playbook.loading.errors import DataError, DataErrors
from playbook.loading.parse import display_path, parse
from playbook.models.company import CompanyProfile

TOP_LEVEL_KEY = re.compile(r"^[A-Za-z_][\w-]*\s*:")


def read_ticks(path: Path) -> dict[str, str]:
    """The `progress` of a checklist export: activity id -> done or open."""
    display = path.as_posix()
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        line, column = (exc.lineno, exc.colno) if isinstance(exc, json.JSONDecodeError) else (1, 1)
        raise DataErrors(
            [DataError(display, line, column, "(file)", f"expected a checklist export (JSON), got {exc}")]
        ) from None
    progress = data.get("progress") if isinstance(data, dict) else None
    if not isinstance(progress, dict) or not all(isinstance(v, str) for v in progress.values()):
        raise DataErrors([DataError(display, 1, 1, "progress", "expected a mapping of activity ids to done/open")])
    return {str(key): value for key, value in progress.items()}


def replace_progress_block(text: str, progress: dict[str, str]) -> str:
    """``text`` with its top-level `progress:` block replaced (or added), comments elsewhere kept."""
    block = (
        "progress:\n" + "".join(f"  {key}: {value}\n" for key, value in progress.items())
        if progress
        else "progress: {}\n"
    )
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if re.match(r"^progress\s*:", line)), None)
    if start is None:
        return text + ("" if text.endswith("\n") or not text else "\n") + block
    end = start + 1
    while end < len(lines) and not TOP_LEVEL_KEY.match(lines[end]):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return "".join(lines[:start]) + block + "".join(lines[end:])


def import_progress(company_file: Path, ticks: dict[str, str], content: Content, root: Path) -> int:
    """Mark every ticked activity done in ``company_file``; return how many changed. Nothing is written on error."""
    errors: list[DataError] = []
    parsed = parse(company_file, root, CompanyProfile, errors)
    if parsed is None:
        raise DataErrors(errors)
    profile, source = parsed
    progress: dict[str, str] = dict(profile.progress)
    changed = 0
    for activity, state in ticks.items():
        if state == "done" and progress.get(activity) != "done":
            progress[activity] = "done"
            changed += 1
    updated = replace_progress_block(company_file.read_text(encoding="utf-8-sig"), progress)
    candidate = company_file.with_name(company_file.name + ".tmp")
    candidate.write_text(updated, encoding="utf-8")
    try:
        checked = parse(candidate, root, CompanyProfile, errors)
        if checked is not None:
            errors += check_company(Company(company_file.stem, checked[0], source), content)
        if errors:
            shown = display_path(company_file, root)
            raise DataErrors([DataError(shown, e.line, e.column, e.key, e.message) for e in errors])
        candidate.replace(company_file)
    finally:
        candidate.unlink(missing_ok=True)
    return changed
