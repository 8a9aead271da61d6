"""Turn pydantic's validation errors into 'expected X, got Y' messages."""

from __future__ import annotations

import difflib
from typing import Any, get_args

from pydantic import BaseModel, ValidationError
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


def closest(word: str, choices: list[str] | set[str] | tuple[str, ...]) -> str | None:
    """The choice that ``word`` most probably misspells, if one is close enough."""
    found = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return found[0] if found else None


def did_you_mean(word: str, choices: list[str] | set[str] | tuple[str, ...], *, list_all: bool = True) -> str:
    """ "; did you mean 'employees'?", or the list of choices when none is close."""
    match = closest(word, choices)
    if match:
        return f"; did you mean '{match}'?"
    return f"; expected one of: {', '.join(sorted(choices))}" if list_all and choices else ""


def _models_in(annotation: Any) -> set[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return {annotation}
    found: set[type[BaseModel]] = set()
    for argument in get_args(annotation):
        found |= _models_in(argument)
    return found


def allowed_keys(model: type[BaseModel], loc: tuple[Any, ...]) -> set[str]:
    """The keys the models at ``loc``'s parent accept (``loc`` ends in the unknown key)."""
    candidates = {model}
    for part in loc[:-1]:
        if not isinstance(part, str):
            continue
        nested = [m.model_fields[part] for m in candidates if part in m.model_fields]
        if nested:
            candidates = set().union(*(_models_in(field.annotation) for field in nested))
    return {name for m in candidates for name in m.model_fields}


def _unknown_key(source: SourceFile, loc: PathKey, allowed: set[str]) -> DataError:
    key = str(loc[-1]) if loc else ""
    return source.error(loc, f"unknown key{did_you_mean(key, allowed)}", at_key=True)


def _suggested_keys(
    source: SourceFile, details: list[ErrorDetails], prefix: PathKey, model: type[BaseModel] | None
) -> set[PathKey]:
    """The keys that an unknown key's 'did you mean' names: their own 'missing' error would say it twice."""
    suggested: set[PathKey] = set()
    for error in details if model is not None else []:
        if error["type"] == "extra_forbidden" and model is not None:
            where = data_path(source.data, tuple(error["loc"]))
            match = closest(str(where[-1]), allowed_keys(model, tuple(error["loc"]))) if where else None
            if match:
                suggested.add((*prefix, *where[:-1], match))
    return suggested


def to_data_errors(
    source: SourceFile, exc: ValidationError, prefix: PathKey = (), model: type[BaseModel] | None = None
) -> list[DataError]:
    """One :class:`DataError` per pydantic error, located in ``source``; unknown keys name the closest allowed key."""
    errors = []
    details = exc.errors(include_url=False)
    suggested = _suggested_keys(source, details, prefix, model)
    for error in details:
        loc: PathKey = (*prefix, *data_path(source.data, tuple(error["loc"])))
        kind = error["type"]
        if "[key]" in error["loc"] or kind == "invalid_key":
            found = describe(error["input"])
            errors.append(source.error(loc, f"expected text as the key, got {found}", at_key=True))
        elif kind == "missing":
            if loc not in suggested:  # the misspelt key's message names it
                errors.append(source.error(loc, "expected a value, got nothing (the key is missing)"))
        elif kind == "extra_forbidden":
            if model is None:
                errors.append(source.error(loc, "expected no such key, got an unknown key", at_key=True))
            else:
                errors.append(_unknown_key(source, loc, allowed_keys(model, tuple(error["loc"]))))
        elif kind == "value_error":
            errors.append(source.error(loc, str(error["ctx"]["error"]) if error.get("ctx") else error["msg"]))
        else:
            errors.append(source.error(loc, f"expected {_expected(error)}, got {describe(error['input'])}"))
    return errors
