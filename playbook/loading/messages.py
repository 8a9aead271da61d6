"""Turn pydantic's validation errors into 'expected X, got Y' messages."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from playbook.loading.errors import DataError
from playbook.loading.yamlsource import PathKey, SourceFile

_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "list_type": "a list",
    "dict_type": "a mapping of keys to values",
    "date_type": "a date (YYYY-MM-DD)",
    "date_parsing": "a date (YYYY-MM-DD)",
    "date_from_datetime_parsing": "a date (YYYY-MM-DD)",
}


def describe(value: Any) -> str:
    """How a found value reads in an error message."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"'{str(value).lower()}'"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        short = value if len(value) <= 40 else value[:37] + "..."
        return f"the text '{short}'" if value.strip() else "empty text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"a {type(value).__name__}"


def _expected(error: ErrorDetails) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind in {"model_type", "model_attributes_type"}:
        name = str(ctx.get("class_name", ""))
        return "text in each language ({nl: ..., en: ...})" if name == "Text" else "a mapping of keys to values"
    if kind == "literal_error":
        return f"one of {ctx.get('expected', '')}"
    if kind == "string_pattern_mismatch":
        return f"text matching {ctx.get('pattern', '')}"
    if kind == "string_too_short":
        return "non-empty text"
    if kind == "string_too_long":
        return f"text of at most {ctx.get('max_length')} characters"
    bounds = {"greater_than": ">", "greater_than_equal": "≥", "less_than": "<", "less_than_equal": "≤"}
    if kind in bounds:
        limit = next(iter(ctx.values()), "")
        return f"a number {bounds[kind]} {limit}"
    return _EXPECTED.get(kind, error["msg"][0].lower() + error["msg"][1:])


def data_path(data: Any, loc: tuple[Any, ...]) -> PathKey:
    """The part of pydantic's location that indexes into the data: union tags and type names left out."""
    path: list[str | int] = []
    current = data
    for index, part in enumerate(loc):
        if isinstance(current, dict) and part in current:
            current = current[part]
            part = part if isinstance(part, str) else str(part)  # noqa: PLW2901 - a YAML key such as 1
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            current = current[part]
        elif isinstance(current, dict) and isinstance(part, str) and index == len(loc) - 1:
            pass  # a missing key
        else:
            continue
        path.append(part)
    return tuple(path)


def to_data_errors(source: SourceFile, exc: ValidationError, prefix: PathKey = ()) -> list[DataError]:
    """One :class:`DataError` per pydantic error, located in ``source``."""
    errors = []
    for error in exc.errors(include_url=False):
        loc: PathKey = (*prefix, *data_path(source.data, tuple(error["loc"])))
        kind = error["type"]
        if "[key]" in error["loc"] or kind == "invalid_key":
            found = describe(error["input"])
            errors.append(source.error(loc, f"expected text as the key, got {found}", at_key=True))
        elif kind == "missing":
            errors.append(source.error(loc, "expected a value, got nothing (the key is missing)"))
        elif kind == "extra_forbidden":
            errors.append(source.error(loc, "expected no such key, got an unknown key", at_key=True))
        elif kind == "value_error":
            errors.append(source.error(loc, str(error["ctx"]["error"]) if error.get("ctx") else error["msg"]))
        else:
            errors.append(source.error(loc, f"expected {_expected(error)}, got {describe(error['input'])}"))
    return errors
