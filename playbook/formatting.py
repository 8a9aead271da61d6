"""Locale-aware numbers, money and dates, with babel."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import NumberPattern, format_decimal, format_percent, parse_pattern

from playbook.models.common import Language
from playbook.rules.money import whole_euros

LOCALES: dict[Language, str] = {"nl": "nl_NL", "en": "en_GB"}
PERCENT_PATTERNS: dict[Language, str] = {"nl": "#,##0\u00a0%", "en": "#,##0%"}
"""The house style's percentages (CLDR writes '68%' for Dutch too): '68 %' with a no-break space, and '68%';
whole per cents, everywhere (the page, the summary and the exports)."""


@lru_cache(maxsize=4096)
def plural_form(amount: int, language: Language) -> str:
    """The locale's plural category of ``amount``: 'one' or 'other' (CLDR rules, via babel); cached, since
    `Locale.parse` costs more than the rule itself."""
    return str(Locale.parse(LOCALES[language]).plural_form(amount))


def count(amount: int, one: str, other: str, language: Language = "en") -> str:
    """'1 company', '3 companies': the number with the noun its locale's plural rule asks for."""
    noun = one if plural_form(amount, language) == "one" else other
    return f"{format_decimal(amount, locale=LOCALES[language])} {noun}"


MONEY_PATTERNS: dict[Language, NumberPattern] = {"nl": parse_pattern("¤ #,##0"), "en": parse_pattern("¤#,##0")}
"""Whole euros: parsed once (babel's `format_currency` parses its pattern and locale on every call)."""


@lru_cache(maxsize=4096)
def money(amount: float, language: Language) -> str:
    """Whole euros, halves up: '€ 18.000' (nl) or '€18,000' (en)."""
    locale = Locale.parse(LOCALES[language])
    return str(MONEY_PATTERNS[language].apply(whole_euros(amount), locale, currency="EUR", currency_digits=False))


@lru_cache(maxsize=4096)
def number(value: float, language: Language) -> str:
    """A number with the locale's decimal and group separators: '4,3' (nl) or '4.3' (en)."""
    return format_decimal(value, locale=LOCALES[language])


def whole_percent(value: float) -> int:
    """A percentage rounded to a whole per cent, halves up (66.67 -> 67, 62.5 -> 63): the one rounding of shares."""
    return int(Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))  # str(): 62.5 stays 62.5


@lru_cache(maxsize=4096)
def percent(value: float, language: Language) -> str:
    """A percentage of 0-100 as a whole per cent: '67 %' (nl, with a no-break space) or '67%' (en)."""
    share = Decimal(whole_percent(value)) / 100
    return format_percent(share, format=PERCENT_PATTERNS[language], locale=LOCALES[language])


def is_percentage(unit: str) -> bool:
    """True for a unit that counts in per cent ('% of the team positive')."""
    return unit.startswith("%")


def measured(value: float, unit: str, language: Language) -> str:
    """A measured value without its unit: a whole number for a percentage, else at most two decimals."""
    return number(whole_percent(value) if is_percentage(unit) else round(value, 2), language)


def with_unit(value: str, unit: str, language: Language) -> str:
    """A formatted value and its unit: '68% of the team' (en), '68 % van het team' (nl, no-break space) when the
    unit opens with the percent sign; '4.3 weeks' otherwise."""
    if is_percentage(unit):
        return percent(0, language).replace("0", value, 1) + unit[1:]
    return f"{value} {unit}"


@lru_cache(maxsize=4096)
def long_date(day: dt.date, language: Language) -> str:
    """'4 januari 2027' (nl) or '4 January 2027' (en)."""
    return format_date(day, "d MMMM y", locale=LOCALES[language])


@lru_cache(maxsize=4096)
def month_year(day: dt.date, language: Language) -> str:
    """'januari 2027' (nl) or 'January 2027' (en): the month a date falls in."""
    return format_date(day, "LLLL y", locale=LOCALES[language])


@lru_cache(maxsize=4096)
def short_month(day: dt.date, language: Language) -> str:
    """An axis label: 'mrt. 2026' or 'Mar 2026'."""
    return format_date(day, "MMM yyyy", locale=LOCALES[language])


@lru_cache(maxsize=4096)
def month_tick(day: dt.date, language: Language) -> str:
    """A narrow axis label: 'mrt ’26' or 'Mar ’26'."""
    return f"{format_date(day, 'LLL', locale=LOCALES[language]).rstrip('.')} ’{day:%y}"


def lower_first(text: str) -> str:
    """``text`` with its first letter in lower case: a condition ('When …') continuing a sentence."""
    return text[:1].lower() + text[1:]
