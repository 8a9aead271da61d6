"""Bring a team's ticks back into git: merge a checklist export into a company file's `progress:` block."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from playbook.clock import build_date
from playbook.company.playbooks import load_company, obligation_activities
from playbook.content import Content
from playbook.loading.errors import DataError, DataErrors
from playbook.loading.messages import did_you_mean
from playbook.loading.parse import display_path, parse
from playbook.models.company import CompanyProfile

TOP_LEVEL_KEY = re.compile(r"^[A-Za-z_][\w-]*\s*:")
SAFE_KEY = re.compile(r"[a-z0-9-]{1,80}")
"""A key shown as it is in a message; anything else is shown quoted with its escapes."""


COMPANY_PAGE = re.compile(r"/playbook/([a-z0-9][a-z0-9-]*)/?$")
"""The path of a company page, as older exports name it in `page` (they carry no `company`)."""


def _position(text: str, key: str) -> tuple[int, int]:
    """Line and column of ``key``'s name in a JSON text (1:1 when absent)."""
    index = text.find(f'"{key}"')
    if index < 0:
        return 1, 1
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def read_ticks(path: Path, slug: str, *, renamed: bool = False) -> dict[str, str]:
    """The `progress` of ``slug``'s checklist export (`<slug>-progress.json`): activity id -> done or open.

    The file must name the company it was exported from; another company's file is refused, unless ``renamed``
    (`--as SLUG`: the ticks were saved under the company's old file name).
    """
    display = path.as_posix()
    try:
        text = path.read_text(encoding="utf-8-sig")
        data = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        line, column = (exc.lineno, exc.colno) if isinstance(exc, json.JSONDecodeError) else (1, 1)
        raise DataErrors(
            [DataError(display, line, column, "(file)", f"expected a checklist export (JSON), got {exc}")]
        ) from None
    if not isinstance(data, dict):
        data = {}
    progress = data.get("progress")
    if not isinstance(progress, dict) or not all(isinstance(v, str) for v in progress.values()):
        line, column = _position(text, "progress")
        raise DataErrors(
            [DataError(display, line, column, "progress", "expected a mapping of activity ids to done/open")]
        )
    company = data.get("company")
    if company is None and isinstance(data.get("page"), str):
        match = COMPANY_PAGE.search(data["page"])
        company = match.group(1) if match else None
    if company != slug and not renamed:
        line, column = _position(text, "company" if "company" in data else "page")
        found = "no company" if company is None else repr(company)
        raise DataErrors(
            [
                DataError(
                    display,
                    line,
                    column,
                    "company",
                    f"expected the ticks of {slug!r} (exported from its page as {slug}-progress.json), got {found}; "
                    f"if the company file was renamed, import them with --as {slug}",
                )
            ]
        )
    return {str(key): value for key, value in progress.items()}


def replace_progress_block(text: str, progress: dict[str, str]) -> str:
    """``text`` with its top-level `progress:` block replaced (or added), comments elsewhere kept.

    The block is written by the YAML emitter, so that no key or value can write anything outside it.
    """
    block = yaml.safe_dump({"progress": progress}, allow_unicode=True, sort_keys=False, default_flow_style=False)
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


def known_activities(profile: CompanyProfile, content: Content) -> set[str]:
    """The activity ids a company's ticks may name: the roadmap's, its extra activities and those its use
    cases' obligations add."""
    known = {activity.id for activity in content.roadmap.activities()}
    known |= {key for key in profile.activities if key.startswith("extra-")}
    return known | {activity.id for activity in obligation_activities(profile, content)[1]}


def import_progress(company_file: Path, ticks: dict[str, str], content: Content, root: Path) -> int:
    """Mark every ticked activity done in ``company_file``; return how many changed. Nothing is written on error."""
    errors: list[DataError] = []
    parsed = parse(company_file, root, CompanyProfile, errors)
    if parsed is None:
        raise DataErrors(errors)
    profile = parsed[0]
    known = known_activities(profile, content)
    strangers = [key for key in ticks if key not in known]
    if strangers:
        shown = display_path(company_file, root)
        raise DataErrors(
            [
                DataError(
                    shown,
                    1,
                    1,
                    f"progress.{key}" if SAFE_KEY.fullmatch(key) else "progress",
                    f"expected a roadmap or extra activity id, got {key!r}"
                    f"{did_you_mean(key, sorted(known), list_all=False)}; nothing was imported",
                )
                for key in strangers
            ]
        )
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
        load_company(candidate, content, root, build_date(), errors)  # every check a build makes
        if errors:
            shown = display_path(company_file, root)
            raise DataErrors([DataError(shown, e.line, e.column, e.key, e.message) for e in errors])
        candidate.replace(company_file)
    finally:
        candidate.unlink(missing_ok=True)
    return changed
