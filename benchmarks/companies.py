"""Valid company files for the scale benchmark: variations of examples/companies/voorbeeld-techniek.yml."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from benchmarks.project import ROOT

TEMPLATE = ROOT / "examples" / "companies" / "voorbeeld-techniek.yml"
SECTORS = ("machinebouw", "logistiek", "zorg", "financiële dienstverlening", "retail", "onderwijs", "bouw")
SCOPES = ("team", "organisation", "incremental")
RESOURCES = ("low", "medium", "high")
STATUSES = ("done", "in_progress", "skipped")
FIRST_NAMES = ("Anouk", "Bram", "Sanne", "Youssef", "Pieter", "Fatima", "Lars", "Mila", "Daan", "Noor")
LAST_NAMES = ("de Vries", "Jansen", "Bakker", "El Amrani", "Visser", "Smit", "Meijer", "de Boer", "Mulder")


def slug(index: int) -> str:
    """The file name (without .yml) of generated company ``index``."""
    return f"bench-{index:04d}"


def _person(index: int, role: int) -> str:
    return f"{FIRST_NAMES[(index + role) % len(FIRST_NAMES)]} {LAST_NAMES[(index * 3 + role) % len(LAST_NAMES)]}"


def company(index: int, template: dict[str, Any], activity_ids: Sequence[str]) -> dict[str, Any]:
    """Company ``index``: the template with every field that drives a rule varied deterministically."""
    data: dict[str, Any] = copy.deepcopy(template)
    employees = 10 + (index * 37) % 241
    data["name"] = f"Bench Techniek {index:04d} B.V."
    data["employees"] = employees
    data["it_team_size"] = max(1, min(employees, 2 + (index * 7) % 40))
    data["sector"] = SECTORS[index % len(SECTORS)]
    project = data["ai_project"]
    project["budget_eur"] = 20_000 + (index * 7_919) % 480_000
    project["first_ai_project"] = index % 2 == 0
    project["start"] = dt.date(2026 + index % 2, 1 + index % 12, 1 + index % 28)
    project["scope"] = SCOPES[index % len(SCOPES)]
    project["resources"] = RESOURCES[(index // 3) % len(RESOURCES)]
    project["timeframe_months"] = 1 + (index * 5) % 36
    project["agile"] = index % 4 in {1, 2}
    project["use_cases"] = [
        {"title": f"Use case {index}-{number}", "value": 1 + (index + number) % 5, "feasibility": 1 + number % 5}
        for number in range(1 + index % 4)
    ] + [f"Kennisbank {index}"]
    data["change_budget_eur"] = (index * 1_237) % 60_000
    data["people"] = {
        "sponsor": _person(index, 0),
        "project_manager": _person(index, 1),
        "champions": [_person(index, 2), _person(index, 3)],
        "it_team": _person(index, 4),
        "hr": _person(index, 5),
    }
    data["competences"] = {
        area: 1 + (index + offset) % 5
        for offset, area in enumerate(("technical_ai", "data", "integration", "project_management"))
    }
    done = (index * 3) % (len(activity_ids) // 2)
    data["progress"] = {
        activity: "done" if number < done else STATUSES[(index + number) % len(STATUSES)]
        for number, activity in enumerate(activity_ids[: done + 3])
    }
    data["activities"] = {
        activity_ids[(index + 5) % len(activity_ids)]: {"owner": _person(index, 6)},
        "extra-data-catalogue": {
            "month": 1 + index % 12,
            "title": f"Datacatalogus {index}",
            "owner": _person(index, 7),
        },
    }
    return data


def write_companies(folder: Path, count: int, activity_ids: Sequence[str]) -> list[Path]:
    """Write ``count`` company files into ``folder`` (data/companies/ of a project copy)."""
    template = yaml.safe_load(TEMPLATE.read_text(encoding="utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(1, count + 1):
        path = folder / f"{slug(index)}.yml"
        text = yaml.safe_dump(company(index, template, activity_ids), allow_unicode=True, sort_keys=False)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
