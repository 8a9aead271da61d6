"""Small synthetic rule inputs with round numbers, so that a test's expected values follow by hand.

Nothing here reads data/: editing the shipped content never changes what these tests expect.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from playbook.models.cases import Roadmap
from playbook.models.change import ChangeModel, ModelId
from playbook.models.company import CompanyProfile
from playbook.models.practice import BudgetGuidance, Kpi
from playbook.models.rules import ModelChoiceRules


def text(words: str) -> dict[str, str]:
    """A language-keyed text."""
    return {"nl": words, "en": words}


def budget_guidance() -> BudgetGuidance:
    """Reserves of 10 %, 20 % and (first project) 30 %, split 75/25; four cost items.

    Cost items per IT-team member: training EUR 1,000-2,000. Fixed: consultancy EUR 10,000-30,000 and
    communication EUR 5,000-10,000. Release time: 10-20 % of each member's working time.
    """
    return BudgetGuidance.model_validate(
        {
            "share_min_pct": 10,
            "share_max_pct": 20,
            "first_project_max_pct": 30,
            "competence_pct": 75,
            "change_pct": 25,
            "typical_project_low_eur": 100000,
            "typical_project_high_eur": 200000,
            "failed_project_cost_eur": 100000,
            "cost_items": [
                {"id": "training", "title": text("Training"), "low": 1000, "high": 2000, "unit": "eur_per_employee"},
                {"id": "consultancy", "title": text("Consultancy"), "low": 10000, "high": 30000, "unit": "eur"},
                {"id": "release-time", "title": text("Release"), "low": 10, "high": 20, "unit": "pct_work_time"},
                {"id": "communication", "title": text("Communication"), "low": 5000, "high": 10000, "unit": "eur"},
            ],
            "rule_evidence": [],
            "costs_evidence": [],
            "failed_project_evidence": [],
        }
    )


FITS: dict[ModelId, dict[str, Any]] = {
    "adkar": {"scopes": ["team"], "resources": ["low", "medium"], "min": 2, "max": 4},
    "kotter": {"scopes": ["organisation"], "resources": ["high"], "min": 6, "max": 12},
    "easier": {"scopes": ["incremental"], "resources": ["low"], "min": 3, "max": 4},
}
"""Three models whose time frames leave a gap at 5 months, start at 2 and stop at 12."""


def change_models() -> list[ChangeModel]:
    """The three models of :data:`FITS`, in MODEL_ORDER."""
    return [
        ChangeModel.model_validate(
            {
                "id": model_id,
                "name": model_id.upper(),
                "title": text(model_id),
                "origin": text("origin"),
                "focus": text("focus"),
                "summary": text("summary"),
                "elements": [],
                "fit": {
                    "scopes": fit["scopes"],
                    "resources": fit["resources"],
                    "timeframe_min_months": fit["min"],
                    "timeframe_max_months": fit["max"],
                    "agile": model_id == "easier",
                },
            }
        )
        for model_id, fit in FITS.items()
    ]


def model_choice_rules() -> ModelChoiceRules:
    """Below every range: easier; above: kotter; agile: easier; ties: kotter, adkar, easier.

    A hybrid needs a runner-up with at least 2 points and at most 1 point behind; advice exists for
    adkar+kotter (guidance) and adkar+easier (from the article), none for kotter+easier.
    """
    return ModelChoiceRules.model_validate(
        {
            "below_all_timeframes": "easier",
            "above_all_timeframes": "kotter",
            "agile_favours": ["easier"],
            "tie_order": ["kotter", "adkar", "easier"],
            "hybrid_min_points": 2,
            "hybrid_max_gap": 1,
            "hybrids": [
                {"models": ["adkar", "kotter"], "advice": text("AK"), "guidance": True},
                {"models": ["adkar", "easier"], "advice": text("AE"), "guidance": False},
            ],
        }
    )


def activity(activity_id: str, owner: str) -> dict[str, Any]:
    """A roadmap activity."""
    return {"id": activity_id, "title": text(activity_id), "owner": owner}


def roadmap() -> Roadmap:
    """Two phases over three months and four activities.

    Phase 1: month 1 (m01-a by the sponsor, m01-b by the champions), month 2 (m02-c by the project manager).
    Phase 2: month 3 (m03-d by the IT team).
    """
    return Roadmap.model_validate(
        {
            "phases": [
                {
                    "id": "one",
                    "number": 1,
                    "name": text("One"),
                    "title": text("One"),
                    "months": [
                        {
                            "number": 1,
                            "title": text("M1"),
                            "activities": [activity("m01-a", "sponsor"), activity("m01-b", "champions")],
                        },
                        {"number": 2, "title": text("M2"), "activities": [activity("m02-c", "project_manager")]},
                    ],
                },
                {
                    "id": "two",
                    "number": 2,
                    "name": text("Two"),
                    "title": text("Two"),
                    "months": [{"number": 3, "title": text("M3"), "activities": [activity("m03-d", "it_team")]}],
                },
            ],
            "roles": [],
            "success_factors": [],
        }
    )


def profile(**changes: Any) -> CompanyProfile:
    """A company: EUR 100,000 budget, first project, start 31 January 2027, a 12-month time frame (the roadmap
    uncompressed), sponsor S, champions A and B.

    ``changes`` replace top-level keys, or keys of ``ai_project`` and ``people`` given as ``ai_project__x``.
    """
    data: dict[str, Any] = {
        "schema_version": 1,
        "name": "Synthetic",
        "employees": 40,
        "it_team_size": 4,
        "sector": "test",
        "language": "nl",
        "ai_project": {
            "budget_eur": 100000,
            "first_ai_project": True,
            "start": dt.date(2027, 1, 31),
            "scope": "team",
            "resources": "medium",
            "timeframe_months": 12,
            "agile": False,
        },
        "people": {"sponsor": "S", "champions": ["A", "B"]},
    }
    for key, value in changes.items():
        parent, _, child = key.partition("__")
        if child:
            data[parent][child] = value
        else:
            data[key] = value
    return CompanyProfile.model_validate(data)


def kpi(kpi_id: str, direction: str = "higher", target: float = 50, every_months: int = 3) -> Kpi:
    """A KPI with a target, on a 0-100 scale, measured every ``every_months`` months."""
    return Kpi.model_validate(
        {
            "id": kpi_id,
            "title": text(kpi_id),
            "definition": text("d"),
            "measurement": text("m"),
            "frequency": text("f"),
            "unit": text("u"),
            "scale_min": 0,
            "scale_max": 100,
            "direction": direction,
            "target": target,
            "every_months": every_months,
        }
    )
