"""The house style (CONTRIBUTING.md, 'House style'), checked on every upstream text in both languages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from playbook import Content

Texts = list[tuple[str, str]]
"""(where, text) pairs."""


def _walk(data: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(data, dict):
        if "nl" in data and isinstance(data["nl"], str):
            yield where, data
        for key, value in data.items():
            yield from _walk(value, f"{where}.{key}")
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from _walk(item, f"{where}[{index}]")


def texts(content: Content, language: str) -> Texts:
    """Every upstream text in ``language``, inline code left out."""
    found = []
    for name, source in content.sources.items():
        for where, text in _walk(source.data, name):
            value = text.get(language)
            if isinstance(value, str):
                found.append((where, re.sub(r"`[^`]*`", "", value)))
    return found


def offending(items: Texts, pattern: str, flags: int = 0) -> list[str]:
    return [f"{where}: {m.group(0)!r}" for where, text in items for m in re.finditer(pattern, text, flags)]


@pytest.mark.parametrize(
    ("language", "pattern", "flags", "rule"),
    [
        ("nl", r"(?<![\w-])(je|jij|jou|jouw|jezelf)(?![\w-])", re.IGNORECASE, "the u-form, never je/jij/jouw"),
        ("nl", r"\bMKB\b(?!-Nederland)", 0, "'mkb' in lower case, except in names such as MKB-Nederland"),
        ("nl", r"\d%", 0, "Dutch puts a space before % ('68 %')"),
        ("en", r"\d[ \u00a0]%", 0, "English writes % against the number ('68%')"),
        ("nl", r"\b[Cc]hange[- ]management", 0, "one term per idea: 'verandermanagement', never 'change management'"),
        ("nl", r"\beén\b", 0, "'één' (one) takes two accents"),
        ("nl", r"\b(ethics board|[Ii]nnovation labs?)\b", 0, "Dutch words in Dutch text"),
        ("en", r"\bin order\b(?! to)", 0, "a status is 'OK' or 'on track', not 'in order' (from 'in orde')"),
        ("en", r"\brollout", re.IGNORECASE, "'roll-out', as elsewhere in the British text"),
        ("en", r"\b[Oo]rganiz", 0, "British spelling: 'organisation'"),
        ("nl", r"\b[Kk]orte-termijn|\b[Ll]ange-termijn", 0, "compounds: 'kortetermijnsucces', one word"),
        ("nl", r"\b(gremium|brede waaier)\b", re.IGNORECASE, "no German-flavoured phrases"),
    ],
)
def test_house_style(content: Content, language: str, pattern: str, flags: int, rule: str) -> None:
    assert offending(texts(content, language), pattern, flags) == [], rule


@pytest.mark.parametrize("language", ["nl", "en"])
def test_example_boxes_open_with_a_capital(content: Content, language: str) -> None:
    examples = [(where, text) for where, text in texts(content, language) if where.endswith(".example.text")]
    assert len(examples) >= 7
    assert [where for where, text in examples if not text[0].isupper()] == []


def _continues_sentence(text: str) -> bool:
    """Whether a text after 'Title:' starts in lower case, as it should unless it opens with a name or acronym."""
    word = re.match(r"[^\s,.:;]+", text)
    if word is None or not word.group(0)[0].isupper():
        return True
    return any(char.isupper() for char in word.group(0)[1:])


def after_colon(content: Content, language: str) -> Texts:
    """Texts that the site prints after a bold title and a colon: points, mistakes, model elements, roles, levels."""
    found = []
    for name, source in content.sources.items():
        for where, text in _walk(source.data, name):
            key = where.rsplit(".", 1)[-1]
            colon = key == "text" or (
                key == "description"
                and (name.startswith("change-models/") or name in {"competence-matrix.yml", "competence-plan.yml"})
            )
            if colon and re.search(r"(points|mistakes|patterns|elements|hybrid_roles|rubric)\[\d+\]\.", where):
                found.append((where, str(text.get(language) or "")))
    return found


@pytest.mark.parametrize("language", ["nl", "en"])
def test_list_items_after_a_colon_continue_the_sentence(content: Content, language: str) -> None:
    items = after_colon(content, language)
    assert len(items) > 100
    assert [where for where, text in items if not _continues_sentence(text)] == []


@pytest.mark.parametrize(
    ("text", "continues"),
    [
        ("meestal niet door de techniek", True),
        ("Meestal niet door de techniek", False),
        ("AI-champions nemen collega's mee", True),
        ("KPI's per kwartaal", True),
        ("62% of the failed projects", True),
    ],
)
def test_continues_sentence(text: str, continues: bool) -> None:
    assert _continues_sentence(text) is continues
