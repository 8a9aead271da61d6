"""Input read as people write it, and rules that give one answer: units of the trustworthy-input rules."""

from __future__ import annotations

import datetime as dt
import math
from types import SimpleNamespace
from typing import Any, cast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from playbook.company.checks import WHOLE_NUMBER_FIELDS
from playbook.company.kpidata import cells, delimiter_of, parse_value
from playbook.formatting import money
from playbook.loading.dates import parse_date
from playbook.loading.messages import allowed_keys, did_you_mean
from playbook.models.company import CompanyProfile
from playbook.rules.budget import plan_budget
from playbook.rules.money import whole_euros
from playbook.rules.risks import RULES, RiskContext
from tests.fixtures import budget_guidance

GUIDANCE = budget_guidance().model_copy(update={"share_min_pct": 15, "share_max_pct": 20, "first_project_max_pct": 25})
"""The shared fixture with the article's reserves: 15 %, 20 % and 25 % for a first project."""


@pytest.mark.parametrize(
    ("amount", "nl", "en"),
    [
        (0.5, "€ 1", "€1"),
        (1.5, "€ 2", "€2"),
        (2.5, "€ 3", "€3"),
        (2.4999, "€ 2", "€2"),
        (1499.5, "€ 1.500", "€1,500"),
        (15000.15, "€ 15.000", "€15,000"),
    ],
)
def test_money_rounds_halves_up_like_every_rule(amount: float, nl: str, en: str) -> None:
    """Python's round() gives 2 for 2.5; the page must show what whole_euros() computes: 3."""
    assert money(amount, "nl") == nl
    assert money(amount, "en") == en
    assert money(amount, "nl") == money(whole_euros(amount), "nl")


def test_the_reported_disagreement_is_gone() -> None:
    """Budget 100,001 at 15 % is 15,000.15, a reserve of € 15,000; a plan of 15,000.1 reaches it.

    The page showed no shortfall while the risk (computed in floats: 15,000.1 < 15,000.15) said the change
    budget was short; both now read the budget plan.
    """
    plan = plan_budget(
        budget_eur=100001, first_ai_project=False, it_team_size=5, planned_eur=15000.1, guidance=GUIDANCE
    )
    assert plan.reserves[0].amount == 15000
    assert plan.shortfall_eur is None
    assert plan.change_budget_short is False


@given(
    budget=st.decimals(min_value=1, max_value=10**9, places=2).map(float),
    planned=st.none() | st.decimals(min_value=0, max_value=10**9, places=2).map(float),
)
def test_the_change_budget_risk_and_the_shortfall_always_agree(budget: float, planned: float | None) -> None:
    plan = plan_budget(
        budget_eur=budget, first_ai_project=False, it_team_size=5, planned_eur=planned, guidance=GUIDANCE
    )
    context = cast(RiskContext, SimpleNamespace(budget=plan))
    flagged = RULES["change_budget_below"](cast(Any, None), context)
    assert flagged == (planned is None or plan.shortfall_eur is not None)
    if planned is not None:
        assert (plan.shortfall_eur is not None) == (planned < plan.reserves[0].amount)


@pytest.mark.parametrize(
    ("text", "day", "problem"),
    [
        ("2026-11-30", dt.date(2026, 11, 30), ""),
        ("2026-11-31", None, "2026-11-31: there is no 31 November in 2026"),
        ("2027-02-29", None, "2027-02-29: there is no 29 February in 2027"),
        ("2028-02-29", dt.date(2028, 2, 29), ""),
        ("2026-00-10", None, "2026-00-10: there is no month 0"),
        ("31-11-2026", None, "31-11-2026: there is no 31 November in 2026"),
        ("30-11-2026", dt.date(2026, 11, 30), ""),  # as Dutch Excel writes a date
        ("5-3-2026", dt.date(2026, 3, 5), ""),
        ("30-10-2026 14:23:11", dt.date(2026, 10, 30), ""),  # a completion time: the date counts
        ("11/30/2026", None, "expected a date as YYYY-MM-DD, got '11/30/2026' with slashes; write 2026-11-30"),
        (
            "05/03/2026",
            None,
            "expected a date as YYYY-MM-DD, got '05/03/2026' with slashes, which reads two ways; "
            "write 2026-03-05 or 2026-05-03",
        ),
    ],
)
def test_dates_that_do_not_exist_say_so(text: str, day: dt.date | None, problem: str) -> None:
    assert parse_date(text) == (day, problem)


@pytest.mark.parametrize(
    ("text", "delimiter", "quoted", "value"),
    [
        ("2.5", ",", False, 2.5),
        ("2,5", ",", True, 2.5),
        ("2,5", ";", False, 2.5),
        ("-0,25", ";", False, -0.25),
        ("1,250", ",", False, None),  # unquoted in a comma file it cannot be a decimal comma
        ("12%", ";", False, None),
    ],
)
def test_a_decimal_comma_is_read_where_it_cannot_be_a_separator(
    text: str, delimiter: str, quoted: bool, value: float | None
) -> None:
    parsed = parse_value(text, delimiter, quoted)
    assert (None if math.isnan(parsed) else parsed) == value


@pytest.mark.parametrize(
    ("header", "delimiter"),
    [("date,kpi,value", ","), ("Date;KPI;Value", ";"), ("datum;kpi;waarde", ";"), ("date", ",")],
)
def test_the_separator_is_sniffed_from_the_header(header: str, delimiter: str) -> None:
    assert delimiter_of(header) == delimiter


@given(st.lists(st.text(alphabet="abc ,.12", max_size=6), min_size=1, max_size=5), st.sampled_from([";", "\t"]))
def test_cells_give_each_value_with_its_column(values: list[str], delimiter: str) -> None:
    line = delimiter.join(values)
    found = list(cells(line, delimiter))
    assert [text for _, text, _ in found] == [value.strip() for value in values]
    for column, _, _ in found:
        assert column == 1 or line[column - 2] == delimiter


@pytest.mark.parametrize(
    ("word", "choices", "hint"),
    [
        ("employes", ["employees", "sector"], "; did you mean 'employees'?"),
        ("m03-sandbx", ["m03-sandbox", "m04-pilot"], "; did you mean 'm03-sandbox'?"),
        ("colour", ["name", "sector"], "; expected one of: name, sector"),
    ],
)
def test_did_you_mean_names_the_closest_or_lists_all(word: str, choices: list[str], hint: str) -> None:
    assert did_you_mean(word, choices) == hint


def test_allowed_keys_follow_the_model_into_lists_and_mappings() -> None:
    assert "budget_eur" in allowed_keys(CompanyProfile, ("ai_project", "budget_euros"))
    assert allowed_keys(CompanyProfile, ("activities", "m01-vision", "ownr")) == {"owner", "month", "title"}
    assert "title" in allowed_keys(CompanyProfile, ("ai_project", "use_cases", 0, "scored", "titel"))


def test_the_number_checks_cover_every_field_of_euros_and_people() -> None:
    """A new field of euros or people must join WHOLE_NUMBER_FIELDS, or '45.000' would pass in it unnoticed."""
    assert set(WHOLE_NUMBER_FIELDS) == {
        ("employees",),
        ("it_team_size",),
        ("ai_project", "budget_eur"),
        ("change_budget_eur",),
    }
